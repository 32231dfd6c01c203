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
  claims: '/affirmations/',
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

/**
 * An event among the disagreements (the same anchor as on the timeline), on the page of dated
 * disagreements that holds it: /desaccords/ for the first page.
 */
export function disagreementPath(eventId: string, page = 1): string {
  return `${page <= 1 ? routes.disagreements : `${routes.disagreements}${disagreementLists.dates}/${page}/`}#${eventAnchor(eventId)}`;
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

/** Page `page` of a list whose first page is `root` and whose others are `root` + `<n>/` (paginate()). */
export function pagedPath(root: string, page: number): string {
  return page <= 1 ? root : `${root}${page}/`;
}

/** Id of the mentions section of an entity's page, which holds the first page of its mentions. */
export const entityMentionsAnchor = 'mentions';

/** Page `page` of an entity's mentions in context: its own page holds the first. */
export function entityMentionsPath(entityId: string, page = 1): string {
  return page <= 1 ? `${entityPath(entityId)}#${entityMentionsAnchor}` : `${entityPath(entityId)}mentions/${page}/`;
}

/** Page `page` of one speaker's quotes. */
export function speakerQuotesPath(speakerId: string, page = 1): string {
  return pagedPath(`${routes.quotes}${speakerId}/`, page);
}

/** The claimant of figures and claims that outlets make in their own voice, in paths. */
export const OUTLET_VOICE = 'medias';

/** Page `page` of one claimant's figures and claims (an entity id, or OUTLET_VOICE). */
export function claimantClaimsPath(claimant: string, page = 1): string {
  return pagedPath(`${routes.claims}${claimant}/`, page);
}

/** Page `page` of the article-by-article comparison. */
export function analysisArticlesPath(page = 1): string {
  return pagedPath(`${routes.analysis}articles/`, page);
}

/** The two lists of /desaccords/: each one's section on its first page, and the folder of the others. */
export const disagreementLists = { dates: 'dates', claims: 'affirmations' } as const;

/** Page `page` of a list of disagreements: its section of /desaccords/ for the first. */
export function disagreementsPagePath(list: keyof typeof disagreementLists, page = 1): string {
  return page <= 1 ? `${routes.disagreements}#${disagreementLists[list]}` : `${routes.disagreements}${disagreementLists[list]}/${page}/`;
}

/** Ids of a quote's and a claim's items in the lists that show them, from their keys (`article/id`). */
export const quoteItemId = (key: string) => key.replace('/', '--');
export const claimItemId = (key: string) => `affirmation--${key.replace('/', '--')}`;
