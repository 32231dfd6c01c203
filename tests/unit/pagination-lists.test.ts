import { describe, expect, it } from 'vitest';
import { itemPages, pageCount, pageLinks, pageOfIndex, pageSizes, pageSlice } from '../../src/lib/pagination.ts';

describe('pageCount, pageOfIndex, pageSlice', () => {
  it('cut a list into pages of the size given, the last one shorter, an empty list into one empty page', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageCount(items.length, 10)).toBe(3);
    expect(pageCount(20, 10)).toBe(2);
    expect(pageCount(0, 10)).toBe(1);
    expect(pageSlice(items, 1, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageSlice(items, 3, 10)).toEqual([20, 21, 22]);
    expect(pageSlice([], 1, 10)).toEqual([]);
    for (const item of items) expect(pageSlice(items, pageOfIndex(item, 10), 10)).toContain(item);
  });

  it('refuse a page size that is not a positive integer', () => {
    expect(() => pageCount(5, 0)).toThrow(RangeError);
    expect(() => pageOfIndex(5, 2.5)).toThrow(RangeError);
    expect(() => pageSlice([1, 2], 2, 10)).toThrow(RangeError);
  });

  it('has a size for every list, each a positive integer', () => {
    for (const [list, size] of Object.entries(pageSizes)) expect(Number.isInteger(size) && size > 0, list).toBe(true);
  });
});

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and the pages around the current one, with gaps between', () => {
    expect(pageLinks(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pageLinks(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pageLinks(100, 100)).toEqual([1, null, 98, 99, 100]);
  });

  it('shows a single left-out page rather than a gap', () => {
    expect(pageLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageLinks(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });

  it('stays bounded however many pages there are', () => {
    for (const last of [1, 7, 1000, 100000]) {
      for (const current of [1, Math.min(2, last), Math.ceil(last / 2), last]) {
        const links = pageLinks(current, last);
        expect(links.length).toBeLessThanOrEqual(9);
        expect(links).toContain(current);
        const numbers = links.filter((n): n is number => n !== null);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }
    }
  });
});

describe('itemPages', () => {
  it('says the group and page of every item of grouped, paginated lists', () => {
    const where = itemPages(
      [
        { group: 'kim', items: ['a', 'b', 'c'] },
        { group: 'poutine', items: ['d'] },
      ],
      2,
      (item) => item,
    );
    expect(Object.fromEntries(where)).toEqual({
      a: { group: 'kim', page: 1 },
      b: { group: 'kim', page: 1 },
      c: { group: 'kim', page: 2 },
      d: { group: 'poutine', page: 1 },
    });
  });
});
