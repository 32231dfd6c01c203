import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content-dir.ts';
import { utf8Problem } from '../lib/content-checks.ts';

/** Files of the content folder that are text, and must be UTF-8. */
const TEXT_FILE = /\.(md|mdx|txt|ya?ml|json|csv)$/i;

/**
 * Fails the build, before any content is loaded, on a content file that is not UTF-8: the loaders
 * would silently turn each bad byte into « � » on the page.
 */
export function contentEncodingIntegration(): AstroIntegration {
  return {
    name: 'dossier:content-encoding',
    hooks: {
      'astro:config:done': ({ config }) => {
        const root = path.resolve(fileURLToPath(config.root), contentDir);
        const problems = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => TEXT_FILE.test(file))
          .sort()
          .flatMap((file) => utf8Problem(path.join(contentDir, file), readFileSync(path.join(root, file))) ?? []);
        if (problems.length > 0) {
          throw new Error(`${problems.length} content file(s) not in UTF-8:\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}
