// The same articles folder the site reads (BENCH_ARTICLES_DIR), with no schema: the baseline
// measures Astro's own Markdown cost, not our validation.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articlesDir = process.env.BENCH_ARTICLES_DIR;
if (!articlesDir) throw new Error('BENCH_ARTICLES_DIR is not set: bench/run.ts sets it to the generated articles folder');

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: articlesDir }) }),
};
