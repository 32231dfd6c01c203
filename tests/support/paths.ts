import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The site the `site` tests run against, built once by tests/support/build-site.ts. */
export const builtSiteDir = path.join(projectRoot, 'test-results', 'site');
/** `npm run build`: Astro, then the search index, then the swap into the output folder. */
export const buildScript = path.join(projectRoot, 'scripts', 'build.ts');
export const contentRoot = path.join(projectRoot, 'content');
