import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { Processor } from 'unified';

type Node = { type: string; children?: Node[] };

/** Whether the tree holds HTML written in the Markdown (a `raw` node), at any depth. */
function hasRaw(node: Node): boolean {
  return node.type === 'raw' || (node.children?.some(hasRaw) ?? false);
}

/**
 * rehype-raw, only for an article that holds HTML of its own (a photo caption): hast-util-raw
 * parses the whole tree again through parse5 to fold that HTML in, some 0.5 s for 1,000 articles
 * that have none. A tree without `raw` nodes is what mdast-util-to-hast made of the Markdown,
 * already the tree parse5 would give back, so it goes on untouched.
 *
 * Astro's Markdown processor (@astrojs/markdown-remark) also ends with rehype-raw, for every
 * article, after the site's plugins: a second round trip through parse5 (0.7 s of the content
 * sync at 1,000 articles) of a tree that holds no raw HTML any more, folded here or dropped by
 * rehype-sanitize. Used in a processor, this plugin turns that one off (`use(rehypeRaw, false)`,
 * unified's way to turn off a plugin already in the list), and stands in its place.
 */
export function rehypeRawWhereNeeded(this: Processor | void) {
  this?.use(rehypeRaw, false);
  const fold = rehypeRaw();
  return (tree: Root, file: Parameters<typeof fold>[1]): Root => (hasRaw(tree) ? fold(tree, file) : tree);
}
