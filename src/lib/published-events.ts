/**
 * An event as the site publishes it: one typed record for the open data (/donnees/evenements.json)
 * and for the search index, which reads that file back (src/build/search-step.ts). One
 * function makes it, so the two can never disagree on a field.
 */
import { entityNames, type TimelineEvent } from './evidence.ts';
import { dateWindow, formatFrenchRange } from './dates.ts';
import { startYear } from './timeline.ts';

export interface PublishedEvent {
  id: string;
  /** The event on the timeline, with the base path. */
  url: string;
  date: string;
  endDate?: string;
  notBefore?: string;
  notAfter?: string;
  dateNote?: string;
  dateLabel: string;
  /** Earliest and latest possible days, `from/to`: sorts as the timeline orders events. */
  sortDate: string;
  year: string;
  title: string;
  description: string;
  kind: string;
  kindLabel: string;
  status: string;
  reviewed: boolean;
  people: string[];
  places: string[];
  /** Every spelling of its people and places (the search index makes them searchable). */
  spellings: string[];
  citations: {
    article: string;
    outlet: string | null;
    passage: string;
    /** The passage, absolute. */
    url: string;
    anticipates: boolean;
    reportedDate?: string;
  }[];
}

/** Where the events are published; the search integration reads them back from the built site. */
export const EVENTS_DATA_PATH = 'donnees/evenements.json';

export function publishEvent(
  event: TimelineEvent,
  links: { href: (path: string) => string; absolute: (path: string) => string },
  kindLabel: string,
): PublishedEvent {
  const { data } = event.entry;
  const window = dateWindow(event.span);
  return {
    id: event.id,
    url: links.href(event.path),
    date: data.date,
    ...(data.endDate ? { endDate: data.endDate } : {}),
    ...(data.notBefore ? { notBefore: data.notBefore } : {}),
    ...(data.notAfter ? { notAfter: data.notAfter } : {}),
    ...(data.dateNote ? { dateNote: data.dateNote } : {}),
    dateLabel: formatFrenchRange(data.date, data.endDate),
    sortDate: `${window.from}/${window.to}`,
    year: startYear(event.span),
    title: data.title,
    description: data.description,
    kind: data.kind,
    kindLabel,
    status: data.status,
    reviewed: event.reviewed,
    people: event.people.map((entity) => entity.data.name),
    places: event.places.map((entity) => entity.data.name),
    spellings: [...event.people, ...event.places].flatMap(entityNames),
    citations: event.citations.map((citation) => ({
      article: citation.article.id,
      outlet: citation.article.data.outlet.value,
      passage: citation.passage,
      url: links.absolute(citation.path),
      anticipates: citation.anticipates,
      ...(citation.reportedDate ? { reportedDate: citation.reportedDate } : {}),
    })),
  };
}
