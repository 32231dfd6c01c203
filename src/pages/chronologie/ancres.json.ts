import type { APIRoute } from 'astro';
import { loadEvidence } from '../../data/evidence.ts';
import { anchorMap } from '../../lib/timeline.ts';
import { timelinePagePath } from '../../lib/urls.ts';
import { href } from '../../routing.ts';
import { dataFileResponse } from '../../lib/data-files.ts';

/**
 * Each event's anchor and the page it is on: what /chronologie/ reads to send an old link
 * (`/chronologie/#evenement-…`) to the event's page. Fetched only for such a link.
 */
export const GET: APIRoute = async () => {
  const { timeline } = await loadEvidence();
  const map = anchorMap(
    timeline.pages,
    (slug) => href(timelinePagePath(slug)),
    (item) => item.layer === 'event',
  );
  return dataFileResponse(JSON.stringify(map), 'json');
};
