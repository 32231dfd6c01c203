import type { AstroIntegration } from 'astro';

/**
 * The search index is built after `astro build`, by `npm run build` (src/build/search-step.ts):
 * `npm run dev` serves the pages without it, and says so.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.warn('Search is built with the site: it does not work in `npm run dev`. Run `npm start` to try it.');
      },
    },
  };
}
