/**
 * Lighthouse (mobile preset, its default config) on Debian's Chromium, through its Node API.
 * Any failure is reported as such: the rest of the benchmark does not depend on it.
 */

import { loadavg } from 'node:os';
import { CHROMIUM_FLAGS } from '../tests/support/browser.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  name: string;
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number | null>;
  /** Audits below a perfect score, to say what keeps a category under 100. */
  failing: { category: string; id: string; title: string; score: number | null; displayValue?: string }[];
  error?: string;
  /** 1-minute load average when the page's run started: Lighthouse times the CPU, which others share. */
  loadAtStart?: number;
}

export interface LighthouseRun {
  version?: string;
  results: LighthouseResult[];
  /** Set when Lighthouse could not run at all. */
  error?: string;
}

// The same quiet, loopback-only flags as the browser tests.
const CHROME_FLAGS = CHROMIUM_FLAGS;

export async function runLighthouse(origin: string, pages: { name: string; path: string }[]): Promise<LighthouseRun> {
  let lighthouse: typeof import('lighthouse').default;
  let launch: typeof import('chrome-launcher').launch;
  try {
    lighthouse = (await import('lighthouse')).default;
    launch = (await import('chrome-launcher')).launch;
  } catch (error) {
    return { results: [], error: `lighthouse or chrome-launcher cannot be loaded: ${(error as Error).message}` };
  }

  let chrome: Awaited<ReturnType<typeof launch>>;
  try {
    chrome = await launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
  } catch (error) {
    return { results: [], error: `Chromium could not be launched for Lighthouse: ${(error as Error).message}` };
  }

  const run: LighthouseRun = { results: [] };
  try {
    for (const { name, path } of pages) {
      const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, null])) as LighthouseResult['scores'];
      const loadAtStart = loadavg()[0] ?? 0;
      try {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...LIGHTHOUSE_CATEGORIES],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error('no report');
        run.version ??= lhr.lighthouseVersion;
        const failing: LighthouseResult['failing'] = [];
        for (const category of LIGHTHOUSE_CATEGORIES) {
          const entry = lhr.categories[category];
          scores[category] = entry?.score == null ? null : Math.round(entry.score * 100);
          for (const ref of entry?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            // Weighted audits below 1 are what costs points; metrics show their value.
            if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
            failing.push({
              category,
              id: ref.id,
              title: audit.title,
              score: audit.score,
              ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
            });
          }
        }
        const runtimeError = lhr.runtimeError?.message;
        run.results.push({ name, path, scores, failing, loadAtStart, ...(runtimeError ? { error: runtimeError } : {}) });
      } catch (error) {
        run.results.push({ name, path, scores, failing: [], loadAtStart, error: (error as Error).message });
      }
    }
  } finally {
    chrome.kill();
  }
  return run;
}
