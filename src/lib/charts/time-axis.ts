/**
 * A time axis in pieces: each segment of history gets its own share of the axis, so that seventy
 * years of background fit in a corner while the months of the story are read to the day. Inside a
 * segment the scale is proportional (d3-scale's polylinear UTC scale).
 */
import { scaleUtc } from 'd3-scale';

export interface AxisSegment {
  /** First day of the segment ('YYYY-MM-DD'); the segment runs to the next one's start. */
  start: string;
  /** Its share of the axis's length (the shares of all segments add up to 1). */
  share: number;
  /** Ticks in this segment: every N years, or every N months. */
  ticks: { unit: 'year' | 'month'; every: number };
}

export interface AxisTick {
  /** First day of the period the tick marks. */
  date: string;
  x: number;
  unit: 'year' | 'month';
}

export interface TimeAxis {
  /** Position of a day ('YYYY-MM-DD') on [0, length]; days outside the axis are clamped to its ends. */
  x(day: string): number;
  ticks: AxisTick[];
  /** Where one segment gives way to the next (the scale changes there). */
  breaks: number[];
  length: number;
}

const utc = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The piecewise scale from `segments` (in order) to `end` (exclusive last day + 1). */
export function compressedTimeAxis(segments: readonly AxisSegment[], end: string, length: number): TimeAxis {
  if (segments.length === 0) throw new Error('a time axis needs at least one segment');
  const total = segments.reduce((sum, s) => sum + s.share, 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error(`segment shares add up to ${total}, not 1`);
  const starts = [...segments.map((s) => s.start), end];
  let previous: string | undefined;
  for (const start of starts) {
    if (previous !== undefined && start <= previous) throw new Error(`segments out of order: ${previous} then ${start}`);
    previous = start;
  }
  let at = 0;
  const range = [0, ...segments.map((s) => (at += s.share * length))];
  const scale = scaleUtc().domain(starts.map(utc)).range(range).clamp(true);

  const ticks: AxisTick[] = [];
  segments.forEach((segment, index) => {
    const from = utc(segment.start);
    const to = utc(segments[index + 1]?.start ?? end);
    const { unit, every } = segment.ticks;
    const cursor = new Date(Date.UTC(from.getUTCFullYear(), unit === 'month' ? from.getUTCMonth() : 0, 1));
    while (cursor < to) {
      const aligned = unit === 'year' ? cursor.getUTCFullYear() % every === 0 : cursor.getUTCMonth() % every === 0;
      if (cursor >= from && aligned) ticks.push({ date: dayOf(cursor), x: scale(cursor), unit });
      if (unit === 'year') cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
      else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    }
  });

  return { x: (day) => scale(utc(day)), ticks, breaks: range.slice(1, -1), length };
}

const shortMonth = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });

/** A tick's label: the year, or the short French month, with its year in January and on the first month tick. */
export function tickLabel(tick: AxisTick, first: boolean): string {
  const year = tick.date.slice(0, 4);
  if (tick.unit === 'year') return year;
  const month = shortMonth.format(utc(tick.date));
  return first || tick.date.slice(5, 7) === '01' ? `${month} ${year}` : month;
}

/**
 * One even segment over whole years, from the year of `first` to the end of the year of `last`
 * (days 'YYYY-MM-DD'): the overview's axis for a dossier that sets none. Ticks every month over a
 * year or two, else every N years so that about ten show.
 */
export function evenAxis(first: string, last: string): { segments: AxisSegment[]; end: string } {
  if (last < first) throw new Error(`an axis cannot end (${last}) before it starts (${first})`);
  const firstYear = Number(first.slice(0, 4));
  const years = Number(last.slice(0, 4)) - firstYear + 1;
  const ticks: AxisSegment['ticks'] = years <= 2 ? { unit: 'month', every: years } : { unit: 'year', every: Math.ceil(years / 10) };
  return { segments: [{ start: `${firstYear}-01-01`, share: 1, ticks }], end: `${firstYear + years}-01-01` };
}
