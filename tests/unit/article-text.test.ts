import { describe, expect, it } from 'vitest';
import { articleText, type ArticleTextJob } from '../../src/lib/article-text.ts';
import { articleTextsInWorker } from '../../src/build/article-text-pool.ts';
import { articleTextWorkerFile } from '../../src/integrations/article-text-worker.ts';

const job = (passage: string): ArticleTextJob => ({
  html: '<h1 id="titre">Kim à Vladivostok</h1><p id="p-1">Kim Jong Un est arrivé en Russie ce mardi.</p>',
  marks: [{ passage, blockId: 'p-1', anchorId: 'cite-a', notes: [{ href: '/chronologie/#a', label: 'Arrivée' }] }],
  notesLabel: 'Dans la chronologie',
  entities: [
    { id: 'kim-jong-un', names: ['Kim Jong Un', 'Kim Jong-un'] },
    { id: 'russie', names: ['Russie', 'Fédération de Russie'] },
  ],
  ownText: 'Kim à Vladivostok\nKim Jong Un est arrivé en Russie ce mardi.',
});

describe('articleText', () => {
  it('marks the cited passages and keeps only the spellings the article does not write', () => {
    const text = articleText(job('arrivé en Russie'));
    expect(text.body).toContain('<mark class="cited-passage" id="cite-a">arrivé en Russie</mark>');
    expect(text.body).toContain('href="/chronologie/#a"');
    expect(text.spellings).toBe('Jong-un, Fédération de');
  });

  it('fails, naming the block, when a passage is not in it', () => {
    expect(() => articleText(job('parti de Moscou'))).toThrow(/passage not in block "p-1"/);
  });
});

describe('articleTextsInWorker', () => {
  it('gives, in a real worker thread, what the page thread computes, job by job', async () => {
    const jobs = new Map([
      ['a', job('arrivé en Russie')],
      ['b', job('ce mardi')],
      ['c', job('Kim Jong Un')],
    ]);
    const results = articleTextsInWorker(articleTextWorkerFile, jobs);
    expect([...results.keys()]).toEqual(['a', 'b', 'c']);
    for (const [key, text] of jobs) await expect(results.get(key)).resolves.toEqual(articleText(text));
  });

  it('rejects the failing job with its error, and still answers the others', async () => {
    const results = articleTextsInWorker(
      articleTextWorkerFile,
      new Map([
        ['good', job('ce mardi')],
        ['bad', job('parti de Moscou')],
        ['after', job('Kim Jong Un')],
      ]),
    );
    const [good, bad, after] = ['good', 'bad', 'after'].map((key) => results.get(key));
    await expect(good).resolves.toEqual(articleText(job('ce mardi')));
    await expect(bad).rejects.toThrow(/passage not in block "p-1".*parti de Moscou/);
    await expect(after).resolves.toEqual(articleText(job('Kim Jong Un')));
  });

  it('rejects every job when the worker cannot start', async () => {
    const only = articleTextsInWorker('/nonexistent/article-text-worker.ts', new Map([['only', job('ce mardi')]])).get('only');
    await expect(only).rejects.toThrow(/the article text worker stopped/);
  });

  it('starts no worker for no job', () => {
    expect(articleTextsInWorker('/nonexistent/article-text-worker.ts', new Map()).size).toBe(0);
  });
});
