import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The site the `site` tests run against, built once by tests/support/build-site.ts. */
export const builtSiteDir = path.join(projectRoot, 'test-results', 'site');
export const astroBin = path.join(projectRoot, 'node_modules', '.bin', 'astro');
export const contentRoot = path.join(projectRoot, 'content');
