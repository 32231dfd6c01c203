/**
 * Partial dates: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. Sources are often dated only to the month
 * or the year, and we must not invent a precision they do not have.
 */

export type DatePrecision = 'day' | 'month' | 'year';

interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(date: string): ParsedDate {
  const m = PARTIAL_DATE.exec(date);
  if (!m) {
    throw new Error(`Invalid date "${date}": expected YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  const year = Number(m[1]);
  // HTML <time datetime> rejects year 0000, so we do too.
  if (year === 0) throw new Error(`Invalid date "${date}": year 0000 does not exist`);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    throw new Error(`Invalid date "${date}": month ${m[2]} is not between 01 and 12`);
  }
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    throw new Error(`Invalid date "${date}": day ${m[3]} is not between 01 and ${max}`);
  }
  return { year, month, day, precision: 'day' };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function parseTime(hhmm: string): { hours: number; minutes: number } {
  const m = TIME.exec(hhmm);
  const hours = Number(m?.[1]);
  const minutes = Number(m?.[2]);
  if (!m || hours > 23 || minutes > 59) {
    throw new Error(`Invalid time "${hhmm}": expected HH:MM between 00:00 and 23:59`);
  }
  return { hours, minutes };
}

/** Precision of a partial date. Throws on a malformed or impossible date ('2023-02-30'). */
export function precisionOf(date: string): DatePrecision {
  return parse(date).precision;
}

const monthFormatter = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });
/**
 * The twelve months' names, asked of Intl once: every date label of every page needs one, and a
 * call to the formatter costs some microseconds (0.1 s of rendering at 1,000 articles).
 * Day 15 avoids any edge effect; the year is irrelevant to the month's name.
 */
const monthNames = Array.from({ length: 12 }, (_, index) => monthFormatter.format(Date.UTC(2000, index, 15)));

/** '2023-09-12' → '12 septembre 2023', '2023-09-01' → '1er septembre 2023', '2023-09' → 'septembre 2023', '2023' → '2023'. */
export function formatFrenchDate(date: string): string {
  const { year, month, day } = parse(date);
  if (month === undefined) return String(year);
  const monthName = monthNames[month - 1] ?? String(month);
  if (day === undefined) return `${monthName} ${year}`;
  // French writes the first day of the month as an ordinal: « 1er septembre ».
  return `${day === 1 ? '1er' : day} ${monthName} ${year}`;
}

/** '16:41' → '16 h 41', '16:00' → '16 h', '09:05' → '9 h 05'. */
export function formatFrenchTime(hhmm: string): string {
  const { hours, minutes } = parseTime(hhmm);
  return minutes === 0 ? `${hours} h` : `${hours} h ${pad2(minutes)}`;
}

/** First day covered by a partial date: '2023-09' → '2023-09-01', '2023' → '2023-01-01'. */
export function earliestDay(date: string): string {
  const { year, month, day } = parse(date);
  return `${String(year).padStart(4, '0')}-${pad2(month ?? 1)}-${pad2(day ?? 1)}`;
}

/** Last day covered by a partial date: '2023-09' → '2023-09-30', '2024-02' → '2024-02-29'. */
export function latestDay(date: string): string {
  const { year, month, day } = parse(date);
  const m = month ?? 12;
  return `${String(year).padStart(4, '0')}-${pad2(m)}-${pad2(day ?? daysInMonth(year, m))}`;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Chronological order for sorting: by earliest day, then the less precise first ('2023-09'
 * before '2023-09-01'), then lexically. Total: two different valid dates never compare equal.
 */
export function compareDates(a: string, b: string): number {
  const ea = earliestDay(a);
  const eb = earliestDay(b);
  if (ea !== eb) return ea < eb ? -1 : 1;
  const rank = PRECISION_RANK[precisionOf(a)] - PRECISION_RANK[precisionOf(b)];
  if (rank !== 0) return Math.sign(rank);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Value for `<time datetime>`: the partial date itself ('2023-09-12', '2023-09', '2023'), or
 * '2023-09-12T16:41' with a time. A time requires a full date (HTML has no "month + time").
 */
export function datetimeAttribute(date: string, time?: string): string {
  const { precision } = parse(date);
  if (time === undefined) return date;
  if (precision !== 'day') {
    throw new Error(`Cannot attach time "${time}" to "${date}": a time needs a full YYYY-MM-DD date`);
  }
  const { hours, minutes } = parseTime(time);
  return `${date}T${pad2(hours)}:${pad2(minutes)}`;
}

/** A date as the sources give it: a partial date, an optional end (a range), optional deduced bounds. */
export interface DateSpan {
  date: string;
  endDate?: string | undefined;
  notBefore?: string | undefined;
  notAfter?: string | undefined;
}

/**
 * The days a span can cover: from its earliest possible day to its latest. Deduced bounds narrow
 * a month or a year ('2023-09' not before the 12th → from '2023-09-12').
 */
export function dateWindow(span: DateSpan): { from: string; to: string } {
  // ISO days compare as strings: the later of the two starts, the earlier of the two ends.
  const earliest = earliestDay(span.date);
  const notBefore = span.notBefore ? earliestDay(span.notBefore) : undefined;
  const latest = latestDay(span.endDate ?? span.date);
  const notAfter = span.notAfter ? latestDay(span.notAfter) : undefined;
  return {
    from: notBefore !== undefined && notBefore > earliest ? notBefore : earliest,
    to: notAfter !== undefined && notAfter < latest ? notAfter : latest,
  };
}

/** What chronological order compares of a span, computed once (see compareSpans). */
interface SpanKey {
  from: string;
  to: string;
  date: string;
}

const spanKey = (span: DateSpan): SpanKey => ({ ...dateWindow(span), date: span.date });

function compareSpanKeys(a: SpanKey, b: SpanKey): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  return compareDates(a.date, b.date) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0);
}

/** Chronological order of spans: earliest possible day, then the coarser first, then latest day. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return compareSpanKeys(spanKey(a), spanKey(b));
}

/**
 * Items in the chronological order of their spans (compareSpans), ties broken by `tieBreak`.
 * Each span's window is computed once, not once per comparison: sorting 1,000 articles compares
 * some 10,000 pairs.
 */
export function sortBySpan<T>(items: readonly T[], spanOf: (item: T) => DateSpan, tieBreak: (a: T, b: T) => number): T[] {
  return items
    .map((item) => ({ item, key: spanKey(spanOf(item)) }))
    .sort((a, b) => compareSpanKeys(a.key, b.key) || tieBreak(a.item, b.item))
    .map(({ item }) => item);
}

/**
 * A date or a range in French, sharing what the two ends share: '10–13 septembre 2023',
 * '30 août–2 septembre 2023', '2018–2019', 'juillet–août 2023'.
 */
export function formatFrenchRange(start: string, end?: string): string {
  if (end === undefined || end === start) return formatFrenchDate(start);
  const a = parse(start);
  const b = parse(end);
  if (a.precision !== b.precision) return `${formatFrenchDate(start)}–${formatFrenchDate(end)}`;
  const full = formatFrenchDate(end);
  if (a.year !== b.year) return `${formatFrenchDate(start)}–${full}`;
  if (a.precision === 'month') return `${formatFrenchDate(start).replace(/ \d+$/, '')}–${full}`;
  if (a.precision === 'day') {
    const startLabel = formatFrenchDate(start).replace(/ \d+$/, '');
    return a.month === b.month ? `${startLabel.split(' ')[0]}–${full}` : `${startLabel}–${full}`;
  }
  return `${start}–${end}`;
}

/**
 * A date as YAML gives it to the schema. Unquoted, `2023-09-11` is read as a timestamp (a Date at
 * UTC midnight) and `2023` as a number; both mean what the quoted string means, so writers need
 * not quote dates. Anything else is returned as is, for the schema to reject.
 */
export function yamlDateToPartial(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    // A timestamp with a time of day is not a partial date: let the schema reject its text.
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  return value;
}
