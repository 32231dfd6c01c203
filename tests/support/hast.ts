import type { Element, ElementContent, Root } from 'hast';

/** Small builders for hand-made hast trees in unit tests. */
export const el = (tagName: string, children: ElementContent[] = [], properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
export const tx = (value: string) => ({ type: 'text' as const, value });
export const root = (...children: Root['children']): Root => ({ type: 'root', children });
