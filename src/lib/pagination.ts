/**
 * Lists that grow with the corpus are cut into pages of a fixed size (Astro's paginate() makes the
 * routes), so that no page grows with the number of articles, only the number of pages. Here: the
 * sizes, how many pages a list has, which page holds an item, and which page numbers a navigation shows.
 */

/** Articles on the home page: the latest. */
export const HOME_LATEST = 20;
/** Articles per page of /articles/ and of each archive. */
export const ARTICLES_PAGE_SIZE = 25;
/** Items in the RSS feed: the latest articles. */
export const RSS_LATEST = 50;
/** Items (events and publications) on one page of the timeline at most. */
export const TIMELINE_PAGE_ITEMS = 60;

/** Items per page of the analysis layer's lists. */
export const pageSizes = {
  /** An entity's mentions in context (the entity's page holds the first page). */
  mentions: 100,
  /** One speaker's quotes (/citations/<speaker>/). */
  quotes: 20,
  /** One claimant's figures and claims (/affirmations/<claimant>/). */
  claims: 25,
  /** Dates that differ, and contradicting claims (/desaccords/ holds the first page of each). */
  disagreements: 20,
  /** What each article brings, article by article (/analyse/articles/). */
  articleCards: 24,
  /** An entity's events on its page (the most reported; the timeline has them all). */
  entityEvents: 20,
  /** Entries shown in full on a summary before it links to the paginated list. */
  preview: 5,
} as const;

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size} is not a whole number from 1`);
}

/** How many pages `total` items make at `size` a page: at least one, even for an empty list. */
export function pageCount(total: number, size: number): number {
  checkSize(size);
  return Math.max(1, Math.ceil(total / size));
}

/** The page (from 1) that holds the item at `index` (from 0). */
export function pageOfIndex(index: number, size: number): number {
  checkSize(size);
  return Math.floor(index / size) + 1;
}

/** The items of page `n` (from 1) of `items` at `size` a page, as Astro's paginate() cuts them. */
export function pageSlice<T>(items: readonly T[], n: number, size: number): T[] {
  if (!Number.isInteger(n) || n < 1 || n > pageCount(items.length, size)) throw new RangeError(`no page ${n} in ${items.length} items`);
  return items.slice((n - 1) * size, n * size);
}

/**
 * The page numbers a navigation shows: the first, the last, and `around` on each side of the
 * current one, `null` for each run left out (a run of one page shows that page instead).
 * Bounded: at most 2 × around + 5 entries, however many pages.
 */
export function pageLinks(current: number, last: number, around = 2): (number | null)[] {
  if (!Number.isInteger(last) || last < 1 || !Number.isInteger(current) || current < 1 || current > last) {
    throw new RangeError(`page ${current} is not between 1 and ${last}`);
  }
  const wanted = new Set<number>([1, last]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= last) wanted.add(page);
  const shown: (number | null)[] = [];
  let previous = 0;
  for (const page of [...wanted].sort((a, b) => a - b)) {
    if (page - previous === 2) shown.push(page - 1);
    else if (page - previous > 2) shown.push(null);
    shown.push(page);
    previous = page;
  }
  return shown;
}

/**
 * Where each item of grouped, paginated lists is: for lists split by group (a speaker, a
 * claimant) and then into pages of `size`, the group and page of every item, by its key.
 */
export function itemPages<T, G>(
  groups: readonly { group: G; items: readonly T[] }[],
  size: number,
  keyOf: (item: T) => string,
): Map<string, { group: G; page: number }> {
  const where = new Map<string, { group: G; page: number }>();
  for (const { group, items } of groups) {
    items.forEach((item, index) => where.set(keyOf(item), { group, page: pageOfIndex(index, size) }));
  }
  return where;
}
