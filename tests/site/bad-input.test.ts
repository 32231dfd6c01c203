import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuild } from '../support/run-build.ts';
import { builtSiteDir, contentRoot } from '../support/paths.ts';

/**
 * Real builds of broken content: what reaches `astro build` and the writer, and the last good
 * site kept. Each evidence problem is unit-tested without a build (tests/unit/evidence.test.ts).
 */
let workDir: string | undefined;

/** A copy of content/ in a temporary folder, changed by `change` (given the copy's path). */
function changedContent(change: (contentDir: string) => void): { contentDir: string; outDir: string } {
  workDir = mkdtempSync(path.join(tmpdir(), 'dossier-bad-'));
  const contentDir = path.join(workDir, 'content');
  cpSync(contentRoot, contentDir, { recursive: true });
  change(contentDir);
  return { contentDir, outDir: path.join(workDir, 'dist') };
}

/** Path of `file` in a content folder; a bare file name is taken in articles/. */
const inContent = (contentDir: string, file: string) =>
  path.join(contentDir, file.includes('/') || !file.endsWith('.md') ? file : path.join('articles', file));

/** A copy of content/ in a temporary folder, with one file (relative to articles/) edited by `edit`. */
function brokenContent(file: string, edit: (text: string) => string): { contentDir: string; outDir: string } {
  return changedContent((contentDir) => editFile(contentDir, file, edit));
}

