/**
 * npm run build [-- ASTRO_OPTIONS]: the site, in three steps.
 * 1. `astro build` renders the pages into a staging folder (its options are passed on);
 * 2. Pagefind indexes the staged pages (src/build/search-step.ts): it takes them in while Astro
 *    renders, on the other core, and writes its index once Astro has exited, so that its peak
 *    (the writing) never adds to Astro's;
 * 3. the staged site replaces the output folder (src/build/publish.ts). A failure at any step
 *    leaves the last good site where it was, and exits non-zero.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publish, STAGED_BUILD_ENV, STAGING_READY_ENV, type StagedBuild } from '../src/build/publish.ts';
import type { IndexWhileRendering } from '../src/build/search-step.ts';
import { pagesStartedIn } from '../src/build/astro-log.ts';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const handoff = mkdtempSync(path.join(os.tmpdir(), 'dossier-build-'));
const stagedFile = path.join(handoff, 'staged.json');
const stagingReadyFile = path.join(handoff, 'staging-ready');
/** The folder Astro renders into, once it has emptied it (src/integrations/atomic-output.ts). */
const stagingFolder = () => (existsSync(stagingReadyFile) ? readFileSync(stagingReadyFile, 'utf8') : undefined);
/** A line as Astro logs them, time first (bench/profile.ts reads the phases from these times). */
const log = (tag: string, message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [${tag}] ${message}`);

let settled = false;
// A step left waiting for an answer that can no longer come (Pagefind's service gone, say): Node
// would exit with a warning about the await; the build says what happened instead.
process.once('beforeExit', () => {
  if (settled) return;
  console.error('build: a step never finished (the search index waited for Pagefind); the last good site is unchanged.');
  process.exitCode = 1;
});

let astroBuild: ChildProcess | undefined;
let astroClosed: Promise<unknown> | undefined;
let search: IndexWhileRendering | undefined;
try {
  // Astro first: the search step's modules (Pagefind's client, the French stemmer) load while it
  // starts (Astro started 0.26 s after the script instead of 0.41 s, profiled at 1,000 articles;
  // the rest is Node stripping the script's types). The same Node runs Astro, so that a build
  // under npm (the project's Node 22) stays on it.
  // A young generation of 64 MB a half-space instead of V8's 16: Astro's renderer makes short-lived
  // objects by the million (one tree per page), and most of them then die young instead of being
  // copied over and over. At 1,000 articles, in six builds of each kind taken in turn: median
  // 22.5 s instead of 22.9 s, some 0.5 s less CPU, and no higher peak memory (1,196–1,273 MB
  // against 1,290–1,302 MB in the runs measured).
  const astro = spawn(process.execPath, ['--max-semi-space-size=64', astroBin, 'build', ...process.argv.slice(2)], {
    // Its output goes on to ours, line by line; each page it logs goes to the index.
    stdio: ['inherit', 'pipe', 'inherit'],
    env: {
      // Vite's bundler (rolldown, native) allocates with mimalloc, which by default keeps freed
      // memory for a while: Astro then renders with some 250 MB it no longer uses (measured at
      // 1,000 articles). Returned at once, the build's peak memory drops by as much.
      MIMALLOC_PURGE_DELAY: '0',
      ...process.env,
      [STAGED_BUILD_ENV]: stagedFile,
      [STAGING_READY_ENV]: stagingReadyFile,
    },
  });
  astroBuild = astro;
  const closed = once(astro, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
  astroClosed = closed;
  // Pages named before the index is ready wait for it (Astro renders none in its first seconds).
  const named: string[] = [];
  createInterface({ input: astro.stdout! }).on('line', (line) => {
    console.log(line);
    for (const page of pagesStartedIn(line)) {
      if (search) search.started(page);
      else named.push(page);
    }
  });
  // Pagefind's service next: a build it cannot index stops Astro before it has rendered anything.
  const { indexWhileRendering } = await import('../src/build/search-step.ts');
  const index = await indexWhileRendering(stagingFolder);
  search = index;
  for (const page of named.splice(0)) index.started(page);
  const [status, signal] = await closed;
  astroBuild = undefined;
  if (status !== 0) {
    await index.abandon();
    console.error(`build: astro build failed (exit ${status ?? signal}); the last good site is unchanged.`);
    process.exitCode = 1;
  } else {
    const staged: StagedBuild = JSON.parse(readFileSync(stagedFile, 'utf8'));
    log('search', await index.finish(staged.staging, staged.base));
    await publish(staged);
    log('build', `Site written to ${staged.output}/`);
  }
} catch (error) {
  // Astro still running (Pagefind could not start): stopped, and waited for.
  if (astroBuild) {
    astroBuild.kill();
    await astroClosed?.catch(() => undefined);
  }
  await search?.abandon();
  console.error(`build: ${error instanceof Error ? error.message : String(error)}; the last good site is unchanged.`);
  process.exitCode = 1;
} finally {
  settled = true;
  rmSync(handoff, { recursive: true, force: true });
}
