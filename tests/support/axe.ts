import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page against WCAG 2.0/2.1/2.2 A and AA and best practices. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate, not a <script> tag: it runs under any Content-Security-Policy.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The violations of the page at `url` in the light and in the dark theme, each named by its theme. */
export async function axeViolationsInBothThemes(browser: Browser, url: string): Promise<(AxeViolation & { colorScheme: string })[]> {
  const found: (AxeViolation & { colorScheme: string })[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    try {
      const tab = await context.newPage();
      await tab.goto(url, { waitUntil: 'networkidle' });
      for (const violation of await axeViolations(tab)) found.push({ ...violation, colorScheme });
    } finally {
      await context.close();
    }
  }
  return found;
}
