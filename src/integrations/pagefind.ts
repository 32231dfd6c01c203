import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlForIndex, spellingsForIndex, textForIndex } from '../lib/search-index.ts';
import { joinBase } from '../lib/urls.ts';
import { EVENTS_DATA_PATH, type PublishedEvent } from '../lib/published-events.ts';
import { ui } from '../i18n/fr.ts';

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * `articles/x/index.html` → `/articles/x/`. Index URLs are relative to the site's root, without
 * the base path: Pagefind prefixes its own base URL (the folder it is served from) at search time.
 */
function urlOf(file: string): string {
  return joinBase(
    '/',
    `/${file
      .split(path.sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`,
  );
}

/** A published URL (with the base path) back to the site's root. */
function withoutBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url;
}

/**
 * Builds the Pagefind index with its Node API once Astro has written the site, as part of
 * `astro build` (no second command). Pages are indexed from their HTML with typographic
 * apostrophes straightened (see htmlForIndex); timeline events become records of their own.
 */
export function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:start': ({ logger }) => {
        logger.warn('Search is built with the site: it does not work in `npm run dev`. Run `npm start` to try it.');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let pages = 0;
          for (const file of await htmlFiles(root)) {
            const content = await readFile(path.join(root, file), 'utf8');
            if (!content.includes('data-pagefind-body')) continue;
            const response = await index.addHTMLFile({ url: urlOf(file), content: htmlForIndex(content) });
            if (response.errors.length > 0) throw new Error(`${file}: ${response.errors.join('; ')}`);
            pages++;
          }

          const events: PublishedEvent[] = JSON.parse(await readFile(path.join(root, EVENTS_DATA_PATH), 'utf8')).events;
          for (const event of events) {
            const response = await index.addCustomRecord({
              url: withoutBase(event.url, base),
              language: 'fr',
              content: textForIndex([event.title, event.description, ...event.citations.map((c) => c.passage)].join('\n')),
              meta: {
                title: textForIndex(event.title),
                date: event.dateLabel,
                kind: ui.search.types.event,
                sortdate: event.sortDate,
                graphies: spellingsForIndex([{ id: event.url, names: event.spellings }]),
              },
              filters: { type: [ui.search.types.event], annee: [event.year], personne: event.people, lieu: event.places },
              sort: { date: event.sortDate },
            });
            if (response.errors.length > 0) throw new Error(`event ${event.url}: ${response.errors.join('; ')}`);
          }

          const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${pages} pages and ${events.length} events.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
