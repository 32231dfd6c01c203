/**
 * Joins the site's base path (`/` or a sub-path such as `/dossier`) and an internal path, so that
 * every internal link follows `base` and ends with a slash as the routes do.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.replace(/\/+$/, '');
  const [pathname = '', hash] = path.split('#', 2);
  let joined = `${prefix}/${pathname.replace(/^\/+/, '')}`;
  if (!joined.endsWith('/') && !/\.[a-z0-9]+$/i.test(joined)) joined += '/';
  return hash === undefined ? joined : `${joined}#${hash}`;
}

/**
 * Every path and anchor of the site, in one place: routes (relative to the base; `href` in
 * src/routing.ts adds it) and the ids that other pages link to. Pages and components build links
 * only through these.
 */
export const routes = {
  home: '/',
  articles: '/articles/',
  timeline: '/chronologie/',
  map: '/carte/',
  analysis: '/analyse/',
  disagreements: '/desaccords/',
  entities: '/entites/',
  quotes: '/citations/',
  method: '/methode/',
  search: '/recherche/',
  data: '/donnees/',
  rss: '/rss.xml',
} as const;

/** The path of an article's page. */
export function articlePath(id: string): string {
  return `${routes.articles}${id}/`;
}

/** The path of an entity's page. */
export function entityPath(id: string): string {
  return `${routes.entities}${id}/`;
}

/** Id of an event's element on the timeline: an id must begin with a letter, file names may not. */
export function eventAnchor(eventId: string): string {
  return `evenement-${eventId}`;
}

/** An event on the timeline. */
export function eventPath(eventId: string): string {
  return `${routes.timeline}#${eventAnchor(eventId)}`;
}

/** An event among the disagreements (the same anchor, on /desaccords/). */
export function disagreementPath(eventId: string): string {
  return `${routes.disagreements}#${eventAnchor(eventId)}`;
}

/** Id of a place in the list beside the map, and the path that links to it. */
export const placeAnchor = (entityId: string) => `lieu-${entityId}`;
export const placeOnMapPath = (entityId: string) => `${routes.map}#${placeAnchor(entityId)}`;

/** Id of the anchor that marks, in an article, the passage an event's citation quotes. */
export function citationAnchorId(eventId: string, citationIndex: number): string {
  return `source-${eventId}-${citationIndex + 1}`;
}

/** Ids of the anchors that mark quotes and claims in an article page. */
export const quoteAnchorId = (id: string) => `citation-${id}`;
export const claimAnchorId = (id: string) => `affirmation-${id}`;

/** A passage (block or mark) of an article. */
export function passagePath(articleId: string, anchorId: string): string {
  return `${articlePath(articleId)}#${anchorId}`;
}
