import { describe, expect, it } from 'vitest';
import { firstPassage, mergeSearches } from '../../src/lib/search-results.ts';

describe('mergeSearches', () => {
  const byWord = [
    { id: 'a', score: 1 },
    { id: 'b', score: 3 },
  ];
  const byVariant = [
    { id: 'c', score: 2 },
    { id: 'a', score: 5 },
  ];

  it('keeps one hit per page, the best-scoring one, ordered by score', () => {
    const merged = mergeSearches([byWord, byVariant], false);
    expect(merged.map(({ hit }) => [hit.id, hit.score])).toEqual([
      ['a', 5],
      ['b', 3],
      ['c', 2],
    ]);
  });

  it('keeps the rank of the first search that found a page when the searches are sorted', () => {
    // Sorted by date, each search is in date order: a page keeps the place the first search gave it.
    const merged = mergeSearches([byWord, byVariant], true);
    expect(merged.map(({ hit, rank }) => [hit.id, rank])).toEqual([
      ['a', 0],
      ['c', 0],
      ['b', 1],
    ]);
  });

  it('keeps the hit that found the page in its text, ordered by the best score any search gave it', () => {
    // « Khassan » only in the page's spellings field: it scores high, but has nothing to show.
    const inMetadata = [{ id: 'a', score: 9, words: [] }];
    const inText = [
      { id: 'b', score: 4, words: [3] },
      { id: 'a', score: 2, words: [12, 40] },
    ];
    const merged = mergeSearches([inMetadata, inText], false);
    expect(merged.map(({ hit, score }) => [hit.id, hit.score, score])).toEqual([
      ['a', 2, 9],
      ['b', 4, 4],
    ]);
    expect(mergeSearches([inMetadata], false)[0]!.hit.words).toEqual([]);
  });

  it('handles a corpus-sized search without spreading it anywhere', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ id: String(i), score: i }));
    expect(mergeSearches([many, many], false)[0]!.hit.id).toBe('199999');
  });
});

describe('firstPassage', () => {
  const anchors = [
    { id: 'titre', location: 0 },
    { id: 'p-1', location: 5 },
    { id: 'contexte', location: 40 },
    { id: 'p-2', location: 41 },
    { id: 'p-3', location: 90 },
  ];

  it('links to the numbered passage where the first match stands', () => {
    expect(firstPassage('/articles/x/?surligner=kim', anchors, [95, 60, 44])).toBe('/articles/x/?surligner=kim#p-2');
  });

  it('ignores anchors that are not passages, and pages without any', () => {
    expect(firstPassage('/articles/x/', anchors, [2])).toBeUndefined();
    expect(firstPassage('/chronologie/#e', [{ id: 'e', location: 0 }], [3])).toBeUndefined();
  });

  it('replaces the fragment of a result URL', () => {
    expect(firstPassage('/articles/x/#contexte', anchors, [6])).toBe('/articles/x/#p-1');
  });

  it('takes thousands of matches', () => {
    const locations = Array.from({ length: 300_000 }, (_, i) => 300_005 - i);
    expect(firstPassage('/a/', anchors, locations)).toBe('/a/#p-1');
  });
});
