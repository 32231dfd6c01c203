/**
 * Lists that grow with the corpus are cut into pages of a fixed size (Astro's paginate() makes the
 * routes); these are the sizes and the navigation between pages, so that no page grows with the
 * number of articles, only the number of pages.
 */

/** Articles on the home page: the latest. */
export const HOME_LATEST = 20;
/** Articles per page of /articles/ and of each archive. */
export const ARTICLES_PAGE_SIZE = 25;
/** Items in the RSS feed: the latest articles. */
export const RSS_LATEST = 50;
/** Items (events and publications) on one page of the timeline at most. */
export const TIMELINE_PAGE_ITEMS = 60;

/** How many pages `total` items make at `size` a page: at least one, even for an empty list. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size ${size} is not a whole number from 1`);
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `n` (from 1) of `items` at `size` a page, as Astro's paginate() cuts them. */
export function pageSlice<T>(items: readonly T[], n: number, size: number): T[] {
  if (!Number.isInteger(n) || n < 1 || n > pageCount(items.length, size)) throw new Error(`no page ${n} in ${items.length} items`);
  return items.slice((n - 1) * size, n * size);
}

/** A link of the page navigation: a page number, or a gap standing for the pages left out. */
export type PageLink = { page: number; current: boolean } | { gap: true };

/**
 * The page numbers a navigation shows: the first and the last, and `around` on each side of the
 * current one; a gap stands for each run left out (a gap of one page shows that page instead).
 * Bounded: at most 2 × around + 5 entries, however many pages.
 */
export function pageLinks(current: number, last: number, around = 2): PageLink[] {
  if (!Number.isInteger(last) || last < 1 || !Number.isInteger(current) || current < 1 || current > last) {
    throw new Error(`page ${current} is not between 1 and ${last}`);
  }
  const shown = new Set<number>([1, last]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= last) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) links.push({ page: previous + 1, current: previous + 1 === current });
    else if (previous !== undefined && page - previous > 2) links.push({ gap: true });
    links.push({ page, current: page === current });
  });
  return links;
}
