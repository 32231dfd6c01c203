/**
 * Arriving from a search result (`?surligner=…`), highlight the searched words with Pagefind's
 * own highlighter. Without the parameter, nothing is loaded.
 */
export async function highlightSearchTerms(root: Document): Promise<void> {
  if (!new URLSearchParams(location.search).has('surligner')) return;
  const base = root.body.dataset.siteBase ?? '/';
  try {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as {
      default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
    };
    // addStyles: false, so no inline <style> (the CSP forbids it); global.css styles <mark>.
    new module.default({ highlightParam: 'surligner', addStyles: false });
  } catch {
    // No index (development server): the page reads the same without highlights.
  }
}
