/**
 * The verdict on each target of issue #7, and the Markdown report (also printed to the terminal).
 * Targets are reported, never asserted: a benchmark that fails on a slow machine says nothing.
 */
import type { PageWeight } from './browser.ts';
import { LIGHTHOUSE_CATEGORIES } from './lighthouse.ts';
import type { BenchResults, SizeResult, TargetVerdict } from './types.ts';

const KB = 1000;
const ARTICLE_BUDGET_BYTES = 30 * KB;
const SEARCH_BUDGET_BYTES = 150 * KB;
const BASELINE_RATIO = 1.5;
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

export function judgeTargets(results: Omit<BenchResults, 'targets' | 'totalSeconds'>): TargetVerdict[] {
  const built = results.sizes.filter((s) => s.site.ok && s.baseline.ok && s.ratio !== null);
  const targets: TargetVerdict[] = [];

  targets.push(
    built.length === 0
      ? { target: `Build within ${BASELINE_RATIO}× of the bare baseline at every N`, met: null, detail: 'no pair of builds completed' }
      : {
          target: `Build within ${BASELINE_RATIO}× of the bare baseline at every N`,
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
      target: `Cost per article flat from ${first.n} to ${last.n} articles (at most ${FLAT_TOLERANCE}×, total and marginal)`,
      met: growth <= FLAT_TOLERANCE && (marginalGrowth === undefined || marginalGrowth <= FLAT_TOLERANCE),
      detail:
        `${msPerArticle(first).toFixed(0)} → ${msPerArticle(last).toFixed(0)} ms/article (${growth.toFixed(2)}×); ` +
        `marginal cost ${earlier === undefined ? '' : `${earlier.toFixed(0)} ms per added article from N=${small!.n} to ${first.n}, `}` +
        `${marginal.toFixed(0)} from ${first.n} to ${last.n}${marginalGrowth === undefined ? '' : ` (${marginalGrowth.toFixed(2)}×)`}`,
    });
  } else {
    targets.push({
      target: 'Cost per article flat from 100 to 1,000 articles',
      met: null,
      detail: 'needs two sizes of 100 or more (BENCH_SIZES)',
    });
  }

  const noJs = results.sizes.find((s) => s.noJs)?.noJs;
  targets.push({
    target: 'No JavaScript needed to read an article',
    met: noJs ? noJs.readable : null,
    detail: noJs ? `with JavaScript off, ${noJs.path} shows ${noJs.paragraphs} paragraphs (${noJs.textChars} characters)` : 'not measured',
  });

  const weighed = results.sizes.filter((s) => articleWeight(s));
  targets.push({
    target: 'Article page: HTML + CSS under 30 kB compressed (gzip)',
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
    target: 'A first search under 150 kB (gzip)',
    met: searched.length === 0 ? null : searched.every((s) => s.search!.firstSearch.total.gzip < SEARCH_BUDGET_BYTES),
    detail: searched.map((s) => `N=${s.n}: ${kb(s.search!.firstSearch.total.gzip)}`).join('; ') || 'not measured',
  });

  const runs = results.lighthouse.filter((run) => !run.error && run.results.length > 0);
  if (runs.length === 0) {
    const why = results.lighthouse.map((run) => `N=${run.n}: ${run.error}`).join('; ');
    targets.push({ target: 'Lighthouse 100 in all four categories on every page type', met: null, detail: why || 'not run' });
  } else {
    const verdicts = runs.map((run) => {
      const below = run.results.flatMap((r) =>
        LIGHTHOUSE_CATEGORIES.filter((c) => r.scores[c] !== 100).map((c) => `${r.name} ${c} ${r.scores[c] ?? 'n/a'}`),
      );
      return { n: run.n, below, count: run.results.length * LIGHTHOUSE_CATEGORIES.length };
    });
    targets.push({
      target: 'Lighthouse 100 in all four categories on every page type',
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
        ['page', 'path', ...LIGHTHOUSE_CATEGORIES, 'what costs points'],
        run.results.map((r) => [
          r.name,
          r.path,
          ...LIGHTHOUSE_CATEGORIES.map((c) => r.scores[c] ?? 'n/a'),
          r.error
            ? `error: ${r.error}`
            : r.failing.map((f) => `${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}`).join('; ') || '–',
        ]),
      ),
      '',
    );
  }

  if (results.notes.length > 0) {
    out.push('## Notes', '', ...results.notes.map((note) => `- ${note}`), '');
  }
  return out.join('\n');
}
