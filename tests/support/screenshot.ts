/**
 * Takes screenshots of the built site in headless Chromium: `npm run screenshot [path] [width] [out] [dark]`.
 * Used for the README picture and for looking at pages as a reader would.
 */
import path from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './server.ts';
import { projectRoot } from './paths.ts';

const [pagePath = '/', width = '1280', out = 'public/apercu.png', scheme = 'light'] = process.argv.slice(2);
const site = await serveStatic(path.join(projectRoot, 'dist'));
const browser = await launchBrowser();
try {
  const context = await browser.newContext({
    viewport: { width: Number(width), height: 900 },
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.goto(site.origin + pagePath, { waitUntil: 'networkidle' });
  await page.screenshot({ path: path.resolve(projectRoot, out), fullPage: process.env.FULL_PAGE === '1' });
  console.log(`${out} (${width}px, ${scheme})`);
} finally {
  await browser.close();
  await site.close();
}
