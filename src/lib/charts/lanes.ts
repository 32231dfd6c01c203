/**
 * Stacking of marks that would overlap on one axis: each interval goes to the first lane where
 * it does not touch the last interval placed there (greedy, in order of start). With `maxLanes`,
 * a crowded axis stays bounded in height: what does not fit goes to the least filled-up lane.
 */
export interface Interval {
  start: number;
  end: number;
}

export function assignLanes(intervals: readonly Interval[], gap = 0, maxLanes = Infinity): { lanes: number[]; count: number } {
  const order = [...intervals.entries()].sort(([a, p], [b, q]) => p.start - q.start || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(intervals.length);
  for (const [i, { start, end }] of order) {
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + gap <= start);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
    if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, end);
    lanes[i] = lane;
  }
  return { lanes, count: laneEnds.length };
}
