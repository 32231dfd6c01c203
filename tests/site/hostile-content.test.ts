import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/run-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { contentRoot } from '../support/paths.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

/**
 * Content is hostile until proven otherwise: articles come from pasted text and saved web pages.
 * A copy of content/ gets script payloads in an article's title and body; the built site must carry
 * none of them, even served with no security header and with the page's own CSP removed.
 */
const ARTICLE = 'poutine-kim-alliance-ouvertement-militaire';
// No quotation mark in it: JSON would escape one, and the payload must be able to run if it escaped.
const TITLE_PAYLOAD = '</script><script>alert(document.title)</script>';
const BODY_PAYLOADS = [
  '<script>alert("script")</script>',
  '<img src="x" onerror="alert(\'img\')">',
  '<p onclick="alert(\'click\')" style="color:red">Paragraphe piégé</p>',
  '<svg><script>alert("svg")</script></svg>',
  '<iframe srcdoc="<script>alert(\'iframe\')</script>"></iframe>',
  '<details open ontoggle="alert(\'toggle\')"><summary>Détails</summary></details>',
  '<form action="https://example.org"><input name="q"><button>Envoyer</button></form>',
];

const workDirs: string[] = [];

/** A copy of content/ with one article edited; returns where to build it. */
function contentWith(edit: (article: string) => string): { contentDir: string; outDir: string } {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-'));
  workDirs.push(work);
  const contentDir = path.join(work, 'content');
  cpSync(contentRoot, contentDir, { recursive: true });
  const file = path.join(contentDir, 'articles', `${ARTICLE}.md`);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  return { contentDir, outDir: path.join(work, 'dist') };
}

const withTitle = (text: string, suffix: string) =>
  text.replace(/^title: "(.*)"$/m, (_, title: string) => `title: ${JSON.stringify(title + suffix)}`);
const withBody = (text: string, extra: string) => `${text.trimEnd()}\n\n${extra}\n`;

let site: StaticSite;
let browser: Browser;
let siteDir: string;

beforeAll(() => {
  const { contentDir, outDir } = contentWith((text) => withBody(withTitle(text, ` ${TITLE_PAYLOAD}`), BODY_PAYLOADS.join('\n\n')));
  const { status, output } = runBuild(outDir, contentDir);
  if (status !== 0) throw new Error(`the fixture site did not build:\n${output}`);
  siteDir = outDir;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

describe('hostile content in an article', () => {
  it('leaves no script, handler or javascript: URL in any built page', () => {
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readFileSync(path.join(siteDir, page), 'utf8');
      // Read as a browser parses it: the title's payload may stand in text or in an attribute
      // value (escaped or quoted, inert), or as data in JSON-LD (checked below); never as a script.
      const scripts = selectAll('script', fromHtml(html));
      for (const script of scripts) {
        const type = String(script.properties.type ?? '');
        expect(type, page).toMatch(/^(module|application\/ld\+json)$/);
        if (type === 'module') expect(toString(script), page).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, page).not.toMatch(/javascript:/i);
      expect(html, page).not.toMatch(/<iframe\b/i);
      expect(html, page).not.toContain('action="https://example.org"');
    }
  });

  it('keeps the text around the payloads', () => {
    const html = readFileSync(path.join(siteDir, 'articles', ARTICLE, 'index.html'), 'utf8');
    expect(html).toContain('Paragraphe piégé');
    expect(html).toContain('<summary>Détails</summary>');
  });

  it('keeps a title that holds </script> inside its JSON-LD block, as data', () => {
    const html = readFileSync(path.join(siteDir, 'articles', ARTICLE, 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '') as { headline: string };
    expect(data.headline.endsWith(TITLE_PAYLOAD)).toBe(true);
  });

  it('runs nothing in Chromium served with no header and with the page CSP taken out', async () => {
    site = await serveStatic(siteDir);
    browser = await launchBrowser();
    const context = await browser.newContext();
    // Every response goes through route.fetch below: slow on a busy machine, never a hang.
    context.setDefaultTimeout(120_000);
    // Without any policy, only the sanitizer stands between the payloads and the reader.
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('text/html')) return route.fulfill({ response });
      const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      return route.fulfill({ response, body });
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    // The page of the timeline where the article's publication is, as the overview links it.
    const overview = readFileSync(path.join(siteDir, 'chronologie', 'index.html'), 'utf8');
    const period = new RegExp(`href="(/chronologie/[^"#]+)#parution-${ARTICLE}"`).exec(overview)?.[1];
    expect(period).toBeDefined();
    for (const pagePath of [`/articles/${ARTICLE}/`, '/', '/articles/', '/chronologie/', period ?? '/chronologie/']) {
      await page.goto(site.origin + pagePath, { waitUntil: 'load' });
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
      await page
        .locator('details summary')
        .first()
        .click({ timeout: 1000 })
        .catch(() => undefined);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('an unsafe URL in an article', () => {
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>'])(
    'in a Markdown link (%s) fails the build, naming the file and the body',
    (url) => {
      const { contentDir, outDir } = contentWith((text) => withBody(text, `[un lien](${url.replace(/[()]/g, '\\$&')})`));
      const { status, output } = runBuild(outDir, contentDir);
      expect(status).not.toBe(0);
      expect(output).toContain(`${ARTICLE}.md: body: only http(s) or relative URLs`);
      expect(output).toContain(url.slice(0, 11));
    },
  );

  it('as the original address in front matter fails the build, naming the file and url.value', () => {
    const { contentDir, outDir } = contentWith((text) =>
      text.replace(/^seed: /m, 'url:\n  value: "javascript:alert(1)"\n  provenance: stated\nseed: '),
    );
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain(ARTICLE);
    expect(output).toMatch(/url\.value.*only http\(s\) addresses are allowed/);
  });
});
