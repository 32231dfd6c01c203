/**
 * The search index, from the pages `astro build` wrote: Pagefind's service (a process of its own)
 * takes each page in while Astro renders (indexWhileRendering), and writes the index, where it peaks
 * in memory, once Astro has exited; buildSearchIndex indexes a finished build folder on its own.
 */
import { execFile } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
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

/**
 * Fails, naming the binary, when Pagefind's binary cannot run. Its Node wrapper notices a service
 * that has exited only when writing to it fails: when the binary is still starting as the first
 * message is written (a loaded machine, seen in CI), createIndex waits for an answer forever, and
 * Astro renders every page for nothing. Asking the binary its version first takes some 10 ms.
 */
async function checkPagefindRuns(): Promise<void> {
  // The wrapper's own resolution (its PAGEFIND_BINARY_PATH variable included); not exported.
  const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
    resolveBinaryPath: (names: string[]) => string;
  };
  const binary = resolveBinaryPath(['pagefind_extended', 'pagefind']);
  try {
    await promisify(execFile)(binary, ['--version'], { timeout: 30_000 });
  } catch (error) {
    // An exit code, a signal (the timeout) or a system error's code (ENOENT, EACCES).
    const { code, signal } = error as { code?: number | string | null; signal?: string | null };
    const reason = typeof code === 'number' ? `exit ${code}` : (code ?? signal ?? String(error));
    throw new Error(`Pagefind could not start: \`${binary} --version\` failed (${reason})`, { cause: error });
  }
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
    await checkPagefindRuns();
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

/** A page as it was read: Astro writes each page once, so a later change means another step rewrote it. */
interface ReadPage {
  size: number;
  mtimeMs: number;
}

/** Astro's pages end with their closing tag: a page read before it is there is still being written. */
const CLOSING_TAG = Buffer.from('</html>');

function isComplete(bytes: Buffer, size: number): boolean {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d || bytes[end - 1] === 0x20)) end--;
  return bytes.length === size && end >= CLOSING_TAG.length && bytes.subarray(end - CLOSING_TAG.length, end).equals(CLOSING_TAG);
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/** The pages of a build folder, handed to Pagefind as they are found, each once. */
class PageSweep {
  private readonly read = new Map<string, ReadPage>();
  readonly root: string;
  private readonly index: SearchIndex;

  constructor(root: string, index: SearchIndex) {
    this.root = root;
    this.index = index;
  }

  get count(): number {
    return this.read.size;
  }

  /** Sends every page of the folder not sent yet, each as it is (once Astro has exited). */
  async sweep(): Promise<void> {
    await this.take(await htmlFiles(this.root), true);
  }

  /**
   * Sends the given pages (paths relative to the folder) not sent yet, in their order. While
   * Astro renders (`final` false), the first page not written yet (not there, shorter than its
   * size, or without its closing tag) ends the round: it and the pages after it are returned, for
   * a later try in the same order. Pagefind thus takes the pages in the order Astro started them,
   * whatever order they end in, and the index is the same from one build to the next. Once Astro
   * has exited (`final`), a page that is not there is left to the sweep of the folder.
   */
  async take(files: readonly string[], final: boolean): Promise<string[]> {
    for (const [position, file] of files.entries()) {
      if (this.read.has(file)) continue;
      const full = path.join(this.root, file);
      let size: number, mtimeMs: number, bytes: Buffer;
      try {
        ({ size, mtimeMs, bytes } = this.readPage(full));
      } catch (error) {
        if (!isMissing(error)) throw error;
        if (final) continue;
        return files.slice(position);
      }
      if (!final && !isComplete(bytes, size)) return files.slice(position);
      this.read.set(file, { size: bytes.length, mtimeMs });
      // Bytes first: most pages have nothing to index, and decoding them would be wasted.
      if (bytes.includes(INDEXED_MARK)) await this.index.addPage(urlOf(file), bytes.toString('utf8'));
    }
    return [];
  }

  /** The buffer every page is read into, grown as needed (the bytes of one page live until the next). */
  private buffer = Buffer.allocUnsafe(1 << 20);

