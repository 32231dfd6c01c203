/**
 * The page's side of the search worker: the same methods as the SearchEngine, each a message to
 * the worker and a promise of its answer. Only this small file runs on the page's thread.
 */
import type { SearchEngine } from './search-engine.ts';
import type { SearchAnswer, SearchCall, SearchStart } from './search-protocol.ts';

type Remote = Pick<SearchEngine, 'search' | 'hits' | 'filters'>;

/**
 * Starts the worker and Pagefind in it, with the entities' spellings (JSON) for query expansion;
 * rejects when either cannot start (no index: a dev server).
 */
export async function startSearch(base: string, spellings: string): Promise<Remote> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'recherche' });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<SearchAnswer>) => {
    const pending = waiting.get(event.data.id);
    if (!pending) return;
    waiting.delete(event.data.id);
    if ('error' in event.data) pending.reject(new Error(event.data.error));
    else pending.resolve(event.data.result);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failAll(new Error(event.message || 'the search worker failed'));
  });

  const send = (message: SearchCall | SearchStart) =>
    new Promise<unknown>((resolve, reject) => {
      waiting.set(message.id, { resolve, reject });
      worker.postMessage(message);
    });
  await send({ id: 0, method: 'start', base, spellings });
  // The worker answers each method with that method's result (search-worker.ts): the casts say so.
  return {
    search: (...args) => send({ id: nextId++, method: 'search', args }) as ReturnType<Remote['search']>,
    hits: (...args) => send({ id: nextId++, method: 'hits', args }) as ReturnType<Remote['hits']>,
    filters: () => send({ id: nextId++, method: 'filters', args: [] }) as ReturnType<Remote['filters']>,
  };
}
