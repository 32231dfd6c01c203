import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fold, normalizeTypography } from '../../src/lib/text.ts';
import { readArticleFiles } from '../support/content.ts';
import { blockText, readBuiltPage, selectAll, withoutAddedNotes } from '../support/html.ts';
import { builtSiteDir, contentRoot } from '../support/paths.ts';
import { useBrowserSession } from '../support/session.ts';
import { ui } from '../../src/i18n/fr.ts';

const json = (name: string) => JSON.parse(readFileSync(path.join(builtSiteDir, 'donnees', name), 'utf8'));
const entitiesData: Record<string, { name: string; variants?: string[] }> = parse(
  readFileSync(path.join(contentRoot, 'entities.yaml'), 'utf8'),
);
const articles = readArticleFiles();
const mentions: { entite: string; article: string; paragraphe: string; ecrit: string; debut: number; fin: number }[] =
  json('mentions.json');
const entities: { entite: string; mentions: number }[] = json('entites.json');

/** An article page's citable text, block by block, as readers get it. */
function pageBlocks(articleId: string): Map<string, string> {
  const article = withoutAddedNotes(selectAll('article[data-article]', readBuiltPage(`/articles/${articleId}/`))[0]!);
  const blocks = new Map<string, string>();
  for (const el of selectAll('h1#titre, p#chapo, [id^="p-"]', article)) {
    blocks.set(
      String(el.properties.id),
      blockText(el)
        .replace(/[ \t\n\r]+/g, ' ')
        .trim(),
    );
  }
  return blocks;
}

