/**
 * Scans of built HTML for one element, without parsing the document: the site's HTML has no
 * inline script or style, and its text cannot hold a `<` (it is escaped), so tags are found by
 * their angle brackets.
 */

/**
 * The index just past the end tag of the `tag` element whose start tag begins at `start`: the
 * end tag that brings the depth of elements of that name back to zero. -1 when it is never closed.
 */
export function elementEnd(html: string, tag: string, start: number): number {
  const tags = new RegExp(`<(/?)${tag}[\\s>/]`, 'gi');
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.indexOf('>', match.index) + 1;
  }
  return -1;
}

/** Where the element with this id starts and ends in `html` (end exclusive); undefined if absent or never closed. */
export function elementSpan(html: string, id: string): { start: number; end: number } | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const startTag = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\sid="${escaped}"[\\s>/]`, 'i').exec(html);
  if (!startTag) return undefined;
  const end = elementEnd(html, startTag[1] ?? '', startTag.index);
  return end > 0 ? { start: startTag.index, end } : undefined;
}
