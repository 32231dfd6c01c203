/**
 * Sätteri's native (Rust) parsers in place of micromark and parse5, for the same trees: the mdast
 * remark-parse and remark-gfm give, positions included, and the hast fragment hast-util-from-html
 * gives (tests/unit/native-parsers.test.ts). At 1,000 articles micromark took about 4 s of the
 * content sync and parse5 about 1.5 s of rendering; the native parsers take a tenth of that.
 * Everything after the parse (the rehype plugins, passages) stays unified code.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { htmlToHast, markdownToMdast } from 'satteri';
import type { Plugin } from 'unified';

/** Astro has already removed the front matter: a body's first `---` is a thematic break. */
const FEATURES = { gfm: true, frontmatter: false } as const;

export function parseMarkdown(document: string): MdastRoot {
  return markdownToMdast(document, { features: FEATURES }) as MdastRoot;
}

/** A remark plugin that replaces the parser remark-parse installed (a later parser wins). */
export const remarkNativeParse: Plugin<[], string, MdastRoot> = function () {
  this.parser = (document) => parseMarkdown(document);
};

/** An HTML fragment (an article's rendered body) as a hast tree. */
export function parseHtmlFragment(html: string): HastRoot {
  return htmlToHast(html, { fragment: true }) as HastRoot;
}
