import type { Element, Root } from 'hast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { PASSAGE_ID_PATTERN, assignParagraphIds, rehypeParagraphIds } from '../../src/lib/paragraph-ids';
import { el, root, tx } from '../support/hast.ts';

/** [tag, id, first text] of every element that has an id, in document order. */
function ids(tree: Root): Array<[string, unknown, string]> {
  const out: Array<[string, unknown, string]> = [];
  visit(tree, 'element', (node: Element) => {
    if (node.properties.id === undefined) return;
    let text = '';
    visit(node, 'text', (t) => {
      text ||= t.value;
    });
    out.push([node.tagName, node.properties.id, text]);
  });
  return out;
}

function article(): Root {
  return root(
    el('h2', [tx('Titre')]),
    el('p', [tx('Un')]),
    el('ul', [
      el('li', [tx('Deux'), el('ul', [el('li', [tx('Trois')]), el('li', [tx('Quatre'), el('ol', [el('li', [tx('Cinq')])])])])]),
      // Loose item: its paragraphs are the passages, not the <li>.
      el('li', [el('p', [tx('Six')]), el('p', [tx('Sept')]), el('ul', [el('li', [tx('Huit')])])]),
    ]),
    el('blockquote', [el('p', [tx('Neuf')])]),
    el('p', [tx('Dix')]),
  );
}

describe('rehypeParagraphIds', () => {
  it('numbers p and paragraph-less li in document order, through nested lists', () => {
    const tree = article();
    unified().use(rehypeParagraphIds).runSync(tree);
    expect(ids(tree)).toEqual([
      ['p', 'p-1', 'Un'],
      ['li', 'p-2', 'Deux'],
      ['li', 'p-3', 'Trois'],
      ['li', 'p-4', 'Quatre'],
      ['li', 'p-5', 'Cinq'],
      ['p', 'p-6', 'Six'],
      ['p', 'p-7', 'Sept'],
      ['li', 'p-8', 'Huit'],
      ['p', 'p-9', 'Neuf'],
      ['p', 'p-10', 'Dix'],
    ]);
  });

  it('keeps existing ids, which still consume a number', () => {
    const tree = root(el('p', [tx('Un')]), el('p', [tx('Deux')], { id: 'citation-kirby' }), el('p', [tx('Trois')]));
    assignParagraphIds(tree);
    expect(ids(tree)).toEqual([
      ['p', 'p-1', 'Un'],
      ['p', 'citation-kirby', 'Deux'],
      ['p', 'p-3', 'Trois'],
    ]);
  });

  it('keeps other properties and leaves headings and other elements alone', () => {
    const tree = root(el('h2', [tx('T')]), el('p', [tx('Un')], { className: ['lead'] }));
    assignParagraphIds(tree);
    expect(tree.children[0]).toEqual(el('h2', [tx('T')]));
    expect((tree.children[1] as Element).properties).toEqual({ className: ['lead'], id: 'p-1' });
  });

  it('accepts a prefix', () => {
    const tree = root(el('p', [tx('Un')]), el('ul', [el('li', [tx('Deux')])]));
    unified().use(rehypeParagraphIds, { prefix: 'passage-' }).runSync(tree);
    expect(ids(tree).map(([, id]) => id)).toEqual(['passage-1', 'passage-2']);
  });

  it('is stable: running twice gives the same ids', () => {
    const tree = article();
    assignParagraphIds(tree);
    const first = ids(tree);
    assignParagraphIds(tree);
    expect(ids(tree)).toEqual(first);
  });

  it('refuses to create a duplicate id', () => {
    const tree = root(el('h2', [tx('T')], { id: 'p-2' }), el('p', [tx('Un')]), el('p', [tx('Deux')]));
    expect(() => assignParagraphIds(tree)).toThrow(/"p-2" already exists/);
  });

  it('treats an empty id as no id', () => {
    const tree = root(el('p', [tx('Un')], { id: '' }));
    assignParagraphIds(tree);
    expect(ids(tree)).toEqual([['p', 'p-1', 'Un']]);
  });
});

describe('PASSAGE_ID_PATTERN', () => {
  it('matches generated ids only', () => {
    for (const id of ['p-1', 'p-9', 'p-10', 'p-123']) expect(PASSAGE_ID_PATTERN.test(id)).toBe(true);
    for (const id of ['p-0', 'p-01', 'p-', 'p1', 'xp-1', 'p-1x', 'p-1 ', 'citation-kirby']) {
      expect(PASSAGE_ID_PATTERN.test(id), id).toBe(false);
    }
  });

  it('matches every id the plugin generates', () => {
    const tree = article();
    assignParagraphIds(tree);
    for (const [, id] of ids(tree)) expect(String(id)).toMatch(PASSAGE_ID_PATTERN);
  });
});

describe('figure captions', () => {
  it('are numbered with the paragraphs, in document order', () => {
    const tree = root(el('p', [tx('a')]), el('figure', [el('figcaption', [tx('légende')])]), el('p', [tx('b')]));
    assignParagraphIds(tree);
    const ids = (tree.children as Element[]).map((node) =>
      node.tagName === 'figure' ? (node.children[0] as Element).properties.id : node.properties.id,
    );
    expect(ids).toEqual(['p-1', 'p-2', 'p-3']);
  });
});
