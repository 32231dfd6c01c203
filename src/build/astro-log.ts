/** What scripts/build.ts reads in Astro's log, on its own so that the script loads it at once. */

const STARTED_PAGE = /├─ (\/\S*?\.html)/g;

/**
 * The pages a line of Astro's log says it starts: `├─ /articles/x/index.html`, the page's time
 * (`(+12ms)`) logged once it is written. Astro renders two pages at a time (build.concurrency),
 * so a line can name two pages, and a page's time can end the line of the next. Another wording
 * only means the pages are indexed after Astro exits.
 */
export function pagesStartedIn(line: string): string[] {
  return [...line.matchAll(STARTED_PAGE)].map(([, page = '']) => page);
}
