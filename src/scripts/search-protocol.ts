/**
 * The messages between the search page (search-client.ts) and its worker (search-worker.ts): a
 * call names a method of the SearchEngine with its arguments; the answer carries the call's id.
 */
import type { SearchEngine } from './search-engine.ts';

type Methods = Pick<SearchEngine, 'search' | 'hits' | 'filters'>;

export type SearchCall = {
  [M in keyof Methods]: { id: number; method: M; args: Parameters<Methods[M]> };
}[keyof Methods];

/**
 * The first message: where the site is served from (Pagefind's bundle is `<base>pagefind/`), and
 * the entities' spellings as the page holds them (JSON).
 */
export interface SearchStart {
  id: 0;
  method: 'start';
  base: string;
  spellings: string;
}

export type SearchAnswer = { id: number; result: unknown } | { id: number; error: string };