/** Edits one file of a content copy; the edit must change it. */
function editFile(contentDir: string, file: string, edit: (text: string) => string): void {
  const target = inContent(contentDir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(target, after);
}

/** How many times `part` occurs in `text`. */
const occurrences = (text: string, part: string) => text.split(part).length - 1;

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('a build from broken front matter', () => {
  it('fails and names the file and the missing field', () => {
    const { contentDir, outDir } = brokenContent('poutine-kim-alliance-ouvertement-militaire.md', (text) =>
      text.replace(/^title: .*\n/m, ''),
    );
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('poutine-kim-alliance-ouvertement-militaire');
    expect(output).toMatch(/\btitle\b.*Required|title: .*(required|expected)/i);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it('fails on a deduced date without its clue, naming the nested field', () => {
    const { contentDir, outDir } = brokenContent('le-kremlin-confirme-une-rencontre-avec-kim-jong-un.md', (text) =>
      text.replace(/(published:\n(?: {2}.*\n)*? {2}provenance:) stated/, '$1 inferred'),
    );
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('le-kremlin-confirme-une-rencontre-avec-kim-jong-un');
    expect(output).toContain('published.clue');
  });

  it('fails on a malformed date, naming the field', () => {
    const { contentDir, outDir } = brokenContent('rencontre-poutine-kim-source-d-inquietude.md', (text) =>
      text.replace('date: "2023-09-12"', 'date: "12/09/2023"'),
    );
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('rencontre-poutine-kim-source-d-inquietude');
    expect(output).toContain('published.date');
  });
});

describe('a build with a citation that is not in its article', () => {
  it('fails, naming the event file, the citation and the passage', () => {
    const eventFile = readdirSync(path.join(contentRoot, 'events')).sort()[0]!;
    let altered = '';
    const { contentDir, outDir } = brokenContent(`events/${eventFile}`, (text) =>
      // Change one word of the first passage: the citation must no longer be found.
      text.replace(/(passage: ["']?)(\S+)/, (_, head: string, word: string) => {
        altered = `${word}xyz`;
        return `${head}${altered}`;
      }),
    );
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain(eventFile);
    expect(output).toContain('citations[0].passage');
    expect(output).toContain(altered);
  });
});

describe('a failed build', () => {
  it('leaves the last good site in place, byte for byte', () => {
    const { contentDir, outDir } = brokenContent('poutine-kim-alliance-ouvertement-militaire.md', (text) =>
      text.replace(/^seed: .*$/m, 'seed: "pas-un-identifiant"'),
    );
    cpSync(builtSiteDir, outDir, { recursive: true });
    const before = readFileSync(path.join(outDir, 'index.html'));
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('seed');
    expect(readFileSync(path.join(outDir, 'index.html')).equals(before)).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  // Two binaries that cannot serve: one that exits at once, and one that exits a moment after it
  // starts. Pagefind's wrapper alone waits forever for the second (it writes its first message
  // while the binary still runs) and, under load, for the first too (seen in CI).
  it.each([
    ['exits at once', () => '/bin/false'],
    [
      'exits after a moment',
      () => {
        const binary = path.join(workDir!, 'pagefind-that-stops');
        writeFileSync(binary, '#!/bin/sh\nsleep 1\nexit 1\n', { mode: 0o755 });
        return binary;
      },
    ],
  ])('keeps it too when the search index cannot be built (a Pagefind that %s), and stops before rendering', (_, binary) => {
    const { contentDir, outDir } = changedContent(() => undefined);
    cpSync(builtSiteDir, outDir, { recursive: true });
    const before = readFileSync(path.join(outDir, 'index.html'));
    // Pagefind's wrapper starts the binary this variable names.
    const { status, output } = runBuild(outDir, contentDir, { PAGEFIND_BINARY_PATH: binary() });
    expect(status).not.toBe(0);
    // Pagefind's service starts first (it takes the pages in while Astro renders): no page is rendered for nothing.
    expect(output).not.toContain('page(s) built');
    expect(output).toMatch(/build: Pagefind could not start: .*--version` failed \(exit 1\); the last good site is unchanged\./);
    expect(readFileSync(path.join(outDir, 'index.html')).equals(before)).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('a build whose problems are in several files', () => {
  it('reports them all in one pass: an event citation and a quote', () => {
    const eventFile = readdirSync(path.join(contentRoot, 'events')).sort()[0]!;
    const quoteFile = readdirSync(path.join(contentRoot, 'quotes')).sort()[0]!;
    const alterPassage = (text: string) => text.replace(/(passage: ["']?)(\S+)/, (_, head: string, word: string) => `${head}${word}xyz`);
    const { contentDir, outDir } = changedContent((dir) => {
      editFile(dir, `events/${eventFile}`, alterPassage);
      editFile(dir, `quotes/${quoteFile}`, alterPassage);
    });
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${eventFile}: citations\\[0\\]\\.passage`));
    expect(output).toContain(`quotes/${quoteFile}: quotes[0].passage`);
  });
});

describe('a content file that is not UTF-8', () => {
  const latin1E = Buffer.from([0xe9]);
  it.each([
    `articles/${readdirSync(path.join(contentRoot, 'articles')).sort()[0]}`,
    `sources/${readdirSync(path.join(contentRoot, 'sources')).sort()[0]}`,
    `events/${readdirSync(path.join(contentRoot, 'events')).sort()[0]}`,
    'entities.yaml',
  ])('fails on a Latin-1 « é » in %s, naming the file and the line', (file) => {
    const { contentDir, outDir } = changedContent((dir) => {
      const target = path.join(dir, file);
      const bytes = readFileSync(target);
      const at = bytes.indexOf('é');
      expect(at).toBeGreaterThan(-1);
      writeFileSync(target, Buffer.concat([bytes.subarray(0, at), latin1E, bytes.subarray(at + Buffer.byteLength('é'))]));
    });
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${file.replace('.', '\\.')}: line \\d+ is not UTF-8`));
    expect(output).toContain('\uFFFD');
  });
});

describe('dates written without quotes', () => {
  /** The <time> elements of a built page, as readers get them. */
  const times = (html: string) => html.match(/<time\b[^>]*>[\s\S]*?<\/time>/g) ?? [];
  const page = (site: string, ...parts: string[]) => readFileSync(path.join(site, ...parts, 'index.html'), 'utf8');

  it('are accepted and mean the same dates (articles, events, eras)', () => {
    const articles = readdirSync(path.join(contentRoot, 'articles')).sort();
    const { contentDir, outDir } = changedContent((dir) => {
      const unquote = (text: string) => text.replace(/((?:date|endDate|start|notBefore|notAfter): )"(\d{4}(?:-\d{2}){0,2})"/g, '$1$2');
      for (const file of articles) editFile(dir, `articles/${file}`, unquote);
      for (const file of readdirSync(path.join(dir, 'events'))) editFile(dir, `events/${file}`, unquote);
      editFile(dir, 'eras.yaml', unquote);
    });
    const { status, output } = runBuild(outDir, contentDir);
    expect(status, output).toBe(0);
    const timelinePages = readdirSync(path.join(builtSiteDir, 'chronologie'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html') && file !== 'index.html')
      .map((file) => ['chronologie', ...path.dirname(file).split(path.sep)]);
    expect(timelinePages.length).toBeGreaterThan(0);
    for (const parts of [...articles.map((file) => ['articles', file.replace(/\.md$/, '')]), ...timelinePages]) {
      const expected = times(page(builtSiteDir, ...parts));
      expect(expected.length, parts.join('/')).toBeGreaterThan(0);
      expect(times(page(outDir, ...parts)), parts.join('/')).toEqual(expected);
    }
  });
});

describe('entities.yaml', () => {
  it('fails once, naming the file and the id, on an id written twice', () => {
    const { contentDir, outDir } = brokenContent('entities.yaml', (text) => {
      const [, id, entry] = /^([a-z0-9-]+):\n((?: {2}.*\n)+)/m.exec(text)!;
      return `${text}${id}:\n${entry}`;
    });
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    const id = /^([a-z0-9-]+):/m.exec(readFileSync(path.join(contentRoot, 'entities.yaml'), 'utf8'))![1]!;
    expect(output).toMatch(new RegExp(`entities\\.yaml: "${id}" is written twice \\(lines \\d+ and \\d+\\)`));
    expect(occurrences(output, 'is written twice')).toBe(1);
    expect(output).not.toContain('no entity');
  });
});

describe('the map’s data', () => {
  it('fails on a route stop without coordinates, naming the event file, the field and the place', () => {
    const eventFile = readdirSync(path.join(contentRoot, 'events')).find((name) =>
      /^route:/m.test(readFileSync(path.join(contentRoot, 'events', name), 'utf8')),
    )!;
    const { contentDir, outDir } = brokenContent(`events/${eventFile}`, (text) => text.replace(/^route:\n/m, 'route:\n- primorie\n'));
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${eventFile}: route: "primorie" has no coordinates in entities.yaml`);
  });

  it('fails on coordinates off the globe, naming the file and the field', () => {
    const { contentDir, outDir } = brokenContent('entities.yaml', (text) =>
      text.replace(/^(vladivostok:\n(?: {2}.*\n)*?) {2}coordinates: \[[^\]]*\]\n/m, '$1  coordinates: [43.1, 231.9]\n'),
    );
    const { status, output } = runBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('entities.yaml');
    expect(output).toMatch(/vladivostok[\s\S]*coordinates/);
  });
});
