/**
 * Arriving from a search result (`?surligner=…`), highlight the searched words with Pagefind's
 * own highlighter. Without the parameter, nothing is loaded.
 */
export async function highlightSearchTerms(root: Document): Promise<void> {
  if (!new URLSearchParams(location.search).has('surligner')) return;
  const base = root.body.dataset.siteBase ?? '/';
  try {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as {
      default: new (options: { highlightParam: string }) => unknown;
    };
    new module.default({ highlightParam: 'surligner' });
  } catch {
    // No index (development server): the page reads the same without highlights.
  }
}
