import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * The HTML that Pagefind indexes for a page: the page as readers get it, except that typographic
 * apostrophes become straight ones, because Pagefind splits words on ' but not on ’ (so that
 * `obus` finds « d’obus »). Readers keep their typography; only the index sees the change.
 */
export function htmlForIndex(html: string): string {
  const tree: Root = fromHtml(html);
  visit(tree, 'text', (node) => {
    node.value = node.value.replace(/[’ʼ]/g, "'");
  });
  return toHtml(tree);
}

/** The same change for a custom record's plain text. */
export function textForIndex(text: string): string {
  return text.replace(/[’ʼ]/g, "'");
}
