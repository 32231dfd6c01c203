const SLASH = 47;
const FILE_EXTENSION = /\.[a-z0-9]+$/i;

/**
 * Joins the site's base path (`/` or a sub-path such as `/dossier`) and an internal path, so that
 * every internal link follows `base` and ends with a slash as the routes do.
 */
export function joinBase(base: string, path: string): string {
  // Without regular expressions: every link of every page comes through here (some 300,000 at
  // 1,000 articles, a quarter of a second with them).
  let prefixEnd = base.length;
  while (prefixEnd > 0 && base.charCodeAt(prefixEnd - 1) === SLASH) prefixEnd--;
  const hashAt = path.indexOf('#');
  const pathname = hashAt < 0 ? path : path.slice(0, hashAt);
  let start = 0;
  while (start < pathname.length && pathname.charCodeAt(start) === SLASH) start++;
  let joined = `${base.slice(0, prefixEnd)}/${pathname.slice(start)}`;
  if (!joined.endsWith('/') && !FILE_EXTENSION.test(joined)) joined += '/';
  if (hashAt < 0) return joined;
  const hashEnd = path.indexOf('#', hashAt + 1);
  return `${joined}#${path.slice(hashAt + 1, hashEnd < 0 ? undefined : hashEnd)}`;
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
  archives: '/articles/archives/',
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

/** Id of an article's publication on the timeline. */
export function publicationAnchor(articleId: string): string {
  return `parution-${articleId}`;
}

/** One page of the timeline, by its slug ('rapprochement', 'rapprochement/2023/09', '2019'). */
export function timelinePagePath(slug: string): string {
  return `${routes.timeline}${slug}/`;
}

/** An event on the timeline: on the page of the period it falls in. */
export function eventPath(eventId: string, pageSlug: string): string {
  return `${timelinePagePath(pageSlug)}#${eventAnchor(eventId)}`;
}

/**
 * Where old links (`/chronologie/#evenement-…`, from before the timeline had one page per period)
 * are resolved: a small map from each event's anchor to its page, fetched only for such a link.
 */
export const timelineAnchorsPath = `${routes.timeline}ancres.json`;

/** Page `n` (from 1) of a paginated list whose first page is `firstPage`: '/articles/', '/articles/2/'. */
export function listPagePath(firstPage: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`page number ${n} is not a whole number from 1`);
  return n === 1 ? firstPage : `${firstPage}${n}/`;
}

/** The archives of the articles: by year ('2024'), by month ('2024-03'), by outlet (its slug). */
export const archivePaths = {
  year: (year: string, n = 1) => listPagePath(`${routes.articles}annee/${year}/`, n),
  month: (month: string, n = 1) => listPagePath(`${routes.articles}mois/${month}/`, n),
  outlet: (slug: string, n = 1) => listPagePath(`${routes.articles}media/${slug}/`, n),
};

/** The archive of the articles whose outlet is not identified (no outlet's name slugifies to it). */
export const UNKNOWN_OUTLET_SLUG = 'non-identifie';

/**
 * First segments under /articles/ that are not articles: the list's numbered pages and the
 * archives. An article whose slug is one of them would collide with a list page.
 */
export const reservedArticleSlugs = ['annee', 'mois', 'media', 'archives'] as const;

/**
 * An event among the disagreements (the same anchor as on the timeline), on the page of dated
 * disagreements that holds it: /desaccords/ for the first page.
 */
export function disagreementPath(eventId: string, page = 1): string {
  return `${page <= 1 ? routes.disagreements : disagreementsPagePath('dates', page)}#${eventAnchor(eventId)}`;
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

/** Id of the mentions section of an entity's page, which holds the first page of its mentions. */
export const entityMentionsAnchor = 'mentions';

/** Page `page` of an entity's mentions in context: its own page holds the first. */
export function entityMentionsPath(entityId: string, page = 1): string {
  return page <= 1 ? `${entityPath(entityId)}#${entityMentionsAnchor}` : `${entityPath(entityId)}mentions/${page}/`;
}

/** Page `page` of one speaker's quotes. */
export function speakerQuotesPath(speakerId: string, page = 1): string {
  return listPagePath(`${routes.quotes}${speakerId}/`, page);
}

/** The claimant of figures and claims that outlets make in their own voice, in paths. */
export const OUTLET_VOICE = 'medias';

/** Page `page` of one claimant's figures and claims (an entity id, or OUTLET_VOICE). */
export function claimantClaimsPath(claimant: string, page = 1): string {
  return listPagePath(`${routes.claims}${claimant}/`, page);
}

/** Page `page` of the article-by-article comparison. */
export function analysisArticlesPath(page = 1): string {
  return listPagePath(`${routes.analysis}articles/`, page);
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
