import type { NamedEntity } from './entity-matcher.ts';

/**
 * The HTML that Pagefind indexes for a page: the page as readers get it, except that typographic
 * apostrophes become straight ones, because Pagefind splits words on ' but not on ’ (so that
 * `obus` finds « d’obus »), and blocks are kept apart by a space. Readers keep their typography;
 * only the index sees the change.
 */
export function htmlForIndex(html: string): string {
  // Only text between tags changes; attributes (inside < >) keep their characters. The site has no
  // inline script or style whose content could be touched.
  return html.replace(/>[^<]+</g, textForIndex).replace(BLOCK_BOUNDARY, '$& ');
}

/**
 * The end of a block, or a line break. Pagefind joins the text of adjacent elements as it finds
 * it, and the built HTML has no white space between tags: without a space here, « …dans les
 * articles</dd><dd>Sergueï… » would be indexed and shown as « articlesSergueï ».
 */
const BLOCK_BOUNDARY =
  /<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|summary|table|td|th|tr|ul)>|<br\s*\/?>/gi;

/** The same change for a custom record's plain text. */
export function textForIndex(text: string): string {
  return text.replace(/[’ʼ]/g, "'");
}

/**
 * Every spelling of the given entities as one line of text for a searchable metadata field: the
 * index itself then knows that « Choïgou » is « Shoigu ». Spellings that differ only by case or
 * accents are given once (Pagefind folds both); a hyphen counts (it indexes « Jong-un » whole).
 */
export function spellingsForIndex(entities: readonly NamedEntity[]): string {
  const seen = new Set<string>();
  const spellings: string[] = [];
  for (const entity of entities) {
    for (const name of entity.names) {
      // One entry per spelling up to accents, case and apostrophe form (the canonical name is typeset).
      const key = textForIndex(name)
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      spellings.push(name);
    }
  }
  return textForIndex(spellings.join(', '));
}