describe('entities and their mentions', () => {
  it('every entity of content/entities.yaml is mentioned at least once', () => {
    expect(entities.map((e) => e.entite).sort()).toEqual(Object.keys(entitiesData).sort());
    expect(entities.filter((e) => e.mentions === 0).map((e) => e.entite)).toEqual([]);
  });

  it('each published mention is where it says: the written name at its offsets in its paragraph', () => {
    const byArticle = new Map(articles.map((a) => [a.id, pageBlocks(a.id)]));
    for (const m of mentions) {
      const text = byArticle.get(m.article)?.get(m.paragraphe);
      expect(text, `${m.article}#${m.paragraphe}`).toBeDefined();
      expect(text!.slice(m.debut, m.fin)).toBe(m.ecrit);
      const names = [entitiesData[m.entite]!.name, ...(entitiesData[m.entite]!.variants ?? [])].map(fold);
      expect(names).toContain(fold(m.ecrit));
    }
  });

  it('mention counts match the text: an independent regex count gives the same numbers', () => {
    // Every spelling of every entity in one alternation, longest first, whole words: the regex
    // engine's leftmost-longest scan is a second implementation of the matcher's rule.
    const spellings = Object.entries(entitiesData)
      .flatMap(([id, e]) => [e.name, ...(e.variants ?? [])].map((name) => ({ id, folded: fold(name) })))
      .sort((a, b) => b.folded.length - a.folded.length);
    const owner = new Map(spellings.map((s) => [s.folded, s.id]));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.map((s) => escape(s.folded)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const expected = new Map<string, number>();
    for (const article of articles) {
      for (const text of pageBlocks(article.id).values()) {
        for (const match of fold(text).matchAll(pattern)) {
          const key = `${article.id}|${owner.get(match[0])}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
      }
    }
    const published = new Map<string, number>();
    for (const m of mentions) published.set(`${m.article}|${m.entite}`, (published.get(`${m.article}|${m.entite}`) ?? 0) + 1);
    expect(Object.fromEntries([...published].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it('the mention matrix of /analyse/ shows those counts, summed by outlet, for the most named entities', () => {
    const outletOf = new Map(
      articles.map((a) => [a.id, (a.data as { outlet?: { value: string | null } }).outlet?.value ?? ui.article.unknownOutlet]),
    );
    const totals = new Map<string, number>();
    for (const m of mentions) totals.set(m.entite, (totals.get(m.entite) ?? 0) + 1);
    const page = readBuiltPage('/analyse/');
    const table = selectAll('[data-mention-matrix]', page)[0]!;
    const columns = selectAll('thead th[data-outlet]', table).map((th) => String(th.properties.dataOutlet));
    expect(new Set(columns)).toEqual(new Set(outletOf.values()));
    const rows = selectAll('tbody tr', table);
    // The 12 most named entities, the most named first (the whole matrix is open data: matrice.json).
    expect(rows).toHaveLength(Math.min(12, totals.size));
    const largest = [...totals.values()].sort((a, b) => b - a);
    rows.forEach((row, i) => {
      const entity = String(row.properties.dataEntity);
      expect(totals.get(entity), entity).toBe(largest[i]);
      const cells = selectAll('td', row).map((td) => Number(blockText(td)));
      columns.forEach((outlet, j) => {
        expect(cells[j], `${entity} × ${outlet}`).toBe(
          mentions.filter((m) => m.entite === entity && outletOf.get(m.article) === outlet).length,
        );
      });
    });
  });

  it('the full matrix of the open data gives every entity’s mentions, article by article', () => {
    const matrix: { entite: string; article: string; mentions: number }[] = json('matrice.json');
    const counted = new Map<string, number>();
    for (const m of mentions) counted.set(`${m.entite}|${m.article}`, (counted.get(`${m.entite}|${m.article}`) ?? 0) + 1);
    expect(new Map(matrix.map((row) => [`${row.entite}|${row.article}`, row.mentions]))).toEqual(counted);
  });
});

describe('pages in Chromium', () => {
  const session = useBrowserSession();

  it('an entity page lists exactly the articles that name it, and its mentions link to their paragraphs', async () => {
    const page = await session.browser.newPage();
    for (const entity of ['serguei-choigou', 'vladivostok', 'coree-du-sud', 'russie']) {
      // Its mentions in context: the first page on the entity's page, the others on their own pages.
      const listed = new Set<string>();
      let shown = 0;
      let first: string | null = null;
      for (let next: string | null = `/entites/${entity}/`; next;) {
        await page.goto(session.site.origin + next);
        const links = await page
          .locator('section[aria-labelledby="articles-entite"] h3 a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!));
        for (const id of links) listed.add(id);
        shown += await page.locator('[data-mention]').count();
        first ??= await page.locator('[data-mention] a').first().getAttribute('href');
        const nextLink = page.locator('[data-page-nav] a[data-page-next]');
        next = (await nextLink.count()) > 0 ? await nextLink.getAttribute('href') : null;
      }
      const expected = [...new Set(mentions.filter((m) => m.entite === entity).map((m) => m.article))].sort();
      expect([...listed].sort(), entity).toEqual(expected);
      expect(shown, entity).toBe(mentions.filter((m) => m.entite === entity).length);
      await page.goto(session.site.origin + first!);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toMatch(/^(p-\d+|titre|chapo)$/);
    }
    await page.close();
  });

  it('every quote and claim links to a marked passage that holds it', async () => {
    const page = await session.browser.newPage();
    const quotes: { propos: string; url: string }[] = json('citations.json');
    const claims: { passage: string; url: string }[] = json('affirmations.json');
    for (const { text, url } of [
      ...quotes.map((q) => ({ text: q.propos, url: q.url })),
      ...claims.map((c) => ({ text: c.passage, url: c.url })),
    ]) {
      const local = url.replace(/^https?:\/\/[^/]+/, '');
      await page.goto(session.site.origin + local);
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target');
        return el ? ((el.closest('[id^="p-"]') ?? el).textContent ?? '') : null;
      });
      expect(target, local).not.toBeNull();
      const loose = (s: string) => fold(normalizeTypography(s));
      expect(loose(target!)).toContain(loose(text).slice(0, 30));
    }
    await page.close();
  });
});
