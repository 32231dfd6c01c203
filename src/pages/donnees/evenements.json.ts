import type { APIRoute } from 'astro';
import { loadEvidence } from '../../data/evidence.ts';
import { dateWindow, formatFrenchRange } from '../../lib/dates.ts';
import { startYear } from '../../lib/timeline.ts';
import { ui } from '../../i18n/fr.ts';
import { href } from '../../routing.ts';

/**
 * The events, as open data and as the source the search index reads its event records from
 * (src/integrations/pagefind.ts): every event with its date, kind, status and verified citations.
 */
export const GET: APIRoute = async ({ site }) => {
  const { events } = await loadEvidence();
  const absolute = (path: string) => new URL(href(path), site).toString();
  const body = {
    description: 'Événements rapportés par les articles du dossier, chacun avec les passages qui le rapportent.',
    events: events.map((event) => {
      const { data } = event.entry;
      return {
        id: event.id,
        url: href(event.path),
        date: data.date,
        ...(data.endDate ? { endDate: data.endDate } : {}),
        ...(data.notBefore ? { notBefore: data.notBefore } : {}),
        ...(data.notAfter ? { notAfter: data.notAfter } : {}),
        ...(data.dateNote ? { dateNote: data.dateNote } : {}),
        dateLabel: formatFrenchRange(data.date, data.endDate),
        sortDate: `${dateWindow(event.span).from}/${dateWindow(event.span).to}`,
        year: startYear(event.span),
        title: data.title,
        description: data.description,
        kind: data.kind,
        kindLabel: ui.eventKinds[data.kind],
        status: data.status,
        people: event.people.map((entity) => entity.data.name),
        places: event.places.map((entity) => entity.data.name),
        spellings: [...event.people, ...event.places].flatMap((entity) => [entity.data.name, ...entity.data.variants]),
        citations: event.citations.map((citation) => ({
          article: citation.article.id,
          outlet: citation.article.data.outlet.value,
          passage: citation.passage,
          url: absolute(citation.path),
          anticipates: citation.anticipates,
          ...(citation.reportedDate ? { reportedDate: citation.reportedDate } : {}),
        })),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
