/**
 * Timing and memory of a build, and sizes of what it wrote.
 *
 * Memory is the peak of the summed resident set of the build's whole process tree, sampled from
 * /proc every 100 ms: `astro build` runs Pagefind as a child process, and /usr/bin/time -v would
 * only report the largest single process.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';

export interface RunResult {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  peakRssBytes: number;
  /** The end of stdout and stderr together, to explain a failure. */
  outputTail: string;
  /** 1-minute load average when the run started: other work on the machine skews the timing. */
  loadAtStart: number;
}

const PAGE_SIZE = 4096;

/** Parent pid and resident pages of every process, read from /proc. */
function processTable(): Map<number, { ppid: number; rssPages: number }> {
  const table = new Map<number, { ppid: number; rssPages: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (2nd field) may hold spaces: parse after its closing parenthesis.
      const statLine = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const rssPages = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
      table.set(Number(name), { ppid, rssPages });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

/** Resident bytes of `root` and all its descendants. */
export function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  let pages = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    pages += table.get(pid)?.rssPages ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return pages * PAGE_SIZE;
}

/** Runs a command to completion, timing it and sampling its tree's memory. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile?: string },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const loadAtStart = loadavg()[0]!;
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = options.logFile ? createWriteStream(options.logFile) : undefined;
    let output = '';
    const keep = (chunk: Buffer) => {
      log?.write(chunk);
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 100);
    sample();
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      log?.end();
      resolve({ ok: exitCode === 0, exitCode, wallMs, peakRssBytes: peak, outputTail: output.slice(-4000), loadAtStart });
    });
  });
}

/** Total size in bytes of the files under `dir` (0 when it does not exist). */
export async function dirSize(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
