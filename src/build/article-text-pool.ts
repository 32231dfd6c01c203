/**
 * Article text jobs done in a worker thread (src/build/article-text-worker.ts): all of a build's
 * jobs are handed over at once and done in order while Astro renders other pages; each page then
 * waits only for its own result. The worker ends once it has answered every job.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleText, ArticleTextJob } from '../lib/article-text.ts';

export type ArticleTextAnswer = { id: number; result: ArticleText } | { id: number; error: string };

/** The result of each job, by the job's key, as a promise; a job that fails rejects with its error. */
export function articleTextsInWorker(workerFile: string, jobs: ReadonlyMap<string, ArticleTextJob>): Map<string, Promise<ArticleText>> {
  const settle: { resolve: (text: ArticleText) => void; reject: (error: Error) => void }[] = [];
  const results = new Map<string, Promise<ArticleText>>();
  for (const key of jobs.keys()) {
    const result = new Promise<ArticleText>((resolve, reject) => settle.push({ resolve, reject }));
    // A page not rendered after all (a failed build) leaves its rejection unhandled: not a crash.
    result.catch(() => undefined);
    results.set(key, result);
  }
  if (jobs.size === 0) return results;
  let left = jobs.size;
  const worker = new Worker(workerFile);
  worker.on('message', (answer: ArticleTextAnswer) => {
    const waiting = settle[answer.id];
    if ('error' in answer) waiting?.reject(new Error(answer.error));
    else waiting?.resolve(answer.result);
    if (--left === 0) void worker.terminate();
  });
  const failAll = (error: Error) => {
    for (const waiting of settle) waiting.reject(new Error(`the article text worker stopped: ${error.message}`, { cause: error }));
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (left > 0) failAll(new Error(`exit code ${code}`));
  });
  [...jobs.values()].forEach((job, id) => worker.postMessage({ id, job }));
  return results;
}
