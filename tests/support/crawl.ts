import type { Browser } from 'playwright-core';

export interface CrawlReport {
  pages: string[];
  resources: string[];
  problems: string[];
}

/**
 * Visits every page reachable from `starts` by internal links, in a real browser: every link must
 * answer 200, every #fragment must name an element of its page, and no page may log an error
 * (CSP violations included), fail a request or ask another origin for anything.
 */
export async function crawlSite(browser: Browser, origin: string, starts: string[]): Promise<CrawlReport> {
  const context = await browser.newContext();
  const problems: string[] = [];
  let currentPage = '';
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    problems.push(`${currentPage}: request to another origin: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${currentPage}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${currentPage}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: a request cut short by the next navigation, not a failure of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`${currentPage}: failed ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${currentPage}: ${response.status()} ${response.url()}`);
  });

  const queue = [...starts];
  const seen = new Set<string>(starts);
  const pages: string[] = [];
  const resources = new Set<string>();
  const fragments: { from: string; target: string; id: string }[] = [];
  const idsOf = new Map<string, Set<string>>();

  while (queue.length > 0) {
    const path = queue.shift()!;
    currentPage = path;
    // Feeds, data and images are fetched, not opened: the browser's own XML viewer is not the site.
    if (/\.(xml|json|csv|txt|png|svg|ico)$/.test(new URL(origin + path).pathname)) {
      const fetched = await context.request.get(origin + path);
      if (fetched.status() !== 200) problems.push(`${path}: status ${fetched.status()}`);
      resources.add(path);
      continue;
    }
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    // The search page writes its results (and their links) after the index answers.
    if (await page.locator('[data-search]').count()) {
      await page.waitForFunction(() => !(document.querySelector('[data-search-status]')?.textContent ?? '').includes('en cours'));
      await page.waitForLoadState('networkidle');
    }
    if (!response || response.status() !== 200) {
      problems.push(`${path}: status ${response?.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) {
      resources.add(path);
      continue;
    }
    pages.push(path);
    idsOf.set(path, new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id))));
    const hrefs = await page
      .locator('a[href], link[rel="alternate"][href], link[rel="icon"][href]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    for (const href of hrefs) {
      const url = new URL(href, origin + path);
      if (url.origin !== origin) continue;
      const target = url.pathname + url.search;
      if (url.hash.length > 1) fragments.push({ from: path, target, id: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }

  // Fragments, grouped by page: each must name an element there.
  const byTarget = new Map<string, { from: string; id: string }[]>();
  for (const fragment of fragments) byTarget.set(fragment.target, [...(byTarget.get(fragment.target) ?? []), fragment]);
  for (const [target, list] of byTarget) {
    currentPage = target;
    let ids = idsOf.get(target);
    if (!ids) {
      await page.goto(origin + target, { waitUntil: 'load' });
      ids = new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id)));
    }
    for (const { from, id } of list) if (!ids.has(id)) problems.push(`${from}: link to ${target}#${id}: no such id`);
  }
  await context.close();
  return { pages, resources: [...resources], problems: [...new Set(problems)] };
}
