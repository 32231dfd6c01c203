import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';
import { readArticleFiles } from '../support/content.ts';
import { normalizeTypography } from '../../src/lib/text.ts';
import { PASSAGE_ID_PATTERN } from '../../src/lib/paragraph-ids.ts';
import { HOME_LATEST } from '../../src/lib/pagination.ts';

const articles = readArticleFiles();
const session = useBrowserSession();

describe('home page', () => {
  it('lists the latest articles, newest first (here every one: there are fewer than HOME_LATEST)', async () => {
    const page = await session.guardedPage();
    const response = await page.goto(`${session.site.origin}/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const items = page.locator('[data-article-list] > li');
    expect(articles.length).toBeLessThanOrEqual(HOME_LATEST);
    expect(await items.count()).toBe(articles.length);
    const titles = await items.locator('h3 a').allTextContents();
    expect(titles.map(normalizeTypography).sort()).toEqual(articles.map((a) => normalizeTypography(a.data.title)).sort());
    const dates = await items.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    const firstDays = dates.map((d) => d.padEnd(10, '-00').slice(0, 10));
    expect(firstDays).toEqual([...firstDays].sort().reverse());
    await page.context().close();
  });

  it('has no link to a page that does not exist', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/`);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of new Set(hrefs)) {
      const response = await page.request.get(session.site.origin + href.split('#')[0]);
      expect(response.status(), href).toBe(200);
    }
    await page.context().close();
  });

  it('works by keyboard: skip link first, then Enter on an article link opens it', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent?.trim(), visible: box.width > 1 && box.height > 1, href: el.getAttribute('href') };
    });
    expect(skip.href).toBe('#contenu');
    expect(skip.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');

    // Tab on until an article title link has focus, then follow it with Enter.
    let focusedHref: string | null = null;
    for (let i = 0; i < 40 && !focusedHref?.includes('/articles/'); i++) {
      await page.keyboard.press('Tab');
      focusedHref = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('[data-article-list]') ? el.getAttribute('href') : null;
      });
    }
    expect(focusedHref).toMatch(/^\/articles\/[^/]+\/$/);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await Promise.all([page.waitForURL(`**${focusedHref}`), page.keyboard.press('Enter')]);
    expect(await page.locator('article h1').count()).toBe(1);
    await page.context().close();
  });
});

