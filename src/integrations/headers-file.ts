import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers.ts';

/** Writes `_headers` (security headers for Netlify and Cloudflare Pages) into the built site. */
export function headersFileIntegration(): AstroIntegration {
  return {
    name: 'dossier:headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
