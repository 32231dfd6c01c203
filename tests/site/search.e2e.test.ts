import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';
import { readArticleFiles, readSource } from '../support/content.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search-query.ts';
import { RESULTS_PER_PAGE } from '../../src/lib/search-results.ts';
import { axeViolations } from '../support/axe.ts';

// The articles, by the seed that names them in content/.
const bySeed = Object.fromEntries(readArticleFiles().map((a) => [a.data.seed.slice(0, 3), a.id]));
const ALL = ['000', '001', '002', '003', '004'];

/** Each query with the articles it must return; every other article it must not. */
const table: { query: string; articles: string[]; why: string }[] = [
  { query: 'Vladivostok', articles: ['000', '002', '003'], why: 'plain name' },
  { query: 'Shoigu', articles: ['000', '001', '002'], why: 'variant: Choïgou, Choïgu, Schoigu' },
  { query: 'Choïgou', articles: ['000', '001', '002'], why: 'variant: Shoigu, Choïgu' },
  { query: 'Schoigu', articles: ['000', '001', '002'], why: 'variant' },
  { query: 'choigu', articles: ['000', '001', '002'], why: 'variant without accent' },
  { query: 'coree', articles: ALL, why: 'accent folding' },
  { query: 'munition', articles: ['000', '001', '002', '004'], why: 'stemming: munitions' },
  { query: 'obus', articles: ['001', '003', '004'], why: "elision: d’obus (typographic) and d'obus (straight)" },
  { query: 'Ukraine', articles: ALL, why: 'elision: l’Ukraine, the only form in some articles' },
  { query: 'l’Ukraine', articles: ALL, why: 'typographic apostrophe in the query' },
  { query: "l'Ukraine", articles: ALL, why: 'straight apostrophe in the query' },
  { query: 'Kim Jong-un', articles: ALL, why: 'variant: Kim Jong Un' },
  { query: 'Kim Jung Un', articles: ALL, why: 'variant found in one article only' },
  { query: 'Putin', articles: ALL, why: 'variant that no article writes' },
  { query: 'RPDC', articles: ALL, why: 'variant: Corée du Nord' },
  { query: 'République populaire démocratique de Corée', articles: ALL, why: 'long variant' },
  { query: 'Erdogan', articles: ['000'], why: 'one article' },
  { query: 'Peskov', articles: ['002'], why: 'one article' },
  { query: 'Andrei Kozyrev', articles: ['001'], why: 'variant: Andreï' },
  { query: 'delizee', articles: ['003'], why: 'accent folding on a name' },
  { query: 'satellites', articles: ['000', '001', '003'], why: 'plural' },
  { query: 'Mongolie', articles: ['004'], why: 'truncated article is indexed' },
  { query: 'sanctions', articles: ['000', '001', '004'], why: 'theme word' },
  { query: 'Khasan', articles: ['003'], why: 'place' },
  { query: 'munitions Shoigu', articles: ['000', '001', '002'], why: 'two words, one with variants' },
];

const session = useBrowserSession();
let page: Page;

beforeAll(async () => {
  page = await session.guardedPage();
});

async function settled(target: Page): Promise<void> {
  await target.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && !status.includes('en cours');
  });
}

/** Every result of the current search, asking for more until all are shown. */
async function resultUrls(target: Page): Promise<string[]> {
  const results = target.locator('[data-search-result]');
  while (await target.locator('[data-search-more]:not([hidden])').count()) {
    const before = await results.count();
    await target.click('[data-search-more]');
    await expect.poll(() => results.count()).toBeGreaterThan(before);
  }
  return results.evaluateAll((items) => items.map((i) => i.getAttribute('data-search-result')!));
}

