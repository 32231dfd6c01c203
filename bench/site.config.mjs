// The site's own configuration, unchanged but for the cache folder: each benchmark build starts
// from an empty content-layer cache of its own (cold, like a CI build), and never reads or
// overwrites node_modules/.astro/, which the test builds running beside it use.
// BENCH_INCREMENTAL_BUILD=1 turns on Astro's experimental incremental build, for the rebuild
// measure only (the site itself does not use it).
import config from '../astro.config.mjs';

export default {
  ...config,
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  ...(process.env.BENCH_INCREMENTAL_BUILD === '1' ? { experimental: { ...config.experimental, incrementalBuild: true } } : {}),
};
