/**
 * The command itself (npm run import → node scripts/import.ts), on bad input and on files that
 * exist: one line on stderr, exit status 1, and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { emptyContentDir } from '../support/import.ts';
import { contentRoot, projectRoot } from '../support/paths.ts';

// Each case starts the command in its own Node process: seconds each on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const fixture = path.join(projectRoot, 'tests/fixtures/import/nouvel-article.txt');
const work = emptyContentDir('dossier-import-cli-');
const inputs = path.join(path.dirname(work), 'inputs');
mkdirSync(inputs);
afterAll(() => rmSync(path.dirname(work), { recursive: true, force: true }));

function runImport(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/import.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_CONTENT_DIR: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder, with its bytes: what « nothing written » is checked against. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file, 'latin1'));
  }
  return files;
}

function input(name: string, content: string | Uint8Array): string {
  const file = path.join(inputs, name);
  writeFileSync(file, content);
  return file;
}

describe('npm run import on bad input', () => {
  it.each([
    ['an empty file', () => input('vide.txt', ''), /vide\.txt: empty file/],
    ['a file of blank lines', () => input('blanc.txt', '\n  \n\n'), /blanc\.txt: empty file/],
    ['a binary file', () => input('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), /image\.txt: not a text file/],
    [
      'a file that is not UTF-8',
      () => input('latin1.txt', new Uint8Array([0x43, 0x6f, 0x72, 0xe9, 0x65, 0x0a])),
      /latin1\.txt: not a text file/,
    ],
    [
      'a text that is not French',
      () =>
        input(
          'english.txt',
          'Putin and Kim meet in Vladivostok\n\nThe leaders of Russia and North Korea met on Wednesday at the spaceport, where they discussed the war in Ukraine and the supply of shells to the army, according to officials who were at the meeting.\n',
        ),
      /english\.txt: the text is not in French/,
    ],
    [
      'a page with no title',
      () => input('sans-titre.html', '<!doctype html><html><head></head><body><p></p></body></html>'),
      /sans-titre\.html: no title found/,
    ],
    ['a file that does not exist', () => path.join(inputs, 'absent.txt'), /absent\.txt: no such file/],
  ])('%s: one line, exit 1, nothing written', (_, make, message) => {
    const before = snapshot(work);
    const { status, stdout, stderr } = runImport(work, make());
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(snapshot(work)).toEqual(before);
  });

  it('refuses a slug that another article already has', () => {
    const copy = path.join(path.dirname(work), 'copy');
    cpSync(contentRoot, copy, { recursive: true });
    const before = snapshot(copy);
    const { status, stderr } = runImport(copy, fixture, '--slug', 'poutine-kim-alliance-ouvertement-militaire');
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('slug "poutine-kim-alliance-ouvertement-militaire" is already taken');
    expect(snapshot(copy)).toEqual(before);
  });

  it('refuses a text already imported under another slug, and a malformed slug', () => {
    const first = runImport(work, fixture, '--slug', 'pont-tumen');
    expect(first.status).toBe(0);
    const before = snapshot(work);
    expect(runImport(work, fixture, '--slug', 'un-autre-nom').stderr).toContain('already imported as articles/pont-tumen.md');
    expect(runImport(work, fixture, '--slug', 'Pas Un Slug').stderr).toContain('--slug: expected lowercase words');
    expect(snapshot(work)).toEqual(before);
  });

  it('never overwrites without --force; with --force, replaces the article and its drafts', () => {
    const before = snapshot(work);
    const again = runImport(work, fixture, '--slug', 'pont-tumen');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; nothing written \(use --force to overwrite\)/);
    expect(snapshot(work)).toEqual(before);

    const article = path.join(work, 'articles/pont-tumen.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('title:', 'title: "edited"\nx:'));
    const forced = runImport(work, fixture, '--slug', 'pont-tumen', '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(article, 'utf8')).not.toContain('edited');
    expect(snapshot(work)).toEqual(before);
  });
});

describe('npm run import on a new article', () => {
  it('writes the source byte for byte, the article, and drafts marked reviewed: false; prints the review', () => {
    const dir = emptyContentDir('dossier-import-cli-new-');
    try {
      const { status, stdout } = runImport(dir, fixture, '--url', 'https://journal.example/pont-tumen');
      expect(status).toBe(0);
      const sources = readdirSync(path.join(dir, 'sources'));
      expect(sources).toHaveLength(1);
      expect(sources[0]).toMatch(/^000_[0-9a-f]{16}\.txt$/);
      expect(readFileSync(path.join(dir, 'sources', sources[0]!))).toEqual(readFileSync(fixture));
      const slug = 'a-vladivostok-moscou-et-pyongyang-promettent-un-pont-routier';
      const article = readFileSync(path.join(dir, 'articles', `${slug}.md`), 'utf8');
      expect(article).toContain('value: "https://journal.example/pont-tumen"');
      expect(article).toContain('Adresse donnée à l’import (--url)');
      for (const kind of ['quotes', 'claims']) {
        const drafts = readFileSync(path.join(dir, kind, `${slug}.yaml`), 'utf8');
        expect(drafts).toContain('reviewed: false');
        expect(drafts).not.toMatch(/^\s*reviewed: true/m);
      }
      const events = readdirSync(path.join(dir, 'events'));
      expect(events.length).toBeGreaterThan(2);
      expect(events.every((e) => readFileSync(path.join(dir, 'events', e), 'utf8').includes('reviewed: false'))).toBe(true);
      expect(existsSync(path.join(dir, 'proposals', `${slug}.yaml`))).toBe(true);
      expect(readFileSync(path.join(dir, 'proposals', `${slug}.yaml`), 'utf8')).toContain('Piotr Sokolov');
      for (const heading of ['Énoncé dans le texte :', 'Déduit :', 'Retiré (', 'Proposé (non vérifié', 'À vérifier par une personne :']) {
        expect(stdout).toContain(heading);
      }
      expect(stdout).toContain('entité nouvelle : Piotr Sokolov');
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
