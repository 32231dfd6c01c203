import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { generateContent } from '../../bench/generate.ts';
import { pageSizes } from '../../src/lib/pagination.ts';
import { ui } from '../../src/i18n/fr.ts';
import { runBuild } from '../support/run-build.ts';
import { select, selectAll, toString } from '../support/html.ts';
import { contentRoot } from '../support/paths.ts';

/**
 * The analysis pages at a size where every list is paginated: 60 synthetic articles (the
 * benchmark's generator), built from their own content folder. Each page holds at most one page
 * of its list, the pages together hold every item once, and every link between them resolves.
 */
const ARTICLES = 60;
let work: string;
let siteDir: string;

const json = <T>(name: string): T => JSON.parse(readFileSync(path.join(siteDir, 'donnees', name), 'utf8')) as T;
/** The file a route is served from: a page's index.html, or the file itself (`.json`, `.html`…). */
function fileOf(route: string): string {
  const pathname = decodeURIComponent(route.split('#')[0]!).replace(/^\//, '');
  return path.join(siteDir, pathname, /\.[a-z]+$/.test(pathname) ? '' : 'index.html');
}
const pageCache = new Map<string, Root>();
function page(route: string): Root {
  const file = fileOf(route);
  let tree = pageCache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    pageCache.set(file, tree);
  }
  return tree;
}
const hrefs = (tree: Root, selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));

/**
 * The pages of a paginated list from its first one, following « Page suivante » to the end
 * (`scope`: where the list's navigation is on the first page, when that page has several).
 */
function followPages(first: string, scope = ''): string[] {
  const routes = [first];
  for (;;) {
    const next = select(`${routes.length === 1 ? scope : ''} [data-page-nav] a[data-page-next]`.trim(), page(routes.at(-1)!));
    if (!next) return routes;
    routes.push(String(next.properties.href));
    expect(routes.length).toBeLessThan(1000);
  }
}

