
/**
 * The HTML that Pagefind indexes for a page: the page as readers get it, except that typographic
 * apostrophes become straight ones, because Pagefind splits words on ' but not on ’ (so that
 * `obus` finds « d’obus »). Readers keep their typography; only the index sees the change.
 */
export function htmlForIndex(html: string): string {
  // Only text between tags changes; attributes (inside < >) keep their characters. The site has no
  // inline script or style whose content could be touched.
  return html.replace(/>[^<]+</g, (text) => text.replace(/[’ʼ]/g, "'"));
}

/** The same change for a custom record's plain text. */
export function textForIndex(text: string): string {
  return text.replace(/[’ʼ]/g, "'");
}
