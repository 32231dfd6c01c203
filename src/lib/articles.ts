import { datetimeAttribute, sortBySpan, formatFrenchDate, formatFrenchTime } from './dates.ts';

/** The parts of an article's front matter that ordering and date display need. */
export interface DatedField {
  date: string;
  time?: string | undefined;
  notBefore?: string | undefined;
  notAfter?: string | undefined;
  provenance: 'stated' | 'inferred';
  clue?: string | undefined;
}

export interface ArticleLike {
  id: string;
  data: { published: DatedField };
}

/**
 * Articles in order of publication (see compareSpans: two articles known only to the same month
 * are ordered by the latest day each can have appeared), then by id, so the order is total.
 */
export function sortByPublication<T extends ArticleLike>(articles: readonly T[]): T[] {
  return sortBySpan(
    articles,
    (article) => article.data.published,
    (a, b) => a.id.localeCompare(b.id),
  );
}

/** Articles newest first: the reverse of publication order (lists, archives, feed). */
export function newestFirst<T extends ArticleLike>(articles: readonly T[]): T[] {
  return sortByPublication(articles).reverse();
}

/** The `count` latest articles, newest first (the home page, the feed). */
export function latestArticles<T extends ArticleLike>(articles: readonly T[], count: number): T[] {
  return newestFirst(articles).slice(0, count);
}

/** Every article with the one before and after it in publication order (one sort for all). */
export function withNeighbours<T extends ArticleLike>(
  articles: readonly T[],
): { article: T; previous: T | undefined; next: T | undefined }[] {
  const sorted = sortByPublication(articles);
  return sorted.map((article, index) => ({ article, previous: sorted[index - 1], next: sorted[index + 1] }));
}

/** What a page needs to show a date: the French label, the machine value and whether it is deduced. */
export interface DateDisplay {
  /** "12 septembre 2023", "septembre 2023" */
  label: string;
  /** "16 h 41", when the time is known */
  time?: string;
  datetime: string;
  inferred: boolean;
  bounds: { notBefore?: string; notAfter?: string };
  clue?: string;
}

export function describeDate(field: DatedField): DateDisplay {
  const bounds: DateDisplay['bounds'] = {};
  if (field.notBefore) bounds.notBefore = formatFrenchDate(field.notBefore);
  if (field.notAfter) bounds.notAfter = formatFrenchDate(field.notAfter);
  return {
    label: formatFrenchDate(field.date),
    ...(field.time ? { time: formatFrenchTime(field.time) } : {}),
    datetime: datetimeAttribute(field.date, field.time),
    inferred: field.provenance === 'inferred',
    bounds,
    ...(field.clue ? { clue: field.clue } : {}),
  };
}
