/**
 * Article HTML is content from outside: transcriptions may carry raw HTML (photo captions) and an
 * imported page may carry anything. Before any other plugin sees it, the rendered Markdown goes
 * through rehype-sanitize with GitHub's schema, narrowed to web links and widened to what
 * transcriptions need (figures with their captions). Scripts, event handlers, styles, iframes and
 * forms never reach a page, whatever the host and its headers.
 */
import type { Element, Root } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { isSafeUrl, SAFE_URL_PROTOCOLS } from './url-safety.ts';

/** Classes the transcriptions use (see content/articles/): a missing photo, its caption's parts. */
const TRANSCRIPTION_CLASSES = {
  figure: ['photo-absente'],
  span: ['credit', 'legende'],
} as const;

export const articleSanitizeSchema: Schema = {
  ...defaultSchema,
  // No form controls (GitHub keeps task-list checkboxes; an article has none).
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'input'), 'figure', 'figcaption'],
  // Dropped with their content: a style sheet's text is not prose either.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    figure: [['className', ...TRANSCRIPTION_CLASSES.figure]],
    span: [...(defaultSchema.attributes?.['span'] ?? []), ['className', ...TRANSCRIPTION_CLASSES.span]],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: [...SAFE_URL_PROTOCOLS],
    cite: [...SAFE_URL_PROTOCOLS],
    src: [...SAFE_URL_PROTOCOLS],
    longDesc: [...SAFE_URL_PROTOCOLS],
  },
};

/** Attributes that hold a URL a browser may follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'srcSet'] as const;

export class UnsafeUrlError extends Error {
  override name = 'UnsafeUrlError';
}

/**
 * Fails the build on a link or image whose URL is not http(s) or relative, naming the file, the
 * element and the line: a `javascript:` link in an article is a mistake or an attack, never content
 * to publish. Runs before the sanitizer, which would otherwise drop the URL silently.
 */
export function rehypeRejectUnsafeUrls() {
  return (tree: Root, file: { path?: string }) => {
    const problems: string[] = [];
    visit(tree, 'element', (node: Element) => {
      for (const attribute of URL_ATTRIBUTES) {
        const value = node.properties[attribute];
        if (typeof value !== 'string' || isSafeUrl(value)) continue;
        const line = node.position?.start.line;
        problems.push(`<${node.tagName} ${attribute.toLowerCase()}="${value}">${line ? ` (line ${line})` : ''}`);
      }
    });
    if (problems.length > 0) {
      throw new UnsafeUrlError(
        `${file.path ?? 'article'}: body: only http(s) or relative URLs are allowed in links and images: ${problems.join(', ')}`,
      );
    }
  };
}
