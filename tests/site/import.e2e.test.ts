/**
 * End to end: a raw text and a saved page the project has never seen, imported by the command
 * into a copy of content/, then a real build. The article pages pass the fidelity check with no
 * hand edit, and every draft (event, quote, figure) shows « relevé automatiquement, non vérifié »
 * wherever the site shows it, while hand-made items do not. A draft whose passage is not in its
 * article fails the build like any other citation.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { serveStatic } from '../support/server.ts';
import { parse } from 'yaml';
import { sourcePieces, stripSourceMarkup, withoutRemoved } from '../../src/lib/fidelity.ts';
import { normalizeTypography } from '../../src/lib/text.ts';
import { ui } from '../../src/i18n/fr.ts';
import { runBuild } from '../support/run-build.ts';
import { blockText, readableText, select, selectAll, toString, withoutAddedNotes } from '../support/html.ts';
import { contentRoot, projectRoot } from '../support/paths.ts';
import { emptyContentDir } from '../support/import.ts';
import { planImport, writePlan } from '../../src/lib/import/importer.ts';

const RAW = path.join(projectRoot, 'tests/fixtures/import/nouvel-article.txt');
const PAGE = path.join(projectRoot, 'tests/fixtures/import/page-enregistree.html');
const SLUGS = { raw: 'pont-routier-tumen', page: 'jardins-flottants-nampo' };
const MARK = ui.draft.mark;

const work = mkdtempSync(path.join(tmpdir(), 'dossier-import-e2e-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
let build: { status: number | null; output: string };

function runImport(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(projectRoot, 'scripts/import.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_CONTENT_DIR: dir },
  });
}

beforeAll(() => {
  cpSync(contentRoot, contentDir, { recursive: true });
  for (const [file, slug] of [
    [RAW, SLUGS.raw],
    [PAGE, SLUGS.page],
  ] as const) {
    const result = runImport(contentDir, file, '--slug', slug);
    if (result.status !== 0) throw new Error(`import of ${file} failed:\n${result.stderr}`);
  }
  build = runBuild(outDir, contentDir);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The checks of tests/site/fidelity.test.ts on a built article page. */
function expectFaithful(article: Element, source: string, removed: { text: string }[]): void {
  const pageText = normalizeTypography(readableText(article));
  const pieces = sourcePieces(source, removed);
  expect(pieces.length).toBeGreaterThan(5);
  expect(pieces.filter((piece) => !pageText.includes(normalizeTypography(piece)))).toEqual([]);
  const sourceText = normalizeTypography(stripSourceMarkup(withoutRemoved(source, removed)));
  const blocks = selectAll('.article-body :is(p, li, h2, h3, figcaption > span:not(.photo-absente-label))', withoutAddedNotes(article));
  expect(blocks.length).toBeGreaterThan(3);
  expect(blocks.map((b) => normalizeTypography(blockText(b))).filter((t) => t !== '' && !sourceText.includes(t))).toEqual([]);
}

