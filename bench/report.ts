/**
 * The verdict on each target of issues #7 and #14, and the Markdown report (also printed to the
 * terminal). Targets are reported, never asserted: a benchmark that fails on a slow machine says
 * nothing.
 */
import type { PageWeight } from './browser.ts';
import { LIGHTHOUSE_CATEGORIES } from './lighthouse.ts';
import type { BenchResults, SizeResult, TargetVerdict } from './types.ts';

const KB = 1000;
const ARTICLE_BUDGET_BYTES = 30 * KB;
const SEARCH_BUDGET_BYTES = 150 * KB;
const BASELINE_RATIO = 1.5;

// Issue #14's budgets.
/** Every HTML page, at every N. */
export const PAGE_BUDGET = { gzip: 100 * KB, raw: 400 * KB };
const PAGE_LOAD_BUDGET_MS = 2000;
/** Build time and peak memory against the bare baseline, at N ≥ 1000. */
const BUILD_RATIO_14 = 3;
const MEMORY_RATIO_14 = 1.5;
const PAGEFIND_STEP_BUDGET_S = 5;
const REBUILD_BUDGET = 0.4;
/** The first search: at the real corpus (N ≤ 5) and at N ≥ 1000. */
const FIRST_SEARCH_SMALL = 110 * KB;
const FIRST_SEARCH_LARGE = 150 * KB;
/** The N at and above which the « at N=1000 » budgets are judged. */
const LARGE_N = 1000;
/** Cost per article counts as flat while it grows by at most this factor. */
const FLAT_TOLERANCE = 1.2;

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const msPerArticle = (size: SizeResult) => size.site.wallMs / size.n;

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function articleWeight(size: SizeResult): PageWeight | undefined {
  return size.pageWeights?.find((w) => w.name === 'article');
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

/** The sizes a budget « at N=1000 » is judged on; none when the run has no such size. */
const largeSizes = (results: Omit<BenchResults, 'targets' | 'totalSeconds'>) => results.sizes.filter((s) => s.n >= LARGE_N);

function verdict(target: string, judged: boolean[], detail: string): TargetVerdict {
  return { target, met: judged.length === 0 ? null : judged.every(Boolean), detail: detail || 'not measured' };
}

/** Issue #14: every page bounded, a build near bare Astro, a search that never blocks. */
export function judgeIssue14(results: Omit<BenchResults, 'targets' | 'totalSeconds'>): TargetVerdict[] {
  const targets: TargetVerdict[] = [];
  const scanned = results.sizes.filter((s) => s.scan);
  targets.push(
    verdict(
      `#14 Every HTML page at most ${kb(PAGE_BUDGET.gzip)} gzip, at every N`,
      scanned.map((s) => s.scan!.overGzipCount === 0),
      scanned
        .map(
          (s) =>
            `N=${s.n}: heaviest ${kb(s.scan!.maxGzip?.gzip ?? 0)} (${s.scan!.maxGzip?.path}), ${s.scan!.overGzipCount} of ${s.scan!.pages} pages over`,
        )
        .join('; '),
    ),
    verdict(
      `#14 Every HTML page at most ${kb(PAGE_BUDGET.raw)} raw, at every N`,
      scanned.map((s) => s.scan!.overRawCount === 0),
      scanned
        .map(
          (s) =>
            `N=${s.n}: heaviest ${kb(s.scan!.maxRaw?.raw ?? 0)} (${s.scan!.maxRaw?.path}), ${s.scan!.overRawCount} of ${s.scan!.pages} pages over`,
        )
        .join('; '),
    ),
  );

  const loaded = results.sizes.filter((s) => s.pageWeights?.length);
  targets.push(
    verdict(
      `#14 The heaviest page of every type loads in local Chromium in under ${PAGE_LOAD_BUDGET_MS / 1000} s (load event)`,
      loaded.map(
        (s) => s.pageWeights!.every((w) => w.loadMs < PAGE_LOAD_BUDGET_MS) && !(s.skipped ?? []).some((n) => n.includes('did not load')),
      ),
      loaded
        .map((s) => {
          const slowest = s.pageWeights!.reduce((a, b) => (b.loadMs > a.loadMs ? b : a));
          const failed = (s.skipped ?? []).filter((n) => n.includes('did not load'));
          const search = s.pageWeights!.find((w) => w.name === 'search');
          return (
            `N=${s.n}: slowest ${slowest.name} ${slowest.loadMs.toFixed(0)} ms` +
            `${search ? ` (search: results shown at ${search.readyMs.toFixed(0)} ms)` : ''}` +
            `${failed.length ? `; did not load: ${failed.join(', ')}` : ''}`
          );
        })
        .join('; '),
    ),
  );

  const large = largeSizes(results);
  const builtPairs = results.sizes.filter((s) => s.site.ok && s.baseline.ok);
  targets.push(
    verdict(
      `#14 Build at most ${BUILD_RATIO_14}× the bare baseline at N ≥ ${LARGE_N}`,
      large.map((s) => s.site.ok && s.baseline.ok && s.ratio! <= BUILD_RATIO_14),
      builtPairs.map((s) => `N=${s.n}: ${seconds(s.site.wallMs)} / ${seconds(s.baseline.wallMs)} = ${s.ratio!.toFixed(2)}×`).join('; '),
    ),
    verdict(
      `#14 Peak memory at most ${MEMORY_RATIO_14}× the baseline's at N ≥ ${LARGE_N}`,
      large.map((s) => s.site.ok && s.baseline.ok && s.site.peakRssBytes <= MEMORY_RATIO_14 * s.baseline.peakRssBytes),
      builtPairs
        .map(
          (s) =>
            `N=${s.n}: ${mb(s.site.peakRssBytes)} / ${mb(s.baseline.peakRssBytes)} = ${(s.site.peakRssBytes / s.baseline.peakRssBytes).toFixed(2)}×`,
        )
        .join('; '),
    ),
  );

  const stepped = results.sizes.filter((s) => s.pagefindStepSeconds !== undefined);
  targets.push(
    verdict(
      `#14 Pagefind step (after rendering) within ${PAGEFIND_STEP_BUDGET_S} s at N ≥ ${LARGE_N}`,
      large.map((s) => s.pagefindStepSeconds !== undefined && s.pagefindStepSeconds <= PAGEFIND_STEP_BUDGET_S),
      stepped.map((s) => `N=${s.n}: ${s.pagefindStepSeconds!.toFixed(1)} s`).join('; '),
    ),
  );

  const rebuilt = results.sizes.filter((s) => s.rebuild?.warm.ok && s.site.ok);
  targets.push(
    verdict(
      `#14 Rebuild after one new article at most ${pct(REBUILD_BUDGET)} of the cold build at N ≥ ${LARGE_N} (aim)`,
      large.filter((s) => s.rebuild).map((s) => s.rebuild!.warm.ok && s.rebuild!.warm.wallMs <= REBUILD_BUDGET * s.site.wallMs),
      rebuilt
        .map((s) => {
          const inc = s.rebuild!.incremental;
          const incremental = inc?.warm?.ok
            ? `; incremental build ${seconds(inc.warm.wallMs)} (${pct(inc.warm.wallMs / inc.cold.wallMs)} of its cold ${seconds(inc.cold.wallMs)})`
            : '';
          return `N=${s.n}+1: ${seconds(s.rebuild!.warm.wallMs)}, ${pct(s.rebuild!.warm.wallMs / s.site.wallMs)} of ${seconds(s.site.wallMs)}${incremental}`;
        })
        .join('; '),
    ),
  );

  const searched = results.sizes.filter((s) => s.search && (s.n <= 5 || s.n >= LARGE_N));
  targets.push(
    verdict(
      `#14 First search at most ${kb(FIRST_SEARCH_SMALL)} gzip at N=5 and ${kb(FIRST_SEARCH_LARGE)} at N ≥ ${LARGE_N}`,
      searched.map((s) => s.search!.firstSearch.total.gzip <= (s.n <= 5 ? FIRST_SEARCH_SMALL : FIRST_SEARCH_LARGE)),
      results.sizes
        .filter((s) => s.search)
        .map((s) => `N=${s.n}: ${kb(s.search!.firstSearch.total.gzip)}`)
        .join('; '),
    ),
  );

  const scored = results.lighthouse.filter((run) => !run.error && run.results.length > 0);
  targets.push(
    verdict(
      '#14 Lighthouse performance 100 on the search page (mobile preset)',
      scored.flatMap((run) => run.results.filter((r) => r.name === 'search').map((r) => r.scores.performance === 100)),
      scored
        .map((run) => {
          const search = run.results.find((r) => r.name === 'search');
          return `N=${run.n}: ${search?.scores.performance ?? 'n/a'}; every type: ${run.results.map((r) => `${r.name} ${r.scores.performance ?? 'n/a'}`).join(', ')}`;
        })
        .join('; '),
    ),
  );

  const huge = results.sizes.filter((s) => s.n >= 5000);
  if (huge.length > 0) {
    targets.push(
      verdict(
        '#14 The site builds at N=5000',
        huge.map((s) => s.site.ok),
        huge.map((s) => `N=${s.n}: ${s.site.ok ? `${seconds(s.site.wallMs)}, peak ${mb(s.site.peakRssBytes)}` : 'failed'}`).join('; '),
      ),
    );
  }
  return targets;
}

export function judgeTargets(results: Omit<BenchResults, 'targets' | 'totalSeconds'>): TargetVerdict[] {
  const built = results.sizes.filter((s) => s.site.ok && s.baseline.ok && s.ratio !== null);
  const targets: TargetVerdict[] = [...judgeIssue14(results)];

  targets.push(
    built.length === 0
      ? { target: `#7 Build within ${BASELINE_RATIO}× of the bare baseline at every N`, met: null, detail: 'no pair of builds completed' }
      : {
          target: `#7 Build within ${BASELINE_RATIO}× of the bare baseline at every N`,
          met: built.length === results.sizes.length && built.every((s) => s.ratio! <= BASELINE_RATIO),
          detail: built.map((s) => `N=${s.n}: ${s.ratio!.toFixed(2)}×`).join(', '),
        },
  );

  // Flat cost per article: ms/article at the smallest and largest sizes of at least 100. Fixed
  // costs make that ratio fall by itself, so the marginal cost (per added article) must hold too:
  // from the largest size under 100 up to the first size, then from there to the largest.
  const sorted = results.sizes.filter((s) => s.site.ok).sort((a, b) => a.n - b.n);
  const large = sorted.filter((s) => s.n >= 100);
  if (large.length >= 2) {
    const first = large[0]!;
    const last = large[large.length - 1]!;
    const growth = msPerArticle(last) / msPerArticle(first);
    const marginal = (last.site.wallMs - first.site.wallMs) / (last.n - first.n);
    const small = sorted.filter((s) => s.n < first.n).pop();
    const earlier = small ? (first.site.wallMs - small.site.wallMs) / (first.n - small.n) : undefined;
    const marginalGrowth = earlier === undefined ? undefined : marginal / earlier;
    targets.push({
      target: `#7 Cost per article flat from ${first.n} to ${last.n} articles (at most ${FLAT_TOLERANCE}×, total and marginal)`,
      met: growth <= FLAT_TOLERANCE && (marginalGrowth === undefined || marginalGrowth <= FLAT_TOLERANCE),
      detail:
        `${msPerArticle(first).toFixed(0)} → ${msPerArticle(last).toFixed(0)} ms/article (${growth.toFixed(2)}×); ` +
        `marginal cost ${earlier === undefined ? '' : `${earlier.toFixed(0)} ms per added article from N=${small!.n} to ${first.n}, `}` +
        `${marginal.toFixed(0)} from ${first.n} to ${last.n}${marginalGrowth === undefined ? '' : ` (${marginalGrowth.toFixed(2)}×)`}`,
    });
  } else {
    targets.push({
      target: '#7 Cost per article flat from 100 to 1,000 articles',
      met: null,
      detail: 'needs two sizes of 100 or more (BENCH_SIZES)',
    });
  }

  const noJs = results.sizes.find((s) => s.noJs)?.noJs;
  targets.push({
    target: '#7 No JavaScript needed to read an article',
    met: noJs ? noJs.readable : null,
    detail: noJs ? `with JavaScript off, ${noJs.path} shows ${noJs.paragraphs} paragraphs (${noJs.textChars} characters)` : 'not measured',
  });

  const weighed = results.sizes.filter((s) => articleWeight(s));
  targets.push({
    target: '#7 Article page: HTML + CSS under 30 kB compressed (gzip)',
    met:
      weighed.length === 0
        ? null
        : weighed.every((s) => {
            const w = articleWeight(s)!;
            return w.byKind.html.gzip + w.byKind.css.gzip < ARTICLE_BUDGET_BYTES;
          }),
    detail:
      weighed
        .map((s) => {
          const w = articleWeight(s)!;
          return `N=${s.n}: ${kb(w.byKind.html.gzip + w.byKind.css.gzip)} gzip, ${kb(w.byKind.html.brotli + w.byKind.css.brotli)} brotli (${w.path})`;
        })
        .join('; ') || 'not measured',
  });

  const searched = results.sizes.filter((s) => s.search);
  targets.push({
    target: '#7 A first search under 150 kB (gzip)',
    met: searched.length === 0 ? null : searched.every((s) => s.search!.firstSearch.total.gzip < SEARCH_BUDGET_BYTES),
    detail: searched.map((s) => `N=${s.n}: ${kb(s.search!.firstSearch.total.gzip)}`).join('; ') || 'not measured',
  });

  const runs = results.lighthouse.filter((run) => !run.error && run.results.length > 0);
  if (runs.length === 0) {
    const why = results.lighthouse.map((run) => `N=${run.n}: ${run.error}`).join('; ');
    targets.push({ target: '#7 Lighthouse 100 in all four categories on every page type', met: null, detail: why || 'not run' });
  } else {
    const verdicts = runs.map((run) => {
      const below = run.results.flatMap((r) =>
        LIGHTHOUSE_CATEGORIES.filter((c) => r.scores[c] !== 100).map((c) => `${r.name} ${c} ${r.scores[c] ?? 'n/a'}`),
      );
      return { n: run.n, below, count: run.results.length * LIGHTHOUSE_CATEGORIES.length };
    });
    targets.push({
      target: '#7 Lighthouse 100 in all four categories on every page type',
      met: verdicts.every((v) => v.below.length === 0),
      detail: verdicts
        .map((v) => (v.below.length === 0 ? `N=${v.n}: all ${v.count} scores are 100` : `N=${v.n}: below 100: ${v.below.join(', ')}`))
        .join('; '),
    });
  }
  return targets;
}

function weightTable(weights: PageWeight[]): string {
  return table(
    [
      'page',
      'path',
      'status',
      'requests',
      'HTML gz',
      'CSS gz',
      'JS gz',
      'fonts',
      'images',
      'other gz',
      'total raw',
      'total gzip',
      'total brotli',
    ],
    weights.map((w) => [
      w.name,
      w.path,
      w.status,
      w.requests,
      kb(w.byKind.html.gzip),
      kb(w.byKind.css.gzip),
      kb(w.byKind.js.gzip),
      kb(w.byKind.font.gzip),
      kb(w.byKind.image.gzip),
      kb(w.byKind.other.gzip),
      kb(w.total.raw),
      kb(w.total.gzip),
      kb(w.total.brotli),
    ]),
  );
}

export function renderMarkdown(results: BenchResults): string {
  const out: string[] = [];
  out.push('# Benchmark — Moscou–Pyongyang, le dossier', '');
  out.push(
    `${results.date} · ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB · ` +
      Object.entries(results.versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ') +
      ` · seed ${results.seed} · ${results.repeat} run(s) per build (median) · total ${seconds(results.totalSeconds * 1000)}`,
    '',
  );

  out.push('## Targets', '');
  out.push(
    table(
      ['target', 'met', 'measure'],
      results.targets.map((t) => [t.target, t.met === null ? 'not measured' : t.met ? 'yes' : 'NO', t.detail]),
    ),
    '',
  );

  out.push('## Build: the site against a bare Astro Markdown site', '');
  out.push(
    "Full `astro build` (Astro, then Pagefind), cold cache, wall time; peak memory is the summed RSS of the build's process tree. " +
      'N=5 is the real corpus (content/); larger N are synthetic articles from the same vocabulary.',
    '',
  );
  out.push(
    table(
      [
        'N',
        'corpus',
        'words',
        'events',
        'quotes',
        'claims',
        'pages',
        'site build',
        'ms/article',
        'baseline build',
        'site / baseline',
        'site peak RSS',
        'baseline peak RSS',
        'dist/',
        'dist/pagefind/',
        'baseline dist/',
        'load at start',
      ],
      results.sizes.map((s) => [
        s.n,
        s.corpus,
        s.content.words,
        s.content.events,
        s.content.quotes,
        s.content.claims,
        s.site.ok ? s.site.pages : 'failed',
        s.site.ok ? seconds(s.site.wallMs) : 'failed',
        s.site.ok ? msPerArticle(s).toFixed(0) : '–',
        s.baseline.ok ? seconds(s.baseline.wallMs) : 'failed',
        s.ratio === null ? '–' : `${s.ratio.toFixed(2)}×`,
        mb(s.site.peakRssBytes),
        mb(s.baseline.peakRssBytes),
        mb(s.site.distBytes),
        mb(s.site.pagefindBytes),
        mb(s.baseline.distBytes),
        `${s.site.loadAtStart.toFixed(1)} / ${s.baseline.loadAtStart.toFixed(1)}`,
      ]),
    ),
    '',
  );
  const busy = results.sizes.filter((s) => Math.max(s.site.loadAtStart, s.baseline.loadAtStart) > results.machine.cpus);
  if (busy.length > 0) {
    out.push(
      `The machine was busy (1-minute load above its ${results.machine.cpus} cores) when builds started at N=${busy.map((s) => s.n).join(', ')}: ` +
        'other work shared the CPU, so those times are high and the ratios less reliable.',
      '',
    );
  }
  const sorted = results.sizes.filter((s) => s.site.ok).sort((a, b) => a.n - b.n);
  if (sorted.length >= 2) {
    const steps = sorted.slice(1).map((s, i) => {
      const previous = sorted[i]!;
      const site = (s.site.wallMs - previous.site.wallMs) / (s.n - previous.n);
      const base = s.baseline.ok && previous.baseline.ok ? (s.baseline.wallMs - previous.baseline.wallMs) / (s.n - previous.n) : NaN;
      return `${previous.n} → ${s.n}: site ${site.toFixed(0)} ms, baseline ${Number.isNaN(base) ? '–' : base.toFixed(0)} ms per added article`;
    });
    out.push(`Marginal cost: ${steps.join('; ')}.`, '');
  }
  for (const size of results.sizes) {
    if (size.site.error) out.push(`**Site build failed at N=${size.n}:**`, '', '```', size.site.error, '```', '');
    if (size.baseline.error) out.push(`**Baseline build failed at N=${size.n}:**`, '', '```', size.baseline.error, '```', '');
  }

  const phased = results.sizes.filter((s) => s.phases?.length);
  if (phased.length > 0) {
    out.push('## Build phases (from the build log)', '');
    const names = [...new Set(phased.flatMap((s) => s.phases!.map((p) => p.name)))];
    out.push(
      table(
        ['phase', ...phased.map((s) => `N=${s.n}`)],
        names.map((name) => [
          name,
          ...phased.map((s) => {
            const phase = s.phases!.find((p) => p.name === name);
            return phase ? `${phase.seconds.toFixed(1)} s` : '–';
          }),
        ]),
      ),
      '',
      'The Pagefind step is everything after `astro build` has exited: the pages the log did not name yet, the events, writing the index (src/build/search-step.ts). The pages Astro named in its log as it started them were read once written, and sent, while it rendered.',
      '',
      ...phased.flatMap((s) => (s.pagefindLog ? [`- N=${s.n}: ${s.pagefindLog}`] : [])),
      '',
    );
  }

  const rebuilt = results.sizes.filter((s) => s.rebuild);
  if (rebuilt.length > 0) {
    out.push('## Rebuild after one new article', '');
    out.push(
      'The cold build at N, then one generated article more (`addArticle`, the next one of the corpus) and a rebuild with the cold build’s caches (content layer, Vite). ' +
        'At the largest N, Astro’s experimental incremental build too: its own cold build at N, then the rebuild (`BENCH_INCREMENTAL=0` skips it).',
      '',
    );
    out.push(
      table(
        [
          'N',
          'cold build',
          'rebuild',
          'rebuild / cold',
          'incremental: cold',
          'incremental: rebuild',
          'incremental rebuild / cold build',
          'article added',
        ],
        rebuilt.map((s) => {
          const r = s.rebuild!;
          const inc = r.incremental;
          return [
            s.n,
            seconds(s.site.wallMs),
            r.warm.ok ? seconds(r.warm.wallMs) : 'failed',
            r.warm.ok ? pct(r.warm.wallMs / s.site.wallMs) : '–',
            inc ? (inc.cold.ok ? seconds(inc.cold.wallMs) : 'failed') : '–',
            inc?.warm ? (inc.warm.ok ? seconds(inc.warm.wallMs) : 'failed') : '–',
            inc?.warm?.ok ? pct(inc.warm.wallMs / s.site.wallMs) : '–',
            r.article,
          ];
        }),
      ),
      '',
    );
    for (const s of rebuilt) {
      const failed = [s.rebuild!.warm, s.rebuild!.incremental?.cold, s.rebuild!.incremental?.warm].filter((m) => m && !m.ok);
      for (const m of failed) out.push(`**A rebuild failed at N=${s.n}:**`, '', '```', m!.error ?? '', '```', '');
    }
  }

  for (const size of results.sizes.filter((s) => s.scan)) {
    const scan = size.scan!;
    out.push(`## Heaviest page of each type at N=${size.n}`, '');
    out.push(
      `All ${scan.pages} HTML pages of dist/, weighed raw and gzip -9; page types by path (bench/pages.ts). Budgets: ${kb(PAGE_BUDGET.gzip)} gzip, ${kb(PAGE_BUDGET.raw)} raw, loaded in under ${PAGE_LOAD_BUDGET_MS / 1000} s (the heaviest page of each type, in Chromium, to the end of its load event; search also until its first results show).`,
      '',
    );
    out.push(
      table(
        ['type', 'pages', 'heaviest (gzip)', 'gzip', 'raw', 'heaviest raw', 'load event', 'results shown'],
        scan.types.map((t) => {
          const weight = size.pageWeights?.find((w) => w.name === t.type);
          return [
            t.type,
            t.pages,
            t.heaviestGzip.path,
            `${kb(t.heaviestGzip.gzip)}${t.heaviestGzip.gzip > PAGE_BUDGET.gzip ? ' (over)' : ''}`,
            kb(t.heaviestGzip.raw),
            `${t.heaviestRaw.path === t.heaviestGzip.path ? '' : `${t.heaviestRaw.path} `}${kb(t.heaviestRaw.raw)}${t.heaviestRaw.raw > PAGE_BUDGET.raw ? ' (over)' : ''}`,
            weight ? `${weight.loadMs.toFixed(0)} ms${weight.loadMs >= PAGE_LOAD_BUDGET_MS ? ' (over)' : ''}` : '–',
            weight && weight.readyMs !== weight.loadMs ? `${weight.readyMs.toFixed(0)} ms` : '',
          ];
        }),
      ),
      '',
    );
    if (scan.overGzipCount + scan.overRawCount > 0) {
      out.push(
        `Over budget: ${scan.overGzipCount} pages over ${kb(PAGE_BUDGET.gzip)} gzip (${scan.overGzip
          .slice(0, 10)
          .map((p) => `${p.path} ${kb(p.gzip)}`)
          .join(', ')}${scan.overGzipCount > 10 ? '…' : ''}); ` + `${scan.overRawCount} over ${kb(PAGE_BUDGET.raw)} raw.`,
        '',
      );
    }
  }

  for (const size of results.sizes.filter((s) => s.pageWeights)) {
    out.push(`## Page weight at N=${size.n} (${size.corpus} corpus)`, '');
    out.push(
      'Everything Chromium downloads on load with an empty cache (search: until the results show), compressed as a static host would (gzip -9, brotli -q 11; already-compressed files counted as they are). Requests include the page itself.',
      '',
    );
    out.push(weightTable(size.pageWeights!), '');
    if (size.skipped?.length) out.push(`Not measured: ${size.skipped.join('; ')}.`, '');
    if (size.noJs) {
      out.push(
        `Article without JavaScript: ${size.noJs.readable ? 'readable' : 'NOT readable'} (${size.noJs.paragraphs} paragraphs, ${size.noJs.textChars} characters visible at ${size.noJs.path}).`,
        '',
      );
    }
  }

  const searched = results.sizes.filter((s) => s.search);
  if (searched.length > 0) {
    out.push('## Search', '');
    out.push(
      'First search: a fresh page at `/recherche/?q=coree`, every byte until the results show. Then 20 queries typed in the same page, each timed from submit to the rendered result list (status no longer « en cours »).',
      '',
    );
    out.push(
      table(
        ['N', 'first search gzip', 'brotli', 'raw', 'requests', 'results shown', 'page ready', 'median query', 'fastest', 'slowest'],
        searched.map((s) => {
          const search = s.search!;
          const times = search.queries.map((q) => q.ms);
          return [
            s.n,
            kb(search.firstSearch.total.gzip),
            kb(search.firstSearch.total.brotli),
            kb(search.firstSearch.total.raw),
            search.firstSearch.requests,
            search.firstSearchResults,
            `${search.firstSearch.readyMs.toFixed(0)} ms`,
            `${search.medianMs.toFixed(1)} ms`,
            `${Math.min(...times).toFixed(1)} ms`,
            `${Math.max(...times).toFixed(1)} ms`,
          ];
        }),
      ),
      '',
    );
    for (const s of searched) {
      out.push(`Queries at N=${s.n}: ${s.search!.queries.map((q) => `${q.query} ${q.ms.toFixed(0)} ms (${q.results})`).join(', ')}.`, '');
    }
  }

  out.push('## Lighthouse (mobile preset)', '');
  out.push(
    `Lighthouse times the page's work on the CPU and multiplies it by 4: when the 1-minute load is above the machine's ${results.machine.cpus} cores, other work stretches those times and the performance scores drop (Total Blocking Time first). Compare scores taken at a low load.`,
    '',
  );
  if (results.lighthouse.length === 0) out.push('Lighthouse did not run (no build reached the browser measures).', '');
  for (const run of results.lighthouse) {
    if (run.error) {
      out.push(`Lighthouse could not run at N=${run.n}: ${run.error}.`, '');
      continue;
    }
    out.push(
      `Lighthouse ${run.version ?? ''} at N=${run.n}, Debian's Chromium, its default mobile preset (emulated phone screen, simulated slow 4G and 4× CPU slowdown).`,
      '',
    );
    out.push(
      table(
        ['page', 'path', ...LIGHTHOUSE_CATEGORIES, 'load at start', 'what costs points'],
        run.results.map((r) => [
          r.name,
          r.path,
          ...LIGHTHOUSE_CATEGORIES.map((c) => r.scores[c] ?? 'n/a'),
          r.loadAtStart === undefined ? '–' : r.loadAtStart.toFixed(1),
          r.error
            ? `error: ${r.error}`
            : r.failing.map((f) => `${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}`).join('; ') || '–',
        ]),
      ),
      '',
    );
  }

  for (const size of results.sizes.filter((s) => s.profile)) {
    const { build, phases, summary, kept } = size.profile!;
    out.push(`## Profile of the build at N=${size.n} (BENCH_PROFILE=1)`, '');
    out.push(
      `One more cold build under \`node --cpu-prof\` (${seconds(build.wallMs)} wall, slower than unprofiled), ${(summary.totalMs / 1000).toFixed(1)} s of sampled CPU over ${summary.files.length} thread(s)` +
        `${kept ? `; the main thread's profile is kept in \`${kept}\` (Chrome DevTools, speedscope)` : ''}. Pagefind's own process is not in it.`,
      '',
    );
    if (phases.length) out.push(`Phases: ${phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join('; ')}.`, '');
    out.push(
      'Self time by area:',
      '',
      table(
        ['area', 'CPU', 'share'],
        summary.areas.map((a) => [a.area, seconds(a.ms), pct(a.ms / summary.totalMs)]),
      ),
      '',
    );
    out.push(
      'Self time by function:',
      '',
      table(
        ['function', 'where', 'CPU'],
        summary.functions.map((f) => [f.name, f.where, seconds(f.ms)]),
      ),
      '',
    );
  }

  if (results.notes.length > 0) {
    out.push('## Notes', '', ...results.notes.map((note) => `- ${note}`), '');
  }
  return out.join('\n');
}
