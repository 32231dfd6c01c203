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

/** Text of an element without what the site adds for navigation (heading anchors, photo labels). */
export function readableText(element: Element | Root): string {
  const copy = structuredClone(element);
  for (const added of selectAll('.heading-anchor, .photo-absente-label, ul, ol', copy)) {
    added.children = [];
  }
  return toString(copy);
}

export { select, selectAll, toString };
