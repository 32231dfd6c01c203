import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { indexWhileRendering, type IndexWhileRendering } from '../../src/build/search-step.ts';
import { pagesStartedIn } from '../../src/build/astro-log.ts';
import { EVENTS_DATA_PATH } from '../../src/lib/published-events.ts';

// The real Pagefind service, on pages written to a temporary folder as Astro would write them.
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function site(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'search-step-'));
  folders.push(root);
  mkdirSync(path.join(root, path.dirname(EVENTS_DATA_PATH)), { recursive: true });
  writeFileSync(path.join(root, EVENTS_DATA_PATH), JSON.stringify({ events: [] }));
  return root;
}

const page = (text: string) =>
  `<!DOCTYPE html><html lang="fr"><head><title>T</title></head><body><nav>Menu</nav><article data-pagefind-body><h1>${text}</h1><p>${text}, texte.</p></article></body></html>`;

function writePage(root: string, file: string, html: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), html);
}

/** What the written index holds: each page's URL and text, from its fragments. */
function indexedPages(root: string): Record<string, string> {
  const dir = path.join(root, 'pagefind', 'fragment');
  const pages: Record<string, string> = {};
  for (const file of readdirSync(dir)) {
    const json = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
    const fragment = JSON.parse(json.slice(json.indexOf('{')));
    pages[fragment.url] = fragment.content;
  }
  return pages;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

/**
 * Until the index has read `count` pages while "Astro renders". It looks every 250 ms; a loaded
 * machine can make it later than any fixed wait, so the tests wait for what it did, not for a time.
 */
async function untilRead(search: IndexWhileRendering, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (search.pagesRead < count) {
    if (Date.now() > deadline) throw new Error(`${search.pagesRead} page(s) read in 30 s, ${count} expected`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('pagesStartedIn', () => {
  it('reads the pages Astro starts from its log, two on a line when it renders two at a time', () => {
    expect(pagesStartedIn('12:47:37   ├─ /404.html12:47:37   ├─ /affirmations/medias/index.html (+30ms) ')).toEqual([
      '/404.html',
      '/affirmations/medias/index.html',
    ]);
    expect(pagesStartedIn('12:47:37   ├─ /articles/x/index.html (+3ms) ')).toEqual(['/articles/x/index.html']);
    expect(pagesStartedIn(' (+6ms) ')).toEqual([]);
    expect(pagesStartedIn('12:47:37   ├─ /donnees/mentions.json/ (+955ms) ')).toEqual([]);
  });
});

describe('indexWhileRendering', () => {
  it('takes in the pages in the order Astro starts them, each once written, and sends each once', async () => {
    const root = site();
    const search = await indexWhileRendering(() => root);
    writePage(root, 'a/index.html', page('Vladivostok'));
    const half = page('Pyongyang');
    writePage(root, 'b/index.html', half.slice(0, half.length / 2));
    // c is written before b is: it still waits for b, so that the index takes them in Astro's order.
    writePage(root, 'c/index.html', page('Khassan'));
    search.started('/a/index.html');
    search.started('/b/index.html');
    search.started('/c/index.html');
    search.started('/a/index.html');
    // a read, b held back half written (and c behind it).
    await untilRead(search, 1);
    await settle();
    expect(search.pagesRead).toBe(1);
    writePage(root, 'b/index.html', half);
    writePage(root, 'plain/index.html', '<!DOCTYPE html><html><body><p>Rien à indexer</p></body></html>');
    const line = await search.finish(root, '/');
    expect(line).toMatch(
      /^Search index: 3 pages and 0 events in [\d.]+ s after rendering \(4 built pages read, 1 of them while Astro rendered;/,
    );
    const pages = indexedPages(root);
    expect(Object.keys(pages).sort()).toEqual(['/a/', '/b/', '/c/']);
    expect(pages['/b/']).toContain('Pyongyang, texte.');
    expect(pages['/a/']).not.toContain('Menu');
  });

  it('reads the pages named after one still being written as soon as it is, while Astro renders', async () => {
    const root = site();
    const search = await indexWhileRendering(() => root);
    const half = page('Pyongyang');
    writePage(root, 'b/index.html', half.slice(0, half.length / 2));
    search.started('b/index.html');
    search.started('c/index.html');
    await settle();
    writePage(root, 'b/index.html', half);
    writePage(root, 'c/index.html', page('Khassan'));
    await untilRead(search, 2);
    const line = await search.finish(root, '/');
    expect(line).toContain('(2 built pages read, 2 of them while Astro rendered;');
  });

  it('does not wait at the end for a page Astro named and never wrote', async () => {
    const root = site();
    const search = await indexWhileRendering(() => root);
    search.started('vide/index.html');
    writePage(root, 'y/index.html', page('Séoul'));
    search.started('y/index.html');
    await settle();
    const line = await search.finish(root, '/');
    expect(line).toContain('Search index: 1 pages');
    expect(Object.keys(indexedPages(root))).toEqual(['/y/']);
  });

  it('builds the index again from the finished pages when a page changed after it was sent', async () => {
    const root = site();
    const search = await indexWhileRendering(() => root);
    writePage(root, 'a/index.html', page('Première version'));
    search.started('a/index.html');
    await untilRead(search, 1);
    writePage(root, 'a/index.html', page('Seconde version, plus longue'));
    const line = await search.finish(root, '/');
    expect(line).toMatch(/Built again: 1 page\(s\) changed after they were read \(a\/index\.html…\)\.$/);
    expect(indexedPages(root)['/a/']).toContain('Seconde version');
    expect(indexedPages(root)['/a/']).not.toContain('Première');
  });

  it('indexes every page at the end when the log named none, or before the folder was ready', async () => {
    const root = site();
    let ready = false;
    const search = await indexWhileRendering(() => (ready ? root : undefined));
    writePage(root, 'x/index.html', page('Moscou'));
    search.started('x/index.html');
    await settle();
    ready = true;
    writePage(root, 'y/index.html', page('Séoul'));
    const line = await search.finish(root, '/');
    expect(line).toContain('Search index: 2 pages');
    expect(Object.keys(indexedPages(root)).sort()).toEqual(['/x/', '/y/']);
  });

  it('fails, naming the page, on a page it cannot index, and writes nothing', async () => {
    const root = site();
    const search = await indexWhileRendering(() => root);
    writePage(root, 'deux/index.html', page('a').replace('</body>', '<div data-pagefind-body>b</div></body>'));
    search.started('deux/index.html');
    await settle();
    await expect(search.finish(root, '/')).rejects.toThrow(/\/deux\/: more than one element/);
    expect(readdirSync(root)).not.toContain('pagefind');
  });
});
