import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';

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
 */
export function rehypeRawWhereNeeded() {
  const fold = rehypeRaw();
  return (tree: Root, file: Parameters<typeof fold>[1]): Root => (hasRaw(tree) ? fold(tree, file) : tree);
}
