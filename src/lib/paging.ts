/**
 * Lists split into pages of a fixed size, so that no page grows with the corpus: only the number
 * of pages does. The routes slice with Astro's paginate(); these functions say, from anywhere, how
 * many pages a list has, which page holds an item, and which page numbers a navigation shows.
 */

/** Items per page, for every paginated list of the site. */
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

/** Number of pages of a list of `total` items, at least 1 (an empty list has one, empty, page). */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The page (1-based) that holds the item at `index` (0-based). */
export function pageOfIndex(index: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  return Math.floor(index / size) + 1;
}

/** The items of page `page` (1-based), as paginate() slices them. */
export function pageSlice<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * The page numbers a navigation shows: the first, the last, and `around` on each side of the
 * current one, `null` where numbers are left out. Bounded (at most 2 × around + 5 entries),
 * however many pages there are.
 */
export function pageLinks(current: number, last: number, around = 2): (number | null)[] {
  const wanted = new Set<number>([1, last]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= last) wanted.add(page);
  const shown: (number | null)[] = [];
  let previous = 0;
  for (const page of [...wanted].sort((a, b) => a - b)) {
    // One left-out page is shown rather than replaced by a gap that takes as much room.
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