  /**
   * A page's size and time as its file says them, and its bytes (a view of `buffer`, valid until
   * the next read). Synchronous on purpose: 2,323 pages read in 0.06 s, against 0.9 s through
   * readFile's thread pool (four round trips a file), while Pagefind waits for them. One buffer
   * for all: a buffer per page (30 MB at 1,000 articles) lived outside the heap until the garbage
   * collector came by, and the script's memory added to the build's peak.
   */
  private readPage(full: string): { size: number; mtimeMs: number; bytes: Buffer } {
    const fd = openSync(full, 'r');
    try {
      const { size, mtimeMs } = fstatSync(fd);
      let length = 0;
      for (;;) {
        // One byte more than the size: a page still growing is read to its current end.
        if (this.buffer.length < Math.max(size, length) + 1) {
          const larger = Buffer.allocUnsafe(2 * Math.max(size, length, this.buffer.length));
          this.buffer.copy(larger, 0, 0, length);
          this.buffer = larger;
        }
        const read = readSync(fd, this.buffer, length, this.buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      return { size, mtimeMs, bytes: this.buffer.subarray(0, length) };
    } finally {
      closeSync(fd);
    }
  }

  /** Pages that changed (or vanished) after they were sent: their index entry would be stale. */
  changed(): string[] {
    return [...this.read].flatMap(([file, page]) => {
      try {
        const now = statSync(path.join(this.root, file));
        return now.size === page.size && now.mtimeMs === page.mtimeMs ? [] : [file];
      } catch (error) {
        if (isMissing(error)) return [file];
        throw error;
      }
    });
  }
}

/** How often the pages Astro has written are handed over (in batches: Pagefind takes them in meanwhile). */
const SWEEP_INTERVAL_MS = 250;

/** Reads the events, hands them over and writes the index; the line the build prints. */
async function finishIndex(
  index: SearchIndex,
  sweep: PageSweep,
  root: string,
  base: string,
  started: number,
  early: number,
): Promise<string> {
  const events: PublishedEvent[] = JSON.parse(await readFile(path.join(root, EVENTS_DATA_PATH), 'utf8')).events;
  index.addEvents(events, base);
  const sent = performance.now();
  const writeMs = await index.write(path.join(root, 'pagefind'));
  const whileRendering = early > 0 ? `, ${early} of them while Astro rendered` : '';
  return (
    `Search index: ${index.pages} pages and ${events.length} events in ${seconds(performance.now() - started)} after rendering ` +
    `(${sweep.count} built pages read${whileRendering}; reading and sending the pages ${seconds(sent - started)}, writing ${seconds(writeMs)}).`
  );
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
    const sweep = new PageSweep(root, index);
    await sweep.sweep();
    return await finishIndex(index, sweep, root, base, started, 0);
  } finally {
    await pagefind.close();
  }
}

/** The search index of a build under way (see indexWhileRendering). */
export interface IndexWhileRendering {
  /**
   * Astro has started this page (its path in the staging folder, as Astro logs it): it is read
   * once written. Pages are indexed in the order they are named here.
   */
  started(file: string): void;
  /** Once Astro has built the site into `root`: the pages left, the events, the index written. */
  finish(root: string, base: string): Promise<string>;
  /** Once Astro has failed: stops, writes nothing. */
  abandon(): Promise<void>;
  /** The pages read so far (those read while Astro renders are counted in finish()'s line). */
  readonly pagesRead: number;
}

/**
 * The search index, built while Astro renders: Pagefind's own process takes in each page as soon
 * as Astro has written it, instead of all of them after Astro has exited. scripts/build.ts learns
 * of each page from Astro's log, which names a page as Astro starts it (started()); Astro renders
 * more than one page at a time (build.concurrency), so a page named may not be written yet.
 * `stagingFolder()` names the folder once Astro has emptied it, so that every page there is of
 * this build. A page not written yet when read (not there, shorter than its size, or without its
 * closing tag) waits for a later try, with the pages named after it; once Astro has exited, one
 * look through the folder sends every page not sent yet, so a log that names no page only makes
 * the index later, never different. A page that changed after it was sent means
 * another step rewrote it: the index is then built again from the finished folder, as
 * buildSearchIndex does. Pagefind only takes pages in meanwhile: it writes (and peaks in memory,
 * some 450 MB at 1,000 articles) after Astro has exited.
 */
export async function indexWhileRendering(stagingFolder: () => string | undefined): Promise<IndexWhileRendering> {
  const index = await SearchIndex.start();
  let sweep: PageSweep | undefined;
  let failure: unknown;
  let stopped = false;
  let wake: (() => void) | undefined;
  // The pages Astro has started and that are not read yet, in its order (PageSweep reads each once).
  let queue: string[] = [];
  const sweeping = (async () => {
    while (!stopped && failure === undefined) {
      const root = sweep?.root ?? stagingFolder();
      if (root && !sweep) sweep = new PageSweep(root, index);
      if (sweep && queue.length > 0) {
        const batch = queue;
        queue = [];
        try {
          const left = await sweep.take(batch, false);
          queue = left.length > 0 ? left.concat(queue) : queue;
        } catch (error) {
          failure = error;
        }
      }
      if (!stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, SWEEP_INTERVAL_MS).unref();
        });
      }
    }
  })();
  const stop = async () => {
    stopped = true;
    wake?.();
    await sweeping;
  };
  return {
    started(file) {
      if (file.endsWith('.html')) queue.push(path.normalize(file.replace(/^[\\/]+/, '')));
    },
    async finish(root, base) {
      await stop();
      const started = performance.now();
      let changed: string[] = [];
      try {
        if (failure !== undefined) throw failure;
        if (sweep && path.resolve(root) === path.resolve(sweep.root)) {
          changed = sweep.changed();
          if (changed.length === 0) {
            const early = sweep.count;
            await sweep.take(queue, true);
            await sweep.sweep();
            return await finishIndex(index, sweep, root, base, started, early);
          }
        }
      } finally {
        await pagefind.close();
      }
      // Nothing was read early, or a page changed after it was sent: start again from the finished pages.
      const line = await buildSearchIndex(root, base);
      return changed.length === 0 ? line : `${line} Built again: ${changed.length} page(s) changed after they were read (${changed[0]}…).`;
    },
    async abandon() {
      await stop();
      await pagefind.close();
    },
    get pagesRead() {
      return sweep?.count ?? 0;
    },
  };
}
