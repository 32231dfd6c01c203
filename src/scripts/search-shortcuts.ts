/** `/` and Ctrl/Cmd+K put the cursor in the search box of the header, from any page. */
export function setUpSearchShortcuts(root: Document): void {
  const input = root.querySelector<HTMLInputElement>('[data-site-search] input[name="q"]');
  if (!input) return;
  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    const isSlash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const isCtrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!isSlash && !isCtrlK) return;
    event.preventDefault();
    // On the search page, the page's own box is the one to use.
    const pageInput = root.querySelector<HTMLInputElement>('[data-search] input[name="q"]');
    (pageInput ?? input).focus();
    (pageInput ?? input).select();
  });
}
