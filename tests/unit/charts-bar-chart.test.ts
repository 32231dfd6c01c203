import { describe, expect, it } from 'vitest';
import { countByMonth, horizontalBars, monthlyColumns, monthsBetween } from '../../src/lib/charts/bar-chart.ts';

describe('monthsBetween', () => {
  it('lists every month of the range, across years', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2023-09', '2023-09')).toEqual(['2023-09']);
    expect(monthsBetween('2024-01', '2023-01')).toEqual([]);
  });
});

describe('countByMonth', () => {
  it('counts dates by month, months without any at zero, dates outside the range left out', () => {
    expect(countByMonth(['2023-09', '2023-10', '2023-11'], ['2023-09-11', '2023-09', '2023-11-02', '2024-06'])).toEqual([
      { month: '2023-09', value: 2 },
      { month: '2023-10', value: 0 },
      { month: '2023-11', value: 1 },
    ]);
  });
});

describe('horizontalBars', () => {
  it('gives the largest value the full length and the others in proportion, one row each', () => {
    const chart = horizontalBars(
      [
        { key: 'a', label: 'A', value: 50 },
        { key: 'b', label: 'B', value: 25 },
      ],
      { width: 300, labelWidth: 100, valueWidth: 0, barHeight: 10, gap: 5 },
    );
    expect(chart.bars.map((b) => b.barWidth)).toEqual([200, 100]);
    expect(chart.bars.map((b) => b.y)).toEqual([0, 15]);
    expect(chart.height).toBe(30);
  });
});

describe('monthlyColumns', () => {
  it('stands columns on one baseline, heights in proportion, zero for an empty month', () => {
    const chart = monthlyColumns(
      [
        { month: '2023-09', value: 10 },
        { month: '2023-10', value: 0 },
        { month: '2023-11', value: 5 },
      ],
      { width: 300, height: 100, labelHeight: 20, valueHeight: 10, margin: 0 },
    );
    const [a, b, c] = chart.columns;
    expect(chart.baseline).toBe(80);
    expect(a!.height).toBe(70);
    expect(a!.y + a!.height).toBe(80);
    expect(b!.height).toBe(0);
    expect(c!.height).toBe(35);
    expect(a!.x).toBeLessThan(b!.x);
    expect(c!.x + c!.width).toBeLessThanOrEqual(300);
  });
});
