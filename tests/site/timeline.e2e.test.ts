import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';
import { readEventFiles } from '../support/content.ts';
import { compareSpans } from '../../src/lib/dates.ts';
import { normalizeTypography } from '../../src/lib/text.ts';
import { eventAnchor } from '../../src/lib/urls.ts';

const events = readEventFiles();
const session = useBrowserSession();
let page: Page;
/** The timeline's pages, in order, as /chronologie/ lists them. */
let periods: string[];
/** The page with the most events: where filters and keys are tried. */
let busiest: string;

/** The ids of the events on a page of the timeline, in order. */
async function eventIdsOn(route: string): Promise<string[]> {
  await page.goto(session.site.origin + route);
  return page.locator('[data-timeline-event]').evaluateAll((items) => items.map((item) => item.id));
}

beforeAll(async () => {
  page = await session.guardedPage();
  await page.goto(`${session.site.origin}/chronologie/`);
  periods = await page.locator('a[data-timeline-page]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  let most = -1;
  for (const route of periods) {
    const count = (await eventIdsOn(route)).length;
    if (count > most) [most, busiest] = [count, route];
  }
});

describe('the timeline', () => {
  it('renders every event of content/events, once, in chronological order, across its pages', async () => {
    expect(periods.length).toBeGreaterThan(0);
    const ids: string[] = [];
    for (const route of periods) ids.push(...(await eventIdsOn(route)));
    expect([...ids].sort()).toEqual(events.map((event) => eventAnchor(event.id)).sort());
    const expected = [...events].sort((a, b) => compareSpans(a.data, b.data) || a.id.localeCompare(b.id)).map((e) => eventAnchor(e.id));
    expect(ids).toEqual(expected);
  });

  it('links each page to the period before and after it, in the order of the overview', async () => {
    for (const [index, route] of periods.entries()) {
      await page.goto(session.site.origin + route);
      const rel = (name: string) =>
        page.locator(`[data-timeline-pager] a[rel="${name}"]`).evaluateAll((a) => a.map((x) => x.getAttribute('href')));
      expect(await rel('prev'), route).toEqual(index > 0 ? [periods[index - 1]] : []);
      expect(await rel('next'), route).toEqual(index < periods.length - 1 ? [periods[index + 1]] : []);
    }
  });

  it('puts each event in an ordered list with a machine-readable date', async () => {
    for (const route of periods) {
      await page.goto(session.site.origin + route);
      const checks = await page.locator('[data-timeline-event]').evaluateAll((items) =>
        items.map((item) => ({
          inOl: item.parentElement?.tagName === 'OL',
          datetime: item.querySelector('time')?.getAttribute('datetime'),
        })),
      );
      for (const check of checks) {
        expect(check.inOl).toBe(true);
        expect(check.datetime).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });

  it('links every citation to its passage: the anchor exists, is the target, and holds the passage', async () => {
    const linksByEvent: { id: string; links: string[] }[] = [];
    for (const route of periods) {
      await page.goto(session.site.origin + route);
      linksByEvent.push(
        ...(await page.locator('[data-timeline-event]').evaluateAll((items) =>
          items.map((item) => ({
            id: item.id,
            links: [...item.querySelectorAll('[data-event-citations] a[href*="/articles/"]')].map((a) => a.getAttribute('href')!),
          })),
        )),
      );
    }
    for (const { id, links } of linksByEvent) {
      const citations = events.find((event) => eventAnchor(event.id) === id)!.data.citations;
      expect(links.length, id).toBe(citations.length);
      for (const [index, link] of links.entries()) {
        expect(link).toContain(`/articles/${citations[index]!.article}/#`);
        await page.goto(session.site.origin + link);
        const target = await page.evaluate(() => {
          const el = document.querySelector(':target');
          const block = el?.closest('[id^="p-"]') ?? el;
          return el ? { id: el.id, text: block?.textContent ?? '' } : null;
        });
        expect(target, link).not.toBeNull();
        expect(link.endsWith(`#${target!.id}`)).toBe(true);
        expect(normalizeTypography(target!.text)).toContain(normalizeTypography(citations[index]!.passage));
      }
    }
  });

  it('marks an event that an article announced before it happened', async () => {
    let announced = 0;
    for (const route of periods) {
      await page.goto(session.site.origin + route);
      announced += await page.locator('[data-timeline-event] li', { hasText: 'annonce l’événement' }).count();
    }
    expect(announced).toBeGreaterThan(0);
  });

  it('deep-links an event on its page, and sends an old link to /chronologie/#… there', async () => {
    for (const event of [events[0]!, events[Math.floor(events.length / 2)]!, events.at(-1)!]) {
      const anchor = eventAnchor(event.id);
      await page.goto(`${session.site.origin}/chronologie/#${anchor}`);
      await page.waitForURL((url) => url.pathname !== '/chronologie/');
      await page.waitForLoadState('load');
      expect(periods).toContain(new URL(page.url()).pathname);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
      expect(await page.evaluate(() => document.querySelector(':target')?.getAttribute('data-timeline-event'))).toBe('');
      // The new address works by itself, without JavaScript.
      const context = await session.browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      await noJs.goto(page.url());
      expect(await noJs.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
      await context.close();
    }
  });

  it('filters by kind and by person with JavaScript, keeps the filter in the URL, and resets', async () => {
    const onPage = new Set(await eventIdsOn(busiest));
    const here = events.filter((e) => onPage.has(eventAnchor(e.id)));
    const kind = here[0]!.data.kind;
    await page.selectOption('select[name="type"]', kind);
    const visible = await page
      .locator('[data-timeline-event]:visible')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    expect(visible.length).toBe(here.filter((e) => e.data.kind === kind).length);
    expect(new Set(visible)).toEqual(new Set([kind]));
    expect(new URL(page.url()).searchParams.get('type')).toBe(kind);
    expect(await page.locator('[data-timeline-count]').innerText()).toContain(String(visible.length));

    await page.reload();
    expect(await page.locator('[data-timeline-event]:visible').count()).toBe(visible.length);

    // The links to the neighbouring periods carry the filter on.
    for (const href of await page.locator('[data-timeline-pager] a[rel]').evaluateAll((a) => a.map((x) => x.getAttribute('href')!))) {
      expect(new URL(href, session.site.origin).searchParams.get('type')).toBe(kind);
    }

    await page.click('button[type="reset"]');
    await expect.poll(() => page.locator('[data-timeline-event]:visible').count()).toBe(here.length);

    const person = here.find((e) => (e.data.people ?? []).length > 0)!.data.people![0]!;
    await page.selectOption('select[name="personne"]', person);
    const withPerson = here.filter((e) => (e.data.people ?? []).includes(person)).length;
    expect(await page.locator('[data-timeline-event]:visible').count()).toBe(withPerson);
  });

  it('moves between events with the arrow keys', async () => {
    const ids = await eventIdsOn(busiest);
    await page.locator(`[id="${ids[0]}"]`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[1]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[0]);
  });

  it('reads without JavaScript: the overview lists every page, every event of a page is there and no control is shown', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${session.site.origin}/chronologie/`);
    expect(await noJs.locator('a[data-timeline-page]').evaluateAll((a) => a.map((x) => x.getAttribute('href')))).toEqual(periods);
    let total = 0;
    for (const route of periods) {
      await noJs.goto(session.site.origin + route);
      const count = await noJs.locator('[data-timeline-event]:visible').count();
      expect(count).toBe(await noJs.locator('[data-timeline-event]').count());
      total += count;
      expect(await noJs.locator('[data-timeline-filters]').isVisible()).toBe(false);
    }
    expect(total).toBe(events.length);
    await context.close();
  });
});

describe('article pages and the timeline', () => {
  it('show, after each cited passage, links to the events it supports, and those links land', async () => {
    const cited = [...new Set(events.flatMap((event) => event.data.citations.map((c) => c.article)))];
    for (const article of cited) {
      await page.goto(`${session.site.origin}/articles/${article}/`);
      const hrefs = await page.locator('.article-body .passage-events a').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
      expect(hrefs.length, article).toBeGreaterThan(0);
      const expectedIds = events.filter((e) => e.data.citations.some((c) => c.article === article)).map((e) => eventAnchor(e.id));
      for (const href of hrefs) expect(expectedIds).toContain(href.split('#')[1]);
    }
  });

  it('logged no console error and made no request elsewhere', () => {
    expect(session.problems).toEqual([]);
  });
});
