import type { Element, ElementContent, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import { elementSpan } from './html-scan.ts';
import { parseHtmlFragment } from './native-parsers.ts';
import { PASSAGE_ID_PATTERN } from './paragraph-ids.ts';
import { normalizeTypography, normalizeTypographyWithMap, sourceAt } from './text.ts';

/** A citable block of an article (a paragraph or list item with a `p-N` id) and its text. */
export interface PassageBlock {
  id: string;
  /** normalizeTypography of the block's own text (a list item's nested lists excluded). */
  text: string;
  /** The same text as readers see it, typography included (for mentions in context). */
  raw: string;
}

/** Elements whose text is not the article's: heading anchors, photo labels, nested lists. */
function isForeign(node: Element): boolean {
  const className = node.properties?.className;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return (
    node.tagName === 'ul' ||
    node.tagName === 'ol' ||
    classes.includes('heading-anchor') ||
    classes.includes('photo-absente-label') ||
    classes.includes('passage-events')
  );
}

/** The block's own text nodes, in order (what a reader reads as that paragraph). */
function ownTextNodes(block: Element): Text[] {
  const texts: Text[] = [];
  visit(block, (node) => {
    if (node !== block && node.type === 'element' && isForeign(node)) return SKIP;
    if (node.type === 'text') texts.push(node);
    return undefined;
  });
  return texts;
}

function blocksOf(tree: Root): Element[] {
  const blocks: Element[] = [];
  visit(tree, 'element', (node) => {
    if (typeof node.properties?.id === 'string' && PASSAGE_ID_PATTERN.test(node.properties.id)) blocks.push(node);
  });
  return blocks;
}

/** Every citable block of an article's HTML, in document order. */
export function passageBlocks(html: string): PassageBlock[] {
  return blocksOf(parseHtmlFragment(html)).map((block) => {
    const raw = ownTextNodes(block)
      .map((t) => t.value)
      .join('')
      .replace(/[ \t\n\r]+/g, ' ')
      .trim();
    return { id: String(block.properties.id), text: normalizeTypography(raw), raw };
  });
}

/**
 * The id of the block that contains `passage`, allowing only for differences of spaces,
 * apostrophes and quotation marks; undefined when no single block contains it.
 */
export function locatePassage(blocks: readonly PassageBlock[], passage: string): string | undefined {
  const wanted = normalizeTypography(passage);
  if (wanted === '') return undefined;
  return blocks.find((block) => block.text.includes(wanted))?.id;
}

/** A cited passage to mark in an article, and what to say next to its block. */
export interface PassageMark {
  passage: string;
  /** id of the block that holds the passage (`p-N`), as the evidence located it */
  blockId: string;
  /** id of the first <mark>, the target of links to this passage */
  anchorId: string;
  /** Links shown after the block (e.g. the events the passage supports). */
  notes: { href: string; label: string }[];
}

/**
 * Wraps each cited passage of an article's HTML in <mark> elements (one per text node it
 * crosses; the first carries `anchorId`) and adds, after its block, a note linking what the
 * passage supports. Throws when a passage is not in its block: verification happens earlier,
 * with the file names; this is the last guard.
 * Only the cited blocks are parsed and written again, the rest of the HTML is kept as it is:
 * at 1,000 articles, a parse and a serialisation of every whole article took over a second.
 */
export function annotatePassages(html: string, marks: readonly PassageMark[], notesLabel: string): string {
  const spans: { start: number; end: number }[] = [];
  for (const id of new Set(marks.map((mark) => mark.blockId))) {
    const span = elementSpan(html, id);
    if (!span) throw new Error(`annotatePassages: no block "${id}" for ${JSON.stringify(marks.find((m) => m.blockId === id)?.passage)}`);
    spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  // A cited list item may hold a cited nested item, whose span lies inside its own: each
  // outermost span is parsed once, with the blocks it contains.
  const outermost: { start: number; end: number }[] = [];
  for (const span of spans) if (span.start >= (outermost.at(-1)?.end ?? 0)) outermost.push(span);

  const parts: string[] = [];
  let cursor = 0;
  for (const span of outermost) {
    const tree = parseHtmlFragment(html.slice(span.start, span.end));
    const blocks = new Map(blocksOf(tree).map((block) => [String(block.properties.id), block]));
    const notesByBlock = new Map<Element, PassageMark['notes']>();
    for (const mark of marks) {
      const block = blocks.get(mark.blockId);
      if (!block) continue;
      const wanted = normalizeTypography(mark.passage);
      if (wanted === '' || !markRange(block, wanted, mark.anchorId)) {
        throw new Error(`annotatePassages: passage not in block "${mark.blockId}": ${JSON.stringify(mark.passage)}`);
      }
      const notes = notesByBlock.get(block) ?? [];
      for (const note of mark.notes) if (!notes.some((n) => n.href === note.href)) notes.push(note);
      notesByBlock.set(block, notes);
    }
    for (const [block, notes] of notesByBlock) {
      if (notes.length === 0) continue;
      const aside = notesElement(notes, notesLabel);
      // <li> and <figcaption> take flow content; after a <p> the note is its next sibling.
      if (block.tagName === 'li' || block.tagName === 'figcaption') block.children.push(aside);
      else insertAfter(tree, block, aside);
    }
    parts.push(html.slice(cursor, span.start), toHtml(tree));
    cursor = span.end;
  }
  parts.push(html.slice(cursor));
  return parts.join('');
}

/** Marks `wanted` (normalised) in the block's own text; false, and nothing marked, when it is not there. */
function markRange(block: Element, wanted: string, anchorId: string): boolean {
  const texts = ownTextNodes(block);
  const joined = texts.map((t) => t.value).join('');
  const { text, sourceIndex } = normalizeTypographyWithMap(joined);
  const at = text.indexOf(wanted);
  if (at < 0) return false;
  const start = sourceAt(sourceIndex, at);
  const end = sourceAt(sourceIndex, at + wanted.length - 1) + 1;

  // Split each text node that overlaps [start, end) and wrap the overlapping part.
  let offset = 0;
  let first = true;
  for (const node of texts) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + node.value.length);
    if (from < to) {
      const before = node.value.slice(0, from - offset);
      const inside = node.value.slice(from - offset, to - offset);
      const after = node.value.slice(to - offset);
      const markElement: Element = {
        type: 'element',
        tagName: 'mark',
        properties: { className: ['cited-passage'], ...(first ? { id: anchorId } : {}) },
        children: [{ type: 'text', value: inside }],
      };
      first = false;
      replaceNode(block, node, [...(before ? [textNode(before)] : []), markElement, ...(after ? [textNode(after)] : [])]);
    }
    offset += node.value.length;
  }
  return true;
}

function replaceNode(tree: Element | Root, target: Text, replacement: ElementContent[]): void {
  visit(tree, (node, index, parent) => {
    if (node === target && parent && index !== undefined) {
      parent.children.splice(index, 1, ...replacement);
      return SKIP;
    }
    return undefined;
  });
}

function insertAfter(tree: Root, target: Element, inserted: Element): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node === target && parent && index !== undefined) {
      parent.children.splice(index + 1, 0, inserted);
      return SKIP;
    }
    return undefined;
  });
}

function notesElement(notes: PassageMark['notes'], label: string): Element {
  return {
    type: 'element',
    // A plain block, not an <aside>: one per cited paragraph would make many unnamed landmarks.
    tagName: 'div',
    properties: { className: ['passage-events'], dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['passage-events-label'] }, children: [{ type: 'text', value: label }] },
      {
        type: 'element',
        tagName: 'ul',
        properties: {},
        children: notes.map((note) => ({
          type: 'element',
          tagName: 'li',
          properties: {},
          children: [{ type: 'element', tagName: 'a', properties: { href: note.href }, children: [{ type: 'text', value: note.label }] }],
        })),
      },
    ],
  };
}

function textNode(value: string): Text {
  return { type: 'text', value };
}
