import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';
import { axeViolations } from '../support/axe.ts';
import { readArticleFiles, readEventFiles } from '../support/content.ts';
import { contentRoot } from '../support/paths.ts';
import { eventAnchor } from '../../src/lib/urls.ts';

const session = useBrowserSession();
const events = readEventFiles();
const articles = readArticleFiles();
/** entities.yaml read apart from Astro: which places the map must show, and which it must list. */
const entities = Object.entries(
  parse(readFileSync(path.join(contentRoot, 'entities.yaml'), 'utf8')) as Record<
    string,
    { name: string; kind: string; coordinates?: [number, number] }
  >,
);
const places = entities.filter(([, e]) => e.kind === 'place' || e.kind === 'country');
const placed = places.filter(([, e]) => e.coordinates).map(([id]) => id);
const unplaced = places.filter(([, e]) => !e.coordinates).map(([id]) => id);
const pages = ['/chronologie/', '/carte/', '/analyse/', '/entites/vladivostok/', '/entites/russie/'];

/** Every link of the page's pictures, with where it points once resolved. */
const pictureLinks = (page: Page) =>
  page.locator('[data-picture] a').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href')!,
      name:
        (a.getAttribute('aria-labelledby')
          ? document.getElementById(a.getAttribute('aria-labelledby')!)?.textContent
          : a.textContent
        )?.trim() ?? '',
    })),
  );

/** The fragment of a link: its mark's item. */
const fragment = (href: string) => href.split('#')[1] ?? '';

describe('the timeline overview', () => {
  it('has one mark per event and per article, each a named link to its item on the page of its period', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/chronologie/`);
    const marks = await page
      .locator('[data-picture="timeline"] a[data-layer]')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, layer: a.getAttribute('data-layer') })));
    expect(
      marks
        .filter((m) => m.layer === 'event')
        .map((m) => fragment(m.href))
        .sort(),
    ).toEqual(events.map((e) => eventAnchor(e.id)).sort());
    expect(
      marks
        .filter((m) => m.layer === 'article')
        .map((m) => fragment(m.href))
        .sort(),
    ).toEqual(articles.map((a) => `parution-${a.id}`).sort());
    const links = await pictureLinks(page);
    for (const link of links) expect(link.name.length, link.href).toBeGreaterThan(3);
    // Bands lead to their era in the list of periods, on this page; marks to their item, on its page.
    for (const link of links.filter((l) => l.href.startsWith('#'))) {
      expect(await page.locator(`[id="${link.href.slice(1)}"]`).count(), link.href).toBe(1);
    }
    const other = await session.guardedPage();
    for (const link of links.filter((l) => !l.href.startsWith('#'))) {
      expect(link.href, link.href).toMatch(/^\/chronologie\/[^#]+\/#/);
      await other.goto(session.site.origin + link.href);
      expect(await other.locator(`[id="${fragment(link.href)}"]`).count(), link.href).toBe(1);
    }
    await other.context().close();
    await page.context().close();
  });

  it('shows the span between the dates of events the sources date differently', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/chronologie/`);
    // Divergent: the citations, read apart from the site, give more than one date.
    const divergent = events.filter((e) => new Set(e.data.citations.map((c) => c.reportedDate ?? e.data.date)).size > 1);
    expect(divergent.length).toBeGreaterThan(0);
    const withSpread = await page
      .locator('[data-picture="timeline"] a:has([data-spread])')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(withSpread.map((href) => fragment(href ?? '')).sort()).toEqual(divergent.map((e) => eventAnchor(e.id)).sort());
    await page.context().close();
  });

  it('takes the reader to the event by keyboard', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/chronologie/`);
    const first = page.locator('[data-picture="timeline"] a[data-layer="event"]').first();
    const target = await first.getAttribute('href');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.pathname + location.hash)).toBe(target);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(fragment(target ?? ''));
    await page.context().close();
  });
});

describe('the map', () => {
  it('has one link per place with coordinates, to its entity page, and lists the others beside it', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/carte/`);
    const ids = await page
      .locator('[data-picture="map"] a[data-map-place]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-map-place')!));
    expect([...ids].sort()).toEqual([...placed].sort());
    for (const id of ids) {
      const href = await page.locator(`[data-map-place="${id}"]`).getAttribute('href');
      expect(href).toBe(`/entites/${id}/`);
    }
    // Each point is named for screen readers by its title: the place and its mentions.
    for (const [id, entity] of places.filter(([, e]) => e.coordinates)) {
      const named = page.locator('[data-picture="map"]').getByRole('link', { name: new RegExp(`^${entity.name} : \\d+ mentions?$`) });
      expect(await named.getAttribute('data-map-place'), id).toBe(id);
    }
    const listed = await page.locator('[data-unplaced] li').evaluateAll((items) => items.map((li) => li.id.replace(/^lieu-/, '')));
    expect(listed.sort()).toEqual([...unplaced].sort());
    await page.context().close();
  });

  it('draws the route the events give, linked to its event', async () => {
    const journeys = events.filter((e) => (e.data as { route?: string[] }).route);
    expect(journeys.length).toBeGreaterThan(0);
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/carte/`);
    const routes = await page.locator('[data-map-route]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(routes.map((href) => fragment(href ?? '')).sort()).toEqual(journeys.map((e) => eventAnchor(e.id)).sort());
    for (const href of routes) {
      await page.goto(session.site.origin + href);
      expect(await page.evaluate(() => document.querySelector(':target')?.hasAttribute('data-timeline-event')), href ?? '').toBe(true);
    }
    await page.context().close();
  });

  it('is linked from the navigation and from each place’s page, to an anchor that exists', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/`);
    expect(await page.locator('header nav a[href="/carte/"]').count()).toBe(1);
    await page.goto(`${session.site.origin}/carte/`);
    const anchors = new Set(await page.locator('[id^="lieu-"]').evaluateAll((items) => items.map((el) => el.id)));
    for (const [id] of places) {
      await page.goto(`${session.site.origin}/entites/${id}/`);
      const href = await page.locator('[data-map-link]').getAttribute('href');
      expect(href).toBe(`/carte/#lieu-${id}`);
      expect(anchors.has(`lieu-${id}`), id).toBe(true);
    }
    await page.context().close();
  });
});

