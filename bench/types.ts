/** The shape of bench/results/latest.json. */
import type { NoJsResult, PageWeight, SearchResult } from './browser.ts';
import type { GeneratedCorpus } from './generate.ts';
import type { LighthouseRun } from './lighthouse.ts';
import type { SiteScan } from './pages.ts';
import type { Phase, ProfileSummary } from './profile.ts';

export interface BuildMeasure {
  ok: boolean;
  /** Median over BENCH_REPEAT runs. */
  wallMs: number;
  runsMs: number[];
  peakRssBytes: number;
  distBytes: number;
  /** Highest 1-minute load average at the start of a run: above the core count, timings are skewed. */
  loadAtStart: number;
  error?: string;
  /** The build's log (kept in the temporary folder with BENCH_KEEP=1). */
  logFile?: string;
}

/** A rebuild after one article was added to the N articles of the cold build. */
export interface RebuildMeasure {
  /** The article added (its id). */
  article: string;
  /** The same configuration, with the cold build's caches (content layer, Vite). */
  warm: BuildMeasure;
  /** Astro's experimental incremental build: its own cold build at N, then the rebuild. */
  incremental?: { cold: BuildMeasure; warm?: BuildMeasure };
}

export interface SizeResult {
  n: number;
  /** 'real': content/ itself; 'synthetic': generated with the seed. */
  corpus: 'real' | 'synthetic';
  content: GeneratedCorpus;
  site: BuildMeasure & { pagefindBytes: number; pages: number };
  baseline: BuildMeasure;
  /** site wall time / baseline wall time */
  ratio: number | null;
  pageWeights?: PageWeight[];
  search?: SearchResult;
  noJs?: NoJsResult;
  /** Page types not measured, and why (a 404: the page does not exist yet). */
  skipped?: string[];
  /** Every HTML page of the build, weighed and sorted into types. */
  scan?: SiteScan;
  /** From the build's log: the Pagefind step after rendering, and the build's phases. */
  pagefindStepSeconds?: number;
  /** The search step's whole line (reading and sending the pages, writing). */
  pagefindLog?: string;
  phases?: Phase[];
  rebuild?: RebuildMeasure;
  /** BENCH_PROFILE=1, at the largest N: a cold build under `node --cpu-prof`. */
  profile?: { build: BuildMeasure; phases: Phase[]; summary: ProfileSummary; kept?: string };
}

export interface TargetVerdict {
  target: string;
  /** true met, false not met, null not measured in this run */
  met: boolean | null;
  detail: string;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string };
  versions: Record<string, string>;
  seed: number;
  repeat: number;
  sizes: SizeResult[];
  /** At the real corpus (or the smallest N) and at the largest N. */
  lighthouse: (LighthouseRun & { n: number })[];
  targets: TargetVerdict[];
  totalSeconds: number;
  notes: string[];
}
