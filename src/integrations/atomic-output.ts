import type { AstroIntegration } from 'astro';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { STAGED_BUILD_ENV, STAGING_READY_ENV, type StagedBuild } from '../build/publish.ts';

/**
 * `astro build` renders into a staging folder beside the output folder; `npm run build`
 * (scripts/build.ts) then adds the search index and swaps the staging folder in (src/build/).
 * Astro tells it where, from its resolved config, through the file named by DOSSIER_STAGED_BUILD;
 * and, before rendering, through the file named by DOSSIER_STAGING_READY, once the staging folder
 * is empty (a failed build's pages would otherwise be indexed while the new ones are rendered).
 */
export function atomicOutput(): AstroIntegration {
  let output: string | undefined;
  let staging: string | undefined;
  let base = '/';
  return {
    name: 'dossier:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        output = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        staging = `${output}.staging`;
        updateConfig({ outDir: new URL(`file://${staging}/`) });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': async () => {
        const file = process.env[STAGING_READY_ENV];
        if (!staging || !file) return;
        await rm(staging, { recursive: true, force: true });
        await mkdir(staging, { recursive: true });
        await writeFile(file, staging);
      },
      'astro:build:done': async ({ logger }) => {
        if (!output || !staging) return;
        const file = process.env[STAGED_BUILD_ENV];
        if (file) {
          const build: StagedBuild = { staging, output, base };
          await writeFile(file, JSON.stringify(build));
        } else {
          logger.warn(`Pages rendered into ${staging}/, without search. \`npm run build\` indexes them and publishes ${output}/.`);
        }
      },
    },
  };
}
