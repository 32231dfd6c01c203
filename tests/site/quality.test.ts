import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/run-build.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { readArticleFiles } from '../support/content.ts';
import { crawlSite } from '../support/crawl.ts';
import { serveWithNginx, type NginxSite } from '../support/nginx.ts';
import { builtSiteDir } from '../support/paths.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { slugify } from '../../src/lib/archives.ts';
import { archivePaths, UNKNOWN_OUTLET_SLUG } from '../../src/lib/urls.ts';

/** Path of vnu.jar, as the vnu-jar package exports it. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

const articles = readArticleFiles();
/** The timeline's pages, as its overview lists them (the global setup has built the site). */
const timelinePages = [
  ...readFileSync(path.join(builtSiteDir, 'chronologie', 'index.html'), 'utf8').matchAll(/<a href="([^"]+)"[^>]*data-timeline-page=/g),
].map((m) => m[1] ?? '');
const firstArticle = articles[0]!;
/** One page of each type, and every article. */
const pageTypes = [
  '/',
  '/articles/',
  '/articles/archives/',
  archivePaths.year(firstArticle.data.published.date.slice(0, 4)),
  archivePaths.month(firstArticle.data.published.date.slice(0, 7)),
  archivePaths.outlet(firstArticle.data.outlet.value === null ? UNKNOWN_OUTLET_SLUG : slugify(firstArticle.data.outlet.value)),
  ...articles.map((a) => `/articles/${a.id}/`),
  '/chronologie/',
  ...timelinePages,
  '/carte/',
  '/recherche/?q=Shoigu',
  '/analyse/',
  '/desaccords/',
  '/entites/',
  '/entites/serguei-choigou/',
  '/entites/vladivostok/',
  '/citations/',
  '/citations/vladimir-poutine/',
  '/affirmations/',
  '/affirmations/medias/2/',
  '/analyse/articles/',
  '/donnees/',
  '/methode/',
  '/404.html',
];

let browser: Browser;
let nginx: NginxSite;

beforeAll(async () => {
  browser = await launchBrowser();
  nginx = await serveWithNginx(builtSiteDir);
});

afterAll(async () => {
  await nginx?.stop();
  await browser?.close();
});

describe('every built page is valid HTML for the W3C Nu HTML Checker (vnu-jar)', () => {
  it('reports no error on any page', () => {
    // The checker's own jar, run with Debian's Java (JAVA_PATH to use another).
    const result = spawnSync(
      process.env.JAVA_PATH ?? 'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', builtSiteDir],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (result.error) throw new Error(`the Nu checker needs Java (apt-get install default-jre-headless): ${result.error.message}`);
    const { messages } = JSON.parse(result.stderr || result.stdout) as {
      messages: { type: string; url: string; lastLine?: number; message: string }[];
    };
    const errors = messages
      .filter((m) => m.type === 'error')
      .map((m) => `${path.relative(builtSiteDir, m.url.replace(/^file:/, ''))}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});

describe('every built page is valid HTML (html-validate, recommended and a11y presets)', () => {
  const files = readdirSync(builtSiteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended', 'html-validate:a11y'],
    // Article pages carry the outlets' own headlines, verbatim: many are longer than 70 characters.
    rules: { 'long-title': 'off' },
  });

  it('has pages to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(articles.length + 5);
  });

  it.each(files)('%s', async (file) => {
    const report = await validator.validateFile(path.join(builtSiteDir, file));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('axe-core finds no violation', () => {
  it.each(pageTypes)('on %s, light and dark', async (pagePath) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(nginx.origin + pagePath, { waitUntil: 'networkidle' });
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });
});

describe('served by nginx with the shipped snippet', () => {
  it('sends the security headers, and its own 404 page for an unknown path', async () => {
    const response = await fetch(`${nginx.origin}/`);
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name)).toBe(value);
    const missing = await fetch(`${nginx.origin}/nulle-part/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page introuvable');
  });

  it('every internal link and #fragment resolves, with no console error, CSP violation or foreign request', async () => {
    const report = await crawlSite(browser, nginx.origin, ['/', '/recherche/?q=Shoigu', `/articles/${articles[0]!.id}/?surligner=Kim`]);
    expect(report.pages.length).toBeGreaterThanOrEqual(articles.length + 4);
    expect(report.problems).toEqual([]);
  }, 300_000);
});

describe('a build under a sub-path', () => {
  let outDir: string;
  let subSite: NginxSite;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'dossier-subpath-'));
    chmodSync(outDir, 0o755); // readable by nginx's workers
    const { status, output } = runBuild(path.join(outDir, 'dist'), undefined, { BASE_PATH: '/dossier/' });
    if (status !== 0) throw new Error(output);
    subSite = await serveWithNginx(path.join(outDir, 'dist'), '/dossier/');
  });

  afterAll(async () => {
    await subSite?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('passes the same crawl, every link and asset under the sub-path, search included', async () => {
    const report = await crawlSite(browser, subSite.origin, ['/dossier/', '/dossier/recherche/?q=coree']);
    expect(report.problems).toEqual([]);
    expect(report.pages.length).toBeGreaterThanOrEqual(articles.length + 4);
    expect(report.pages.every((p) => p.startsWith('/dossier/'))).toBe(true);
    expect([...report.pages, ...report.resources].every((p) => p.startsWith('/dossier/'))).toBe(true);
  }, 300_000);

  it('finds results through the index under the sub-path', async () => {
    const page = await browser.newPage();
    await page.goto(`${subSite.origin}/dossier/recherche/?q=Peskov`);
    await page.waitForSelector('[data-search-result]');
    const urls = await page.locator('[data-search-result]').evaluateAll((items) => items.map((i) => i.getAttribute('data-search-result')!));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url.startsWith('/dossier/'))).toBe(true);
    await page.close();
  });
});

describe('keyboard', () => {
  it.each(pageTypes.filter((p) => p !== '/404.html'))('%s: Tab reaches every control, each with a visible focus', async (pagePath) => {
    const page = await browser.newPage();
    await page.goto(nginx.origin + pagePath, { waitUntil: 'networkidle' });
    const tabbable = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'),
        ].filter((el) => !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0).length,
    );
    const reached = new Set<string>();
    for (let i = 0; i < tabbable + 2; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const key = `${el.tagName}|${el.getAttribute('href') ?? el.getAttribute('name') ?? ''}|${el.textContent?.trim().slice(0, 30)}|${[...document.querySelectorAll('*')].indexOf(el)}`;
        return { key, visible };
      });
      if (!focus) continue;
      expect(focus.visible, focus.key).toBe(true);
      reached.add(focus.key);
    }
    expect(reached.size).toBe(tabbable);
    await page.close();
  });
});

describe('reproducible builds', () => {
  it('two builds of the same sources give the same bytes', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'dossier-repro-'));
    try {
      const { status, output } = runBuild(path.join(outDir, 'dist'), undefined);
      expect(status, output).toBe(0);
      const list = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
      const files = list(builtSiteDir);
      expect(list(path.join(outDir, 'dist'))).toEqual(files);
      const differing = files.filter((file) => {
        const a = path.join(builtSiteDir, file);
        if (!statSync(a).isFile()) return false;
        return !readFileSync(a).equals(readFileSync(path.join(outDir, 'dist', file)));
      });
      expect(differing).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
