/**
 * The timeline's pages as the routes show them: each page of the evidence layer's cut
 * (src/lib/timeline.ts, timelinePages) with its items resolved to events and articles, its title
 * and its neighbours. /chronologie/ lists them; /chronologie/<slug>/ shows one.
 */
import type { Article, Era, Evidence, TimelineEvent } from './evidence.ts';
import { formatFrenchDate } from '../lib/dates.ts';
import { timelinePagePath } from '../lib/urls.ts';
import { ui } from '../i18n/fr.ts';

export type TimelineEntry = { layer: 'event'; event: TimelineEvent } | { layer: 'article'; article: Article };

export interface TimelinePageView {
  slug: string;
  path: string;
  /** The page's heading: its era, its period, its part ('Le rapprochement, septembre 2023 (2 sur 3)'). */
  title: string;
  /** Its period within its group, for the list on /chronologie/ ('septembre 2023 (2 sur 3)'); undefined: the whole era. */
  period: string | undefined;
  /** Id of its group on /chronologie/ (an era's, or a year's), and the group's era when it is one. */
  groupId: string;
  era: Era | undefined;
  entries: TimelineEntry[];
  events: TimelineEvent[];
  articleCount: number;
}

/** Every page of the timeline, in order, resolved. */
export function timelineViews(evidence: Evidence): TimelinePageView[] {
  const events = new Map(evidence.events.map((event) => [event.id, event]));
  const articles = new Map(evidence.articles.map((article) => [article.id, article]));
  const eras = new Map(evidence.eras.map((era) => [era.id, era]));
  return evidence.timeline.pages.map((page) => {
    const era = 'era' in page.group ? eras.get(page.group.era) : undefined;
    const groupId = 'era' in page.group ? page.group.era : page.group.year;
    const month = page.month ? formatFrenchDate(page.month) : undefined;
    // Within its group: an era's year or month; a year's month (a year in no era is its own group).
    const within = era ? (month ?? page.year) : month;
    const groupTitle = era?.data.title ?? groupId;
    const entries: TimelineEntry[] = page.items.map((item) => {
      if (item.layer === 'event') {
        const event = events.get(item.id);
        if (!event) throw new Error(`timeline page ${page.slug}: no event ${item.id}`);
        return { layer: 'event', event };
      }
      const article = articles.get(item.id);
      if (!article) throw new Error(`timeline page ${page.slug}: no article ${item.id}`);
      return { layer: 'article', article };
    });
    const pageEvents = entries.flatMap((entry) => (entry.layer === 'event' ? [entry.event] : []));
    return {
      slug: page.slug,
      path: timelinePagePath(page.slug),
      title: ui.timeline.pageTitle(groupTitle, within, page.part),
      period: within || page.part ? ui.timeline.pageTitle(undefined, within, page.part) : undefined,
      groupId,
      era,
      entries,
      events: pageEvents,
      articleCount: entries.length - pageEvents.length,
    };
  });
}
