import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/run-build.ts';
import { contentRoot, projectRoot } from '../support/paths.ts';
import { fold } from '../../src/lib/text.ts';
import { ui } from '../../src/i18n/fr.ts';

/**
 * The engine serves any dossier: a tiny second one (two invented articles, no events, no quotes)
 * built from its own content folder must carry no word of this one.
 */
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'second-dossier');
let work: string;
let siteDir: string;

/** Words of this dossier: its name, tagline and example, and every name and spelling of its entities. */
function wordsOfThisDossier(): string[] {
  const dossier = parse(readFileSync(path.join(contentRoot, 'dossier.yaml'), 'utf8')) as {
    name: string;
    tagline: string;
    spellingExample: string[];
    maps?: { title: string }[];
    timelineAxis?: { description: string };
  };
  const entities = parse(readFileSync(path.join(contentRoot, 'entities.yaml'), 'utf8')) as Record<
    string,
    { name: string; variants?: string[] }
  >;
  return [
    dossier.name,
    dossier.tagline,
    ...dossier.spellingExample,
    ...(dossier.maps ?? []).map((map) => map.title),
    ...(dossier.timelineAxis ? [dossier.timelineAxis.description] : []),
    ...Object.values(entities).flatMap((entity) => [entity.name, ...(entity.variants ?? [])]),
  ];
}

/** Every text file of the built site (pages, feeds, data, headers, scripts), as text. */
function builtTexts(): { file: string; text: string }[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|xml|json|csv|txt|js|css)$|_headers$/.test(file) && !file.startsWith('pagefind'))
    .map((file) => ({ file, text: readFileSync(path.join(siteDir, file), 'utf8') }));
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-second-'));
  siteDir = path.join(work, 'dist');
  const { status, output } = runBuild(siteDir, fixture, { SITE_URL: 'https://valbrune.example.org' });
  if (status !== 0) throw new Error(`the second dossier did not build:\n${output}`);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a second dossier, built by the same engine from its own content folder', () => {
  it('shows its own name, tagline, introduction and articles', () => {
    const home = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    expect(home).toContain('<title>Valbrune, le dossier des ponts</title>');
    expect(home).toContain('Deux articles d’essai sur les ponts d’une ville imaginaire');
    expect(home).toContain('Ce dossier d’essai réunit deux textes inventés');
    for (const slug of ['le-pont-des-tanneurs-rouvre', 'valbrune-compte-ses-ponts']) {
      expect(readFileSync(path.join(siteDir, 'articles', slug, 'index.html'), 'utf8')).toContain('data-pagefind-body');
    }
    const rss = readFileSync(path.join(siteDir, 'rss.xml'), 'utf8');
    expect(rss).toContain('<title>Valbrune, le dossier des ponts</title>');
  });

  it('draws its timeline overview on an even axis over its own years, as it sets none', () => {
    const timeline = readFileSync(path.join(siteDir, 'chronologie', 'index.html'), 'utf8');
    const description = /<desc id="apercu-desc">([^<]*)<\/desc>/.exec(timeline)?.[1] ?? '';
    // The even axis's sentence, with its two years as groups.
    const sentence = ui.pictures
      .evenAxis('§', '§')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/§/g, '(\\d{4})');
    const [, first = '', last = ''] = new RegExp(sentence).exec(description) ?? [];
    const published = readdirSync(path.join(fixture, 'articles')).map(
      (file) => /^published:\s*\n\s*date:\s*"(\d{4})/m.exec(readFileSync(path.join(fixture, 'articles', file), 'utf8'))?.[1] ?? '',
    );
    expect(published).toHaveLength(2);
    // It spans every article (and the fixture's era, which starts earlier).
    for (const year of published) {
      expect(first <= year && year <= last, `${year} in ${first}–${last}`).toBe(true);
    }
  });

  it('carries no word of Moscou–Pyongyang, in any page, feed, data file or script', () => {
    const words = wordsOfThisDossier()
      .filter((word) => word.length >= 4)
      .map(fold);
    const texts = builtTexts();
    expect(texts.length).toBeGreaterThan(10);
    const found = texts.flatMap(({ file, text }) => {
      const folded = ` ${fold(text)} `;
      return words
        .filter((word) => new RegExp(`[^\\p{L}\\p{N}]${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\p{L}\\p{N}]`, 'u').test(folded))
        .map((word) => `${file}: ${word}`);
    });
    expect(found).toEqual([]);
  });
});
