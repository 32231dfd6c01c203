/**
 * How the search page merges the searches it runs for one query (one per spelling, see
 * expandQuery): one result per page, with the best score any spelling gave it. Pure, so that the
 * search worker and the tests share it.
 */
import { PASSAGE_ID_PATTERN } from './paragraph-ids.ts';

/**
 * Results the search page shows at once; more come on request. Each costs its fragment (the
 * page's whole text, 3 to 4 kB compressed for an article at 1,000 articles), and the first search
 * must stay light: five fill a phone's screen.
 */
export const RESULTS_PER_PAGE = 5;

/** A hit as Pagefind returns it: the page's id and its score for one search. */
export interface ScoredHit {
  id: string;
  score: number;
}

export interface MergedHit<T extends ScoredHit> {
  /** The search result that scored best for this page. */
  hit: T;
  /** The page's place in the first search that found it (Pagefind's order when it sorts). */
  rank: number;
}

/**
 * One entry per page over every search: the best-scoring hit, kept with the rank of the first
 * search that found the page. Ordered by score, or, when Pagefind sorted the searches (by date),
 * by that rank.
 */
export function mergeSearches<T extends ScoredHit>(searches: readonly (readonly T[])[], sorted: boolean): MergedHit<T>[] {
  const best = new Map<string, MergedHit<T>>();
  for (const hits of searches) {
    hits.forEach((hit, rank) => {
      const known = best.get(hit.id);
      if (!known || hit.score > known.hit.score) best.set(hit.id, { hit, rank: known?.rank ?? rank });
    });
  }
  return [...best.values()].sort((a, b) => (sorted ? a.rank - b.rank : b.hit.score - a.hit.score));
}

/** Where Pagefind found a word in a page: its position in the page's words. */
export interface WordAnchor {
  id: string;
  location: number;
}

/**
 * The passage (p-N block) where the first match stands, from Pagefind's anchors (the ids of the
 * page's elements, with the position of their first word) and the positions of the matches.
 */
export function firstPassage(url: string, anchors: readonly WordAnchor[], locations: readonly number[]): string | undefined {
  // A loop, not Math.min(...locations): a long page can match thousands of times.
  let first = Infinity;
  for (const location of locations) if (location < first) first = location;
  let passage: WordAnchor | undefined;
  for (const anchor of anchors) {
    if (PASSAGE_ID_PATTERN.test(anchor.id) && anchor.location <= first && (!passage || anchor.location > passage.location))
      passage = anchor;
  }
  return passage ? `${url.split('#')[0]}#${passage.id}` : undefined;
}

/** A result as the search page shows it: what the worker keeps of Pagefind's fragment. */
export interface SearchHit {
  url: string;
  title: string;
  kind?: string;
  outlet?: string;
  date?: string;
  /** `from/to` days (see publishEvent): orders hits by date. */
  sortDate: string;
  /** Text with <mark> around the matches; the page rebuilds it from text nodes only. */
  excerpt: string;
  /** The passage where the first match stands, when the page has numbered passages. */
  passage?: string;
  /** Up to three sections of the page that match, as links. */
  sections: { title: string; url: string }[];
}

/** Filter name → the values asked for (Pagefind's own shape). */
export type SearchFilters = Record<string, string[]>;

/** The orders the search page offers. */
export type SearchOrder = 'relevance' | 'newest' | 'oldest';
