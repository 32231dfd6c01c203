/**
 * A worker thread that does article text jobs (src/lib/article-text.ts) for the build, on the core
 * that Astro's single-threaded rendering leaves idle. Each message is a job with its number; the
 * answer carries the number and the result, or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { articleText, type ArticleTextJob } from '../lib/article-text.ts';
import type { ArticleTextAnswer } from './article-text-pool.ts';

parentPort?.on('message', ({ id, job }: { id: number; job: ArticleTextJob }) => {
  let answer: ArticleTextAnswer;
  try {
    answer = { id, result: articleText(job) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
