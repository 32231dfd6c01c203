/**
 * The search page: Pagefind's JS API driven by our own interface, so that a query can run under
 * every spelling of the names it contains (expandQuery), results link to the passage that
 * matched, and the whole state (query, filters, sort) lives in the URL.
 */
import { ui } from '../i18n/fr.ts';
import { expandQuery, limitQuery, QUERY_SLOT, withQuery } from '../lib/search-query.ts';
import type { NamedEntity } from '../lib/entity-matcher.ts';

interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  locations: number[];
  sub_results: { title: string; url: string; excerpt: string; anchor?: PagefindAnchor }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const HIGHLIGHT_PARAM = 'surligner';
const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = { recent: { date: 'desc' }, ancien: { date: 'asc' } };
/** Results loaded at once: each costs a fragment download, so more come on request. */
const PAGE_SIZE = 10;

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
  const spellings: NamedEntity[] = JSON.parse(form.dataset.spellings ?? '[]');
  const filterOrder: string[] = JSON.parse(form.dataset.filterOrder ?? '[]');

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${form.dataset.base}pagefind/pagefind.js`)) as Pagefind;
    // No worker: the index is small, and a worker would cost a second 40 kB script per first search.
    await pagefind.options({
      baseUrl: form.dataset.base,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 30,
      noWorker: true,
    });
    await pagefind.init();
  } catch {
    status.textContent = ui.search.needsBuild;
    return;
  }

  const available = await pagefind.filters();
  renderFilters(filtersBox, available, filterOrder);
  filtersFrame.classList.toggle('invisible', filtersBox.querySelector('fieldset') === null);
  if (matchMedia('(min-width: 48rem)').matches) filtersBox.open = true;

  const readState = () => {
    const params = new URLSearchParams(location.search);
    input.value = limitQuery(params.get('q') ?? '');
    sort.value = SORTS[params.get('tri') ?? ''] ? (params.get('tri') ?? '') : '';
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
  };

  const writeState = (mode: 'push' | 'replace') => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (sort.value) params.set('tri', sort.value);
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      params.append(box.name, box.value);
    }
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const query = limitQuery(input.value).trim();
    const filters: Record<string, string[]> = {};
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    more.hidden = true;
    if (!query) {
      list.replaceChildren();
      variantsNote.textContent = '';
      status.textContent = ui.search.empty;
      return;
    }
    status.textContent = ui.search.loading;
    const queries = expandQuery(query, spellings);
    const searches = await Promise.all(
      queries.map((q) => pagefind.search(q, { filters, ...(SORTS[sort.value] ? { sort: SORTS[sort.value] } : {}) })),
    );
    if (current !== generation) return;

    // One result per page: the best score over every spelling, the order of the first search
    // that found it when sorting by date (Pagefind sorts each search).
    const best = new Map<string, { result: PagefindResult; rank: number }>();
    searches.forEach((search) =>
      search?.results.forEach((result, rank) => {
        const known = best.get(result.id);
        if (!known || result.score > known.result.score) best.set(result.id, { result, rank: known?.rank ?? rank });
      }),
    );
    const merged = [...best.values()].sort((a, b) => (sort.value ? a.rank - b.rank : b.result.score - a.result.score));
    let shown = 0;
    const showMore = async () => {
      const data = await Promise.all(merged.slice(shown, shown + PAGE_SIZE).map(({ result }) => result.data()));
      if (current !== generation) return;
      if (sort.value) {
        const direction = sort.value === 'recent' ? -1 : 1;
        data.sort((a, b) => direction * (a.meta.sortdate ?? '').localeCompare(b.meta.sortdate ?? ''));
      }
      const items = data.map((item) => renderResult(root, item));
      if (shown === 0) list.replaceChildren(...items);
      else list.append(...items);
      shown += data.length;
      more.hidden = shown >= merged.length;
      // Keyboard users continue where the new results start.
      if (shown > PAGE_SIZE) items[0]?.querySelector<HTMLAnchorElement>('h2 a')?.focus();
    };
    more.onclick = () => void showMore();
    await showMore();
    variantsNote.textContent = queries.length > 1 ? ui.search.variantsNote(queries.slice(1).join(', ')) : '';
    // The query as the reader typed it, not re-typeset with the message around it.
    status.textContent = withQuery(
      best.size === 0 ? ui.search.noResults(QUERY_SLOT) : ui.search.resultsCount(best.size, QUERY_SLOT),
      query,
    );
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      writeState('replace');
      void run();
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    writeState('push');
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    writeState('push');
    void run();
  });
  filtersBox.addEventListener('change', () => {
    writeState('push');
    void run();
  });
  window.addEventListener('popstate', () => {
    readState();
    void run();
  });

  readState();
  await run();
}

function renderFilters(box: HTMLElement, available: Record<string, Record<string, number>>, order: string[]): void {
  const names = Object.keys(available).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const name of names) {
    const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'fr'));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'mt-4';
    const legend = document.createElement('legend');
    legend.className = 'text-sm font-semibold';
    legend.textContent = new Map(Object.entries(ui.search.filterLabels)).get(name) ?? name;
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

/** The passage (p-N block) where the first match stands, from Pagefind's anchors and locations. */
function passageUrl(item: PagefindData): string | undefined {
  const first = Math.min(...item.locations);
  const anchor = item.anchors.filter((a) => /^p-\d+$/.test(a.id) && a.location <= first).sort((a, b) => b.location - a.location)[0];
  return anchor ? `${item.url.split('#')[0]}#${anchor.id}` : undefined;
}

function renderResult(root: Document, item: PagefindData): HTMLLIElement {
  const li = root.createElement('li');
  li.className = 'border-t border-rule pt-4';
  li.dataset.searchResult = item.url;
  li.dataset.resultKind = item.meta.kind ?? '';

  const meta = root.createElement('p');
  meta.className = 'text-sm text-muted';
  meta.textContent = [item.meta.kind, item.meta.outlet, item.meta.date].filter(Boolean).join(' · ');

  const heading = root.createElement('h2');
  heading.className = 'mt-1 font-serif text-xl font-semibold leading-snug';
  const link = root.createElement('a');
  link.href = item.url;
  link.className = 'underline-offset-4 hover:text-accent hover:underline';
  link.textContent = typographic(item.meta.title ?? item.url);
  heading.append(link);

  const excerpt = root.createElement('p');
  excerpt.className = 'mt-2 font-serif';
  excerpt.append(...safeExcerpt(root, item.excerpt));

  li.append(meta, heading, excerpt);

  const passage = passageUrl(item);
  if (passage) {
    const go = root.createElement('a');
    go.href = passage;
    go.className = 'mt-1 inline-block text-sm text-accent underline underline-offset-4';
    go.textContent = ui.search.readPassage;
    li.append(go);
  }

  // Sections of the page (headings with an anchor), not the page itself again.
  const sections = item.sub_results.filter((sub) => sub.url.includes('#') && sub.url.split('#')[1] && sub.title !== item.meta.title);
  if (sections.length > 0) {
    const label = root.createElement('p');
    label.className = 'mt-2 text-sm font-semibold text-muted';
    label.textContent = ui.search.sections;
    const ul = root.createElement('ul');
    ul.className = 'mt-1 space-y-1 text-sm';
    for (const sub of sections.slice(0, 3)) {
      const subLi = root.createElement('li');
      const subLink = root.createElement('a');
      subLink.href = sub.url;
      subLink.className = 'underline underline-offset-4';
      subLink.textContent = typographic(sub.title);
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
