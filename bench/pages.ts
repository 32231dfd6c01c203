/**
 * Every HTML page of a built site, weighed (raw and gzip -9) and sorted into page types, so that
 * the report can give the heaviest page of each type and check the page budgets of issue #14 on
 * all of them, not on a sample.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScannedPage {
  /** The page's URL path, from the site's root (`/articles/x/`). */
  path: string;
  type: string;
  raw: number;
  gzip: number;
}

export interface PageTypeSummary {
  type: string;
  pages: number;
  /** The page with the most gzip bytes, and the one with the most raw bytes (often the same). */
  heaviestGzip: ScannedPage;
  heaviestRaw: ScannedPage;
}

export interface SiteScan {
  pages: number;
  types: PageTypeSummary[];
  /** Pages over a budget, heaviest first (at most 20 of each are kept). */
  overGzip: ScannedPage[];
  overRaw: ScannedPage[];
  overGzipCount: number;
  overRawCount: number;
  maxGzip: ScannedPage | undefined;
  maxRaw: ScannedPage | undefined;
}

/** Names by the first segment of the path; the pages of a type share their layout and their growth. */
const TYPES_BY_SEGMENT: Record<string, string> = {
  '': 'home',
  articles: 'article list',
  chronologie: 'timeline',
  entites: 'entity',
  citations: 'quotes',
  desaccords: 'disagreements',
  analyse: 'analysis',
  carte: 'map',
  recherche: 'search',
  methode: 'method',
  donnees: 'open data',
  '404.html': 'not found',
};

/**
 * The type of a page from its path and its HTML: an article page is the one that holds an article
 * (`data-article`), whatever its URL; every other page under /articles/ (the list, its pages and
 * archives) is the article list. /entites/ alone is the entity list. Paths this table does not
 * know are their own type, named by their first segment: a new kind of page shows up by itself.
 */
export function pageType(urlPath: string, html: string): string {
  const segments = urlPath.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (first === 'articles' && html.includes('data-article=')) return 'article';
  if (first === 'entites' && segments.length === 1) return 'entity list';
  return TYPES_BY_SEGMENT[first] ?? first;
}

function urlPathOf(file: string): string {
  const posix = file.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Weighs every .html file under `dist` (budgets in bytes: pages over them are listed). */
export async function scanSite(dist: string, budgets: { gzip: number; raw: number }): Promise<SiteScan> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const pages: ScannedPage[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = await readFile(file);
    const urlPath = urlPathOf(path.relative(dist, file));
    pages.push({
      path: urlPath,
      type: pageType(urlPath, body.toString('utf8')),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
    });
  }

  const byType = new Map<string, ScannedPage[]>();
  for (const page of pages) {
    const list = byType.get(page.type);
    if (list) list.push(page);
    else byType.set(page.type, [page]);
  }
  // Reduce, not Math.max(...): a type may have thousands of pages.
  const heaviest = (list: ScannedPage[], key: 'raw' | 'gzip') => list.reduce((best, page) => (page[key] > best[key] ? page : best));
  const types = [...byType]
    .map(([type, list]) => ({ type, pages: list.length, heaviestGzip: heaviest(list, 'gzip'), heaviestRaw: heaviest(list, 'raw') }))
    .sort((a, b) => b.heaviestGzip.gzip - a.heaviestGzip.gzip);
  const overGzip = pages.filter((page) => page.gzip > budgets.gzip).sort((a, b) => b.gzip - a.gzip);
  const overRaw = pages.filter((page) => page.raw > budgets.raw).sort((a, b) => b.raw - a.raw);
  return {
    pages: pages.length,
    types,
    overGzip: overGzip.slice(0, 20),
    overRaw: overRaw.slice(0, 20),
    overGzipCount: overGzip.length,
    overRawCount: overRaw.length,
    maxGzip: pages.length ? heaviest(pages, 'gzip') : undefined,
    maxRaw: pages.length ? heaviest(pages, 'raw') : undefined,
  };
}
