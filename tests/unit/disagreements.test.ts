import { describe, expect, it } from 'vitest';
import { contradictionPairs, datedDisagreements, dateVersions, orderedContradictions } from '../../src/lib/disagreements.ts';

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

describe('orderedContradictions', () => {
  const claim = (key: string, article: string, importance: number, contradicts: string[] = []) => ({
    key,
    article: { id: article },
    importance,
    contradicts,
  });
  const rank = (id: string) => ['early', 'middle', 'late'].indexOf(id);

  it('puts each side in order of publication, the most important pairs first, across outlets before within one', () => {
    const claims = [
      claim('late/x', 'late', 2, ['early/y']),
      claim('early/y', 'early', 3),
      claim('middle/a', 'middle', 1, ['middle/b']),
      claim('middle/b', 'middle', 1),
      claim('early/c', 'early', 1, ['late/d']),
      claim('late/d', 'late', 1),
    ];
    const pairs = orderedContradictions(claims, rank).map(([a, b]) => `${a.key}~${b.key}`);
    expect(pairs).toEqual(['early/c~late/d', 'middle/a~middle/b', 'early/y~late/x']);
  });

  it('leaves out a pair whose other side is missing', () => {
    expect(orderedContradictions([claim('a/x', 'early', 1, ['b/gone'])], rank)).toEqual([]);
  });
});

describe('datedDisagreements', () => {
  it('keeps the events dated differently, the most important first, then the most reported, else in the order given', () => {
    const events = [
      { id: 'a', divergent: true, sourceCount: 2, importance: 2 },
      { id: 'b', divergent: false, sourceCount: 5, importance: 1 },
      { id: 'c', divergent: true, sourceCount: 3, importance: 2 },
      { id: 'd', divergent: true, sourceCount: 2, importance: 1 },
      { id: 'e', divergent: true, sourceCount: 2, importance: 2 },
    ];
    expect(datedDisagreements(events, (e) => e.importance).map((e) => e.id)).toEqual(['d', 'c', 'a', 'e']);
  });
});
