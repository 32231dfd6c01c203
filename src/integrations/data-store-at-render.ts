import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isStaticBuild } from './static-build.ts';

/** The module Astro's content layer puts its store in (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Where a static build keeps its content-layer store, under Astro's cache folder. */
export const dataStoreFile = (cacheDir: URL): string => fileURLToPath(new URL('data-store.json', cacheDir));

/**
 * The store's module as one that reads the store's file when the pages are rendered. Astro inlines
 * the whole file as one string literal, and V8 is slow to compile a string of millions of
 * characters that are not all ASCII: 2.7–4 s for the 18 MB store of 1,000 articles (the file read
 * and parsed: 0.5 s). The object is the same: `JSON.parse` of the same file, written by the
 * content sync before the pages are bundled, read once they are rendered, in the same build.
 */
export function dataStoreModuleCode(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** Vite's side: the pages' bundle (Astro's `prerender` environment) gets the reading module. */
export function dataStoreAtRenderPlugin(file: string): Plugin {
  return {
    name: 'dossier:data-store-at-render',
    apply: 'build',
    load: {
      // Before Astro's own handler, which would otherwise read, check and inline the file.
      order: 'pre',
      filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
      handler(id) {
        if (id !== DATA_STORE_MODULE_ID || this.environment?.name !== 'prerender' || !existsSync(file)) return null;
        // Marked as Astro marks its store, so that its incremental build treats it as data, not code.
        return { code: dataStoreModuleCode(file), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
      },
    },
  };
}

/**
 * A static build reads the content store from its file at render time instead of compiling it
 * into the bundle. Only for `astro build` of a static site, whose bundle runs on the machine that
 * built it; a server build (an adapter) keeps Astro's inlined store.
 */
export function dataStoreAtRender(): AstroIntegration {
  return {
    name: 'dossier:data-store-at-render',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (!isStaticBuild(command, config)) return;
        // The chunked store (experimental.collectionStorage) is several modules: left to Astro.
        if (config.experimental.collectionStorage !== undefined && config.experimental.collectionStorage !== 'single-file') return;
        updateConfig({ vite: { plugins: [dataStoreAtRenderPlugin(dataStoreFile(config.cacheDir))] } });
      },
    },
  };
}
