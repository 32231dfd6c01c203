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

/** The path of an article's page, relative to the base. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}
