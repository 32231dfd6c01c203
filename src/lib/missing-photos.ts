import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The collected texts keep the captions of photos they do not contain. Transcriptions mark them
 * as `<figure class="photo-absente">`; this plugin prefixes each caption with a label (given by the
 * caller, so that interface words stay in src/i18n) telling the reader the photo is missing.
 */
export function rehypeMissingPhotos(options: { label: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'figure' || !classList(node).includes('photo-absente')) return;
      const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
      if (!caption) return;
      caption.children.unshift({
        type: 'element',
        tagName: 'span',
        // The site's words, not the article's: kept out of the search index.
        properties: { className: ['photo-absente-label'], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: options.label }],
      });
    });
  };
}

function classList(node: Element): string[] {
  const value = node.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : String(value).split(/\s+/);
}
