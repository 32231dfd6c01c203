/**
 * The search page: our own interface over Pagefind, so that a query runs under every spelling of
 * the names it contains (expandQuery), results link to the passage that matched, and the whole
 * state (query, filters, sort) lives in the URL. Everything but the page itself runs in a worker
 * (search-worker.ts): Pagefind, query expansion, merging. The page loads what a search needs and
 * no more: the fragments of the results shown, the filter lists when the reader opens them.
 */
import { limitQuery } from '../lib/search-query.ts';
import { resultsStatus, variantsStatus, type SearchMessages } from '../lib/search-messages.ts';
import { RESULTS_PER_PAGE, type SearchFilters, type SearchHit, type SearchOrder } from '../lib/search-results.ts';
import { startSearch } from './search-client.ts';

/** The `tri` parameter of the URL and the order it asks for. */
const ORDERS: Record<string, SearchOrder> = { recent: 'newest', ancien: 'oldest' };

interface SearchState {
  query: string;
  sort: string;
  filters: SearchFilters;
}

export async function setUpSearch(root: Document): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-search]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const variantsNote = root.querySelector<HTMLElement>('[data-search-variants]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filtersFrame = root.querySelector<HTMLElement>('[data-search-filters-box]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !filtersBox || !filtersFrame || !variantsNote || !more) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const sort = form.elements.namedItem('tri') as HTMLSelectElement;
  const filterOrder: string[] = JSON.parse(form.dataset.filterOrder ?? '[]');
  // The page's words, from the interface's (src/i18n/fr.ts), written into the page at build time.
  const messages: SearchMessages = JSON.parse(form.dataset.messages ?? '{}');

  const engine = startSearch(form.dataset.base ?? '/', form.dataset.spellings ?? '[]');
  engine.then(
    () => filtersFrame.classList.remove('invisible'),
    () => undefined,
  );

  let state: SearchState = { query: '', sort: '', filters: {} };

  const readState = (): SearchState => {
    const params = new URLSearchParams(location.search);
    const filters: SearchFilters = {};
    for (const name of filterOrder) {
      const values = params.getAll(name);
      if (values.length > 0) filters[name] = values;
    }
    const tri = params.get('tri') ?? '';
    return { query: limitQuery(params.get('q') ?? ''), sort: ORDERS[tri] ? tri : '', filters };
  };

  const showState = () => {
    input.value = state.query;
    sort.value = state.sort;
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    }
  };

  const writeState = (mode: 'push' | 'replace') => {
    const params = new URLSearchParams();
    if (state.query.trim()) params.set('q', state.query.trim());
    if (state.sort) params.set('tri', state.sort);
    for (const [name, values] of Object.entries(state.filters)) for (const value of values) params.append(name, value);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // The filter lists: loaded the first time the reader opens them, or when the URL already filters.
  let filtersShown: Promise<void> | undefined;
  const showFilters = () =>
    (filtersShown ??= (async () => {
      try {
        renderFilters(filtersBox, await (await engine).filters(), filterOrder, messages);
        showState();
      } catch {
        filtersShown = undefined;
      }
    })());
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open) void showFilters();
  });

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const query = state.query.trim();
    more.hidden = true;
    if (!query) {
      list.replaceChildren();
      variantsNote.textContent = '';
    }
    status.textContent = messages.loading;
    let search: Awaited<typeof engine>;
    try {
      search = await engine;
    } catch {
      status.textContent = messages.needsBuild;
      return;
    }
    if (current !== generation) return;
    if (!query) {
      status.textContent = messages.empty;
      return;
    }
    const { total, variants } = await search.search(query, state.filters, ORDERS[state.sort] ?? 'relevance');
    if (current !== generation) return;

    let shown = 0;
    const showMore = async () => {
      const hits = await search.hits(shown, shown + RESULTS_PER_PAGE);
      if (current !== generation) return;
      const items = hits.map((hit) => renderResult(root, hit, messages));
      if (shown === 0) list.replaceChildren(...items);
      else list.append(...items);
      shown += hits.length;
      more.hidden = shown >= total;
      // Keyboard users continue where the new results start.
      if (shown > RESULTS_PER_PAGE) items[0]?.querySelector<HTMLAnchorElement>('h2 a')?.focus();
    };
    more.onclick = () => void showMore();
    await showMore();
    if (current !== generation) return;
    variantsNote.textContent = variantsStatus(messages, variants);
    // The query as the reader typed it, not re-typeset with the message around it.
    status.textContent = resultsStatus(messages, total, query);
  };

  const formState = (): SearchState => {
    const filters: SearchFilters = {};
    // Before the lists are shown, the filters are those of the URL.
    if (!filtersBox.querySelector('input[type="checkbox"]')) Object.assign(filters, state.filters);
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return { query: limitQuery(input.value), sort: sort.value, filters };
  };
  const update = (mode: 'push' | 'replace') => {
    state = formState();
    writeState(mode);
    void run();
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => update('replace'), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    update('push');
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update('push');
  });
  filtersBox.addEventListener('change', () => update('push'));
  window.addEventListener('popstate', () => {
    state = readState();
    showState();
    void run();
  });

  state = readState();
  showState();
  if (Object.keys(state.filters).length > 0) filtersBox.open = true;
  await run();
}

