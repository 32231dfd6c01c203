/**
 * The words of the search page's script, taken from the interface's own (src/i18n/fr.ts) when
 * the page is built and given to the script as data: the script then ships without the whole
 * interface text. Messages that hold a number or a list have slots, filled in the browser.
 */
import { QUERY_SLOT, withQuery } from './search-query.ts';

/** Stands for a number in a message (as QUERY_SLOT stands for the query). */
export const COUNT_SLOT = '\u{E001}';
/** Stands for a list of spellings in a message. */
export const LIST_SLOT = '\u{E002}';

/** What the search page's script says, every message already typeset. */
export interface SearchMessages {
  loading: string;
  needsBuild: string;
  empty: string;
  /** With QUERY_SLOT. */
  noResults: string;
  /** One result; with QUERY_SLOT. */
  oneResult: string;
  /** More than one; with COUNT_SLOT and QUERY_SLOT. */
  results: string;
  /** With LIST_SLOT. */
  variantsNote: string;
  readPassage: string;
  sections: string;
  filterLabels: Record<string, string>;
}

/** The interface's search words that the messages come from (ui.search). */
export interface SearchWords {
  loading: string;
  needsBuild: string;
  empty: string;
  noResults: (query: string) => string;
  resultsCount: (n: number, query: string) => string;
  variantsNote: (spellings: string) => string;
  readPassage: string;
  sections: string;
  filterLabels: Record<string, string>;
}

/**
 * A number that no message holds otherwise, given to resultsCount for its plural form and then
 * replaced by COUNT_SLOT.
 */
const SAMPLE_COUNT = 987654321;

export function searchMessages(words: SearchWords): SearchMessages {
  const plural = words.resultsCount(SAMPLE_COUNT, QUERY_SLOT);
  if (!plural.includes(String(SAMPLE_COUNT))) {
    throw new Error('ui.search.resultsCount must write the number as it is given: the search page fills it in itself');
  }
  return {
    loading: words.loading,
    needsBuild: words.needsBuild,
    empty: words.empty,
    noResults: words.noResults(QUERY_SLOT),
    oneResult: words.resultsCount(1, QUERY_SLOT),
    results: plural.replace(String(SAMPLE_COUNT), COUNT_SLOT),
    variantsNote: words.variantsNote(LIST_SLOT),
    readPassage: words.readPassage,
    sections: words.sections,
    filterLabels: words.filterLabels,
  };
}

/** The status after a search: how many results for the query, as the reader typed it. */
export function resultsStatus(messages: SearchMessages, count: number, query: string): string {
  // French: « 0 résultat » and « 1 résultat », « 2 résultats » (ui.search.resultsCount says the same).
  const message =
    count === 0 ? messages.noResults : count === 1 ? messages.oneResult : messages.results.split(COUNT_SLOT).join(String(count));
  return withQuery(message, query);
}

/** The note that says which other spellings the search also ran. */
export function variantsStatus(messages: SearchMessages, spellings: readonly string[]): string {
  return spellings.length === 0 ? '' : messages.variantsNote.split(LIST_SLOT).join(spellings.join(', '));
}
