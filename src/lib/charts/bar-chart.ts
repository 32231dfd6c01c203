/**
 * Bar charts drawn at build time: horizontal bars (one per row, label on the left, value at the
 * end of the bar) and monthly columns (one per month of a range, empty months included).
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

export interface HorizontalBars {
  width: number;
  height: number;
  labelWidth: number;
  bars: (BarRow & { y: number; barWidth: number; height: number })[];
}

export function horizontalBars(
  rows: readonly BarRow[],
  options: { width: number; labelWidth: number; barHeight?: number; gap?: number; valueWidth?: number },
): HorizontalBars {
  const { width, labelWidth, barHeight, gap, valueWidth } = { barHeight: 18, gap: 8, valueWidth: 36, ...options };
  // d3's max, not Math.max(...): a spread of many rows overflows the call stack.
  const length = scaleLinear()
    .domain([0, Math.max(1, max(rows, (row) => row.value) ?? 0)])
    .range([0, width - labelWidth - valueWidth]);
  return {
    width,
    height: rows.length * (barHeight + gap),
    labelWidth,
    bars: rows.map((row, i) => ({
      ...row,
      y: i * (barHeight + gap),
      barWidth: Math.round(length(row.value) * 10) / 10,
      height: barHeight,
    })),
  };
}

/** Every month from `first` to `last` ('YYYY-MM'), both included. */
export function monthsBetween(first: string, last: string): string[] {
  if (last < first) return [];
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Counts by month over every month of the range: months with nothing count 0. */
export function countByMonth(months: readonly string[], values: readonly string[]): { month: string; value: number }[] {
  const counts = new Map(months.map((m) => [m, 0]));
  for (const value of values) {
    const month = value.slice(0, 7);
    const count = counts.get(month);
    if (count !== undefined) counts.set(month, count + 1);
  }
  return months.map((month) => ({ month, value: counts.get(month) ?? 0 }));
}

export interface MonthlyColumns {
  width: number;
  height: number;
  /** Where the columns stand (their bottom); `margin` on each side leaves room for the end labels. */
  baseline: number;
  columns: { month: string; value: number; x: number; y: number; width: number; height: number }[];
}

export function monthlyColumns(
  counts: readonly { month: string; value: number }[],
  options: { width: number; height: number; labelHeight?: number; valueHeight?: number; margin?: number },
): MonthlyColumns {
  const { width, height, labelHeight, valueHeight, margin } = { labelHeight: 16, valueHeight: 14, margin: 28, ...options };
  const top = Math.max(1, max(counts, (c) => c.value) ?? 0);
  const baseline = height - labelHeight;
  const x = scaleBand<string>()
    .domain(counts.map((c) => c.month))
    .range([margin, width - margin])
    .paddingInner(0.2);
  const y = scaleLinear()
    .domain([0, top])
    .range([0, baseline - valueHeight]);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    baseline,
    columns: counts.map((c) => {
      const left = x(c.month);
      if (left === undefined) throw new Error(`month ${c.month} is not on the band scale`);
      return {
        ...c,
        x: round(left),
        width: round(x.bandwidth()),
        height: round(y(c.value)),
        y: round(baseline - y(c.value)),
      };
    }),
  };
}
