import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isStaticBuild } from './static-build.ts';

/** The module that tells the pages where the article text worker is (null: no worker). */
export const ARTICLE_TEXT_WORKER_MODULE = 'virtual:dossier/article-text-worker';
const RESOLVED_ID = `\0${ARTICLE_TEXT_WORKER_MODULE}`;

/** The worker's file, run by Node itself (it strips the types), beside the project's sources. */
export const articleTextWorkerFile = fileURLToPath(new URL('../build/article-text-worker.ts', import.meta.url));

/** Vite's side: the pages' bundle (Astro's `prerender` environment) learns the worker's file; any other gets null. */
export function articleTextWorkerPlugin(file: string | null): Plugin {
  return {
    name: 'dossier:article-text-worker',
    resolveId: {
      filter: { id: new RegExp(`^${ARTICLE_TEXT_WORKER_MODULE}$`) },
      handler: (id) => (id === ARTICLE_TEXT_WORKER_MODULE ? RESOLVED_ID : null),
    },
    load: {
      filter: { id: new RegExp(`^\\0${ARTICLE_TEXT_WORKER_MODULE}$`) },
      handler(id) {
        if (id !== RESOLVED_ID) return null;
        const worker = this.environment?.name === 'prerender' ? file : null;
        return `export default ${JSON.stringify(worker)};\n`;
      },
    },
  };
}

/**
 * A static build marks the articles' cited passages and computes their search spellings in a
 * worker thread (src/data/article-text.ts), on the core Astro's rendering leaves idle. Only for
 * `astro build` of a static site, whose bundle runs on the machine that built it, beside the
 * sources; `astro dev` and a server build (an adapter) do the work in the page's own thread.
 */
export function articleTextWorker(): AstroIntegration {
  return {
    name: 'dossier:article-text-worker',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const file = isStaticBuild(command, config) ? articleTextWorkerFile : null;
        updateConfig({ vite: { plugins: [articleTextWorkerPlugin(file)] } });
      },
    },
  };
}
