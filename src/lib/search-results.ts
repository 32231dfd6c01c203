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

/** A hit as Pagefind returns it: the page's id, its score for one search, where the words stand in its text. */
export interface ScoredHit {
  id: string;
  score: number;
  /**
   * Positions of the matches in the page's text; empty when only its metadata matched (a
   * spelling that only its `graphies` field holds): such a hit has nothing to highlight.
   */
  words?: readonly number[];
}

export interface MergedHit<T extends ScoredHit> {
  /** The search result kept for this page: the one that found it in its text, if any, scoring best. */
  hit: T;
  /** The best score any search gave the page: the merged results are ordered by it. */
  score: number;
  /** The page's place in the first search that found it (Pagefind's order when it sorts). */
  rank: number;
}

const inText = (hit: ScoredHit) => hit.words === undefined || hit.words.length > 0;

/**
 * One entry per page over every search: the page scores the best score any search gave it, and
 * keeps the best-scoring hit that found it in its text (whose excerpt and passage show the
 * match), a hit found in its metadata only when no other search found it; with the rank of the
 * first search that found the page. Ordered by score, or, when Pagefind sorted the searches (by
 * date), by that rank.
 */
export function mergeSearches<T extends ScoredHit>(searches: readonly (readonly T[])[], sorted: boolean): MergedHit<T>[] {
  const best = new Map<string, MergedHit<T>>();
  for (const hits of searches) {
    hits.forEach((hit, rank) => {
      const known = best.get(hit.id);
      if (!known) {
        best.set(hit.id, { hit, score: hit.score, rank });
        return;
      }
      known.score = Math.max(known.score, hit.score);
      const better = inText(hit) === inText(known.hit) ? hit.score > known.hit.score : inText(hit);
      if (better) known.hit = hit;
    });
  }
  return [...best.values()].sort((a, b) => (sorted ? a.rank - b.rank : b.score - a.score));
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
