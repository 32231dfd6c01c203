/**
 * The search worker: the page's thread never runs Pagefind. It answers the page's calls
 * (search-protocol.ts) with the engine of search-engine.ts.
 */
import { createSearchEngine, type SearchEngine } from './search-engine.ts';
import type { SearchAnswer, SearchCall, SearchStart } from './search-protocol.ts';

let engine: Promise<SearchEngine> | undefined;

const answer = (message: SearchAnswer) => postMessage(message);

addEventListener('message', (event: MessageEvent<SearchCall | SearchStart>) => {
  const call = event.data;
  void (async () => {
    try {
      if (call.method === 'start') {
        engine = createSearchEngine(call.base, call.spellings);
        await engine;
        answer({ id: call.id, result: null });
        return;
      }
      if (!engine) throw new Error('the search worker was not started');
      const ready = await engine;
      const result =
        call.method === 'search'
          ? await ready.search(...call.args)
          : call.method === 'hits'
            ? await ready.hits(...call.args)
            : await ready.filters();
      answer({ id: call.id, result });
    } catch (error) {
      answer({ id: call.id, error: String(error) });
    }
  })();
});
