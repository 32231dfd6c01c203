import { describe, expect, it } from 'vitest';
import { contradictionPairs, dateVersions } from '../../src/lib/disagreements.ts';

describe('dateVersions', () => {
  it('finds the divergence when one article dates the event differently (Shoigu: July, July, August)', () => {
    const result = dateVersions('2023-07', [
      { articleId: 'menace' },
      { articleId: 'bbc' },
      { articleId: 'blick', reportedDate: '2023-08' },
      { articleId: 'blick', reportedDate: '2023-08' },
    ]);
    expect(result.divergent).toBe(true);
    expect(result.versions).toEqual([
      { date: '2023-07', articleIds: ['menace', 'bbc'] },
      { date: '2023-08', articleIds: ['blick'] },
    ]);
  });

  it('sees agreement when every article gives the event’s date, even written the same way', () => {
    expect(dateVersions('2019-04', [{ articleId: 'a' }, { articleId: 'b', reportedDate: '2019-04' }]).divergent).toBe(false);
  });
});

describe('contradictionPairs', () => {
  it('lists each contradiction once, whichever side declares it', () => {
    expect(
      contradictionPairs([
        { key: 'a/echec', contradicts: ['a/repris', 'a/cinquante'] },
        { key: 'a/repris', contradicts: ['a/echec'] },
        { key: 'a/cinquante', contradicts: [] },
      ]),
    ).toEqual([
      ['a/echec', 'a/repris'],
      ['a/cinquante', 'a/echec'],
    ]);
  });
});
