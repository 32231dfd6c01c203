import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeRawWhereNeeded } from '../../src/lib/raw-html.ts';

/** Markdown → HTML, with the given plugin where the site has it (rehype-raw's place). */
function render(markdown: string, raw: typeof rehypeRaw | typeof rehypeRawWhereNeeded): string {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(raw);
  return toHtml(processor.runSync(processor.parse(markdown)) as Root);
}

describe('rehypeRawWhereNeeded', () => {
  const samples = {
    'plain Markdown':
      '# Titre\n\nUn *paragraphe*, un [lien](https://example.org/) et `du code`.\n\n- une liste\n- « deux »\n\n> Une citation\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    'a photo caption in HTML':
      'Avant.\n\n<figure><figcaption>Photo : <em>AFP</em></figcaption></figure>\n\nAprès, avec <span>du HTML</span> en ligne.\n',
    'HTML inside a list item': '- un <abbr title="République populaire démocratique de Corée">RPDC</abbr>\n- deux\n',
  };

  for (const [name, markdown] of Object.entries(samples)) {
    it(`gives the same HTML as rehype-raw: ${name}`, () => {
      expect(render(markdown, rehypeRawWhereNeeded)).toBe(render(markdown, rehypeRaw));
    });
  }

  it('folds the HTML written in the Markdown into the tree, as rehype-raw does', () => {
    const html = render('Texte <b>gras</b>.\n', rehypeRawWhereNeeded);
    expect(html).toBe('<p>Texte <b>gras</b>.</p>');
  });

  it('leaves a tree without HTML of its own as it is: the same node objects', () => {
    const tree = {
      type: 'root' as const,
      children: [{ type: 'element' as const, tagName: 'p', properties: {}, children: [{ type: 'text' as const, value: 'x' }] }],
    };
    const out = rehypeRawWhereNeeded()(tree, undefined as never);
    expect(out).toBe(tree);
    expect(out.children[0]).toBe(tree.children[0]);
  });

  it('turns off the rehype-raw that comes after it: a raw node added later stays raw', () => {
    const addRaw = () => (tree: Root) => {
      tree.children.push({ type: 'raw', value: '<b>ajouté</b>' });
    };
    const processor = unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRawWhereNeeded)
      .use(addRaw)
      .use(rehypeRaw);
    const tree = processor.runSync(processor.parse('Texte.\n')) as Root;
    expect(tree.children.at(-1)).toEqual({ type: 'raw', value: '<b>ajouté</b>' });
    // Without it, that rehype-raw runs and parses the node.
    const plain = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(addRaw).use(rehypeRaw);
    expect((plain.runSync(plain.parse('Texte.\n')) as Root).children.at(-1)).toMatchObject({ type: 'element', tagName: 'b' });
  });

  for (const [name, markdown] of Object.entries(samples)) {
    it(`in Astro's Markdown processor, whose own rehype-raw it turns off, gives the same HTML: ${name}`, async () => {
      const withIt = await createMarkdownProcessor({ rehypePlugins: [rehypeRawWhereNeeded] });
      const without = await createMarkdownProcessor({ rehypePlugins: [] });
      const [a, b] = [await withIt.render(markdown), await without.render(markdown)];
      expect(a.code).toBe(b.code);
      expect(a.metadata.headings).toEqual(b.metadata.headings);
    });
  }
});
