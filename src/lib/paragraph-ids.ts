/**
 * Stable anchors for passages: every paragraph, every list item that is its own paragraph and
 * every figure caption gets `p-1`, `p-2`… in document order, so a citation can link to the exact
 * passage.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ParagraphIdsOptions {
  /** Prefix of generated ids; default 'p-'. */
  prefix?: string;
}

/** Matches the ids generated with the default prefix: p-1, p-2, … (no p-0, no leading zero). */
export const PASSAGE_ID_PATTERN = /^p-[1-9]\d*$/;

function isPassage(node: Element): boolean {
  // A caption is text of the source too (the collected texts keep captions of missing photos).
  if (node.tagName === 'p' || node.tagName === 'figcaption') return true;
  // A "loose" list item wraps its text in <p>: the <p> is the passage, not the <li>.
  return node.tagName === 'li' && !node.children.some((c) => c.type === 'element' && c.tagName === 'p');
}

function existingId(node: Element): string | undefined {
  const id = node.properties?.id;
  if (typeof id === 'string') return id === '' ? undefined : id;
  if (typeof id === 'number') return String(id);
  return undefined;
}

/**
 * Number passages of a hast tree in place. Elements that already have an id keep it but still
 * consume a number, so adding an explicit id never shifts the other anchors. Throws if a
 * generated id would duplicate an id already present in the document.
 */
export function assignParagraphIds(tree: Root | Element, options: ParagraphIdsOptions = {}): void {
  const prefix = options.prefix ?? 'p-';
  const taken = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const id = existingId(node);
    if (id !== undefined) taken.add(id);
  });

  let n = 0;
  visit(tree, 'element', (node: Element) => {
    if (!isPassage(node)) return;
    n++;
    if (existingId(node) !== undefined) return;
    const id = `${prefix}${n}`;
    if (taken.has(id)) {
      throw new Error(`rehypeParagraphIds: id "${id}" already exists in the document`);
    }
    node.properties = { ...node.properties, id };
  });
}

/** rehype (unified) plugin wrapping assignParagraphIds. */
export function rehypeParagraphIds(options: ParagraphIdsOptions = {}) {
  return (tree: Root): void => {
    assignParagraphIds(tree, options);
  };
}
