import { rmSync } from 'node:fs';
import { runBuild } from './run-build.ts';
import { builtSiteDir } from './paths.ts';

/**
 * Vitest global setup: build the real site once for every `site` test. Its content-layer cache
 * starts empty: Astro keys the cache on the content and the config, not on the code of the
 * remark/rehype plugins in src/lib, so a cache kept from an earlier build would test old HTML.
 */
export default function buildSite(): void {
  const cacheDir = `${builtSiteDir}.cache`;
  rmSync(builtSiteDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const { status, output } = runBuild(builtSiteDir, undefined, { DOSSIER_CACHE_DIR: cacheDir });
  if (status !== 0) throw new Error(`astro build failed (exit ${status}):\n${output}`);
}
