import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { builtSiteDir } from './paths.ts';
import { serveStatic, type StaticSite } from './server.ts';

export interface BrowserSession {
  site: StaticSite;
  browser: Browser;
  /** Requests to another origin, console errors and page errors seen by guarded pages. */
  problems: string[];
  /**
   * A page in a fresh context that blocks and records any request off the site, and its errors
   * (unless `watchConsole` is false: a page expected to log one, such as a 404).
   */
  guardedPage(options?: BrowserContextOptions, watch?: { watchConsole?: boolean }): Promise<Page>;
}

/**
 * For a test file: the built site on a loopback server and one Chromium, started before the
 * file's tests and stopped after them. Fields are filled in beforeAll.
 */
export function useBrowserSession(): BrowserSession {
  const session = { problems: [] as string[] } as BrowserSession;
  session.guardedPage = async (options = {}, { watchConsole = true } = {}) => {
    const context = await session.browser.newContext(options);
    // A limit against a hang on a busy machine, not a measure of speed.
    context.setDefaultTimeout(120_000);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(session.site.origin) || url.startsWith('data:')) return route.continue();
      session.problems.push(`request to another origin: ${url}`);
      return route.abort();
    });
    const page = await context.newPage();
    if (!watchConsole) return page;
    page.on('console', (m) => m.type() === 'error' && session.problems.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => session.problems.push(`${page.url()}: ${e.message}`));
    return page;
  };
  beforeAll(async () => {
    session.site = await serveStatic(builtSiteDir);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
