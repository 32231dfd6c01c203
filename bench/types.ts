/** The shape of bench/results/latest.json. */
import type { NoJsResult, PageWeight, SearchResult } from './browser.ts';
import type { GeneratedCorpus } from './generate.ts';
import type { LighthouseRun } from './lighthouse.ts';

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
