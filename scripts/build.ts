/**
 * npm run build [-- ASTRO_OPTIONS]: the site, in three steps.
 * 1. `astro build` renders the pages into a staging folder (its options are passed on);
 * 2. once Astro has exited, Pagefind indexes the staged pages (src/build/search-step.ts): the two
 *    never run at once, so the build's peak memory is the larger of them, not their sum;
 * 3. the staged site replaces the output folder (src/build/publish.ts). A failure at any step
 *    leaves the last good site where it was, and exits non-zero.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publish, STAGED_BUILD_ENV, type StagedBuild } from '../src/build/publish.ts';
import { buildSearchIndex } from '../src/build/search-step.ts';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const handoff = mkdtempSync(path.join(os.tmpdir(), 'dossier-build-'));
const stagedFile = path.join(handoff, 'staged.json');
/** A line as Astro logs them, time first (bench/profile.ts reads the phases from these times). */
const log = (tag: string, message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [${tag}] ${message}`);

try {
  // The same Node runs Astro, so that a build under npm (the project's Node 22) stays on it.
  // Asynchronous: the script waits idle (a CPU profile of it shows no time spent waiting).
  const astroBuild = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      // Vite's bundler (rolldown, native) allocates with mimalloc, which by default keeps freed
      // memory for a while: Astro then renders with some 250 MB it no longer uses (measured at
      // 1,000 articles). Returned at once, the build's peak memory drops by as much.
      MIMALLOC_PURGE_DELAY: '0',
      ...process.env,
      [STAGED_BUILD_ENV]: stagedFile,
    },
  });
  const [status, signal] = (await once(astroBuild, 'exit')) as [number | null, NodeJS.Signals | null];
  if (status !== 0) {
    console.error(`build: astro build failed (exit ${status ?? signal}); the last good site is unchanged.`);
    process.exitCode = 1;
  } else {
    const staged: StagedBuild = JSON.parse(readFileSync(stagedFile, 'utf8'));
    log('search', await buildSearchIndex(staged.staging, staged.base));
    await publish(staged);
    log('build', `Site written to ${staged.output}/`);
  }
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}; the last good site is unchanged.`);
  process.exitCode = 1;
} finally {
  rmSync(handoff, { recursive: true, force: true });
}
