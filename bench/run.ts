/**
 * `npm run bench` (issue #7): build the site at several corpus sizes beside a bare Astro site,
 * weigh its pages, time its search, run Lighthouse, and write bench/results/latest.{json,md}.
 * A benchmark, not a test: it never fails on a number, only when it cannot measure at all.
 *
 *   BENCH_SIZES=5,100,1000  corpus sizes (5 is the real corpus, content/ itself)
 *   BENCH_SEED=7            seed of the synthetic corpus
 *   BENCH_REPEAT=1          builds per size and kind (the median is kept)
 *   BENCH_KEEP=1            keep the temporary folder (generated content, built sites)
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { serveStatic } from '../tests/support/server.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { measureSearch, pageWeight, readWithoutJs, type PageWeight } from './browser.ts';
import { generateContent, type GeneratedCorpus } from './generate.ts';
import { runLighthouse } from './lighthouse.ts';
import { dirSize, median, runMeasured } from './measure.ts';
import { judgeTargets, renderMarkdown } from './report.ts';
import type { BenchResults, BuildMeasure, SizeResult } from './types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const realContent = path.join(root, 'content');
const astroBin = path.join(root, 'node_modules', '.bin', 'astro');
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
if (sizes.length === 0) throw new Error(`BENCH_SIZES gives no size: "${process.env.BENCH_SIZES}"`);
if (sizes.some((n) => n > 1000)) throw new Error('the generator gives seeds NNN_…: at most 1000 articles');

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

/** Builds `repeat` times, each from an empty cache, and keeps the median time. */
async function measureBuild(
  label: string,
  args: string[],
  env: Record<string, string>,
  outDir: string,
  tmp: string,
): Promise<BuildMeasure> {
  const runsMs: number[] = [];
  let peak = 0;
  let load = 0;
  for (let run = 0; run < repeat; run++) {
    const name = `${label.replace(/[^a-z0-9]+/gi, '-')}-${run}`;
    const cacheDir = path.join(tmp, `cache-${name}`);
    await rm(outDir, { recursive: true, force: true });
    const result = await runMeasured(astroBin, args, {
      cwd: buildCwd,
      env: buildEnv({ ...env, BENCH_CACHE_DIR: cacheDir }),
      logFile: path.join(tmp, `${name}.log`),
    });
    await rm(cacheDir, { recursive: true, force: true });
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
      };
    }
    runsMs.push(result.wallMs);
    peak = Math.max(peak, result.peakRssBytes);
    log(
      `${label}: ${(result.wallMs / 1000).toFixed(1)} s, peak ${(result.peakRssBytes / 1e6).toFixed(0)} MB, load ${result.loadAtStart.toFixed(1)}`,
    );
  }
  return { ok: true, wallMs: median(runsMs), runsMs, peakRssBytes: peak, distBytes: await dirSize(outDir), loadAtStart: load };
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

/** The article page with the most HTML: the heaviest case of the page type. */
async function heaviestArticle(dist: string): Promise<string | undefined> {
  const folder = path.join(dist, 'articles');
  let best: { slug: string; size: number } | undefined;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name, 'index.html');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const size = readFileSync(file).length;
    if (!best || size > best.size) best = { slug: entry.name, size };
  }
  return best && `/articles/${best.slug}/`;
}

/** An entity page, preferring the most cited person; undefined when there are none yet. */
function entityPage(dist: string): string | undefined {
  const folder = path.join(dist, 'entites');
  for (const id of ['vladimir-poutine', 'kim-jong-un']) {
    if (existsSync(path.join(folder, id, 'index.html'))) return `/entites/${id}/`;
  }
  return undefined;
}

async function measureInBrowser(size: SizeResult, dist: string): Promise<BenchResults['lighthouse'][number]> {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  const notes: string[] = [];
  let lighthouse: BenchResults['lighthouse'][number] | undefined;
  try {
    const article = await heaviestArticle(dist);
    const entity = entityPage(dist);
    const candidates: { name: string; path: string | undefined; why?: string }[] = [
      { name: 'home', path: '/' },
      { name: 'article', path: article, why: 'no article page' },
      { name: 'timeline', path: '/chronologie/' },
      { name: 'entity', path: entity, why: 'no /entites/<id>/ page in the build (not built yet)' },
      {
        name: 'analysis',
        path: existsSync(path.join(dist, 'analyse', 'index.html')) ? '/analyse/' : undefined,
        why: 'no /analyse/ page in the build (not built yet)',
      },
      {
        name: 'map',
        path: existsSync(path.join(dist, 'carte', 'index.html')) ? '/carte/' : undefined,
        why: 'no /carte/ page in the build',
      },
    ];
    const weights: PageWeight[] = [];
    for (const candidate of candidates) {
      if (!candidate.path) {
        notes.push(`${candidate.name}: ${candidate.why}`);
        continue;
      }
      const weight = await pageWeight(browser, site.origin, candidate.name, candidate.path);
      if (weight.status === 404) notes.push(`${candidate.name}: ${candidate.path} is a 404`);
      else weights.push(weight);
    }
    log(`N=${size.n}: page weights done`);
    size.pageWeights = weights;
    size.skipped = notes;
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

    // Lighthouse brings its own Chromium: close ours so they do not share the two cores.
    await browser.close();
    log(`N=${size.n}: Lighthouse…`);
    const run = await runLighthouse(site.origin, [
      { name: 'home', path: '/' },
      ...(article ? [{ name: 'article', path: article }] : []),
      { name: 'timeline', path: '/chronologie/' },
      { name: 'search', path: '/recherche/?q=coree' },
    ]);
    lighthouse = { ...run, n: size.n };
    log(`N=${size.n}: Lighthouse ${run.error ? `failed: ${run.error}` : 'done'}`);
  } finally {
    await browser.close().catch(() => undefined);
    await site.close();
  }
  if (!lighthouse) throw new Error('Lighthouse was not reached');
  return lighthouse;
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
  // Browser measures at the real corpus (or the smallest N) and at the largest N.
  const browserSizes = new Set([sizes.includes(REAL_N) ? REAL_N : sizes[0]!, sizes[sizes.length - 1]!]);

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
      const site = await measureBuild(
        `site N=${n}`,
        ['build', '--root', root, '--config', 'bench/site.config.mjs'],
        { DOSSIER_CONTENT_DIR: contentDir, DOSSIER_OUT_DIR: siteOut },
        siteOut,
        tmp,
      );
      const baseline = await measureBuild(
        `baseline N=${n}`,
        ['build', '--root', baselineRoot],
        { BENCH_ARTICLES_DIR: path.join(contentDir, 'articles'), BENCH_BASELINE_OUT_DIR: baselineOut },
        baselineOut,
        tmp,
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
      };
      results.push(size);

      if (site.ok && browserSizes.has(n)) {
        try {
          lighthouse.push(await measureInBrowser(size, siteOut));
        } catch (error) {
          notes.push(`browser measures at N=${n} failed: ${(error as Error).stack ?? error}`);
          log(`N=${n}: browser measures failed: ${(error as Error).message}`);
        }
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
