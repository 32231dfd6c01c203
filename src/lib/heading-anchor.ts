import type { Element, ElementContent, Properties } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * Options for rehype-autolink-headings: the link appended to each heading carries its name in
 * `aria-label` (`label(heading text)`), so that screen readers hear a distinct, meaningful name,
 * and has no text of its own: its "#" is drawn by CSS (`.heading-anchor::before`). Text browsers,
 * copy-paste and the search index (whose section titles are the heading's text) see nothing of it:
 * an anchor is no part of what the article says.
 */
export function headingAnchorOptions(label: (headingText: string) => string) {
  return {
    behavior: 'append' as const,
    properties: (heading: Element): Properties => ({
      className: ['heading-anchor'],
      ariaLabel: label(toString(heading)),
      dataPagefindIgnore: '',
    }),
    content: (): ElementContent[] => [],
  };
}