describe('the charts', () => {
  it('puts on each entity page its mentions by month, the numbers in the caption', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/entites/vladimir-poutine/`);
    const total = Number((await page.locator('header p', { hasText: 'mentions' }).first().innerText()).match(/(\d+) mentions/)![1]);
    const caption = await page.locator('[data-mentions-chart] figcaption').innerText();
    const numbers = [...caption.matchAll(/\s:\s(\d+)/g)].map((m) => Number(m[1]));
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(total);
    const columns = await page.locator('[data-picture="mentions"] rect').count();
    expect(columns).toBe(numbers.length);
    await page.context().close();
  });

  it('puts on the analysis page mentions and themes per outlet', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/analyse/`);
    const outlets = new Set(articles.map((a) => (a.data as { outlet?: { value: string | null } }).outlet?.value ?? 'Média non identifié'));
    for (const id of ['mentions-par-media', 'themes-par-media']) {
      expect(await page.locator(`[data-bar-chart="${id}"] rect`).count(), id).toBe(outlets.size);
    }
    const themes = await page.locator('[data-bar-chart="themes-par-media"] figcaption').innerText();
    for (const outlet of outlets) expect(themes).toContain(outlet);
    await page.context().close();
  });
});

describe('every picture', () => {
  it.each(pages)('%s: is there without JavaScript, named and described', async (pagePath) => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.site.origin + pagePath);
    const pictures = await page.locator('svg[data-picture]').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const named = (attr: string) =>
          (svg.getAttribute(attr) ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ')
            .trim();
        const box = svg.getBoundingClientRect();
        return {
          role: svg.getAttribute('role'),
          name: named('aria-labelledby'),
          description: named('aria-describedby'),
          visible: box.width > 100 && box.height > 50,
        };
      }),
    );
    expect(pictures.length).toBeGreaterThan(0);
    for (const picture of pictures) {
      expect(['img', 'group']).toContain(picture.role);
      expect(picture.name.length).toBeGreaterThan(5);
      expect(picture.description.length).toBeGreaterThan(20);
      expect(picture.visible).toBe(true);
    }
    // A picture with links inside is a group: links in role="img" would be hidden from screen readers.
    expect(await page.locator('svg[role="img"] a').count()).toBe(0);
    await context.close();
  });

  it.each(pages)('%s: fits 320 px, the picture scrolling inside itself', async (pagePath) => {
    const page = await session.guardedPage({ viewport: { width: 320, height: 640 } });
    await page.goto(session.site.origin + pagePath);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it.each(pages)('%s: axe finds nothing, light and dark', async (pagePath) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.guardedPage({ colorScheme });
      await page.goto(session.site.origin + pagePath);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.context().close();
    }
  });

  it('made no request to another origin and logged no error', () => {
    expect(session.problems).toEqual([]);
  });
});
