/**
 * What a reader's browser downloads: page weight by kind of resource (raw, gzip, brotli) and
 * requests on load, the article read without JavaScript, and search (first search's bytes,
 * time from query to results). Real Chromium over a loopback static server (tests/support).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { median } from './measure.ts';

export const RESOURCE_KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  name: string;
  path: string;
  status: number;
  requests: number;
  byKind: Record<ResourceKind, Bytes>;
  total: Bytes;
  /** Milliseconds from navigation start until the page was ready (loaded; results shown for search). */
  readyMs: number;
  /** Milliseconds from navigation start to the end of the load event. */
  loadMs: number;
  note?: string;
}

export interface SearchResult {
  /** Everything the search page loads until the first results show, as in its PageWeight. */
  firstSearch: PageWeight;
  firstSearchResults: number;
  queries: { query: string; ms: number; results: number }[];
  medianMs: number;
}

export interface NoJsResult {
  path: string;
  paragraphs: number;
  textChars: number;
  readable: boolean;
}

function kindOf(url: string, contentType: string): ResourceKind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const extension = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? '';
  if (type === 'text/html') return 'html';
  if (type === 'text/css' || extension === 'css') return 'css';
  if (type.includes('javascript') || ['js', 'mjs'].includes(extension)) return 'js';
  if (type.startsWith('font/') || ['woff', 'woff2', 'ttf', 'otf'].includes(extension)) return 'font';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

/** Formats a server would not compress again: gzip data (Pagefind's index), woff2, raster images. */
function alreadyCompressed(body: Buffer, contentType: string): boolean {
  if (body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b) return true;
  return /^(font\/woff2?|image\/(png|jpe?g|webp|avif|gif))/.test(contentType);
}

/**
 * Sizes as a static host would send them: gzip at level 9 and brotli at quality 11 (what a
 * build step would precompress), never larger than the raw file.
 */
export function compressedSizes(body: Buffer, contentType: string): Bytes {
  if (alreadyCompressed(body, contentType)) return { raw: body.length, gzip: body.length, brotli: body.length };
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length;
  return { raw: body.length, gzip: Math.min(gzip, body.length), brotli: Math.min(brotli, body.length) };
}

const zero = (): Bytes => ({ raw: 0, gzip: 0, brotli: 0 });
function add(into: Bytes, bytes: Bytes): void {
  into.raw += bytes.raw;
  into.gzip += bytes.gzip;
  into.brotli += bytes.brotli;
}

/** Resolves once the search status no longer says a search is running. */
async function searchDone(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return status.trim() !== '' && !status.includes('en cours');
    },
    undefined,
    { timeout: timeoutMs, polling: 20 },
  );
}

/**
 * Loads `path` in a fresh context (empty cache) and sums every response by kind. `ready` says
 * when the page counts as loaded beyond the load event (search: results shown).
 */
export async function measurePage(
  browser: Browser,
  origin: string,
  name: string,
  path: string,
  ready?: (page: Page) => Promise<void>,
): Promise<{ weight: PageWeight; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let requests = 0;
  const bodies: Promise<{ kind: ResourceKind; bytes: Bytes } | undefined>[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests++;
  });
  page.on('response', (response: Response) => {
    bodies.push(
      (async () => {
        const contentType = (await response.headerValue('content-type')) ?? '';
        const body = await response.body().catch(() => undefined);
        if (!body) return undefined;
        return { kind: kindOf(response.url(), contentType), bytes: compressedSizes(body, contentType) };
      })(),
    );
  });

  let response: Response | null;
  let readyMs: number;
  let loadMs: number;
  try {
    // A page that takes a minute is reported as failing its budget, not waited for.
    response = await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
    if (ready) await ready(page);
    // Anything the page fetches after load (scripts, the search index) belongs to its weight.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    [readyMs, loadMs] = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const load = navigation?.loadEventEnd ?? performance.now();
      // Search: the time the status changed, recorded below; other pages: the load event's end.
      const marked = (window as unknown as { __benchReady?: number }).__benchReady;
      return [marked ?? load, load];
    });
  } catch (error) {
    await context.close();
    throw error;
  }

  const byKind = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, zero()])) as Record<ResourceKind, Bytes>;
  const total = zero();
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    add(byKind[item.kind], item.bytes);
    add(total, item.bytes);
  }
  return {
    weight: { name, path, status: response?.status() ?? 0, requests, byKind, total, readyMs, loadMs },
    page,
    close: () => context.close(),
  };
}

/** Weight of a page that needs nothing beyond its load event. */
export async function pageWeight(browser: Browser, origin: string, name: string, path: string): Promise<PageWeight> {
  const { weight, close } = await measurePage(browser, origin, name, path);
  await close();
  return weight;
}

/** The article page with JavaScript off: are its paragraphs there and visible? */
export async function readWithoutJs(browser: Browser, origin: string, path: string): Promise<NoJsResult> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const { paragraphs, textChars } = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>('[id^="p-"]')].filter((el) => el.offsetHeight > 0);
    return { paragraphs: blocks.length, textChars: blocks.reduce((sum, el) => sum + el.innerText.length, 0) };
  });
  await context.close();
  return { path, paragraphs, textChars, readable: paragraphs > 0 && textChars > 500 };
}

export const SEARCH_QUERIES = [
  'poutine',
  'kim jong un',
  'munitions',
  'vladivostok',
  'train blindé',
  'sanctions',
  'choïgou',
  'shoigu',
  'armes',
  'ukraine',
  'traité',
  'pyongyang',
  'kremlin',
  'forum',
  'obus',
  'nucléaire',
  'peskov',
  'alliance',
  'moscou',
  'aide alimentaire',
];

/**
 * The first search (a fresh page at /recherche/?q=coree: every byte until results show), then
 * 20 queries typed into the same page, each timed from submit to rendered results (the status
 * set after the result list is in the DOM).
 */
export async function measureSearch(browser: Browser, origin: string): Promise<SearchResult> {
  const { weight, page, close } = await measurePage(browser, origin, 'search (first query)', '/recherche/?q=coree', async (p) => {
    await searchDone(p);
    await p.evaluate(() => {
      (window as unknown as { __benchReady?: number }).__benchReady = performance.now();
    });
  });
  const firstSearchResults = await page.locator('[data-search-result]').count();

  const queries: SearchResult['queries'] = [];
  for (const query of SEARCH_QUERIES) {
    const ms = await page.evaluate(
      (q) =>
        new Promise<number>((resolve, reject) => {
          const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
          const input = form.elements.namedItem('q') as HTMLInputElement;
          const status = document.querySelector<HTMLElement>('[data-search-status]')!;
          const timeout = setTimeout(() => reject(new Error(`no results for «${q}» after 60 s`)), 60_000);
          input.value = q;
          const started = performance.now();
          form.requestSubmit();
          // run() says « en cours » synchronously on submit; done is the next status without it.
          const check = () => {
            if (!(status.textContent ?? '').includes('en cours')) {
              observer.disconnect();
              clearTimeout(timeout);
              resolve(performance.now() - started);
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          check();
        }),
      query,
    );
    queries.push({ query, ms, results: await page.locator('[data-search-result]').count() });
  }
  await close();
  return { firstSearch: weight, firstSearchResults, queries, medianMs: median(queries.map((q) => q.ms)) };
}
