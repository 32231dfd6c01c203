import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';
import { builtSiteDir, contentRoot } from '../support/paths.ts';

let workDir: string | undefined;

/** A copy of content/ in a temporary folder, with one file (relative to articles/) edited by `edit`. */
function brokenContent(file: string, edit: (text: string) => string): { contentDir: string; outDir: string } {
  workDir = mkdtempSync(path.join(tmpdir(), 'dossier-bad-'));
  const contentDir = path.join(workDir, 'content');
  cpSync(contentRoot, contentDir, { recursive: true });
  const target = path.join(contentDir, file.includes('/') ? file : path.join('articles', file));
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(target, after);
  return { contentDir, outDir: path.join(workDir, 'dist') };
}

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('a build from broken front matter', () => {
  it('fails and names the file and the missing field', () => {
    const { contentDir, outDir } = brokenContent('poutine-kim-alliance-ouvertement-militaire.md', (text) =>
      text.replace(/^title: .*\n/m, ''),
    );
    const { status, output } = astroBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('poutine-kim-alliance-ouvertement-militaire');
    expect(output).toMatch(/\btitle\b.*Required|title: .*(required|expected)/i);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it('fails on a deduced date without its clue, naming the nested field', () => {
    const { contentDir, outDir } = brokenContent('le-kremlin-confirme-une-rencontre-avec-kim-jong-un.md', (text) =>
      text.replace(/(published:\n(?:  .*\n)*?  provenance:) stated/, '$1 inferred'),
    );
    const { status, output } = astroBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('le-kremlin-confirme-une-rencontre-avec-kim-jong-un');
    expect(output).toContain('published.clue');
  });

  it('fails on a malformed date, naming the field', () => {
    const { contentDir, outDir } = brokenContent('rencontre-poutine-kim-source-d-inquietude.md', (text) =>
      text.replace('date: "2023-09-12"', 'date: "12/09/2023"'),
    );
    const { status, output } = astroBuild(outDir, contentDir);
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
    const { status, output } = astroBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain(eventFile);
    expect(output).toContain('citations[0].passage');
    expect(output).toContain(altered);
  });

  it('fails on a citation of an article that does not exist', () => {
    const eventFile = readdirSync(path.join(contentRoot, 'events')).sort()[0]!;
    const { contentDir, outDir } = brokenContent(`events/${eventFile}`, (text) =>
      text.replace(/article: (\S+)/, 'article: article-inexistant'),
    );
    const { status, output } = astroBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain(eventFile.replace(/\.ya?ml$/, ''));
    expect(output).toContain('article-inexistant');
  });
});

describe('a failed build', () => {
  it('leaves the last good site in place, byte for byte', () => {
    const { contentDir, outDir } = brokenContent('poutine-kim-alliance-ouvertement-militaire.md', (text) =>
      text.replace(/^seed: .*$/m, 'seed: "pas-un-identifiant"'),
    );
    cpSync(builtSiteDir, outDir, { recursive: true });
    const before = readFileSync(path.join(outDir, 'index.html'));
    const { status, output } = astroBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('seed');
    expect(readFileSync(path.join(outDir, 'index.html')).equals(before)).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('a build with a quote or a claim that is not in its article', () => {
  it.each([
    ['quotes', 'quotes[0].passage'],
    ['claims', 'claims[0].passage'],
  ])('fails on an altered %s passage, naming the file and the field', (folder, field) => {
    const file = readdirSync(path.join(contentRoot, folder)).sort()[0]!;
    const { contentDir, outDir } = brokenContent(`${folder}/${file}`, (text) =>
      text.replace(/(passage: ["']?)(\S+)/, (_, head: string, word: string) => `${head}${word}xyz`),
    );
    const { status, output } = astroBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${folder}/${file}`);
    expect(output).toContain(field);
  });

  it('fails on a quote that is not inside its passage', () => {
    const file = readdirSync(path.join(contentRoot, 'quotes')).sort()[0]!;
    const { contentDir, outDir } = brokenContent(`quotes/${file}`, (text) =>
      text.replace(/(\n  quote: ["']?)/, '$1mots inventés '),
    );
    const { status, output } = astroBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('quotes[0].quote is not in its passage');
  });
});

describe('a disagreement whose other side does not exist', () => {
  it('fails the build, naming the claim and the missing side', () => {
    const file = readdirSync(path.join(contentRoot, 'claims')).sort()[0]!;
    const { contentDir, outDir } = brokenContent(`claims/${file}`, (text) =>
      text.replace(/(\n- id: [^\n]+\n)/, '$1  contradicts: [article-absent/affirmation-absente]\n'),
    );
    const { status, output } = astroBuild(outDir, contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('contradicts: no claim "article-absent/affirmation-absente"');
  });
});
