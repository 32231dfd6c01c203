import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlForIndex, spellingsForIndex, textForIndex } from '../lib/search-index.ts';
import { joinBase } from '../lib/urls.ts';
import { EVENTS_DATA_PATH, type PublishedEvent } from '../lib/published-events.ts';
import { ui } from '../i18n/fr.ts';

/** Only a page holding this attribute has anything to index; the others are skipped unread by Pagefind. */
const INDEXED_MARK = 'data-pagefind-body';

/**
 * Word positions per index chunk. A search downloads the chunk of each of its words: Pagefind's
 * default of 20,000 made the first search of the five articles download 28 kB of index, most of
 * it for other words. Smaller chunks mean a longer chunk list in the metadata that every search
 * loads (about 12 bytes compressed per chunk): 5,000 cut the index a first search loads to a
 * quarter at 5 articles and by 40 % at 1,000, for 2 kB more metadata. A word with more positions
 * than this is a chunk of its own either way. Measured again at 1,000 articles with the graphies
 * field cut to the words a page lacks: 2,500 made the first search 2 kB heavier (more chunks
 * listed in the metadata), 10,000 6 kB heavier (the words searched share their chunks). Pagefind 1.6 reads it from its environment
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); a version without it keeps its default, and search works
 * the same.
 */
const INDEX_CHUNK_SIZE = 5000;

/** Pages sent to Pagefind and not yet indexed, at most: rendering waits beyond (bounded memory). */
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

/** The events of the published data file (/donnees/evenements.json). */
function eventsOf(json: string): PublishedEvent[] {
  return JSON.parse(json).events;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The index being built: Pagefind's service (its own process) receives each page as soon as
 * Astro has rendered it, and works on it while Astro renders the next ones.
 */
class SearchIndexBuild {
  /** URLs of the pages rendered in this build, indexed or not: none of them is read back from disk. */
  readonly rendered = new Set<string>();
  readonly started = performance.now();
  private readonly pending: Promise<void>[] = [];
  private readonly errors: string[] = [];
  /** Time spent on the main thread preparing and sending pages (waits for room excluded). */
  sendMs = 0;
  private inFlight = 0;
  private readonly room: (() => void)[] = [];
  pages = 0;
  /** Set once the events are given (from their data file as Astro renders it, or from disk). */
  events: number | undefined;

  private constructor(private readonly index: pagefind.PagefindIndex) {}

  static async start(): Promise<SearchIndexBuild> {
    // Pagefind's service is a child process, started by the first call, with this environment.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return new SearchIndexBuild(index);
  }

  /**
   * Hands a page to Pagefind without waiting for it to be indexed (errors are reported by
   * write()); waits only while Pagefind already has MAX_PAGES_IN_FLIGHT pages to take in, so that
   * pages do not pile up in memory when it falls behind.
   */
  async addPage(url: string, html: string): Promise<void> {
    if (!html.includes(INDEXED_MARK)) return;
    while (this.inFlight >= MAX_PAGES_IN_FLIGHT) await new Promise<void>((resolve) => this.room.push(resolve));
    const started = performance.now();
    this.pages++;
    this.inFlight++;
    this.pending.push(
      this.index
        .addHTMLFile({ url, content: htmlForIndex(html) })
        .then(
          (response) => {
            if (response.errors.length > 0) this.errors.push(`${url}: ${response.errors.join('; ')}`);
          },
          (error: unknown) => {
            this.errors.push(`${url}: ${String(error)}`);
          },
        )
        .finally(() => {
          this.inFlight--;
          this.room.shift()?.();
        }),
    );
    this.sendMs += performance.now() - started;
  }

  /** Pages Astro did not render in this build (restored from its incremental cache) are read from disk. */
  async addUnrenderedPages(root: string): Promise<number> {
    let read = 0;
    for (const file of await htmlFiles(root)) {
      const url = urlOf(file);
      if (this.rendered.has(url)) continue;
      read++;
      const bytes = await readFile(path.join(root, file));
      if (bytes.includes(INDEXED_MARK)) await this.addPage(url, bytes.toString('utf8'));
    }
    return read;
  }

  /** Hands the published events to Pagefind as records of their own (errors reported by write()). */
  addEvents(events: readonly PublishedEvent[], base: string): void {
    this.events = events.length;
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
      this.pending.push(
        record.then(
          (response) => {
            if (response.errors.length > 0) this.errors.push(`event ${event.url}: ${response.errors.join('; ')}`);
          },
          (error: unknown) => {
            this.errors.push(`event ${event.url}: ${String(error)}`);
          },
        ),
      );
    }
  }

  /** Waits for Pagefind to take in everything it was given, then writes the index; returns how long each took. */
  async write(outputPath: string): Promise<{ waitMs: number; writeMs: number }> {
    const started = performance.now();
    await Promise.all(this.pending);
    if (this.errors.length > 0) throw new Error(`Pagefind could not index every page:\n${this.errors.join('\n')}`);
    const waited = performance.now();
    const written = await this.index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { waitMs: waited - started, writeMs: performance.now() - waited };
  }
}

