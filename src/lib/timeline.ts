import { dateWindow, sortBySpan, earliestDay, type DateSpan } from './dates.ts';
import { groupConsecutive } from './grouping.ts';

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
  return sortBySpan(
    items,
    (item) => item.span,
    (a, b) => layerRank[a.layer] - layerRank[b.layer] || a.id.localeCompare(b.id),
  );
}

/** One page of the timeline: a period (an era, or a year, a month, a part of a month) and its items. */
export interface TimelinePageSpec<T> {
  /** Its address below /chronologie/: 'rapprochement', 'rapprochement/2023', 'rapprochement/2023/09/2', '2019'. */
  slug: string;
  /** The period it belongs to at the top: an era's id, or a year when the item is in no era. */
  group: { era: string } | { year: string };
  /** Set when the page is one year of its era, or less. */
  year?: string;
  /** 'YYYY-MM', set when the page is one month, or part of one. */
  month?: string;
  /** Set when a month holds too many items for one page: this page's number and the month's count. */
  part?: { index: number; count: number };
  /** In order on the axis. */
  items: T[];
}

/** An era's id names its timeline page: a slug, and not a year (years name the pages of items in no era). */
const ERA_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The timeline cut into pages, none holding more than `maxItems` items. Items (already in order,
 * see sortOnAxis) go to the page of their era; an era with too many is cut by year, a year with
 * too many by month, a month with too many into numbered parts. Items before every era (or every
 * item, with no eras) go by year in the same way. Pages follow the calendar, so adding an article
 * moves no item to another page unless its period has just been cut.
 */
export function timelinePages<T extends { span: DateSpan }>(
  items: readonly T[],
  eras: readonly EraLike[],
  maxItems: number,
): TimelinePageSpec<T>[] {
  if (!Number.isInteger(maxItems) || maxItems < 1) throw new Error(`maxItems ${maxItems} is not a whole number from 1`);
  for (const era of eras) {
    if (!ERA_SLUG.test(era.id) || /^\d{4}$/.test(era.id)) {
      throw new Error(
        `eras.yaml: era "${era.id}" cannot name a timeline page: its id must be lower-case letters, digits and hyphens, and not a year`,
      );
    }
  }
  const starts = [...eras].map((era) => ({ id: era.id, from: earliestDay(era.start) })).sort((a, b) => a.from.localeCompare(b.from));
  const eraFor = (span: DateSpan): string | undefined => {
    const from = dateWindow(span).from;
    let found: string | undefined;
    for (const era of starts) if (era.from <= from) found = era.id;
    return found;
  };
  const month = (item: T) => dateWindow(item.span).from.slice(0, 7);

  const pages: TimelinePageSpec<T>[] = [];
  type Base = Omit<TimelinePageSpec<T>, 'items' | 'slug'> & { segments: string[] };
  const page = ({ segments, ...base }: Base, list: T[]) => pages.push({ ...base, slug: segments.join('/'), items: list });
  const byMonth = (base: Base, list: T[]) => {
    for (const [key, inMonth] of groupConsecutive(list, month)) {
      const monthBase = { ...base, month: key, segments: [...base.segments, key.slice(5, 7)] };
      if (inMonth.length <= maxItems) page(monthBase, inMonth);
      else {
        const count = Math.ceil(inMonth.length / maxItems);
        for (let index = 1; index <= count; index++) {
          const segments = index === 1 ? monthBase.segments : [...monthBase.segments, String(index)];
          page({ ...monthBase, segments, part: { index, count } }, inMonth.slice((index - 1) * maxItems, index * maxItems));
        }
      }
    }
  };
  const byYear = (base: Base, list: T[]) => {
    for (const [year, inYear] of groupConsecutive(list, (item) => startYear(item.span))) {
      const yearBase = { ...base, year, segments: [...base.segments, year] };
      if (inYear.length <= maxItems) page(yearBase, inYear);
      else byMonth(yearBase, inYear);
    }
  };

  for (const [era, inEra] of groupConsecutive(items, (item) => eraFor(item.span))) {
    if (era !== undefined) {
      const base = { group: { era }, segments: [era] };
      if (inEra.length <= maxItems) page(base, inEra);
      else byYear(base, inEra);
      continue;
    }
    // Before every era: a top-level page per year, cut by month when it holds too many.
    for (const [year, inYear] of groupConsecutive(inEra, (item) => startYear(item.span))) {
      const base = { group: { year }, year, segments: [year] };
      if (inYear.length <= maxItems) page(base, inYear);
      else byMonth(base, inYear);
    }
  }
  // Items out of order would give a period twice: say so rather than build two pages at one address.
  const slugs = new Set<string>();
  for (const { slug } of pages) {
    if (slugs.has(slug)) throw new Error(`timeline page "${slug}" twice: the items are not in order on the axis`);
    slugs.add(slug);
  }
  return pages;
}

/** Where old links to the timeline's one page are resolved: the pages once, each anchor as an index. */
export interface AnchorMap {
  pages: string[];
  anchors: Record<string, number>;
}

/** The map of the anchors of `pages` (those `keep` accepts) to their page's path. */
export function anchorMap<T extends { anchor: string }>(
  pages: readonly { slug: string; items: readonly T[] }[],
  pathOf: (slug: string) => string,
  keep: (item: T) => boolean = () => true,
): AnchorMap {
  const anchors: Record<string, number> = {};
  pages.forEach((page, index) => {
    for (const item of page.items) if (keep(item)) anchors[item.anchor] = index;
  });
  return { pages: pages.map((page) => pathOf(page.slug)), anchors };
}

/** The page an anchor now lives on, with the query and the fragment kept; undefined if unknown. */
export function movedAnchorTarget(map: AnchorMap, anchor: string, search: string): string | undefined {
  const index = Object.hasOwn(map.anchors, anchor) ? map.anchors[anchor] : undefined;
  const page = index === undefined ? undefined : map.pages[index];
  return page === undefined ? undefined : `${page}${search}#${encodeURIComponent(anchor)}`;
}