const page = (route: string, root = outDir): Root => fromHtml(readFileSync(path.join(root, route, 'index.html'), 'utf8'));
/** The timeline's pages (one per period) of the built site, as routes. */
const timelinePages = (): string[] =>
  readdirSync(path.join(outDir, 'chronologie'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && file !== 'index.html')
    .map((file) => `chronologie/${path.dirname(file)}`);
const hasMark = (element: Element | Root) => selectAll('[data-draft]', element).some((mark) => toString(mark) === MARK);
/** The routes of a paginated list from its first page (`quotes/x`), following « Page suivante ». */
function listRoutes(first: string, root = outDir): string[] {
  const routes = [first];
  for (let next = select('[data-page-nav] a[data-page-next]', page(first, root)); next;) {
    const route = String(next.properties.href).replace(/^\/|\/$/g, '');
    routes.push(route);
    next = select('[data-page-nav] a[data-page-next]', page(route, root));
  }
  return routes;
}
/** Every page of the lists an index links to (`a` of `selector` on `index`): quotes by speaker, claims by claimant. */
const listsOf = (index: string, selector: string) =>
  selectAll(selector, page(index)).flatMap((a) => listRoutes(String(a.properties.href).replace(/^\/|\/$/g, '')));
const quoteLists = () => listsOf('citations', 'section[data-speaker] h2 a');
const claimLists = () => listsOf('affirmations', '[data-claimant] a');

describe('importing a new article, as a raw text and as a saved page, then building', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/problem\(s\) in the content/);
    expect(build.status).toBe(0);
  });

  describe.each(Object.values(SLUGS))('article %s', (slug) => {
    const articleData = () =>
      parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(contentDir, 'articles', `${slug}.md`), 'utf8'))![1]!);
    const source = () => readFileSync(path.join(contentDir, 'sources', `${articleData().seed}.txt`), 'utf8');
    const article = () => select('article[data-article]', page(`articles/${slug}`))!;

    it('has its page, in the list and on the home page', () => {
      expect(article()).toBeDefined();
      expect(readFileSync(path.join(outDir, 'articles/index.html'), 'utf8')).toContain(`/articles/${slug}/`);
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain(`/articles/${slug}/`);
    });

    it('passes the fidelity check with no hand edit: every source sentence on the page, no foreign block', () => {
      expectFaithful(article(), source(), articleData().removed ?? []);
    });

    it('marks the draft events noted after their passages', () => {
      const notes = selectAll('.passage-events', article());
      const events = readdirSync(path.join(contentDir, 'events')).filter((name) => name.includes(`-${slug}-`));
      expect(events.length).toBeGreaterThan(0);
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) expect(toString(note)).toContain(MARK);
    });
  });

  it('marks every draft quote in the lists of quotes (/citations/ and each speaker’s pages), and no hand-made one', () => {
    const items = ['citations', ...quoteLists()].flatMap((route) => selectAll('li[data-quote]', page(route)));
    const drafts = items.filter((li) => String(li.properties.dataQuote).startsWith(`${SLUGS.raw}/`));
    expect(drafts.length).toBeGreaterThan(0);
    for (const li of items)
      expect(hasMark(li), String(li.properties.dataQuote)).toBe(
        String(li.properties.dataQuote).startsWith(`${SLUGS.raw}/`) || String(li.properties.dataQuote).startsWith(`${SLUGS.page}/`),
      );
  });

  it('marks every draft figure in the lists of claims (each claimant’s pages), and no hand-made one', () => {
    const items = claimLists().flatMap((route) => selectAll('li[data-claim]', page(route)));
    const isDraft = (li: Element) => Object.values(SLUGS).some((slug) => String(li.properties.dataClaim).startsWith(`${slug}/`));
    expect(items.filter(isDraft).length).toBeGreaterThan(0);
    for (const li of items) expect(hasMark(li), String(li.properties.dataClaim)).toBe(isDraft(li));
  });

  it('marks every draft event on the timeline, and no hand-made one', () => {
    const items = timelinePages().flatMap((route) => selectAll('li[data-timeline-event]', page(route)));
    const draftIds = new Set(
      readdirSync(path.join(contentDir, 'events'))
        .filter((name) => Object.values(SLUGS).some((slug) => name.includes(`-${slug}-`)))
        .map((name) => `evenement-${name.replace(/\.yaml$/, '')}`),
    );
    expect(draftIds.size).toBeGreaterThan(2);
    expect(items.length).toBeGreaterThan(draftIds.size);
    for (const li of items) expect(hasMark(li), String(li.properties.id)).toBe(draftIds.has(String(li.properties.id)));
    expect(items.filter((li) => hasMark(li))).toHaveLength(draftIds.size);
  });

  it('marks the drafts on the page of an entity they name', () => {
    expect(hasMark(page('entites/vladimir-poutine'))).toBe(true);
  });

  it('says in the open data which items are unchecked', () => {
    const quotes = JSON.parse(readFileSync(path.join(outDir, 'donnees/citations.json'), 'utf8')) as {
      citation: string;
      verifie: boolean;
    }[];
    for (const quote of quotes)
      expect(quote.verifie, quote.citation).toBe(
        !quote.citation.startsWith(`${SLUGS.raw}/`) && !quote.citation.startsWith(`${SLUGS.page}/`),
      );
  });
});

