import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/lib/search-query.ts';

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
