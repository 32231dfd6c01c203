import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * Builds the content of the "#" link that rehype-autolink-headings appends to each heading: the
 * sign is hidden from screen readers, which hear `label(heading text)` instead, so that every
 * anchor link has a distinct, meaningful name.
 */
export function headingAnchorContent(label: (headingText: string) => string) {
  return (heading: Element): ElementContent[] => [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: label(toString(heading)) }],
    },
  ];
}
