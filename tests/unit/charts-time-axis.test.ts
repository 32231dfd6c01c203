import { describe, expect, it } from 'vitest';
import { compressedTimeAxis, evenAxis, tickLabel, type AxisSegment } from '../../src/lib/charts/time-axis.ts';

const segments: AxisSegment[] = [
  { start: '1950-01-01', share: 0.2, ticks: { unit: 'year', every: 20 } },
  { start: '2023-07-01', share: 0.8, ticks: { unit: 'month', every: 1 } },
];

describe('compressedTimeAxis', () => {
  const axis = compressedTimeAxis(segments, '2024-07-01', 1000);

  it('gives each segment its share of the length, proportional inside it', () => {
    expect(axis.x('1950-01-01')).toBe(0);
    expect(axis.x('2023-07-01')).toBe(200);
    expect(axis.x('2024-07-01')).toBe(1000);
    // 2023-07-01 → 2024-07-01 is 366 days over 800 px: 9 months after September 2023 is far to the right.
    const sept = axis.x('2023-09-12');
    const june = axis.x('2024-06-19');
    expect(june - sept).toBeCloseTo((281 / 366) * 800, 5);
    // Seventy years take less room than one year of the story.
    expect(axis.x('2020-01-01') - axis.x('1950-01-01')).toBeLessThan(june - sept);
  });

  it('clamps days outside the axis to its ends', () => {
    expect(axis.x('1900-01-01')).toBe(0);
    expect(axis.x('2030-01-01')).toBe(1000);
  });

  it('puts ticks at aligned years in a compressed segment and at months in a detailed one', () => {
    expect(axis.ticks.filter((t) => t.unit === 'year').map((t) => t.date)).toEqual([
      '1960-01-01',
      '1980-01-01',
      '2000-01-01',
      '2020-01-01',
    ]);
    const months = axis.ticks.filter((t) => t.unit === 'month');
    expect(months).toHaveLength(12);
    expect(months[0]).toMatchObject({ date: '2023-07-01', x: 200 });
    expect(axis.breaks).toEqual([200]);
  });

  it('labels ticks in French, with the year on the first month and in January', () => {
    const months = axis.ticks.filter((t) => t.unit === 'month');
    expect(tickLabel(months[0]!, true)).toBe('juil. 2023');
    expect(tickLabel(months[2]!, false)).toBe('sept.');
    expect(tickLabel(months[6]!, false)).toBe('janv. 2024');
    expect(tickLabel(axis.ticks[0]!, false)).toBe('1960');
  });

  it('rejects shares that do not add up to 1 and segments out of order', () => {
    expect(() => compressedTimeAxis([{ ...segments[0]!, share: 0.5 }], '2000-01-01', 100)).toThrow(/add up to 0.5/);
    expect(() => compressedTimeAxis(segments, '2000-01-01', 100)).toThrow(/out of order/);
    expect(() => compressedTimeAxis([], '2000-01-01', 100)).toThrow(/at least one segment/);
  });
});

describe('evenAxis', () => {
  it('covers whole years from the first day to the last, as one segment a compressed axis accepts', () => {
    const { segments, end } = evenAxis('1961-07-06', '2024-06-19');
    expect(segments).toEqual([{ start: '1961-01-01', share: 1, ticks: { unit: 'year', every: 7 } }]);
    expect(end).toBe('2025-01-01');
    const axis = compressedTimeAxis(segments, end, 640);
    expect(axis.x('1961-01-01')).toBe(0);
    expect(axis.x('2025-01-01')).toBe(640);
    // 64 years, a tick every 7: about ten ticks, each on a 1 January.
    expect(axis.ticks.length).toBeGreaterThanOrEqual(9);
    expect(axis.ticks.length).toBeLessThanOrEqual(11);
    expect(axis.ticks.every((tick) => tick.date.endsWith('-01-01'))).toBe(true);
  });

  it('ticks months when the items fit in a year or two', () => {
    expect(evenAxis('2024-03-02', '2024-03-02')).toEqual({
      segments: [{ start: '2024-01-01', share: 1, ticks: { unit: 'month', every: 1 } }],
      end: '2025-01-01',
    });
    expect(evenAxis('2023-09-13', '2024-06-19').segments[0]?.ticks).toEqual({ unit: 'month', every: 2 });
  });

  it('refuses an end before the start', () => {
    expect(() => evenAxis('2024-06-19', '2023-09-13')).toThrow(/before it starts/);
  });
});
