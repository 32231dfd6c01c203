/**
 * `npm run bench` (issues #7 and #14): build the site at several corpus sizes beside a bare Astro
 * site, weigh every page, load the heaviest of each type, time its search, rebuild after one new
 * article, run Lighthouse, and write bench/results/latest.{json,md}. A benchmark, not a test: it
 * never fails on a number, only when it cannot measure at all.
 *
 *   BENCH_SIZES=5,100,1000  corpus sizes (5 is the real corpus, content/ itself; up to 9999)
 *   BENCH_SEED=7            seed of the synthetic corpus
 *   BENCH_REPEAT=1          cold builds per size and kind (the median is kept)
 *   BENCH_KEEP=1            keep the temporary folder (generated content, built sites, logs)
 *   BENCH_REBUILD=0         skip the rebuilds after one new article
 *   BENCH_INCREMENTAL=0     skip Astro's incremental build (measured at the largest N)
 *   BENCH_PROFILE=1         one more cold build at the largest N under `node --cpu-prof`
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { serveStatic } from '../tests/support/server.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { measureSearch, pageWeight, readWithoutJs, type PageWeight } from './browser.ts';
import { addArticle, generateContent, type GeneratedCorpus } from './generate.ts';
import { runLighthouse } from './lighthouse.ts';
import { dirSize, median, runMeasured } from './measure.ts';
import { scanSite } from './pages.ts';
import { buildPhases, pagefindStepSeconds, summarizeProfiles } from './profile.ts';
import { judgeTargets, PAGE_BUDGET, renderMarkdown } from './report.ts';
import type { BenchResults, BuildMeasure, RebuildMeasure, SizeResult } from './types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const realContent = path.join(root, 'content');
const astroBin = path.join(root, 'node_modules', '.bin', 'astro');
/** The site's build, as `npm run build` runs it: Astro, then the search index, then the swap. */
const buildScript = path.join(root, 'scripts', 'build.ts');
const resultsDir = path.join(root, 'bench', 'results');
const baselineRoot = path.join(root, 'bench', 'baseline');
/** The real corpus's size: N=5 is built from content/ itself. */
const REAL_N = 5;

const sizes = [...new Set((process.env.BENCH_SIZES ?? '5,100,1000').split(',').map((s) => Number(s.trim())))]
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const seed = Number(process.env.BENCH_SEED ?? 7);
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
const keep = process.env.BENCH_KEEP === '1';
const rebuild = process.env.BENCH_REBUILD !== '0';
const incremental = process.env.BENCH_INCREMENTAL !== '0';
const profile = process.env.BENCH_PROFILE === '1';
if (sizes.length === 0) throw new Error(`BENCH_SIZES gives no size: "${process.env.BENCH_SIZES}"`);
// Article ids are synthetique-NNNN-…: four digits.
if (sizes.some((n) => n > 9999)) throw new Error('the generator numbers articles with four digits: at most 9999');

/** The environment of a build: the project's Node 22 first on PATH (the astro bin is `env node`). */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|DOSSIER_.*|BENCH_.*)$/.test(name)),
  );
  return {
    ...inherited,
    PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * The folder builds run from. Astro puts a build's server bundle in `<cwd>/.astro/.prerender/`
 * when the output folder is outside the working directory, and deletes it at the end: two builds
 * from the project's root at once (ours and a test's) delete each other's bundle. A private
 * working directory inside the project (so that the bundle still resolves node_modules) keeps
 * ours apart. bench/results/ is git-ignored.
 */
let buildCwd = root;

interface BuildOptions {
  /** Builds to run (the median is kept); default BENCH_REPEAT. */
  runs?: number;
  /** Keep the cache of the (last) run at this folder, instead of a fresh one removed at the end. */
  cacheDir?: string;
  /** Leave the output folder of a previous build in place (a rebuild). */
  keepOutput?: boolean;
  /** Run the site's build script (scripts/build.ts) with these arguments, instead of `astro …args`. */
  site?: boolean;
  /** Node options for every Node process of the build (a profiled build: --cpu-prof). */
  nodeOptions?: string;
}

