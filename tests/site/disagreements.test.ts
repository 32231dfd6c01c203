import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/fr.ts';
import { dateVersions } from '../../src/lib/disagreements.ts';
import { eventAnchor } from '../../src/lib/urls.ts';
import { fold, normalizeTypography } from '../../src/lib/text.ts';
import { readEventFiles } from '../support/content.ts';
import { builtSiteDir } from '../support/paths.ts';
import { useBrowserSession } from '../support/session.ts';

const events = readEventFiles();
// Shoigu's visit to Pyongyang, found by what it is, not by its file name.
const shoiguVisit = events.find(
  (e) => e.data.kind === 'visit' && (e.data.people ?? []).includes('serguei-choigou') && e.data.citations.length > 1,
)!;

describe('disagreements derived from the data', () => {
  it('the date disagreement on Shoigu’s visit is found from the event data', () => {
    expect(shoiguVisit).toBeDefined();
    const { divergent, versions } = dateVersions(
      shoiguVisit.data.date,
      shoiguVisit.data.citations.map((c) => ({ articleId: c.article, reportedDate: c.reportedDate })),
    );
    expect(divergent).toBe(true);
    expect(versions.map((v) => v.date).sort()).toEqual(['2023-07', '2023-08']);
  });

  it('every figure and claim names who makes it, and how', () => {
    const claims: { affirmation: string; avance_par: string; comment: string }[] = JSON.parse(
      readFileSync(path.join(builtSiteDir, 'donnees', 'affirmations.json'), 'utf8'),
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.avance_par, claim.affirmation).not.toBe('');
      expect(Object.keys(ui.analysis.attributions), claim.affirmation).toContain(claim.comment);
    }
  });
});

describe('in Chromium', () => {
  const session = useBrowserSession();

  it('the timeline marks that event « les sources divergent » and shows each version', async () => {
    const page = await session.browser.newPage();
    // The old link to the event on /chronologie/ leads to it on the page of its period.
    await page.goto(`${session.site.origin}/chronologie/#${eventAnchor(shoiguVisit.id)}`);
    await page.waitForURL((url) => url.pathname !== '/chronologie/');
    const item = page.locator(`[id="${eventAnchor(shoiguVisit.id)}"]`);
    expect(await item.locator('[data-divergent]').innerText()).toContain('les sources divergent');
    expect(await item.locator('[data-version]').evaluateAll((els) => els.map((e) => e.getAttribute('data-version')))).toEqual([
      '2023-07',
      '2023-08',
    ]);
    // Events whose sources agree say how many confirm them, and carry no divergence mark (on every page of the timeline).
    await page.goto(`${session.site.origin}/chronologie/`);
    const periods = await page.locator('a[data-timeline-page]').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    let divergentMarks = 0;
    let agreeing = 0;
    for (const route of periods) {
      await page.goto(session.site.origin + route);
      divergentMarks += await page.locator('[data-timeline-event] [data-divergent]').count();
      agreeing += await page.locator('[data-timeline-event] [data-agreeing]').count();
    }
    expect(divergentMarks).toBe(
      events.filter(
        (e) =>
          dateVersions(
            e.data.date,
            e.data.citations.map((c) => ({ articleId: c.article, reportedDate: c.reportedDate })),
          ).divergent,
      ).length,
    );
    expect(agreeing).toBeGreaterThan(0);
    await page.close();
  });

  it('the disagreements view lists it with every side’s passage linked, and each link lands on its passage', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.origin}/desaccords/`);
    const entry = page.locator(`[data-disagreement="date"][data-event="${shoiguVisit.id}"]`);
    const links = await entry
      .locator('[data-version] a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })));
    expect(links.length).toBe(shoiguVisit.data.citations.length);
    const articlesLinked = new Set(links.map((l) => l.href.split('/')[2]));
    expect(articlesLinked).toEqual(new Set(shoiguVisit.data.citations.map((c) => c.article)));
    const pairs = await page
      .locator('[data-disagreement="claims"] [data-claim-side] a[href*="/articles/"]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })));
    expect(pairs.length).toBeGreaterThan(0);
    for (const link of [...links, ...pairs]) {
      await page.goto(session.site.origin + link.href);
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target');
        return el ? (el.closest('[id^="p-"]') ?? el).textContent : null;
      });
      expect(target, link.href).not.toBeNull();
      const loose = (s: string) => fold(normalizeTypography(s)).replace(/^"|"$/g, '').trim();
      expect(loose(target!)).toContain(loose(link.text).slice(1, 40));
    }
    await page.close();
  });
});
