import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks, pageSlice } from '../../src/lib/pagination.ts';

/** A navigation around page `current` as text: '1 2 [3] 4 … 9'. */
const show = (current: number, last: number) =>
  pageLinks(current, last)
    .map((page) => (page === null ? '…' : page === current ? `[${page}]` : String(page)))
    .join(' ');

describe('pageCount and pageSlice', () => {
  const items = Array.from({ length: 53 }, (_, i) => i + 1);

  it('count whole pages, the last one partly filled, and one page for an empty list', () => {
    expect(pageCount(53, 25)).toBe(3);
    expect(pageCount(50, 25)).toBe(2);
    expect(pageCount(0, 25)).toBe(1);
    expect(() => pageCount(10, 0)).toThrow(/page size 0/);
  });

  it('cut the list in order, every item on exactly one page', () => {
    expect(pageSlice(items, 1, 25)).toEqual(items.slice(0, 25));
    expect(pageSlice(items, 3, 25)).toEqual([51, 52, 53]);
    const all = [1, 2, 3].flatMap((n) => pageSlice(items, n, 25));
    expect(all).toEqual(items);
    expect(pageSlice([], 1, 25)).toEqual([]);
    expect(() => pageSlice(items, 4, 25)).toThrow(/no page 4/);
  });
});

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(show(1, 1)).toBe('[1]');
    expect(show(2, 4)).toBe('1 [2] 3 4');
  });

  it('keeps the first, the last and the pages around the current one, with a gap for the rest', () => {
    expect(show(1, 40)).toBe('[1] 2 3 … 40');
    expect(show(20, 40)).toBe('1 … 18 19 [20] 21 22 … 40');
    expect(show(40, 40)).toBe('1 … 38 39 [40]');
  });

  it('shows a lone left-out page rather than a gap standing for it', () => {
    expect(show(5, 9)).toBe('1 2 3 4 [5] 6 7 8 9');
    expect(show(4, 9)).toBe('1 2 3 [4] 5 6 … 9');
  });

  it('stays short however many pages there are', () => {
    for (const last of [1, 7, 100, 5000]) {
      for (const current of [1, Math.ceil(last / 2), last]) expect(pageLinks(current, last).length).toBeLessThanOrEqual(9);
    }
  });

  it('rejects a page outside the list', () => {
    expect(() => pageLinks(0, 3)).toThrow();
    expect(() => pageLinks(4, 3)).toThrow(/page 4 is not between 1 and 3/);
  });
});