/** Builds `runs` times, each from an empty cache unless one is given, and keeps the median time. */
async function measureBuild(
  label: string,
  args: string[],
  env: Record<string, string>,
  outDir: string,
  tmp: string,
  options: BuildOptions = {},
): Promise<BuildMeasure> {
  const runsMs: number[] = [];
  let peak = 0;
  let load = 0;
  let logFile: string | undefined;
  for (let run = 0; run < (options.runs ?? repeat); run++) {
    const name = `${label.replace(/[^a-z0-9]+/gi, '-')}-${run}`;
    const cacheDir = options.cacheDir ?? path.join(tmp, `cache-${name}`);
    // A cold build starts from nothing: neither the last run's output nor its caches.
    if (!options.keepOutput) await rm(outDir, { recursive: true, force: true });
    if (!options.keepOutput) await rm(cacheDir, { recursive: true, force: true });
    logFile = path.join(tmp, `${name}.log`);
    const [command, commandArgs] = options.site ? [process.execPath, [buildScript, ...args]] : [astroBin, args];
    const result = await runMeasured(command, commandArgs, {
      cwd: buildCwd,
      env: buildEnv({ ...env, BENCH_CACHE_DIR: cacheDir, ...(options.nodeOptions ? { NODE_OPTIONS: options.nodeOptions } : {}) }),
      logFile,
    });
    if (!options.cacheDir) await rm(cacheDir, { recursive: true, force: true });
    load = Math.max(load, result.loadAtStart);
    if (!result.ok) {
      log(`${label}: build failed (exit ${result.exitCode})`);
      return {
        ok: false,
        wallMs: result.wallMs,
        runsMs,
        peakRssBytes: result.peakRssBytes,
        distBytes: 0,
        loadAtStart: load,
        error: result.outputTail.slice(-3000),
        logFile,
      };
    }
    runsMs.push(result.wallMs);
    peak = Math.max(peak, result.peakRssBytes);
    log(
      `${label}: ${(result.wallMs / 1000).toFixed(1)} s, peak ${(result.peakRssBytes / 1e6).toFixed(0)} MB, load ${result.loadAtStart.toFixed(1)}`,
    );
  }
  return {
    ok: true,
    wallMs: median(runsMs),
    runsMs,
    peakRssBytes: peak,
    distBytes: await dirSize(outDir),
    loadAtStart: load,
    ...(logFile ? { logFile } : {}),
  };
}

/** Runs of one build, measured apart, as one measure: the median time, the highest peak and load. */
function mergeRuns(runs: BuildMeasure[]): BuildMeasure {
  const last = runs.at(-1);
  if (!last) throw new Error('mergeRuns: no run');
  const failed = runs.find((run) => !run.ok);
  if (failed) return failed;
  const runsMs = runs.flatMap((run) => run.runsMs);
  return {
    ...last,
    wallMs: median(runsMs),
    runsMs,
    peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)),
    loadAtStart: Math.max(...runs.map((run) => run.loadAtStart)),
  };
}

/**
 * The site's cold builds and the baseline's, one of each in turn (BENCH_REPEAT times): on a
 * machine whose speed drifts from minute to minute, both medians then come from the same minutes.
 */
async function measureSiteAndBaseline(
  site: (run: number) => Promise<BuildMeasure>,
  baseline: (run: number) => Promise<BuildMeasure>,
): Promise<{ site: BuildMeasure; baseline: BuildMeasure }> {
  const siteRuns: BuildMeasure[] = [];
  const baselineRuns: BuildMeasure[] = [];
  for (let run = 0; run < repeat; run++) {
    siteRuns.push(await site(run));
    baselineRuns.push(await baseline(run));
    if (!siteRuns.at(-1)?.ok || !baselineRuns.at(-1)?.ok) break;
  }
  return { site: mergeRuns(siteRuns), baseline: mergeRuns(baselineRuns) };
}

