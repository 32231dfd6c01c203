import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate.ts';
import { runBuild } from '../support/run-build.ts';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { contentRoot, projectRoot } from '../support/paths.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { ARTICLES_PAGE_SIZE, HOME_LATEST, RSS_LATEST, TIMELINE_PAGE_ITEMS } from '../../src/lib/pagination.ts';
import { slugify } from '../../src/lib/archives.ts';
import { compareSpans } from '../../src/lib/dates.ts';
import { archivePaths, eventAnchor, UNKNOWN_OUTLET_SLUG } from '../../src/lib/urls.ts';

/**
 * The list pages at a size where they must be cut: a synthetic corpus of ARTICLES articles (the
 * benchmark's generator), built from its own content folder. Nothing on the home page, the article
 * lists, the archives, the feed or the timeline's pages may grow with the corpus but their number.
 */
const ARTICLES = 60;
let work: string;
let siteDir: string;
let site: StaticSite;
let browser: Browser;

interface FrontMatter {
  published: { date: string };
  outlet: { value: string | null };
}
let corpus: { id: string; data: FrontMatter }[];
let events: { id: string; date: string }[];

const file = (route: string) => path.join(siteDir, route.replace(/^\//, ''), route.endsWith('/') ? 'index.html' : '');
const page = (route: string) => fromHtml(readFileSync(file(route), 'utf8'));
const attr = (element: { properties?: Record<string, unknown> } | undefined, name: string) => String(element?.properties?.[name] ?? '');
/** The article links of a list page, in order. */
const listed = (route: string) => selectAll('[data-article-list] > li a', page(route)).map((a) => attr(a, 'href'));
/** The ids of the article links of a list page. */
const listedIds = (route: string) => listed(route).map((href) => href.split('/').at(-2) ?? '');
/** Every page of a paginated list, following rel="next" from its first. */
function allPages(first: string): string[] {
  const pages = [first];
  for (;;) {
    const next = select('nav[data-page-nav] a[rel="next"]', page(pages.at(-1) ?? first));
    if (!next) return pages;
    pages.push(attr(next, 'href'));
  }
}
/** Ids newest first, as the lists order them. */
const newestFirst = (list: typeof corpus) =>
  [...list].sort((a, b) => compareSpans(b.data.published, a.data.published) || b.id.localeCompare(a.id)).map((a) => a.id);

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-scale-'));
  const contentDir = path.join(work, 'content');
  await generateContent(contentRoot, contentDir, ARTICLES, 14);
  corpus = readdirSync(path.join(contentDir, 'articles')).map((name) => {
    const text = readFileSync(path.join(contentDir, 'articles', name), 'utf8');
    const [, frontMatter = ''] = text.split('---\n');
    const data = parse(frontMatter) as FrontMatter;
    return { id: name.replace(/\.md$/, ''), data };
  });
  events = readdirSync(path.join(contentDir, 'events')).map((name) => {
    const data = parse(readFileSync(path.join(contentDir, 'events', name), 'utf8')) as { date: string };
    return { id: name.replace(/\.yaml$/, ''), date: data.date };
  });
  siteDir = path.join(work, 'dist');
  const { status, output } = runBuild(siteDir, contentDir);
  if (status !== 0) throw new Error(`the synthetic corpus did not build:\n${output}`);
  site = await serveStatic(siteDir);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe(`the article lists, at ${ARTICLES} articles`, () => {
  it('cut /articles/ into pages of ARTICLES_PAGE_SIZE, newest first, every article once', () => {
    const pages = allPages('/articles/');
    expect(pages).toEqual(['/articles/', '/articles/2/', '/articles/3/']);
    expect(listed('/articles/')).toHaveLength(ARTICLES_PAGE_SIZE);
    expect(listed('/articles/2/')).toHaveLength(ARTICLES_PAGE_SIZE);
    expect(pages.flatMap(listedIds)).toEqual(newestFirst(corpus));
  });

  it('link the pages by an accessible navigation: its name, the current page, rel prev and next', () => {
    const second = page('/articles/2/');
    const nav = select('nav[data-page-nav]', second);
    expect(attr(nav, 'ariaLabel')).toBe('Pages\u202F: Les articles');
    const current = selectAll('a[aria-current="page"]', nav ?? second);
    expect(current.map((a) => attr(a, 'href'))).toEqual(['/articles/2/']);
    expect(attr(select('a[rel="prev"]', nav ?? second), 'href')).toBe('/articles/');
    expect(attr(select('a[rel="next"]', nav ?? second), 'href')).toBe('/articles/3/');
    expect(select('a[rel="prev"]', page('/articles/'))).toBeUndefined();
    expect(select('nav[data-page-nav] a[rel="next"]', page('/articles/3/'))).toBeUndefined();
    expect(select('title', second)?.children).toBeDefined();
    expect(readFileSync(file('/articles/2/'), 'utf8')).toContain('page 2 sur 3');
  });

  it('keep the home page to the latest HOME_LATEST, with a way to all of them', () => {
    const home = page('/');
    const ids = selectAll('[data-article-list] > li a', home).map((a) => attr(a, 'href').split('/').at(-2));
    expect(ids).toEqual(newestFirst(corpus).slice(0, HOME_LATEST));
    expect(attr(select('a[data-all-articles]', home), 'href')).toBe('/articles/');
    expect(selectAll('a', home).some((a) => attr(a, 'href') === '/articles/archives/')).toBe(true);
  });

  it('give the feed the latest RSS_LATEST articles', () => {
    const rss = readFileSync(path.join(siteDir, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]?.split('/').at(-2));
    expect(links).toEqual(newestFirst(corpus).slice(0, RSS_LATEST));
  });
});

describe('the archives', () => {
  const years = () => [...new Set(corpus.map((a) => a.data.published.date.slice(0, 4)))];
  const months = () => [...new Set(corpus.flatMap((a) => (a.data.published.date.length >= 7 ? [a.data.published.date.slice(0, 7)] : [])))];
  const outletSlug = (a: (typeof corpus)[number]) => (a.data.outlet.value === null ? UNKNOWN_OUTLET_SLUG : slugify(a.data.outlet.value));
  const count = (selector: string, value: string) =>
    Number(attr(select(`[${selector}="${value}"]`, page('/articles/archives/')), 'dataCount'));

  it('index counts every year, month and outlet right', () => {
    for (const year of years())
      expect(count('data-archive-year', year), year).toBe(corpus.filter((a) => a.data.published.date.startsWith(year)).length);
    for (const month of months()) {
      expect(count('data-archive-month', month), month).toBe(corpus.filter((a) => a.data.published.date.startsWith(month)).length);
    }
    const outlets = [...new Set(corpus.map(outletSlug))];
    expect(selectAll('[data-archive-outlet]', page('/articles/archives/'))).toHaveLength(outlets.length);
    for (const slug of outlets) expect(count('data-archive-outlet', slug), slug).toBe(corpus.filter((a) => outletSlug(a) === slug).length);
  });

  it('list, across their pages, exactly the articles they count, newest first', () => {
    const check = (first: string, expected: typeof corpus) => {
      const pages = allPages(first);
      for (const route of pages) expect(listed(route).length, route).toBeLessThanOrEqual(ARTICLES_PAGE_SIZE);
      expect(pages.flatMap(listedIds), first).toEqual(newestFirst(expected));
    };
    for (const year of years())
      check(
        archivePaths.year(year),
        corpus.filter((a) => a.data.published.date.startsWith(year)),
      );
    for (const month of months())
      check(
        archivePaths.month(month),
        corpus.filter((a) => a.data.published.date.startsWith(month)),
      );
    for (const slug of new Set(corpus.map(outletSlug)))
      check(
        archivePaths.outlet(slug),
        corpus.filter((a) => outletSlug(a) === slug),
      );
    // At least one archive is long enough to need a second page.
    expect(years().some((year) => existsSync(file(archivePaths.year(year, 2))))).toBe(true);
  });
});

describe('the timeline, one page per period', () => {
  const timelinePages = () => selectAll('a[data-timeline-page]', page('/chronologie/')).map((a) => attr(a, 'href'));

  it('lists its pages on /chronologie/, each bounded, every event on exactly one', () => {
    const pages = timelinePages();
    expect(pages.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (const route of pages) {
      const html = readFileSync(file(route), 'utf8');
      const items = selectAll('[data-timeline] .timeline-item', fromHtml(html));
      expect(items.length, route).toBeLessThanOrEqual(TIMELINE_PAGE_ITEMS);
      expect(html.length, route).toBeLessThan(400_000);
      seen.push(...selectAll('[data-timeline-event]', fromHtml(html)).map((li) => attr(li, 'id')));
    }
    expect(seen.sort()).toEqual(events.map((e) => eventAnchor(e.id)).sort());
  });

  it('keeps the overview page small: its picture bounded, no event listed on it', () => {
    const overview = readFileSync(file('/chronologie/'), 'utf8');
    expect(selectAll('[data-timeline-event]', fromHtml(overview))).toHaveLength(0);
    expect(selectAll('[data-overview-mark]', fromHtml(overview)).length).toBeLessThanOrEqual(2 * 150 + 10);
  });

  it('sends an old link to an event on /chronologie/ to the event on its page', async () => {
    const event = events[Math.floor(events.length / 2)];
    if (!event) throw new Error('no event generated');
    const anchor = eventAnchor(event.id);
    const tab = await browser.newPage();
    await tab.goto(`${site.origin}/chronologie/?surligner=Kim#${anchor}`);
    await tab.waitForURL((url) => url.pathname !== '/chronologie/');
    await tab.waitForLoadState('load');
    expect(new URL(tab.url()).pathname).toMatch(/^\/chronologie\/[^/]+\/(?:.+\/)?$/);
    expect(new URL(tab.url()).search).toBe('?surligner=Kim');
    expect(await tab.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
    // Every mark of the overview leads to an element of the page it names.
    await tab.goto(`${site.origin}/chronologie/`);
    const marks = await tab
      .locator('[data-overview-mark][data-layer]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const mark of marks.slice(0, 20)) {
      const [route = '', id = ''] = mark.split('#');
      expect(selectAll(`[id="${id}"]`, page(route)), mark).toHaveLength(1);
    }
    await tab.close();
  });
});

describe('every link between the list pages resolves', () => {
  it('names only pages that exist, fragments included', () => {
    const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    const missing: string[] = [];
    for (const name of htmlFiles) {
      for (const link of selectAll('a[href^="/"]', fromHtml(readFileSync(path.join(siteDir, name), 'utf8')))) {
        const [route = '', id] = attr(link, 'href').split('?')[0]?.split('#') ?? [];
        const target = path.extname(route) ? path.join(siteDir, route) : file(route.endsWith('/') ? route : `${route}/`);
        if (!existsSync(target)) missing.push(`${name}: ${attr(link, 'href')}`);
        else if (id && target.endsWith('.html') && !readFileSync(target, 'utf8').includes(`id="${id}"`))
          missing.push(`${name}: ${attr(link, 'href')}`);
      }
    }
    expect(htmlFiles.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

describe('the paginated pages are valid and accessible', () => {
  /** The pages only a corpus this size has: numbered list pages, a cut timeline. */
  const paginated = () => [
    '/articles/',
    '/articles/2/',
    '/articles/3/',
    '/articles/archives/',
    ...allPages(archivePaths.year(corpus[0]?.data.published.date.slice(0, 4) ?? '')).slice(0, 2),
    '/chronologie/',
    ...selectAll('a[data-timeline-page]', page('/chronologie/'))
      .map((a) => attr(a, 'href'))
      .slice(0, 2),
    '/',
  ];

  it('html-validate (recommended and a11y) and the W3C Nu checker report nothing', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'], rules: { 'long-title': 'off' } });
    const messages: string[] = [];
    for (const route of paginated()) {
      const report = await validator.validateFile(file(route));
      messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${route} ${m.ruleId} ${m.line}:${m.column} ${m.message}`)));
    }
    expect(messages).toEqual([]);
    const vnu = spawnSync(
      process.env.JAVA_PATH ?? 'java',
      ['-jar', String(createRequire(import.meta.url)('vnu-jar')), '--errors-only', '--format', 'json', ...paginated().map(file)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (vnu.error) throw new Error(`the Nu checker needs Java: ${vnu.error.message}`);
    const { messages: nu } = JSON.parse(vnu.stderr || vnu.stdout) as { messages: { type: string; url: string; message: string }[] };
    expect(nu.filter((m) => m.type === 'error').map((m) => `${m.url}: ${m.message}`)).toEqual([]);
  });

  it('axe finds no violation, light and dark', async () => {
    for (const route of paginated()) expect(await axeViolationsInBothThemes(browser, site.origin + route), route).toEqual([]);
  });
});

describe('an article whose slug would take a list page’s address', () => {
  it('fails the build, naming the article', () => {
    const fixture = path.join(work, 'collision');
    cpSync(path.join(projectRoot, 'tests', 'fixtures', 'second-dossier'), fixture, { recursive: true });
    renameSync(path.join(fixture, 'articles', 'valbrune-compte-ses-ponts.md'), path.join(fixture, 'articles', '2.md'));
    const { status, output } = runBuild(path.join(work, 'collision-dist'), fixture);
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles "2": a slug that is a number or one of annee, mois, media, archives/);
  });
});