/** Every HTML file of the built site under `folder`, as routes. */
function routesUnder(folder: string): string[] {
  return readdirSync(path.join(siteDir, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${folder}/${file.replace(/index\.html$/, '')}`.replace(/\/+/g, '/'));
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-scale-'));
  const content = path.join(work, 'content');
  siteDir = path.join(work, 'dist');
  await generateContent(contentRoot, content, ARTICLES, 7);
  const { status, output } = runBuild(siteDir, content);
  if (status !== 0) throw new Error(`the synthetic corpus did not build:\n${output}`);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`the analysis pages of ${ARTICLES} synthetic articles`, () => {
  it('split an entity’s mentions into pages of the configured size, in order, each mention once', () => {
    const mentions = json<{ entite: string; url: string }[]>('mentions.json');
    const byEntity = new Map<string, string[]>();
    for (const m of mentions) byEntity.set(m.entite, [...(byEntity.get(m.entite) ?? []), new URL(m.url).pathname + new URL(m.url).hash]);
    const paginated = [...byEntity].filter(([, list]) => list.length > pageSizes.mentions);
    expect(paginated.length, 'entities with more than one page of mentions').toBeGreaterThan(3);
    for (const [entity, expected] of byEntity) {
      const routes = followPages(`/entites/${entity}/`);
      expect(routes.length, entity).toBe(Math.ceil(expected.length / pageSizes.mentions));
      const shown = routes.flatMap((route, i) => {
        const links = hrefs(page(route), '[data-mention] a');
        if (i < routes.length - 1) expect(links.length, route).toBe(pageSizes.mentions);
        return links;
      });
      expect(shown, entity).toEqual(expected);
      if (routes.length > 1) expect(routes[1]).toBe(`/entites/${entity}/mentions/2/`);
    }
  });

  it('gives each page of a list an accessible navigation: named, the current page marked, previous and next', () => {
    const [, second, third] = followPages('/entites/russie/');
    expect(second).toBeDefined();
    for (const route of [second!, third].filter((r): r is string => r !== undefined)) {
      const nav = select('nav[data-page-nav]', page(route))!;
      expect(String(nav.properties.ariaLabel)).toBe(ui.paging.navLabel(ui.entities.mentionsNav('Russie')));
      const current = selectAll('a[aria-current="page"]', nav);
      expect(current).toHaveLength(1);
      expect(String(current[0]!.properties.href)).toBe(route);
      expect(toString(current[0]!)).toBe(route.match(/(\d+)\/$/)![1]);
      expect(select('a[rel="prev"]', nav)).toBeDefined();
    }
    // The entity's own page is the first page of its mentions: its number links back to the list there.
    const first = select('nav[data-page-nav] a[data-page="1"]', page(second!))!;
    expect(String(first.properties.href)).toBe('/entites/russie/#mentions');
    expect(select('#mentions', page('/entites/russie/'))).toBeDefined();
  });

  it('keeps each entity page bounded: the first page of mentions, a few quotes and claims, the most reported events', () => {
    for (const route of routesUnder('entites').filter((r) => /^\/entites\/[^/]+\/$/.test(r))) {
      const tree = page(route);
      expect(selectAll('[data-mention]', tree).length, route).toBeLessThanOrEqual(pageSizes.mentions);
      expect(selectAll('section[aria-labelledby="propos"] li', tree).length, route).toBeLessThanOrEqual(pageSizes.preview);
      expect(selectAll('section[aria-labelledby="affirmations"] li', tree).length, route).toBeLessThanOrEqual(pageSizes.preview);
      expect(selectAll('section[aria-labelledby="chronologie-entite"] li', tree).length, route).toBeLessThanOrEqual(pageSizes.entityEvents);
    }
  });

  it('shows on /analyse/ the matrix of the top entities by outlet, its counts those of the full matrix in the open data', () => {
    const matrix = json<{ entite: string; article: string; media: string; mentions: number }[]>('matrice.json');
    const mentions = json<{ entite: string; article: string }[]>('mentions.json');
    // The open data's matrix is the mentions, counted.
    const counted = new Map<string, number>();
    for (const m of mentions) counted.set(`${m.entite}|${m.article}`, (counted.get(`${m.entite}|${m.article}`) ?? 0) + 1);
    expect(new Map(matrix.map((row) => [`${row.entite}|${row.article}`, row.mentions]))).toEqual(counted);

    const table = select('[data-mention-matrix]', page('/analyse/'))!;
    const outlets = selectAll('thead th[data-outlet]', table).map((th) => String(th.properties.dataOutlet));
    // The open data leaves an unknown outlet empty; the page names it.
    const outletOf = (row: { media: string }) => row.media || ui.article.unknownOutlet;
    expect(new Set(outlets)).toEqual(new Set(matrix.map(outletOf)));
    const totals = new Map<string, number>();
    for (const row of matrix) totals.set(row.entite, (totals.get(row.entite) ?? 0) + row.mentions);
    const rows = selectAll('tbody tr', table);
    expect(rows).toHaveLength(Math.min(12, totals.size));
    const largest = [...totals.values()].sort((a, b) => b - a);
    for (const [i, row] of rows.entries()) {
      const entity = String(row.properties.dataEntity);
      const cells = selectAll('td', row).map((td) => Number(toString(td)));
      expect(
        cells.reduce((a, b) => a + b, 0),
        entity,
      ).toBe(totals.get(entity));
      expect(totals.get(entity), `${entity} is among the ${rows.length} most named`).toBe(largest[i]);
      outlets.forEach((outlet, j) => {
        const expected = matrix.filter((m) => m.entite === entity && outletOf(m) === outlet).reduce((sum, m) => sum + m.mentions, 0);
        expect(cells[j], `${entity} × ${outlet}`).toBe(expected);
      });
    }
  });

  it('lists no article on /analyse/, and every article once on the article-by-article pages', () => {
    const analysis = page('/analyse/');
    expect(hrefs(analysis, 'main a[href^="/articles/"]').filter((href) => /^\/articles\/[^/]+\//.test(href))).toEqual([]);
    const routes = followPages('/analyse/articles/');
    expect(routes.length).toBe(Math.ceil(ARTICLES / pageSizes.articleCards));
    const cards = routes.flatMap((route) => {
      const list = selectAll('[data-article-card]', page(route)).map((li) => String(li.properties.dataArticleCard));
      expect(list.length, route).toBeLessThanOrEqual(pageSizes.articleCards);
      return list;
    });
    expect(cards).toHaveLength(ARTICLES);
    expect(new Set(cards).size).toBe(ARTICLES);
  });

  it('splits quotes by speaker into pages of the configured size, every quote once, /citations/ one per speaker', () => {
    const quotes = json<{ citation: string; locuteur: string }[]>('citations.json');
    const index = page('/citations/');
    const speakers = selectAll('section[data-speaker]', index).map((s) => String(s.properties.dataSpeaker));
    expect(new Set(speakers)).toEqual(new Set(quotes.map((q) => q.locuteur)));
    expect(selectAll('li[data-quote]', index).length).toBe(speakers.length);
    const shown = speakers.flatMap((speaker) =>
      followPages(`/citations/${speaker}/`).flatMap((route) => {
        const items = selectAll('li[data-quote]', page(route)).map((li) => String(li.properties.dataQuote));
        expect(items.length, route).toBeLessThanOrEqual(pageSizes.quotes);
        return items;
      }),
    );
    expect(shown.sort()).toEqual(quotes.map((q) => q.citation).sort());
    expect(speakers.some((speaker) => quotes.filter((q) => q.locuteur === speaker).length > pageSizes.quotes)).toBe(true);
  });

  it('splits figures and claims by claimant into pages of the configured size, every claim once', () => {
    const claims = json<{ affirmation: string; avance_par: string }[]>('affirmations.json');
    const claimants = hrefs(page('/affirmations/'), '[data-claimant] a');
    const shown = claimants.flatMap((first) =>
      followPages(first).flatMap((route) => {
        const items = selectAll('li[data-claim]', page(route)).map((li) => String(li.properties.dataClaim));
        expect(items.length, route).toBeLessThanOrEqual(pageSizes.claims);
        return items;
      }),
    );
    expect(shown.sort()).toEqual(claims.map((c) => c.affirmation).sort());
    expect(followPages('/affirmations/medias/').length).toBeGreaterThan(1);
  });

  it('shows the first page of the contradictions on /desaccords/, the others on their own pages', () => {
    const claims = json<{ affirmation: string; contredit: string }[]>('affirmations.json');
    const pairs = new Set(
      claims.flatMap((c) => (c.contredit ? c.contredit.split(' | ').map((other) => [c.affirmation, other].sort().join('|')) : [])),
    );
    expect(pairs.size).toBeGreaterThan(0);
    const routes = followPages('/desaccords/', 'section[aria-labelledby="affirmations"]');
    const shown = routes.flatMap((route) => {
      const items = selectAll('[data-disagreement="claims"]', page(route)).map((li) =>
        String(li.properties.dataPair).split('|').sort().join('|'),
      );
      expect(items.length, route).toBeLessThanOrEqual(pageSizes.disagreements);
      return items;
    });
    expect(new Set(shown)).toEqual(pairs);
    expect(shown).toHaveLength(pairs.size);
  });

  it('links every page of these lists to pages and anchors that exist', () => {
    const routes = ['/analyse/', '/desaccords/', '/citations/', '/affirmations/', '/entites/', '/donnees/'].flatMap((root) =>
      routesUnder(root.slice(1, -1)),
    );
    expect(routes.length).toBeGreaterThan(100);
    const broken: string[] = [];
    for (const route of routes) {
      for (const target of hrefs(page(route), 'a[href^="/"]')) {
        const [pathname, hash] = target.split('#');
        const file = fileOf(pathname!);
        if (!existsSync(file)) broken.push(`${route} → ${target}`);
        else if (hash && file.endsWith('.html') && !select(`[id="${hash}"]`, page(pathname!)))
          broken.push(`${route} → ${target} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps every page of these types within the budget of a page (100 kB gzip, 400 kB raw)', () => {
    const routes = ['analyse', 'desaccords', 'citations', 'affirmations', 'entites'].flatMap(routesUnder);
    for (const route of routes) {
      const html = readFileSync(fileOf(route));
      expect(html.length, route).toBeLessThanOrEqual(400_000);
      expect(gzipSync(html).length, route).toBeLessThanOrEqual(100_000);
    }
  });

  it('are valid HTML and have no axe violation, light and dark, on a later page of each list', async () => {
    // A later page (/…/<n>/) of each kind of list that has one at this size.
    const later = ['entites', 'citations', 'affirmations', 'analyse', 'desaccords'].flatMap((folder) =>
      routesUnder(folder)
        .filter((route) => /\/\d+\/$/.test(route))
        .slice(0, 1),
    );
    expect(later.length).toBeGreaterThanOrEqual(4);
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'], rules: { 'long-title': 'off' } });
    for (const route of later) {
      const report = await validator.validateFile(fileOf(route));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${route} ${m.ruleId} ${m.line}:${m.column} ${m.message}`))).toEqual([]);
    }
    const site = await serveStatic(siteDir);
    const browser = await launchBrowser();
    try {
      for (const route of later) expect(await axeViolationsInBothThemes(browser, site.origin + route), route).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  }, 300_000);
});
