import { describe, expect, it } from 'vitest';
import { expandQuery, limitQuery, MAX_QUERY_LENGTH, QUERY_SLOT, withQuery } from '../../src/lib/search-query.ts';
import { ui } from '../../src/i18n/fr.ts';

const entities = [
  { id: 'choigou', names: ['Sergueï Choïgou', 'Choïgou', 'Choïgu', 'Shoigu', 'Schoigu'] },
  { id: 'poutine', names: ['Vladimir Poutine', 'Poutine', 'Putin'] },
  { id: 'coree-du-nord', names: ['Corée du Nord', 'RPDC'] },
];

describe('expandQuery', () => {
  it('keeps a query without any known name as it is, with straight apostrophes', () => {
    expect(expandQuery('  livraisons d’obus ', entities)).toEqual(["livraisons d'obus"]);
    expect(expandQuery('   ', entities)).toEqual([]);
  });

  it('runs the query under every spelling of a name it contains, the reader’s first', () => {
    expect(expandQuery('Shoigu', entities)).toEqual(['Shoigu', 'Sergueï Choïgou', 'Choïgou', 'Choïgu', 'Schoigu']);
  });

  it('keeps the rest of the query around each spelling, and combines two names', () => {
    const queries = expandQuery('Putin et la RPDC', entities);
    expect(queries).toContain('Putin et la RPDC');
    expect(queries).toContain('Poutine et la Corée du Nord');
    expect(queries).toHaveLength(3 * 2);
  });

  it('does not run the same spelling twice under another case', () => {
    expect(expandQuery('POUTINE', entities)).toEqual(['POUTINE', 'Vladimir Poutine', 'Putin']);
  });

  it('caps the number of alternatives', () => {
    expect(expandQuery('Shoigu Putin RPDC', entities, 4).length).toBeLessThanOrEqual(4);
  });
});

describe('the query as the reader typed it', () => {
  it('is put into a typeset message unchanged', () => {
    const typed = "d'obus?  «x»";
    const message = withQuery(ui.search.resultsCount(3, QUERY_SLOT), typed);
    expect(message).toBe(`3 résultats pour «\u202f${typed}\u202f»`);
    expect(withQuery(ui.search.noResults(QUERY_SLOT), typed)).toContain(`«\u202f${typed}\u202f»`);
  });

  it('is cut at MAX_QUERY_LENGTH characters, never inside a character', () => {
    expect(limitQuery('Kim')).toBe('Kim');
    const long = '😀'.repeat(MAX_QUERY_LENGTH + 5);
    const cut = limitQuery(long);
    expect(Array.from(cut)).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });
});
