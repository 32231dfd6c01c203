// The bare baseline: a plain Astro Markdown site, nothing of ours (no plugins, no integrations,
// no styles). `astro build --root bench/baseline` reads this file, never the project's own.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_BASELINE_OUT_DIR ?? './dist',
  // A cache folder per build, as for the site: every build starts cold.
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
});
