/**
 * Geometry of the timeline's overview: era bands, the articles' publications and the events as
 * marks on a compressed time axis, each in the first free lane of its layer, and the span between
 * the dates the sources give where they disagree. Pure: the component only draws what this returns.
 */
import { compressedTimeAxis, tickLabel, type AxisSegment } from './time-axis.ts';
import { assignLanes } from './lanes.ts';

export interface OverviewItem {
  id: string;
  layer: 'article' | 'event';
  /** Earliest and latest day the item can cover ('YYYY-MM-DD', inclusive). */
  from: string;
  to: string;
  /** The windows of each date the sources give, when they give more than one. */
  versions?: readonly { from: string; to: string }[];
}

export interface OverviewBand {
  id: string;
  /** First day of the era. */
  start: string;
  label: string;
}

export interface OverviewOptions {
  width: number;
  segments: readonly AxisSegment[];
  /** Day after the axis's last day. */
  end: string;
  markRadius?: number;
  laneHeight?: number;
  /** Lanes per layer at most: a crowded corpus stacks marks, it does not grow the picture without end. */
  maxLanes?: number;
  /** Width of one character of a band's label, to keep labels apart. */
  charWidth?: number;
  /**
   * Marks per layer at most: past it, the layer's items are grouped by month, one mark per month
   * (linked to its first item, with its count), so that the picture stays bounded in weight.
   */
  maxMarks?: number;
}

export interface OverviewMark {
  /** The item's id; for a month's group, its first item's. */
  id: string;
  layer: 'article' | 'event';
  /** Items the mark stands for: 1, or the size of a month's group. */
  count: number;
  x: number;
  y: number;
  /** End of the window the date covers (equal to x for a single day, nearly). */
  xEnd: number;
  /** Span between the earliest and the latest version the sources give. */
  spread?: { x0: number; x1: number; y: number };
}

export interface OverviewLayout {
  width: number;
  height: number;
  axisY: number;
  /** Line between the two layers. */
  layerRuleY: number;
  bands: { id: string; x0: number; x1: number; label: string; labelX: number; labelY: number; index: number }[];
  ticks: { x: number; label: string; major: boolean }[];
  breaks: number[];
  marks: OverviewMark[];
}

/** The day after `day`: windows are drawn to the end of their last day. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Items of one layer grouped by the month they start in, in order: one item per month, with its count. */
export function groupByMonth(items: readonly OverviewItem[]): (OverviewItem & { count: number })[] {
  // Each month's first item, its latest end, and its count.
  const groups = new Map<string, { first: OverviewItem; to: string; count: number }>();
  for (const item of [...items].sort((a, b) => a.from.localeCompare(b.from))) {
    const month = item.from.slice(0, 7);
    const group = groups.get(month);
    if (!group) groups.set(month, { first: item, to: item.to, count: 1 });
    else {
      group.count += 1;
      if (item.to > group.to) group.to = item.to;
    }
  }
  return [...groups].map(([month, group]) => ({
    id: group.first.id,
    layer: group.first.layer,
    from: `${month}-01`,
    to: group.to,
    count: group.count,
  }));
}

/** The lane assignLanes gave the interval at `index`: it gives one to every interval. */
function laneAt(lanes: readonly number[], index: number): number {
  const lane = lanes[index];
  if (lane === undefined) throw new Error(`no lane for interval ${index} of ${lanes.length}`);
  return lane;
}

export function layoutOverview(items: readonly OverviewItem[], bands: readonly OverviewBand[], options: OverviewOptions): OverviewLayout {
  const { width, segments, end, markRadius: r = 5, laneHeight = 16, maxLanes = 10, charWidth = 6.4, maxMarks = 150 } = options;
  const margin = r + 4;
  const axis = compressedTimeAxis(segments, end, width - 2 * margin);
  const x = (day: string) => margin + axis.x(day);

  const bandLabels = bands.map((band) => ({ start: x(band.start), end: x(band.start) + band.label.length * charWidth + 8 }));
  const labelRows = assignLanes(bandLabels, 0, 3);
  const labelRowHeight = 14;
  let y = 4 + labelRows.count * labelRowHeight + 8;

  const shown = (['article', 'event'] as const).flatMap((layer) => {
    const inLayer = items.filter((item) => item.layer === layer);
    return inLayer.length > maxMarks ? groupByMonth(inLayer) : inLayer.map((item) => ({ ...item, count: 1 }));
  });
  const placed = shown.map((item) => {
    const xFrom = x(item.from);
    const xEnd = Math.max(xFrom, x(nextDay(item.to)));
    const spread =
      item.versions && item.versions.length > 1
        ? { x0: Math.min(...item.versions.map((v) => x(v.from))), x1: Math.max(...item.versions.map((v) => x(nextDay(v.to)))) }
        : undefined;
    const start = Math.min(xFrom - r, spread?.x0 ?? Infinity);
    const stop = Math.max(xFrom + r, xEnd, spread?.x1 ?? -Infinity);
    return { item, xFrom, xEnd, spread, interval: { start, end: stop } };
  });

  const marks: OverviewMark[] = [];
  let layerRuleY = y;
  for (const layer of ['article', 'event'] as const) {
    const inLayer = placed.filter((p) => p.item.layer === layer);
    const { lanes, count } = assignLanes(
      inLayer.map((p) => p.interval),
      3,
      maxLanes,
    );
    inLayer.forEach((p, i) => {
      const markY = y + laneAt(lanes, i) * laneHeight + laneHeight / 2;
      marks.push({
        id: p.item.id,
        layer,
        count: p.item.count,
        x: p.xFrom,
        y: markY,
        xEnd: p.xEnd,
        ...(p.spread ? { spread: { ...p.spread, y: markY + r + 2 } } : {}),
      });
    });
    y += Math.max(count, 1) * laneHeight;
    if (layer === 'article') {
      layerRuleY = y + 4;
      y += 8;
    }
  }
  const axisY = y + 6;
  const height = axisY + 22;

  return {
    width,
    height,
    axisY,
    layerRuleY,
    bands: bands.map((band, index) => {
      // A band ends where the next one starts; the last, at the end of the axis.
      const next = bands[index + 1];
      return {
        id: band.id,
        x0: x(band.start),
        x1: next ? x(next.start) : margin + axis.length,
        label: band.label,
        labelX: x(band.start) + 4,
        labelY: 4 + laneAt(labelRows.lanes, index) * labelRowHeight + 10,
        index,
      };
    }),
    ticks: axis.ticks.map((tick, i) => {
      const previous = axis.ticks[i - 1];
      return {
        x: margin + tick.x,
        label: tickLabel(tick, previous === undefined || previous.unit !== tick.unit),
        major: tick.unit === 'year' || tick.date.slice(5, 7) === '01',
      };
    }),
    breaks: axis.breaks.map((b) => margin + b),
    marks,
  };
}
