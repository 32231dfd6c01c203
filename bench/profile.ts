/**
 * The build's profile (BENCH_PROFILE=1): the phases Astro's log shows, and where the CPU went,
 * from the V8 profiles `node --cpu-prof` writes (one per thread). Self time is summed by
 * function and by area (a package of node_modules, a folder of the project, or V8's own work).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Phase {
  name: string;
  seconds: number;
}

export interface ProfileSummary {
  /** Sampled CPU time, all threads, in ms (idle excluded). */
  totalMs: number;
  functions: { name: string; where: string; ms: number }[];
  areas: { area: string; ms: number }[];
  files: string[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Astro's durations (getTimeStat): `830ms`, `12.34s`, `1m 5s`. */
const DURATION = String.raw`(?:\d+m )?[\d.]+m?s`;

function seconds(duration: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(duration);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  return duration.endsWith('ms') ? Number(duration.slice(0, -2)) / 1000 : Number(duration.slice(0, -1));
}

/** The time stamps of a log line: `21:25:22 [content] …` → seconds of the day. */
function stamp(line: string): number | undefined {
  const match = /^(\d\d):(\d\d):(\d\d)\s/.exec(line);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
}

/**
 * The phases of an `astro build` from its log: content sync, the Vite bundles, rendering (Astro's
 * own « ✓ Completed in » after « generating static routes »), the integrations after rendering
 * (sitemap, headers… up to the search index), the Pagefind step and the whole build.
 */
export function buildPhases(log: string): Phase[] {
  const lines = log.split('\n');
  const phases: Phase[] = [];
  const syncStart = lines.find((l) => l.includes('[content] Syncing content'));
  const syncEnd = lines.find((l) => l.includes('[content] Synced content'));
  const a = syncStart ? stamp(syncStart) : undefined;
  const b = syncEnd ? stamp(syncEnd) : undefined;
  if (a !== undefined && b !== undefined) phases.push({ name: 'content sync (1 s resolution)', seconds: b - a });
  let vite = 0;
  for (const line of lines) {
    const match = /\[vite\] ✓ built in ([\d.]+)(ms|s)/.exec(line);
    if (match) vite += Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
  }
  if (vite > 0) phases.push({ name: 'Vite bundles', seconds: vite });
  const generating = lines.findIndex((l) => l.includes('generating static routes'));
  const completed = new RegExp(`✓ Completed in (${DURATION})`);
  const rendered = generating < 0 ? undefined : lines.slice(generating).find((l) => completed.test(l));
  const renderTime = rendered ? completed.exec(rendered)?.[1] : undefined;
  if (renderTime) phases.push({ name: 'rendering the pages', seconds: seconds(renderTime) });
  const search = lines.find((l) => l.includes('Search index:'));
  const searchSeconds = search ? pagefindStepSeconds(search) : undefined;
  if (rendered && search) {
    const from = stamp(rendered);
    const to = stamp(search);
    if (from !== undefined && to !== undefined && searchSeconds !== undefined) {
      phases.push({
        name: 'integrations after rendering, before the search index (1 s resolution)',
        seconds: Math.max(0, to - from - searchSeconds),
      });
    }
  }
  if (searchSeconds !== undefined) phases.push({ name: 'Pagefind step (after rendering)', seconds: searchSeconds });
  const built = new RegExp(`page\\(s\\) built in (${DURATION})`);
  const total = lines.find((l) => built.test(l));
  const totalTime = total ? built.exec(total)?.[1] : undefined;
  if (totalTime) phases.push({ name: 'astro build, as Astro counts it', seconds: seconds(totalTime) });
  return phases;
}

/** « Search index: … in 1.9 s after rendering … » (src/build/search-step.ts) → 1.9. */
export function pagefindStepSeconds(log: string): number | undefined {
  const match = /Search index: .*? in ([\d.]+) s after rendering/.exec(log);
  return match ? Number(match[1]) : undefined;
}

/** Where a function lives: the package in node_modules, the project's folder, or V8 itself. */
function areaOf(url: string, root: string): string {
  if (url === '') return '(V8, native code, GC)';
  const file = url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = file.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? file);
  }
  if (file.startsWith('node:') || !file.startsWith('/')) return `node (${file.split('/')[0]})`;
  const relative = path.relative(root, file);
  if (relative.startsWith('..')) return 'outside the project';
  // The prerender bundle is the site's own code, compiled: its chunks stand for src/.
  if (relative.includes('.prerender')) return 'the site (prerender bundle: pages, components, src/lib)';
  return relative.split(path.sep).slice(0, 2).join('/');
}

/** Sums the profiles in `dir`; `root` is the project's folder (to name areas). */
export async function summarizeProfiles(dir: string, root: string, top = 20): Promise<ProfileSummary> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
  const byFunction = new Map<string, { name: string; where: string; ms: number }>();
  const byArea = new Map<string, number>();
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      if (!node) return;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') return;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      totalMs += ms;
      const name = functionName || '(anonymous)';
      const where = url ? `${areaOf(url, root)} ${path.basename(url)}:${lineNumber + 1}` : areaOf(url, root);
      const key = `${name} ${where}`;
      const entry = byFunction.get(key) ?? { name, where, ms: 0 };
      entry.ms += ms;
      byFunction.set(key, entry);
      const area = functionName === '(garbage collector)' ? '(garbage collector)' : areaOf(url, root);
      byArea.set(area, (byArea.get(area) ?? 0) + ms);
    });
  }
  return {
    totalMs,
    functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
    areas: [...byArea]
      .map(([area, ms]) => ({ area, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
    files,
  };
}