const articleIds = (urls: string[]) =>
  urls
    .map((url) => /\/articles\/([^/?#]+)\//.exec(url)?.[1])
    .filter((id): id is string => Boolean(id))
    .sort();

interface DirectResult {
  url: string;
  excerpt: string;
  sections: string[];
}

/**
 * A search through Pagefind's own API, as any Pagefind client would run it: no query expansion.
 * The script is a string so that Vitest does not rewrite its `import()` for Node.
 */
async function directSearch(target: Page, query: string): Promise<DirectResult[]> {
  return target.evaluate(`(async (q) => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => ({ url: d.url, excerpt: d.excerpt, sections: d.sub_results.flatMap((sub) => [sub.title, sub.excerpt]) }));
  })(${JSON.stringify(query)})`);
}

describe('the index itself, searched by any Pagefind client', () => {
  beforeAll(async () => {
    await page.goto(`${session.site.origin}/recherche/`);
  });

  it.each(table)('$query returns exactly its articles with no query expansion ($why)', async ({ query, articles }) => {
    const results = await directSearch(page, query);
    expect(articleIds(results.map((r) => r.url))).toEqual(articles.map((seed) => bySeed[seed]).sort());
  });

  it('shows only the articles’ words: no anchor sign, no interface label, no two blocks glued together', async () => {
    // A word with a capital after a small letter (« articlesSergueï ») is glue unless a source has it (« NdlR »).
    const sourceWords = new Set(readArticleFiles().flatMap((a) => readSource(a.data.seed).split(/[\s,.;:!?()«»"]+/)));
    const texts = (
      await Promise.all(['Shoigu', 'précurseur', 'photo', 'Choïgou', 'sanctions', 'Kim', 'Ukraine'].map((q) => directSearch(page, q)))
    )
      .flat()
      .flatMap((r) => [r.excerpt, ...r.sections])
      .map((html) => html.replace(/<\/?mark>/g, ''));
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      expect(text).not.toMatch(/#|Lien vers la section|Photo non reproduite/);
      const glued = text.split(/[\s,.;:!?()«»"]+/).filter((word) => /\p{Ll}\p{Lu}/u.test(word) && !sourceWords.has(word));
      expect(glued, text).toEqual([]);
    }
  });
});

describe('search through the real Pagefind index', () => {
  it.each(table)('$query returns exactly its articles ($why)', async ({ query, articles }) => {
    await page.goto(`${session.site.origin}/recherche/?q=${encodeURIComponent(query)}`);
    await settled(page);
    expect(articleIds(await resultUrls(page))).toEqual(articles.map((seed) => bySeed[seed]).sort());
  });

  it('returns timeline events as their own kind of result, linking to the event', async () => {
    await page.goto(`${session.site.origin}/recherche/?q=armistice`);
    await settled(page);
    const events = (await resultUrls(page)).filter((url) => url.includes('/chronologie/'));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((url) => /\/chronologie\/(?:[\w-]+\/)+(\?[^#]*)?#[\w-]+$/.test(url))).toBe(true);
    expect(await page.locator('[data-result-kind="Événement"]').count()).toBe(events.length);
  });

  it('shows title, outlet, date and a highlighted excerpt, with a link to the passage', async () => {
    await page.goto(`${session.site.origin}/recherche/?q=Khasan`);
    await settled(page);
    const result = page.locator('[data-search-result*="/articles/"]').first();
    const meta = await result.locator('p').first().innerText();
    expect(meta).toContain('La Libre Belgique');
    expect(meta).toContain('12 septembre 2023');
    expect(await result.locator('mark').first().innerText()).toMatch(/Khasan/i);
    const passage = await result.locator('a', { hasText: 'Aller au passage' }).getAttribute('href');
    expect(passage).toMatch(/#p-\d+$/);
    await page.goto(session.site.origin + passage!);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toContain('Khasan');
  });

  it('highlights the searched words on the page a result leads to', async () => {
    await page.goto(`${session.site.origin}/recherche/?q=Khasan`);
    await settled(page);
    await page.locator('[data-search-result*="/articles/"] h2 a').first().click();
    await page.waitForSelector('.article-body mark.pagefind-highlight');
    expect(await page.locator('.article-body mark.pagefind-highlight').first().innerText()).toMatch(/Khasan/i);
  });

  it('keeps the query in the URL: a search can be shared, and the back button works', async () => {
    await page.goto(`${session.site.origin}/recherche/`);
    await settled(page); // the page's script is ready: it writes a status once the index is loaded
    await page.fill('[data-search] input[name="q"]', 'Erdogan');
    await page.press('[data-search] input[name="q"]', 'Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Erdogan');
    await expect.poll(async () => articleIds(await resultUrls(page))).toEqual([bySeed['000']]);
    await page.fill('[data-search] input[name="q"]', 'Peskov');
    await page.press('[data-search] input[name="q"]', 'Enter');
    await expect.poll(async () => articleIds(await resultUrls(page))).toEqual([bySeed['002']]);
    await page.goBack();
    await expect.poll(() => page.inputValue('[data-search] input[name="q"]')).toBe('Erdogan');
    await expect.poll(async () => articleIds(await resultUrls(page))).toEqual([bySeed['000']]);
  });

  it('filters by outlet and type, sorts by date, and keeps both in the URL', async () => {
    await page.goto(`${session.site.origin}/recherche/?q=coree&type=Article&tri=ancien`);
    await settled(page);
    const oldestFirst = articleIds(await resultUrls(page));
    expect(oldestFirst).toHaveLength(5);
    const order = await resultUrls(page);
    expect(order[0]).toContain(bySeed['000']);
    expect(order.at(-1)).toContain(bySeed['004']);
    await page.check('input[name="media"][value="Blick"]');
    await expect.poll(async () => articleIds(await resultUrls(page))).toEqual([bySeed['002']]);
    expect(new URL(page.url()).searchParams.getAll('media')).toEqual(['Blick']);
  });

  it(`loads results ${RESULTS_PER_PAGE} at a time, the rest on request`, async () => {
    await page.goto(`${session.site.origin}/recherche/?q=coree`);
    await settled(page);
    const total = Number(/\d+/.exec(await page.locator('[data-search-status]').innerText())![0]);
    expect(total).toBeGreaterThan(2 * RESULTS_PER_PAGE);
    expect(await page.locator('[data-search-result]').count()).toBe(RESULTS_PER_PAGE);
    const all = await resultUrls(page);
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
  });

  it('runs Pagefind off the page’s thread, and loads only the fragments shown and, until asked, no filter list', async () => {
    const fresh = await session.guardedPage();
    const requests: string[] = [];
    fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await fresh.goto(`${session.site.origin}/recherche/?q=coree`);
    await settled(fresh);
    const shown = await fresh.locator('[data-search-result]').count();
    expect(shown).toBe(RESULTS_PER_PAGE);
    // The page's own thread fetched nothing of Pagefind: its worker did.
    expect(fresh.workers().some((worker) => /search-worker/.test(worker.url()))).toBe(true);
    const onPage = await fresh.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(onPage.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    expect(requests.filter((path) => path.includes('/pagefind/fragment/'))).toHaveLength(shown);
    expect(requests.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    expect(requests).not.toContain('/pagefind/pagefind-worker.js');

    await fresh.click('[data-search-filters] summary');
    await fresh.waitForSelector('[data-search-filters] input[name="media"]');
    expect(requests.some((path) => path.includes('/pagefind/filter/'))).toBe(true);
    await fresh.context().close();
  });

  it('can be reached and used by keyboard alone, from any page', async () => {
    await page.goto(`${session.site.origin}/articles/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('Peskov');
    await Promise.all([page.waitForURL('**/recherche/?q=Peskov'), page.keyboard.press('Enter')]);
    await settled(page);
    expect(articleIds(await resultUrls(page))).toEqual([bySeed['002']]);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search]') !== null)).toBe(true);
  });

  it('shows a hostile query as text and never runs it', async () => {
    const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.goto(`${session.site.origin}/recherche/?q=${encodeURIComponent(hostile)}`);
    await settled(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-search-status]').innerText()).toContain('<script>');
    expect(await page.locator('main img').count()).toBe(0);
  });

  it('shows the query as the reader typed it, and cuts one that is too long', async () => {
    const typed = "d'obus?";
    await page.goto(`${session.site.origin}/recherche/?q=${encodeURIComponent(typed)}`);
    await settled(page);
    expect(await page.locator('[data-search-status]').innerText()).toContain(`\u202f${typed}\u202f`);

    const long = 'Kim '.repeat(2500);
    await page.goto(`${session.site.origin}/recherche/?q=${encodeURIComponent(long)}`);
    await settled(page);
    expect(await page.inputValue('[data-search] input[name="q"]')).toHaveLength(MAX_QUERY_LENGTH);
    expect(await page.getAttribute('[data-search] input[name="q"]', 'maxlength')).toBe(String(MAX_QUERY_LENGTH));
    expect(await page.getAttribute('[data-site-search] input[name="q"]', 'maxlength')).toBe(String(MAX_QUERY_LENGTH));
    expect(articleIds(await resultUrls(page))).toHaveLength(ALL.length);
  });

  it('has no axe violation, in the light and the dark theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${session.site.origin}/recherche/?q=Shoigu`);
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('made no request elsewhere and logged no error', () => {
    expect(session.problems).toEqual([]);
  });
});