describe('pages that show drafts', () => {
  const routes = [
    'citations',
    'analyse',
    'affirmations',
    'affirmations/medias',
    'chronologie',
    'desaccords',
    'entites/vladimir-poutine',
    `articles/${SLUGS.raw}`,
    `articles/${SLUGS.page}`,
  ];

  it.each(routes)('/%s/ is valid HTML (html-validate, recommended and a11y presets)', async (route) => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'], rules: { 'long-title': 'off' } });
    const report = await validator.validateFile(path.join(outDir, route, 'index.html'));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`))).toEqual([]);
  });

  it('every page of the timeline is valid HTML too', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'], rules: { 'long-title': 'off' } });
    for (const route of timelinePages()) {
      const report = await validator.validateFile(path.join(outDir, route, 'index.html'));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`))).toEqual([]);
    }
  });

  it('have no axe violation, light and dark, and the mark is visible text', async () => {
    const site = await serveStatic(outDir);
    const browser = await launchBrowser();
    // The page of the timeline that shows a draft event.
    const draftPeriod = timelinePages().find((route) => select('[data-draft]', page(route)));
    expect(draftPeriod).toBeDefined();
    try {
      // The page of a speaker's quotes that shows a draft.
      const quotes = quoteLists().find((route) => hasMark(page(route)));
      expect(quotes).toBeDefined();
      for (const route of [quotes!, draftPeriod ?? 'chronologie', `articles/${SLUGS.raw}`]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const context = await browser.newContext({ colorScheme });
          const tab = await context.newPage();
          await tab.goto(`${site.origin}/${route}/`, { waitUntil: 'networkidle' });
          expect(await axeViolations(tab), `${route} ${colorScheme}`).toEqual([]);
          if (route !== `articles/${SLUGS.raw}`) await expect(tab.locator('[data-draft]').first().isVisible()).resolves.toBe(true);
          await context.close();
        }
      }
    } finally {
      await browser.close();
      await site.close();
    }
  });
});

describe('a draft whose passage is not in its article', () => {
  it('fails the build, naming the draft file and the passage', () => {
    const broken = path.join(work, 'broken');
    cpSync(contentDir, broken, { recursive: true });
    const file = path.join(broken, 'quotes', `${SLUGS.raw}.yaml`);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/passage: "«? ?Ce pont sera le symbole/, 'passage: "« Ce pont ne sera jamais le symbole');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const { status, output } = runBuild(path.join(work, 'broken-dist'), broken);
    expect(status).not.toBe(0);
    expect(output).toContain(`quotes/${SLUGS.raw}.yaml`);
    expect(output).toContain('Ce pont ne sera jamais le symbole');
    expect(existsSync(path.join(work, 'broken-dist', 'index.html'))).toBe(false);
  });
});

describe('the five seeds imported into an empty content folder', () => {
  it('build with every draft verified, and each page passes the fidelity check', async () => {
    const seedsContent = emptyContentDir('dossier-import-e2e-seeds-');
    const seedsOut = path.join(path.dirname(seedsContent), 'dist');
    try {
      const sources = readdirSync(path.join(contentRoot, 'sources')).sort();
      const slugs: string[] = [];
      for (const name of sources) {
        const plan = await planImport({ file: path.join(contentRoot, 'sources', name), contentDir: seedsContent });
        writePlan(plan, seedsContent);
        slugs.push(plan.slug);
      }
      expect(readdirSync(path.join(seedsContent, 'events')).length).toBeGreaterThan(10);
      const result = runBuild(seedsOut, seedsContent);
      expect(result.output).not.toMatch(/problem\(s\) in the content/);
      expect(result.status).toBe(0);
      for (const slug of slugs) {
        const text = readFileSync(path.join(seedsContent, 'articles', `${slug}.md`), 'utf8');
        const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
        const source = readFileSync(path.join(seedsContent, 'sources', `${data.seed}.txt`), 'utf8');
        expectFaithful(select('article[data-article]', page(`articles/${slug}`, seedsOut))!, source, data.removed ?? []);
      }
      expect(hasMark(page('citations', seedsOut))).toBe(true);
    } finally {
      rmSync(path.dirname(seedsContent), { recursive: true, force: true });
    }
  }, 300_000);
});
