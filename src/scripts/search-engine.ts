/**
 * The search itself, run in a worker (search-worker.ts) so that nothing of it blocks the page:
 * Pagefind's WebAssembly, its index chunks, the searches under every spelling of a query and their
 * merge, the fragments of the results shown. The page (search.ts) only asks and renders.
 */
import type { NamedEntity } from '../lib/entity-matcher.ts';
import { queryExpander } from '../lib/search-query.ts';
import { firstPassage, mergeSearches, type SearchFilters, type SearchHit, type SearchOrder } from '../lib/search-results.ts';

interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  locations: number[];
  sub_results: { title: string; url: string; excerpt: string; anchor?: PagefindAnchor }[];
}

interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matches in the page's text (none when only its metadata matched). */
  words: number[];
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: SearchFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export const HIGHLIGHT_PARAM = 'surligner';
const SORTS: Record<SearchOrder, Record<string, 'asc' | 'desc'> | undefined> = {
  relevance: undefined,
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
};

export interface SearchEngine {
  /**
   * Runs the query under every spelling of the names it holds (expandQuery); returns how many
   * pages matched and the other spellings it ran. The hits are kept for hits().
   */
  search(query: string, filters: SearchFilters, order: SearchOrder): Promise<{ total: number; variants: string[] }>;
  /** Hits `from` to `to` of the last search, with what the page shows of each (its fragment). */
  hits(from: number, to: number): Promise<SearchHit[]>;
  /** Every filter of the index with its values and counts (only loaded when asked). */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** `spellings`: every entity with its spellings, as JSON (the search page's data-spellings). */
export async function createSearchEngine(base: string, spellings: string): Promise<SearchEngine> {
  const entities: NamedEntity[] = JSON.parse(spellings);
  const expand = queryExpander(entities);
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // Already off the page's thread: Pagefind's own worker would only be one more script to load.
  await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 30, noWorker: true });
  await pagefind.init();

  let merged: PagefindResult[] = [];
  let direction = 0;
  return {
    async search(query, filters, order) {
      const queries = expand(query);
      const sort = SORTS[order];
      const searches = await Promise.all(queries.map((query) => pagefind.search(query, { filters, ...(sort ? { sort } : {}) })));
      direction = order === 'newest' ? -1 : order === 'oldest' ? 1 : 0;
      merged = mergeSearches(
        searches.map((search) => search?.results ?? []),
        direction !== 0,
      ).map(({ hit }) => hit);
      return { total: merged.length, variants: queries.slice(1) };
    },
    async hits(from, to) {
      const data = await Promise.all(merged.slice(from, to).map((result) => result.data()));
      const hits = data.map((item): SearchHit => ({
        url: item.url,
        title: item.meta.title ?? item.url,
        kind: item.meta.kind,
        outlet: item.meta.outlet,
        date: item.meta.date,
        sortDate: item.meta.sortdate ?? '',
        excerpt: item.excerpt,
        passage: firstPassage(item.url, item.anchors, item.locations),
        // Sections of the page (headings with an anchor), not the page itself again.
        sections: item.sub_results
          .filter((sub) => sub.url.includes('#') && sub.url.split('#')[1] && sub.title !== item.meta.title)
          .slice(0, 3)
          .map((sub) => ({ title: sub.title, url: sub.url })),
      }));
      // Several spellings interleave Pagefind's date order: the hits shown together are put back in it.
      if (direction !== 0) hits.sort((a, b) => direction * a.sortDate.localeCompare(b.sortDate));
      return hits;
    },
    filters: () => pagefind.filters(),
  };
}