describe.each(articles)('article page $id', (article) => {
  it('shows its title, its text, stable passage ids and working table of contents', async () => {
    const page = await session.guardedPage();
    const response = await page.goto(`${session.site.origin}/articles/${article.id}/`);
    expect(response?.status()).toBe(200);
    expect(normalizeTypography(await page.locator('article h1').innerText())).toBe(normalizeTypography(article.data.title));
    const bodyText = normalizeTypography(await page.locator('.article-body').innerText());
    const firstParagraph = article.body
      .split('\n')
      .map((line) => line.replace(/\*+/g, ''))
      .find((line) => /^[A-ZÀ-Ý«"]/.test(line));
    expect(firstParagraph).toBeDefined();
    expect(bodyText).toContain(normalizeTypography(firstParagraph!).slice(0, 80));

    const ids = await page.locator('.article-body p[id], .article-body li[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(PASSAGE_ID_PATTERN);

    // A passage link lands on its paragraph, which the page highlights.
    const target = ids[Math.min(2, ids.length - 1)]!;
    await page.goto(`${session.site.origin}/articles/${article.id}/#${target}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(target);

    if (article.data.truncated) {
      await expect(page.locator('[role="note"]', { hasText: 'Article incomplet' }).first().isVisible()).resolves.toBe(true);
    }

    // Every table-of-contents link points at a heading of the page.
    const tocTargets = await page
      .locator('nav[aria-labelledby="sommaire"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    for (const id of tocTargets) expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    // Entries read as the headings do, without the anchor link's "#" or its screen-reader label.
    for (const text of await page.locator('nav[aria-labelledby="sommaire"] a').allInnerTexts()) {
      expect(text).not.toMatch(/#|Lien vers/);
    }
    await page.context().close();
  });
});

describe('article navigation', () => {
  it('links previous and next articles in order, first has no previous, last no next', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/`);
    // The home page lists them newest first: publication order is the reverse.
    const order = (
      await page.locator('[data-article-list] > li h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
    ).reverse();
    for (const [index, href] of order.entries()) {
      await page.goto(session.site.origin + href);
      const hrefOf = (rel: string) => page.locator(`a[rel="${rel}"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(await hrefOf('prev')).toEqual(index > 0 ? [order[index - 1]] : []);
      expect(await hrefOf('next')).toEqual(index < order.length - 1 ? [order[index + 1]] : []);
    }
    await page.context().close();
  });
});

describe('layout', () => {
  it('fits a 320 px screen without horizontal scrolling', async () => {
    const page = await session.guardedPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/', `/articles/${articles[0]!.id}/`, '/articles/', '/methode/', '/chronologie/']) {
      await page.goto(session.site.origin + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });

  it('shows inline code on /methode/ as it is written, without the typography plugin’s backticks', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/methode/`);
    const code = page.locator('.prose code').first();
    expect(await code.count()).toBe(1);
    const generated = await code.evaluate((element) => [
      getComputedStyle(element, '::before').content,
      getComputedStyle(element, '::after').content,
    ]);
    expect(generated).toEqual(['none', 'none']);
    await page.context().close();
  });

  it('follows the reader’s dark theme', async () => {
    const luminance = async (colorScheme: 'light' | 'dark') => {
      const page = await session.guardedPage({ colorScheme });
      await page.goto(`${session.site.origin}/`);
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.context().close();
      const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(await luminance('light')).toBeGreaterThan(200);
    expect(await luminance('dark')).toBeLessThan(60);
  });

  it('serves the 404 page for an unknown address', async () => {
    // The browser logs the 404 status itself as a console error: expected here, so not watched.
    const page = await session.guardedPage({}, { watchConsole: false });
    const response = await page.goto(`${session.site.origin}/nulle-part/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page introuvable');
    await page.context().close();
  });
});

describe('privacy and errors, over every page visited above', () => {
  it('made no request to another origin and logged no console error', () => {
    expect(session.problems).toEqual([]);
  });
});

describe('cited passages', () => {
  const article = 'poutine-kim-alliance-ouvertement-militaire';
  /** The computed decoration and background of the element `selector`, read in the page. */
  const styleOf = (selector: string) =>
    `(() => { const s = getComputedStyle(document.querySelector(${JSON.stringify(selector)})); return { line: s.textDecorationLine, background: s.backgroundColor }; })()`;
  const readStyle = (page: Page, selector: string) => page.evaluate<{ line: string; background: string }>(styleOf(selector));

  it('read like the article at rest, and show themselves on hover and when a link targets them', async () => {
    const page = await session.guardedPage();
    await page.goto(`${session.site.origin}/articles/${article}/`);
    const id = await page.locator('mark.cited-passage[id]').first().getAttribute('id');
    expect(id).toBeTruthy();
    const selector = `#${id}`;
    await page.mouse.move(0, 0);
    expect(await readStyle(page, selector)).toEqual({ line: 'none', background: 'rgba(0, 0, 0, 0)' });
    // The paragraph that holds it carries a marker in the margin.
    const marker = await page.locator(selector).evaluate((mark) => getComputedStyle(mark.closest('p, li, figcaption')!, '::before').width);
    expect(marker).toBe('2px');

    await page.locator(selector).hover();
    expect((await readStyle(page, selector)).line).toBe('underline');

    await page.goto(`${session.site.origin}/articles/${article}/${selector}`);
    await page.mouse.move(0, 0);
    expect((await readStyle(page, selector)).background).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });
});
