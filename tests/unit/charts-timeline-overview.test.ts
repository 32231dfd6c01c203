import { describe, expect, it } from 'vitest';
import { groupByMonth, layoutOverview, nextDay } from '../../src/lib/charts/timeline-overview.ts';
import type { AxisSegment } from '../../src/lib/charts/time-axis.ts';

const segments: AxisSegment[] = [
  { start: '1953-01-01', share: 0.3, ticks: { unit: 'year', every: 20 } },
  { start: '2023-07-01', share: 0.7, ticks: { unit: 'month', every: 1 } },
];
const options = { width: 1000, segments, end: '2024-08-01' };

describe('nextDay', () => {
  it('crosses months and years', () => {
    expect(nextDay('2023-09-30')).toBe('2023-10-01');
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });
});

describe('layoutOverview', () => {
  const layout = layoutOverview(
    [
      { id: 'a1', layer: 'article', from: '2023-09-11', to: '2023-09-11' },
      { id: 'e1', layer: 'event', from: '2023-09-12', to: '2023-09-12' },
      { id: 'e2', layer: 'event', from: '2023-09-12', to: '2023-09-12' },
      {
        id: 'e3',
        layer: 'event',
        from: '2023-07-01',
        to: '2023-07-31',
        versions: [
          { from: '2023-07-01', to: '2023-07-31' },
          { from: '2023-08-01', to: '2023-08-31' },
        ],
      },
      { id: 'e4', layer: 'event', from: '2024-06-19', to: '2024-06-19' },
    ],
    [
      { id: 'old', start: '1953-01-01', label: 'Avant' },
      { id: 'now', start: '2023-07-01', label: 'Le rapprochement' },
    ],
    options,
  );
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  it('has one mark per item, articles above events, the axis below both', () => {
    expect(layout.marks.map((m) => m.id).sort()).toEqual(['a1', 'e1', 'e2', 'e3', 'e4']);
    expect(mark('a1').y).toBeLessThan(layout.layerRuleY);
    for (const id of ['e1', 'e2', 'e3', 'e4']) {
      expect(mark(id).y).toBeGreaterThan(layout.layerRuleY);
      expect(mark(id).y).toBeLessThan(layout.axisY);
    }
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  it('stacks events of the same day and keeps distant ones on one lane', () => {
    expect(mark('e1').x).toBe(mark('e2').x);
    expect(mark('e1').y).not.toBe(mark('e2').y);
    expect(mark('e4').y).toBe(Math.min(mark('e1').y, mark('e2').y));
  });

  it('draws a window over the days a date covers, and the span between divergent versions', () => {
    expect(mark('e3').xEnd).toBeGreaterThan(mark('e3').x + 10);
    expect(mark('e1').xEnd - mark('e1').x).toBeLessThan(3);
    const spread = mark('e3').spread!;
    expect(spread.x0).toBe(mark('e3').x);
    // The span runs to the end of August: the version of the latest source.
    expect(spread.x1).toBeGreaterThan(mark('e3').xEnd + 10);
    expect(mark('e1').spread).toBeUndefined();
  });

  it('stays inside its width, and lays eras out as bands that tile the axis', () => {
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(layout.width);
    }
    expect(layout.bands[0]!.x1).toBe(layout.bands[1]!.x0);
    expect(layout.bands[1]!.x1).toBeLessThanOrEqual(layout.width);
    expect(layout.breaks).toHaveLength(1);
  });

  it('bounds its height whatever the number of items (maxLanes)', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, layer: 'event' as const, from: '2023-09-12', to: '2023-09-12' }));
    const crowded = layoutOverview(many, [], { ...options, maxLanes: 8, laneHeight: 10, maxMarks: Infinity });
    expect(new Set(crowded.marks.map((m) => m.y)).size).toBe(8);
    expect(crowded.height).toBeLessThan(200);
  });
});

describe('groupByMonth', () => {
  it('makes one item per month, linked to its first item, with its count and the latest end', () => {
    const grouped = groupByMonth([
      { id: 'b', layer: 'article', from: '2023-09-12', to: '2023-09-12' },
      { id: 'a', layer: 'article', from: '2023-09-01', to: '2023-09-10' },
      { id: 'c', layer: 'article', from: '2024-06-19', to: '2024-07-10' },
    ]);
    expect(grouped).toEqual([
      { id: 'a', layer: 'article', from: '2023-09-01', to: '2023-09-12', count: 2 },
      { id: 'c', layer: 'article', from: '2024-06-01', to: '2024-07-10', count: 1 },
    ]);
  });
});

describe('layoutOverview with a large corpus', () => {
  it('groups a layer by month past maxMarks, and leaves the other layer as it is', () => {
    const articles = Array.from({ length: 300 }, (_, i) => ({
      id: `a${i}`,
      layer: 'article' as const,
      from: `2023-${String(7 + (i % 6)).padStart(2, '0')}-0${1 + (i % 9)}`,
      to: `2023-${String(7 + (i % 6)).padStart(2, '0')}-0${1 + (i % 9)}`,
    }));
    const layout = layoutOverview([...articles, { id: 'e', layer: 'event', from: '2023-09-12', to: '2023-09-12' }], [], {
      ...options,
      maxMarks: 100,
    });
    const articleMarks = layout.marks.filter((m) => m.layer === 'article');
    expect(articleMarks).toHaveLength(6);
    expect(articleMarks.reduce((sum, m) => sum + m.count, 0)).toBe(300);
    expect(layout.marks.filter((m) => m.layer === 'event')).toEqual([expect.objectContaining({ id: 'e', count: 1 })]);
  });
});