function renderFilters(
  box: HTMLElement,
  available: Record<string, Record<string, number>>,
  order: string[],
  messages: SearchMessages,
): void {
  const names = Object.keys(available).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const name of names) {
    const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'fr'));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'mt-4';
    const legend = document.createElement('legend');
    legend.className = 'text-sm font-semibold';
    legend.textContent = new Map(Object.entries(messages.filterLabels)).get(name) ?? name;
    fieldset.append(legend);
    for (const [value, count] of values) {
      const label = document.createElement('label');
      label.className = 'mt-1 flex items-baseline gap-2 text-sm';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      const text = document.createElement('span');
      text.textContent = `${value} (${count})`;
      label.append(box, text);
      fieldset.append(label);
    }
    box.append(fieldset);
  }
}

function renderResult(root: Document, hit: SearchHit, messages: SearchMessages): HTMLLIElement {
  const li = root.createElement('li');
  li.className = 'border-t border-rule pt-4';
  li.dataset.searchResult = hit.url;
  li.dataset.resultKind = hit.kind ?? '';

  const meta = root.createElement('p');
  meta.className = 'text-sm text-muted';
  meta.textContent = [hit.kind, hit.outlet, hit.date].filter(Boolean).join(' · ');

  const heading = root.createElement('h2');
  heading.className = 'mt-1 font-serif text-xl font-semibold leading-snug';
  const link = root.createElement('a');
  link.href = hit.url;
  link.className = 'link-quiet';
  link.textContent = typographic(hit.title);
  heading.append(link);

  const excerpt = root.createElement('p');
  excerpt.className = 'mt-2 font-serif';
  excerpt.append(...safeExcerpt(root, hit.excerpt));

  li.append(meta, heading, excerpt);

  if (hit.passage) {
    const go = root.createElement('a');
    go.href = hit.passage;
    go.className = 'mt-1 inline-block text-sm text-accent underline underline-offset-4';
    go.textContent = messages.readPassage;
    li.append(go);
  }

  if (hit.sections.length > 0) {
    const label = root.createElement('p');
    label.className = 'mt-2 text-sm font-semibold text-muted';
    label.textContent = messages.sections;
    const ul = root.createElement('ul');
    ul.className = 'mt-1 space-y-1 text-sm';
    for (const section of hit.sections) {
      const subLi = root.createElement('li');
      const subLink = root.createElement('a');
      subLink.href = section.url;
      subLink.className = 'underline underline-offset-4';
      subLink.textContent = typographic(section.title);
      subLi.append(subLink);
      ul.append(subLi);
    }
    li.append(label, ul);
  }
  return li;
}

/** The index holds straight apostrophes (see htmlForIndex); readers get typographic ones back. */
function typographic(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/**
 * Pagefind's excerpt is text with <mark> around the matches. Rebuild it from text nodes and
 * <mark> elements only, so that nothing in it can ever run as HTML.
 */
function safeExcerpt(root: Document, html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const nodes: Node[] = [];
  for (const child of parsed.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE && (child as Element).tagName === 'MARK') {
      const mark = root.createElement('mark');
      mark.textContent = typographic(child.textContent ?? '');
      nodes.push(mark);
    } else {
      nodes.push(root.createTextNode(typographic(child.textContent ?? '')));
    }
  }
  return nodes;
}
