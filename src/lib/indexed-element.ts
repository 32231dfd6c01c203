import { elementEnd } from './html-scan.ts';

/** The attribute that marks the one element of a page that Pagefind indexes. */
export const INDEXED_MARK = 'data-pagefind-body';

const MARKED_START_TAG = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body[\s>=/]/gi;
/** Pagefind attributes that carry data (meta, filters, sort): outside the indexed element they would be lost. */
const DATA_ATTRIBUTE = /\sdata-pagefind-(?:meta|filter|sort|index-attrs|weight)\b/i;

/**
 * What Pagefind needs of a built page: the element marked `data-pagefind-body`, alone in a bare
 * document. Pagefind reads nothing else of a page that has one (its metadata and filters are
 * inside), so sending only that element gives the same index for about 40 % of the bytes, which
 * Pagefind's service receives base64-encoded and parses again. Undefined for a page with nothing
 * to index. A page this cannot cut safely (two marked elements, an element never closed, Pagefind
 * data outside the element) is an error naming the page: its index would silently change.
 * A scan for the element's start and end tags, not an HTML parse: the built pages have no inline
 * script or style, and text cannot hold a `<`.
 */
export function indexedElement(html: string, page: string): string | undefined {
  MARKED_START_TAG.lastIndex = 0;
  const first = MARKED_START_TAG.exec(html);
  if (!first) return undefined;
  if (MARKED_START_TAG.exec(html)) throw new Error(`${page}: more than one element has ${INDEXED_MARK}`);
  const [, tag = ''] = first;
  const start = first.index;
  const end = elementEnd(html, tag, start);
  if (end <= 0) throw new Error(`${page}: the <${tag} ${INDEXED_MARK}> element is never closed`);
  if (DATA_ATTRIBUTE.test(html.slice(0, start)) || DATA_ATTRIBUTE.test(html.slice(end))) {
    throw new Error(`${page}: Pagefind attributes (data-pagefind-meta, -filter, -sort…) outside the ${INDEXED_MARK} element`);
  }
  return `<!doctype html><html><body>${html.slice(start, end)}</body></html>`;
}
