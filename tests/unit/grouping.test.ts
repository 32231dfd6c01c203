import { describe, expect, it } from 'vitest';
import { groupConsecutive } from '../../src/lib/grouping.ts';

describe('groupConsecutive', () => {
  it('groups consecutive runs by key, keeping order', () => {
    expect(groupConsecutive([1953, 1961, 2019, 2019, 2023], (y) => (y < 2011 ? 'old' : 'new'))).toEqual([
      ['old', [1953, 1961]],
      ['new', [2019, 2019, 2023]],
    ]);
  });

  it('starts a new group when a key comes back after another', () => {
    expect(groupConsecutive(['a', 'b', 'a'], (x) => x)).toEqual([
      ['a', ['a']],
      ['b', ['b']],
      ['a', ['a']],
    ]);
    expect(groupConsecutive([], (x) => x)).toEqual([]);
  });
});