/** The real corpus's counts, in the same terms as the generator's. */
async function realCorpus(): Promise<GeneratedCorpus> {
  const yamlFiles = async (folder: string) =>
    existsSync(path.join(realContent, folder))
      ? (await readdir(path.join(realContent, folder))).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(realContent, folder, f))
      : [];
  const articles = (await readdir(path.join(realContent, 'articles'))).filter((f) => f.endsWith('.md'));
  let words = 0;
  for (const file of articles) {
    const body = (await readFile(path.join(realContent, 'articles', file), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
    words += body.split(/\s+/).filter(Boolean).length;
  }
  const count = async (folder: string, field: string) => {
    let total = 0;
    for (const file of await yamlFiles(folder)) total += (parse(readFileSync(file, 'utf8'))?.[field] ?? []).length;
    return total;
  };
  return {
    articles: articles.length,
    events: (await yamlFiles('events')).length,
    citations: await count('events', 'citations'),
    quotes: await count('quotes', 'quotes'),
    claims: await count('claims', 'claims'),
    words,
  };
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** Page types Lighthouse scores (search comes with a query), at the smallest and the largest N. */
const LIGHTHOUSE_TYPES = ['home', 'article', 'article list', 'timeline', 'entity', 'quotes', 'disagreements', 'analysis', 'map'];

/**
 * In Chromium: the heaviest page of every type (weight, requests, load time), an article without
 * JavaScript, search; then Lighthouse when asked. A page that does not load is noted, and the
 * others are measured all the same.
 */
async function measureInBrowser(
  size: SizeResult,
  dist: string,
  withLighthouse: boolean,
): Promise<BenchResults['lighthouse'][number] | undefined> {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  const notes: string[] = [];
  let lighthouse: BenchResults['lighthouse'][number] | undefined;
  try {
    const heaviest = new Map((size.scan?.types ?? []).map((type) => [type.type, type.heaviestGzip.path]));
    const weights: PageWeight[] = [];
    for (const [type, pagePath] of heaviest) {
      // Search is weighed with its first search, below.
      if (type === 'search') continue;
      try {
        const weight = await pageWeight(browser, site.origin, type, pagePath);
        if (weight.status !== 200 && type !== 'not found') notes.push(`${type}: ${pagePath} answered ${weight.status}`);
        weights.push(weight);
      } catch (error) {
        notes.push(`${type}: ${pagePath} did not load: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    log(`N=${size.n}: heaviest page of each type loaded`);
    size.pageWeights = weights;
    size.skipped = notes;
    const article = heaviest.get('article');
    if (article) size.noJs = await readWithoutJs(browser, site.origin, article);
    try {
      size.search = await measureSearch(browser, site.origin);
      weights.push({ ...size.search.firstSearch, name: 'search' });
      log(
        `N=${size.n}: search median ${size.search.medianMs.toFixed(1)} ms, first search ${(size.search.firstSearch.total.gzip / 1000).toFixed(1)} kB gzip`,
      );
    } catch (error) {
      notes.push(`search: ${(error as Error).message}`);
      log(`N=${size.n}: search failed: ${(error as Error).message}`);
    }

    if (withLighthouse) {
      // Lighthouse brings its own Chromium: close ours so they do not share the two cores.
      await browser.close();
      log(`N=${size.n}: Lighthouse…`);
      const run = await runLighthouse(site.origin, [
        ...LIGHTHOUSE_TYPES.flatMap((type) => {
          const pagePath = heaviest.get(type);
          return pagePath ? [{ name: type, path: pagePath }] : [];
        }),
        { name: 'search', path: '/recherche/?q=coree' },
      ]);
      lighthouse = { ...run, n: size.n };
      log(`N=${size.n}: Lighthouse ${run.error ? `failed: ${run.error}` : 'done'}`);
    }
  } finally {
    await browser.close().catch(() => undefined);
    await site.close();
  }
  return lighthouse;
}

/** The Pagefind step and the phases of a build, from its log. */
async function readBuildLog(
  measure: BuildMeasure,
): Promise<{ pagefindStepSeconds?: number; pagefindLog?: string; phases: ReturnType<typeof buildPhases> }> {
  if (!measure.logFile || !existsSync(measure.logFile)) return { phases: [] };
  const text = await readFile(measure.logFile, 'utf8');
  const step = pagefindStepSeconds(text);
  const line = text.split('\n').find((l) => l.includes('Search index:'));
  return {
    ...(step === undefined ? {} : { pagefindStepSeconds: step }),
    ...(line ? { pagefindLog: line.replace(/^.*?Search index:/, 'Search index:').trim() } : {}),
    phases: buildPhases(text),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'dossier-bench-'));
  await mkdir(resultsDir, { recursive: true });
  buildCwd = await mkdtemp(path.join(resultsDir, '.build-'));
  log(`sizes ${sizes.join(', ')}; seed ${seed}; working in ${tmp}`);
  const notes: string[] = [];
  const results: SizeResult[] = [];
  const lighthouse: BenchResults['lighthouse'] = [];
  // Lighthouse at the real corpus (or the smallest N) and at the largest N; the rest at every N.
  const lighthouseSizes = new Set([sizes.includes(REAL_N) ? REAL_N : sizes[0]!, sizes[sizes.length - 1]!]);
  const largest = sizes[sizes.length - 1]!;

  try {
    for (const n of sizes) {
      const real = n === REAL_N;
      const contentDir = real ? realContent : path.join(tmp, `content-${n}`);
      const content = real ? await realCorpus() : await generateContent(realContent, contentDir, n, seed);
      if (real && content.articles !== REAL_N) notes.push(`content/ now holds ${content.articles} articles; N=${REAL_N} builds it as is.`);
      log(
        `N=${n}: ${real ? 'real corpus' : `generated ${content.words} words, ${content.events} events, ${content.quotes} quotes, ${content.claims} claims`}`,
      );

      const siteOut = path.join(tmp, `site-${n}`);
      const baselineOut = path.join(tmp, `baseline-${n}`);
      // Options for `astro build`, passed on by the site's build script.
      const siteArgs = ['--root', root, '--config', 'bench/site.config.mjs'];
      const siteEnv = { DOSSIER_CONTENT_DIR: contentDir, DOSSIER_OUT_DIR: siteOut };
      // The cold build's caches stay for the rebuild after one new article (not for content/).
      const warmCache = !real && rebuild ? path.join(tmp, `cache-warm-${n}`) : undefined;
      const { site, baseline } = await measureSiteAndBaseline(
        (run) =>
          measureBuild(`site N=${n} #${run + 1}`, siteArgs, siteEnv, siteOut, tmp, {
            runs: 1,
            site: true,
            ...(warmCache ? { cacheDir: warmCache } : {}),
          }),
        (run) =>
          measureBuild(
            `baseline N=${n} #${run + 1}`,
            ['build', '--root', baselineRoot],
            { BENCH_ARTICLES_DIR: path.join(contentDir, 'articles'), BENCH_BASELINE_OUT_DIR: baselineOut },
            baselineOut,
            tmp,
            { runs: 1 },
          ),
      );
      const size: SizeResult = {
        n,
        corpus: real ? 'real' : 'synthetic',
        content,
        site: {
          ...site,
          pagefindBytes: site.ok ? await dirSize(path.join(siteOut, 'pagefind')) : 0,
          pages: site.ok ? await countPages(siteOut) : 0,
        },
        baseline,
        ratio: site.ok && baseline.ok ? site.wallMs / baseline.wallMs : null,
        ...(await readBuildLog(site)),
      };
      results.push(size);

      if (site.ok) {
        size.scan = await scanSite(siteOut, PAGE_BUDGET);
        log(`N=${n}: ${size.scan.pages} pages weighed, ${size.scan.overGzipCount} over ${PAGE_BUDGET.gzip / 1000} kB gzip`);
        try {
          const run = await measureInBrowser(size, siteOut, lighthouseSizes.has(n));
          if (run) lighthouse.push(run);
        } catch (error) {
          notes.push(`browser measures at N=${n} failed: ${(error as Error).stack ?? error}`);
          log(`N=${n}: browser measures failed: ${(error as Error).message}`);
        }
      }

      if (site.ok && profile && n === largest) {
        const profileDir = path.join(tmp, `profile-${n}`);
        await rm(profileDir, { recursive: true, force: true });
        const profileOut = path.join(tmp, `site-${n}-profiled`);
        const build = await measureBuild(`site N=${n} profiled`, siteArgs, { ...siteEnv, DOSSIER_OUT_DIR: profileOut }, profileOut, tmp, {
          runs: 1,
          site: true,
          nodeOptions: `--cpu-prof --cpu-prof-dir=${profileDir}`,
        });
        if (build.ok) {
          const summary = await summarizeProfiles(profileDir, root);
          // The largest profile (the main thread) is kept for Chrome's DevTools or speedscope.
          const kept = path.join(resultsDir, `profile-N${n}.cpuprofile`);
          const biggest = [...summary.files].sort((a, b) => statSync(b).size - statSync(a).size)[0];
          if (biggest) await writeFile(kept, readFileSync(biggest));
          size.profile = {
            build,
            phases: (await readBuildLog(build)).phases,
            summary,
            ...(biggest ? { kept: path.relative(root, kept) } : {}),
          };
          log(`N=${n}: profile of ${(summary.totalMs / 1000).toFixed(1)} s of CPU, kept in ${path.relative(root, kept)}`);
        }
        await rm(profileOut, { recursive: true, force: true });
        if (!keep) await rm(profileDir, { recursive: true, force: true });
      }

      if (site.ok && warmCache) {
        const measure: Partial<RebuildMeasure> = {};
        let incrementalCold: BuildMeasure | undefined;
        const incrementalCache = path.join(tmp, `cache-incremental-${n}`);
        const incrementalOut = path.join(tmp, `site-${n}-incremental`);
        const incrementalEnv = { ...siteEnv, DOSSIER_OUT_DIR: incrementalOut, BENCH_INCREMENTAL_BUILD: '1' };
        if (incremental && n === largest) {
          incrementalCold = await measureBuild(`site N=${n} incremental, cold`, siteArgs, incrementalEnv, incrementalOut, tmp, {
            runs: 1,
            site: true,
            cacheDir: incrementalCache,
          });
        }
        measure.article = await addArticle(realContent, contentDir, n, seed);
        measure.warm = await measureBuild(`site N=${n}+1 warm`, siteArgs, siteEnv, siteOut, tmp, {
          runs: 1,
          site: true,
          cacheDir: warmCache,
          keepOutput: true,
        });
        if (incrementalCold?.ok) {
          const warm = await measureBuild(`site N=${n}+1 incremental`, siteArgs, incrementalEnv, incrementalOut, tmp, {
            runs: 1,
            site: true,
            cacheDir: incrementalCache,
            keepOutput: true,
          });
          measure.incremental = { cold: incrementalCold, warm };
        } else if (incrementalCold) {
          measure.incremental = { cold: incrementalCold };
        }
        size.rebuild = {
          article: measure.article,
          warm: measure.warm,
          ...(measure.incremental ? { incremental: measure.incremental } : {}),
        };
        await rm(incrementalOut, { recursive: true, force: true });
        await rm(incrementalCache, { recursive: true, force: true });
        await rm(warmCache, { recursive: true, force: true });
      }

      // Free the disk as we go: a 1000-article site and its content are tens of MB.
      if (!keep) {
        await rm(siteOut, { recursive: true, force: true });
        await rm(baselineOut, { recursive: true, force: true });
        if (!real) await rm(contentDir, { recursive: true, force: true });
      }
    }
  } finally {
    if (keep) log(`kept ${tmp} (generated content, built sites, build logs)`);
    else await rm(tmp, { recursive: true, force: true });
    await rm(buildCwd, { recursive: true, force: true });
    // The baseline's build leaves Astro's generated types and Vite's cache beside it.
    await rm(path.join(baselineRoot, '.astro'), { recursive: true, force: true });
    await rm(path.join(baselineRoot, 'node_modules'), { recursive: true, force: true });
  }

  const version = (pkg: string) => {
    try {
      return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
    } catch {
      return 'not installed';
    }
  };
  const partial: Omit<BenchResults, 'targets' | 'totalSeconds'> = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
    },
    versions: { node: process.versions.node, astro: version('astro'), pagefind: version('pagefind'), lighthouse: version('lighthouse') },
    seed,
    repeat,
    sizes: results,
    lighthouse,
    notes,
  };
  const report: BenchResults = { ...partial, targets: judgeTargets(partial), totalSeconds: (performance.now() - started) / 1000 };
  const markdown = renderMarkdown(report);
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(resultsDir, 'latest.md'), markdown);
  console.log(markdown);
  log(`wrote bench/results/latest.json and latest.md in ${report.totalSeconds.toFixed(0)} s`);
}

await main();
