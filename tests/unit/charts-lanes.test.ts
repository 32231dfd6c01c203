import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../src/lib/charts/lanes.ts';

describe('assignLanes', () => {
  it('keeps intervals that do not touch in one lane and stacks those that overlap', () => {
    const { lanes, count } = assignLanes([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
      { start: 30, end: 40 },
    ]);
    expect(lanes).toEqual([0, 1, 0, 0]);
    expect(count).toBe(2);
  });

  it('keeps a gap between neighbours in a lane', () => {
    expect(
      assignLanes(
        [
          { start: 0, end: 10 },
          { start: 11, end: 20 },
        ],
        3,
      ).lanes,
    ).toEqual([0, 1]);
    expect(
      assignLanes(
        [
          { start: 0, end: 10 },
          { start: 13, end: 20 },
        ],
        3,
      ).lanes,
    ).toEqual([0, 0]);
  });

  it('works in order of start whatever the order of the input, and returns lanes in input order', () => {
    expect(
      assignLanes([
        { start: 5, end: 15 },
        { start: 0, end: 10 },
      ]).lanes,
    ).toEqual([1, 0]);
  });

  it('never uses more than maxLanes: the rest goes to the lane that frees up first', () => {
    const same = Array.from({ length: 5 }, () => ({ start: 0, end: 10 }));
    const { lanes, count } = assignLanes(same, 0, 3);
    expect(count).toBe(3);
    expect(Math.max(...lanes)).toBe(2);
  });
});
