import { describe, expect, it } from 'vitest';
import { describeDate, latestArticles, newestFirst, sortByPublication, withNeighbours, type ArticleLike } from '../../src/lib/articles.ts';

const article = (id: string, date: string, extra: Partial<ArticleLike['data']['published']> = {}): ArticleLike => ({
  id,
  data: { published: { date, provenance: 'stated', ...extra } },
});

describe('sortByPublication', () => {
  it('orders by date, a month before the days of that month, without changing the input', () => {
    const input = [article('c', '2024-06'), article('b', '2023-09-12'), article('a', '2023-09')];
    expect(sortByPublication(input).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(input.map((a) => a.id)).toEqual(['c', 'b', 'a']);
  });

  it('puts first, among articles of one month, the one with the earliest deduced upper bound', () => {
    const bounded = article('z-bounded', '2023-09', { notAfter: '2023-09-10', provenance: 'inferred', clue: 'x' });
    const open = article('a-open', '2023-09');
    expect(sortByPublication([open, bounded]).map((a) => a.id)).toEqual(['z-bounded', 'a-open']);
  });

  it('falls back to the id for identical dates, so the order is total', () => {
    expect(sortByPublication([article('b', '2023-09-11'), article('a', '2023-09-11')]).map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('newestFirst and latestArticles', () => {
  const list = [article('mid', '2023-09-12'), article('late', '2024-06-20'), article('early', '2023-09-11'), article('month', '2023-09')];

  it('list the articles from the latest, the reverse of publication order', () => {
    expect(newestFirst(list).map((a) => a.id)).toEqual(['late', 'mid', 'early', 'month']);
    expect(list.map((a) => a.id)).toEqual(['mid', 'late', 'early', 'month']);
  });

  it('keep only the latest ones, as many as asked or all there are', () => {
    expect(latestArticles(list, 2).map((a) => a.id)).toEqual(['late', 'mid']);
    expect(latestArticles(list, 50)).toHaveLength(4);
    expect(latestArticles([], 20)).toEqual([]);
  });
});

describe('withNeighbours', () => {
  const list = [article('late', '2024-06-20'), article('early', '2023-09-11'), article('mid', '2023-09-12')];

  it('gives each article, in order, the previous and next article by date', () => {
    expect(withNeighbours(list).map(({ article: a, previous, next }) => [a.id, previous?.id, next?.id])).toEqual([
      ['early', undefined, 'mid'],
      ['mid', 'early', 'late'],
      ['late', 'mid', undefined],
    ]);
  });
});

describe('describeDate', () => {
  it('shows a stated day with its time', () => {
    expect(describeDate({ date: '2023-09-12', time: '16:41', provenance: 'stated' })).toEqual({
      label: '12 septembre 2023',
      time: '16 h 41',
      datetime: '2023-09-12T16:41',
      inferred: false,
      bounds: {},
    });
  });

  it('shows a deduced month as a month, with its bounds and clue', () => {
    const shown = describeDate({
      date: '2024-06',
      notBefore: '2024-06-19',
      notAfter: '2024-07-10',
      provenance: 'inferred',
      clue: 'visite du 19 juin',
    });
    expect(shown.label).toBe('juin 2024');
    expect(shown.datetime).toBe('2024-06');
    expect(shown.inferred).toBe(true);
    expect(shown.bounds).toEqual({ notBefore: '19 juin 2024', notAfter: '10 juillet 2024' });
    expect(shown.clue).toBe('visite du 19 juin');
  });
});
