/**
 * A failed build never destroys the last good site: Astro renders into a staging folder beside
 * the output folder (src/integrations/atomic-output.ts), and only once the search index is in it
 * too does it replace the output folder.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Where Astro put a build, for the steps after it (scripts/build.ts reads it from a file). */
export interface StagedBuild {
  /** The finished pages, not yet published. */
  staging: string;
  /** The output folder the staged site replaces. */
  output: string;
  /** The base path the site is served under (`/` or `/sub/`). */
  base: string;
}

/** The file Astro's build writes its StagedBuild to, for scripts/build.ts. */
export const STAGED_BUILD_ENV = 'DOSSIER_STAGED_BUILD';

/**
 * The file Astro's build writes the staging folder's path to, once it has emptied it, so that
 * scripts/build.ts can index the pages while they are rendered (src/build/search-step.ts).
 */
export const STAGING_READY_ENV = 'DOSSIER_STAGING_READY';

/** Swaps the staged site into the output folder (the old one is removed only once it is out of the way). */
export async function publish({ staging, output }: StagedBuild): Promise<void> {
  const finalPath = output.replace(/[\\/]+$/, '');
  const previous = `${finalPath}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(finalPath)) await rename(finalPath, previous);
  await rename(staging, finalPath);
  await rm(previous, { recursive: true, force: true });
}
