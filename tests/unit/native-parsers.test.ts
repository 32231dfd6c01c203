import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { parseHtmlFragment, parseMarkdown, remarkNativeParse } from '../../src/lib/native-parsers.ts';

/** What Astro's unified processor parsed with before: remark-parse and remark-gfm (micromark). */
const micromark = unified().use(remarkParse).use(remarkGfm);
const reference = (markdown: string) => micromark.runSync(micromark.parse(markdown));
/** Plain data on both sides: the trees are compared by value, positions included. */
const plain = (tree: unknown) => JSON.parse(JSON.stringify(tree)) as unknown;

const SNIPPETS: Record<string, string> = {
  table: '| a | b |\n| - | :-: |\n| 1 | *2* |',
  footnote: 'Texte[^1].\n\n[^1]: Note.',
  'raw HTML (photo captions)': '<figure><img src="x.jpg" alt="y"><figcaption>Légende</figcaption></figure>',
  'task list': '- [ ] tâche\n- [x] faite',
  'strikethrough and autolink literals': '~~barré~~ et www.example.org et https://a.b/c?d=e.',
  'block quote and hard break': '> cité\n> suite\n\nligne  \ncassée\\\nretour',
  'loose ordered list': '1. un\n2. deux\n\n   suite',
  'character references': 'A &amp; B &eacute; &#233;',
  'thematic break first (no front matter here)': '---\n\n# Titre\n\nSetext\n===',
  'inline markup': '`code` **gras** _it_ [lien](https://x.y "t") ![img](a.png) <https://a.b>',
  'code blocks': '    indenté\n\n```js\nlet a\n```',
  'HTML comment and inline HTML': '<!-- commentaire -->\n\ntexte <span>inline</span>',
};

/** The dossier's own Markdown, without front matter (Astro parses the body alone). */
const contentFiles = ['content/articles', 'content/pages'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(dir, name)),
);
const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('parseMarkdown (Sätteri, native)', () => {
  it.each(Object.entries(SNIPPETS))('gives the mdast tree micromark gives: %s', (_, markdown) => {
    expect(plain(parseMarkdown(markdown))).toEqual(plain(reference(markdown)));
  });

  it.each(contentFiles)('gives the same tree for %s', (file) => {
    expect(plain(parseMarkdown(body(file)))).toEqual(plain(reference(body(file))));
  });

  it('keeps source positions (error messages name the line)', () => {
    const tree = parseMarkdown('Un.\n\nDeux [lien](javascript:x).');
    expect(tree.children[1]?.position?.start).toEqual({ line: 3, column: 1, offset: 5 });
  });
});

describe('remarkNativeParse', () => {
  it('replaces the parser remark-parse installed', () => {
    const processor = unified().use(remarkParse).use(remarkNativeParse);
    const markdown = '| a |\n| - |\n| 1 |';
    expect(plain(processor.parse(markdown))).toEqual(plain(reference(markdown)));
    // remark-parse alone, without GFM, reads no table: the tree above is the native parser's.
    expect(unified().use(remarkParse).parse(markdown).children[0]?.type).toBe('paragraph');
  });
});

/** hast without positions, nor parse5's document mode on the root (neither is read downstream). */
const shape = (tree: unknown) =>
  JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' || key === 'data' ? undefined : value))) as unknown;

const FRAGMENTS: Record<string, string> = {
  'paragraphs with ids and typography': '<p id="p-1">« Oui », a-t-il dit\u202F: l’État\u00A0!</p>\n<p id="p-2">Deux</p>',
  'missing photo':
    '<figure class="photo-absente"><figcaption id="p-1"><span class="photo-absente-label" data-pagefind-ignore="">Photo non reproduite</span><span class="legende">Kim</span> <span class="credit">Photo : AFP</span></figcaption></figure>',
  'heading with its anchor':
    '<h2 id="la-suite">La suite<a class="heading-anchor" href="#la-suite" aria-label="Lien vers cette section"><span aria-hidden="true">#</span></a></h2>',
  'nested lists': '<ul>\n<li id="p-3">Un<ul><li>sous</li></ul></li>\n<li id="p-4"><strong>Deux</strong> et <em>trois</em></li>\n</ul>',
  'character references and void elements': '<p>A &amp; B &lt;c&gt; &eacute;<br>ligne<img src="a.png" alt=""></p>',
  'block quote, table and link':
    '<blockquote><p><a href="https://example.org/?a=1&amp;b=2" rel="noopener">lien</a></p></blockquote><table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
};

describe('parseHtmlFragment (Sätteri, native)', () => {
  it.each(Object.entries(FRAGMENTS))('gives the hast tree parse5 gives: %s', (_, html) => {
    expect(shape(parseHtmlFragment(html))).toEqual(shape(fromHtml(html, { fragment: true })));
  });

  it('parses a fragment: no <html>, <head> or <body> added', () => {
    const tree = parseHtmlFragment('<p>un</p>');
    expect(tree.children.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual(['p']);
  });
});
