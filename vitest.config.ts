import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests src/lib alone and runs in seconds; `site` builds the site once
// (global setup) and tests what a reader gets: built HTML, then pages in real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Some start processes (the importer's command line, Pagefind's service): up to 1.8 s
          // each in CI, where the default 5 s is near. A limit against a hang, not a measure.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          // Generous: a build or a page load on a busy two-core machine can take a minute; these
          // are limits against a hang, never measures of speed (that is npm run bench).
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // One Chromium and one build at a time keeps memory and CPU predictable on two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
