import { rmSync } from 'node:fs';
import { astroBuild } from './astro-build.ts';
import { builtSiteDir } from './paths.ts';

/** Vitest global setup: build the real site once for every `site` test. */
export default function buildSite(): void {
  rmSync(builtSiteDir, { recursive: true, force: true });
  const { status, output } = astroBuild(builtSiteDir);
  if (status !== 0) throw new Error(`astro build failed (exit ${status}):\n${output}`);
}