/**
 * Astro's prerenderer, with each page it renders also given to the search index: the HTML is
 * indexed as Astro made it, in memory, never read back from dist/ nor parsed twice.
 */
function indexingPrerenderer(renderer: AstroPrerenderer, build: () => SearchIndexBuild | undefined, base: string): AstroPrerenderer {
  // Astro's default prerenderer keeps its state on itself: its methods run bound to it.
  const { setup, teardown, collectStaticImages } = renderer;
  return {
    name: renderer.name,
    ...(setup ? { setup: () => setup.call(renderer) } : {}),
    ...(teardown ? { teardown: () => teardown.call(renderer) } : {}),
    ...(collectStaticImages ? { collectStaticImages: () => collectStaticImages.call(renderer) } : {}),
    getStaticPaths: () => renderer.getStaticPaths.call(renderer),
    async render(request, options) {
      const result = await renderer.render.call(renderer, request, options);
      const index = build();
      const response = result instanceof Response ? result : result.response;
      if (index && response.status === 200) {
        const url = withoutBase(decodeURI(new URL(request.url).pathname), base);
        index.rendered.add(url);
        if (response.headers.get('content-type')?.startsWith('text/html')) {
          // Bytes first: most pages have nothing to index, and decoding them would be wasted.
          const bytes = Buffer.from(await response.clone().arrayBuffer());
          if (bytes.includes(INDEXED_MARK)) await index.addPage(url, bytes.toString('utf8'));
        } else if (url === `/${EVENTS_DATA_PATH}`) index.addEvents(eventsOf(await response.clone().text()), base);
      }
      return result;
    },
  };
}

/**
 * Builds the Pagefind index with its Node API as part of `astro build` (no second command).
 * Pages are indexed from the HTML Astro renders, with typographic apostrophes straightened and
 * blocks kept apart (see htmlForIndex); timeline events become records of their own.
 */
export function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let build: SearchIndexBuild | undefined;
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:start': ({ logger }) => {
        logger.warn('Search is built with the site: it does not work in `npm run dev`. Run `npm start` to try it.');
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        build = await SearchIndexBuild.start();
        setPrerenderer((renderer) => indexingPrerenderer(renderer, () => build, base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const index = build ?? (await SearchIndexBuild.start());
        const stepStarted = performance.now();
        try {
          const fromDisk = await index.addUnrenderedPages(root);
          if (index.events === undefined) index.addEvents(eventsOf(await readFile(path.join(root, EVENTS_DATA_PATH), 'utf8')), base);
          const { waitMs, writeMs } = await index.write(path.join(root, 'pagefind'));
          const now = performance.now();
          // One line the benchmark reads (bench/run.ts): the step's time after rendering comes first.
          logger.info(
            `Search index: ${index.pages} pages and ${index.events} events in ${seconds(now - stepStarted)} after rendering ` +
              `(waiting for Pagefind ${seconds(waitMs)}, writing ${seconds(writeMs)}; ${fromDisk} files read back from disk; ` +
              `pages prepared while rendering in ${seconds(index.sendMs)}; ${seconds(now - index.started)} since Pagefind started).`,
          );
        } finally {
          build = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
