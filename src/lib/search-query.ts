import { createEntityMatcher, type NamedEntity } from './entity-matcher.ts';
import { fold } from './text.ts';

/**
 * Query expansion for spelling variants. Pagefind matches words, so a reader typing « Shoigu »
 * would miss an article that writes « Choïgou ». Every name of an entity found in the query is
 * replaced in turn by each of the entity's spellings; the search runs each alternative and merges
 * the results. Entities and spellings come from content/entities.yaml, never from this code.
 */
export function expandQuery(query: string, entities: readonly NamedEntity[], maxQueries = 24): string[] {
  return queryExpander(entities, maxQueries)(query);
}

/**
 * expandQuery for a fixed list of entities, its matcher built once: the search worker expands
 * every query the reader types with it.
 */
export function queryExpander(entities: readonly NamedEntity[], maxQueries = 24): (query: string) => string[] {
  const names = new Map(entities.map((entity) => [entity.id, entity.names]));
  const matcher = createEntityMatcher(entities);
  return (query) => {
    // Pagefind splits words on the straight apostrophe only: « d’obus » must be « d'obus ».
    const base = query.replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim();
    if (base === '') return [];
    const mentions = matcher.findMentions(base);

    let alternatives = [''];
    let cursor = 0;
    for (const mention of mentions) {
      const between = base.slice(cursor, mention.start);
      const spellings = uniqueSpellings([mention.text, ...(names.get(mention.entityId) ?? [])]);
      const next: string[] = [];
      for (const prefix of alternatives) {
        for (const spelling of spellings) next.push(prefix + between + spelling);
      }
      alternatives = next.slice(0, maxQueries);
      cursor = mention.end;
    }
    return alternatives.map((prefix) => (prefix + base.slice(cursor)).trim());
  };
}

/** Spellings that differ once folded (so « Shoigu » and « SHOIGU » do not both run). */
function uniqueSpellings(spellings: readonly string[]): string[] {
  const seen = new Set<string>();
  return spellings.filter((spelling) => {
    const key = fold(spelling);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The longest query the search page runs. Past a few words a query finds nothing more, and each
 * word costs Pagefind time: a 10,000-character query took over 6 s. Inputs carry it as maxlength;
 * a longer query arriving in the URL is cut.
 */
export const MAX_QUERY_LENGTH = 200;

/** A query as the search page runs it: at most MAX_QUERY_LENGTH characters, never a half surrogate. */
export function limitQuery(query: string): string {
  return Array.from(query).slice(0, MAX_QUERY_LENGTH).join('');
}

/**
 * Stands for the reader's query in an interface message: the message is typeset where it is
 * defined (src/i18n/fr.ts), and the query is put in afterwards, as the reader typed it.
 */
export const QUERY_SLOT = '\u{E000}';

/** A message made with QUERY_SLOT, with the reader's own words in the slot. */
export function withQuery(message: string, query: string): string {
  return message.split(QUERY_SLOT).join(query);
}
