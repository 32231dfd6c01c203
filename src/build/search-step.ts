/**
 * The search index, built after `astro build` has exited, from the pages it wrote: Pagefind's
 * service (a process of its own) then never runs beside Astro, so the build's peak memory is the
 * larger of the two, not their sum, and Astro renders with both cores to itself.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexedElement, INDEXED_MARK } from '../lib/indexed-element.ts';
import { htmlForIndex, spellingsForIndex, textForIndex } from '../lib/search-index.ts';
import { joinBase } from '../lib/urls.ts';
import { EVENTS_DATA_PATH, type PublishedEvent } from '../lib/published-events.ts';
import { ui } from '../i18n/fr.ts';

/**
 * Word positions per index chunk. A search downloads the chunk of each of its words: Pagefind's
 * default of 20,000 made the first search of the five articles download 28 kB of index, most of
 * it for other words. Smaller chunks mean a longer chunk list in the metadata that every search
 * loads (about 12 bytes compressed per chunk): 5,000 cut the index a first search loads to a
 * quarter at 5 articles and by 40 % at 1,000, for 2 kB more metadata. A word with more positions
 * than this is a chunk of its own either way. Measured again at 1,000 articles with the graphies
 * field cut to the words a page lacks: 2,500 made the first search 2 kB heavier (more chunks
 * listed in the metadata), 10,000 6 kB heavier (the words searched share their chunks). Pagefind
 * 1.6 reads it from its environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); a version without it
 * keeps its default, and search works the same.
 */
const INDEX_CHUNK_SIZE = 5000;

/** Pages sent to Pagefind and not yet indexed, at most: reading waits beyond (bounded memory). */
const MAX_PAGES_IN_FLIGHT = 16;

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * `articles/x/index.html` → `/articles/x/`. Index URLs are relative to the site's root, without
 * the base path: Pagefind prefixes its own base URL (the folder it is served from) at search time.
 */
function urlOf(file: string): string {
  return joinBase(
    '/',
    `/${file
      .split(path.sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`,
  );
}

/** A published URL (with the base path) back to the site's root. */
function withoutBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Pagefind's index being built: pages and events are handed over, then the files written. */
class SearchIndex {
  private readonly pending: Promise<void>[] = [];
  private readonly errors: string[] = [];
  private inFlight = 0;
  private readonly room: (() => void)[] = [];
  private readonly index: pagefind.PagefindIndex;
  pages = 0;

  private constructor(index: pagefind.PagefindIndex) {
    this.index = index;
  }

  static async start(): Promise<SearchIndex> {
    // Pagefind's service is a child process, started by the first call, with this environment.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return new SearchIndex(index);
  }

  private track(label: string, work: Promise<{ errors: string[] }>): Promise<void> {
    const done = work.then(
      (response) => {
        if (response.errors.length > 0) this.errors.push(`${label}: ${response.errors.join('; ')}`);
      },
      (error: unknown) => {
        this.errors.push(`${label}: ${String(error)}`);
      },
    );
    this.pending.push(done);
    return done;
  }

  /**
   * Hands a page to Pagefind without waiting for it to be indexed (errors are reported by
   * write()); waits only while Pagefind already has MAX_PAGES_IN_FLIGHT pages to take in.
   */
  async addPage(url: string, html: string): Promise<void> {
    const element = indexedElement(html, url);
    if (element === undefined) return;
    while (this.inFlight >= MAX_PAGES_IN_FLIGHT) await new Promise<void>((resolve) => this.room.push(resolve));
    this.pages++;
    this.inFlight++;
    void this.track(url, this.index.addHTMLFile({ url, content: htmlForIndex(element) })).finally(() => {
      this.inFlight--;
      this.room.shift()?.();
    });
  }

  /** The published events (/donnees/evenements.json), as records of their own. */
  addEvents(events: readonly PublishedEvent[], base: string): void {
    for (const event of events) {
      const content = textForIndex([event.title, event.description, ...event.citations.map((c) => c.passage)].join('\n'));
      const record = this.index.addCustomRecord({
        url: withoutBase(event.url, base),
        language: 'fr',
        content,
        meta: {
          title: textForIndex(event.title),
          date: event.dateLabel,
          kind: ui.search.types.event,
          sortdate: event.sortDate,
          graphies: spellingsForIndex([{ id: event.url, names: event.spellings }], content),
        },
        filters: { type: [ui.search.types.event], annee: [event.year], personne: event.people, lieu: event.places },
        sort: { date: event.sortDate },
      });
      void this.track(`event ${event.url}`, record);
    }
  }

  /** Waits for Pagefind to take in everything it was given, then writes the index. */
  async write(outputPath: string): Promise<number> {
    await Promise.all(this.pending);
    if (this.errors.length > 0) throw new Error(`Pagefind could not index every page:\n${this.errors.join('\n')}`);
    const started = performance.now();
    const written = await this.index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return performance.now() - started;
  }
}

/**
 * Indexes the site built in `root` (served under `base`) into `root/pagefind/`: every page with a
 * `data-pagefind-body` element (only that element is sent, see indexedElement), with typographic
 * apostrophes straightened and blocks kept apart (htmlForIndex), and the timeline's events as
 * records of their own. Returns the line the build prints (bench/profile.ts reads it).
 */
export async function buildSearchIndex(root: string, base: string): Promise<string> {
  const started = performance.now();
  const index = await SearchIndex.start();
  try {
    for (const file of await htmlFiles(root)) {
      // Synchronous on purpose: 2,323 pages read in 0.06 s, against 0.9 s through readFile's
      // thread pool (four round trips a file), while Pagefind waits for them.
      const bytes = readFileSync(path.join(root, file));
      // Bytes first: most pages have nothing to index, and decoding them would be wasted.
      if (bytes.includes(INDEXED_MARK)) await index.addPage(urlOf(file), bytes.toString('utf8'));
    }
    const events: PublishedEvent[] = JSON.parse(await readFile(path.join(root, EVENTS_DATA_PATH), 'utf8')).events;
    index.addEvents(events, base);
    const sent = performance.now();
    const writeMs = await index.write(path.join(root, 'pagefind'));
    return (
      `Search index: ${index.pages} pages and ${events.length} events in ${seconds(performance.now() - started)} after rendering ` +
      `(reading and sending the pages ${seconds(sent - started)}, writing ${seconds(writeMs)}).`
    );
  } finally {
    await pagefind.close();
  }
}
