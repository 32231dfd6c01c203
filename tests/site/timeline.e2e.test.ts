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

beforeAll(async () => {
  page = await session.guardedPage();
});

describe('the timeline', () => {
  it('renders every event of content/events, once, in chronological order', async () => {
    await page.goto(`${session.site.origin}/chronologie/`);
    const ids = await page.locator('[data-timeline-event]').evaluateAll((items) => items.map((item) => item.id));
    expect([...ids].sort()).toEqual(events.map((event) => eventAnchor(event.id)).sort());
    const expected = [...events].sort((a, b) => compareSpans(a.data, b.data) || a.id.localeCompare(b.id)).map((e) => eventAnchor(e.id));
    expect(ids).toEqual(expected);
  });

  it('puts each event in an ordered list with a machine-readable date', async () => {
    await page.goto(`${session.site.origin}/chronologie/`);
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
  });

  it('links every citation to its passage: the anchor exists, is the target, and holds the passage', async () => {
    await page.goto(`${session.site.origin}/chronologie/`);
    const linksByEvent = await page.locator('[data-timeline-event]').evaluateAll((items) =>
      items.map((item) => ({
        id: item.id,
        links: [...item.querySelectorAll('[data-event-citations] a[href*="/articles/"]')].map((a) => a.getAttribute('href')!),
      })),
    );
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
    await page.goto(`${session.site.origin}/chronologie/`);
    expect(await page.locator('[data-timeline-event] li', { hasText: 'annonce l’événement' }).count()).toBeGreaterThan(0);
  });

  it('deep-links an event by its id', async () => {
    const event = events[Math.floor(events.length / 2)]!;
    await page.goto(`${session.site.origin}/chronologie/#${eventAnchor(event.id)}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.getAttribute('data-timeline-event'))).toBe('');
  });

  it('filters by kind and by person with JavaScript, keeps the filter in the URL, and resets', async () => {
    await page.goto(`${session.site.origin}/chronologie/`);
    const kind = events[0]!.data.kind;
    await page.selectOption('select[name="type"]', kind);
    const visible = await page
      .locator('[data-timeline-event]:visible')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    expect(visible.length).toBe(events.filter((e) => e.data.kind === kind).length);
    expect(new Set(visible)).toEqual(new Set([kind]));
    expect(new URL(page.url()).searchParams.get('type')).toBe(kind);
    expect(await page.locator('[data-timeline-count]').innerText()).toContain(String(visible.length));

    await page.reload();
    expect(await page.locator('[data-timeline-event]:visible').count()).toBe(visible.length);

    await page.click('button[type="reset"]');
    await expect.poll(() => page.locator('[data-timeline-event]:visible').count()).toBe(events.length);

    const person = events.find((e) => (e.data.people ?? []).length > 0)!.data.people![0]!;
    await page.selectOption('select[name="personne"]', person);
    const withPerson = events.filter((e) => (e.data.people ?? []).includes(person)).length;
    expect(await page.locator('[data-timeline-event]:visible').count()).toBe(withPerson);
  });

  it('moves between events with the arrow keys', async () => {
    await page.goto(`${session.site.origin}/chronologie/`);
    const ids = await page.locator('[data-timeline-event]').evaluateAll((items) => items.map((item) => item.id));
    await page.locator(`[id="${ids[0]}"]`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[1]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[0]);
  });

  it('reads without JavaScript: every event is there and no control is shown', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${session.site.origin}/chronologie/`);
    expect(await noJs.locator('[data-timeline-event]:visible').count()).toBe(events.length);
    expect(await noJs.locator('[data-timeline-filters]').isVisible()).toBe(false);
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
