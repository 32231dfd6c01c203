import type { APIRoute } from 'astro';
import { loadEvidence } from '../../data/evidence.ts';
import { publishEvent } from '../../lib/published-events.ts';
import { ui } from '../../i18n/fr.ts';
import { dataFileResponse } from '../../lib/data-files.ts';
import { href } from '../../routing.ts';

/**
 * The events, as open data and as the source the search index reads its event records from
 * (src/build/search-step.ts): every event with its date, kind, status and verified citations.
 */
export const GET: APIRoute = async ({ site }) => {
  const { events } = await loadEvidence();
  const links = { href, absolute: (path: string) => new URL(href(path), site).toString() };
  const body = {
    description: ui.data.eventsDescription,
    events: events.map((event) => publishEvent(event, links, ui.eventKinds[event.entry.data.kind])),
  };
  return dataFileResponse(JSON.stringify(body, null, 2), 'json');
};
