import { compareSpans, dateWindow, earliestDay, type DateSpan } from './dates.ts';

/**
 * True when an article appeared before the event it reports could have happened: it announced it.
 * Compares the latest day the article can have appeared with the earliest day of the event.
 */
export function anticipates(published: DateSpan, event: DateSpan): boolean {
  return dateWindow(published).to < dateWindow(event).from;
}

export interface EraLike {
  id: string;
  start: string;
}

/** The era a span starts in: the last era whose start is not after the span's earliest day. */
export function eraOf<T extends EraLike>(eras: readonly T[], span: DateSpan): T | undefined {
  const from = dateWindow(span).from;
  return [...eras]
    .sort((a, b) => earliestDay(a.start).localeCompare(earliestDay(b.start)))
    .filter((era) => earliestDay(era.start) <= from)
    .at(-1);
}

/** The year a span starts in, for the year markers of the timeline. */
export function startYear(span: DateSpan): string {
  return dateWindow(span).from.slice(0, 4);
}

/** Items on one time axis, in order; ties keep articles before the events they report. */
export function sortOnAxis<T extends { span: DateSpan; layer: 'article' | 'event'; id: string }>(items: readonly T[]): T[] {
  const layerRank = { article: 0, event: 1 } as const;
  return [...items].sort((a, b) => compareSpans(a.span, b.span) || layerRank[a.layer] - layerRank[b.layer] || a.id.localeCompare(b.id));
}
