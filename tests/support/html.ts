import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { builtSiteDir } from './paths.ts';

export function readBuiltPage(route: string): Root {
  const file = path.join(builtSiteDir, route.replace(/^\//, ''), route.endsWith('.html') ? '' : 'index.html');
  return fromHtml(readFileSync(file, 'utf8'));
}

function textWithout(element: Element | Root, selector: string): string {
  const copy = structuredClone(element);
  for (const added of selectAll(selector, copy)) added.children = [];
  return toString(copy);
}

/** A copy of a page region without the notes the site adds after cited passages. */
export function withoutAddedNotes(element: Element): Element {
  const copy = structuredClone(element);
  for (const note of selectAll('.passage-events', copy)) note.children = [];
  return copy;
}

/** Text of a page region without the notes the site adds after cited passages. */
export function readableText(element: Element | Root): string {
  return textWithout(element, '.passage-events');
}

/** A block's own text: without heading anchors, photo labels, added notes and nested lists. */
export function blockText(element: Element): string {
  return textWithout(element, '.heading-anchor, .photo-absente-label, .passage-events, ul, ol');
}

export { select, selectAll, toString };
