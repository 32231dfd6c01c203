import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * A failed build never destroys the last good site: `astro build` writes into a staging folder
 * beside the output folder, and only a build that got to its very end (pages, search index)
 * replaces the output folder. List this integration last, so it runs after the others.
 */
export function atomicOutput(): AstroIntegration {
  let finalDir: URL | undefined;
  let stagingDir: URL | undefined;
  return {
    name: 'dossier:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = config.outDir;
        const finalPath = fileURLToPath(finalDir).replace(/[\\/]+$/, '');
        stagingDir = new URL(`file://${finalPath}.staging/`);
        updateConfig({ outDir: stagingDir });
      },
      'astro:build:done': async ({ logger }) => {
        if (!finalDir || !stagingDir) return;
        const finalPath = fileURLToPath(finalDir);
        const previous = `${finalPath.replace(/[\\/]+$/, '')}.previous`;
        await rm(previous, { recursive: true, force: true });
        if (existsSync(finalPath)) await rename(finalPath, previous);
        await rename(fileURLToPath(stagingDir), finalPath);
        await rm(previous, { recursive: true, force: true });
        logger.info(`Site written to ${finalPath}`);
      },
    },
  };
}
