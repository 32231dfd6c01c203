import { describe, expect, it } from 'vitest';
import { annotatePassages, locatePassage, passageBlocks } from '../../src/lib/passages.ts';

const html = [
  '<h2 id="titre">Titre<a class="heading-anchor" href="#titre">#</a></h2>',
  '<p id="p-1">Kim Jong Un est arrivé en Russie ce mardi 12\u202fseptembre. Son train roule.</p>',
  '<ul><li id="p-2">Selon Washington, « les négociations <em>progressent activement</em> »\u202f; rien de plus.<ul><li id="p-3">Un sous-point l’annonce.</li></ul></li></ul>',
  '<p id="p-4">Il n’y a aucune confirmation.</p>',
].join('');

describe('passageBlocks and locatePassage', () => {
  const blocks = passageBlocks(html);

  it('lists the citable blocks with their own text, nested lists and anchors excluded', () => {
    expect(blocks.map((b) => b.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(blocks[1]!.text).not.toContain('sous-point');
  });

  it('finds a true passage, with straight apostrophes and quotes and other spaces', () => {
    expect(locatePassage(blocks, 'arrivé en Russie ce mardi 12 septembre')).toBe('p-1');
    expect(locatePassage(blocks, "Il n'y a aucune confirmation")).toBe('p-4');
    expect(locatePassage(blocks, '"les négociations progressent activement"; rien')).toBe('p-2');
  });

  it('fails on one altered word, on a passage across two blocks, and on an empty passage', () => {
    expect(locatePassage(blocks, 'arrivé en Chine ce mardi 12 septembre')).toBeUndefined();
    expect(locatePassage(blocks, 'Son train roule. Selon Washington')).toBeUndefined();
    expect(locatePassage(blocks, '  ')).toBeUndefined();
  });
});

describe('annotatePassages', () => {
  it('marks a passage across inline elements and links what it supports after its block', () => {
    const out = annotatePassages(
      html,
      [
        {
          passage: '« les négociations progressent activement »',
          blockId: 'p-2',
          anchorId: 'cite-a',
          notes: [{ href: '/chronologie/#a', label: 'Négociations' }],
        },
      ],
      'Dans la chronologie',
    );
    expect(out).toContain(
      '<mark class="cited-passage" id="cite-a">« les négociations </mark><em><mark class="cited-passage">progressent activement</mark></em><mark class="cited-passage"> »</mark>',
    );
    expect(out).toMatch(
      /<li id="p-2">.*<div class="passage-events" data-pagefind-ignore="">.*href="\/chronologie\/#a">Négociations<\/a>.*<\/div><\/li>/,
    );
  });

  it('puts the note after a paragraph, never inside it, and keeps the text as it was', () => {
    const out = annotatePassages(
      html,
      [{ passage: 'ce mardi 12 septembre', blockId: 'p-1', anchorId: 'cite-b', notes: [{ href: '#x', label: 'Arrivée' }] }],
      'Chronologie',
    );
    expect(out).toContain('en Russie <mark class="cited-passage" id="cite-b">ce mardi 12\u202fseptembre</mark>. Son');
    expect(out).toMatch(/<\/p><div class="passage-events"/);
    expect(passageBlocks(out).map((b) => b.text)).toEqual(passageBlocks(html).map((b) => b.text));
  });

  it('marks two passages of one block, and notes each once', () => {
    const note = { href: '#x', label: 'Arrivée' };
    const out = annotatePassages(
      html,
      [
        { passage: 'ce mardi 12 septembre', blockId: 'p-1', anchorId: 'cite-b', notes: [note] },
        { passage: 'en Russie', blockId: 'p-1', anchorId: 'cite-c', notes: [note] },
      ],
      'Chronologie',
    );
    expect(out).toContain(
      '<mark class="cited-passage" id="cite-c">en Russie</mark> <mark class="cited-passage" id="cite-b">ce mardi 12\u202fseptembre</mark>',
    );
    expect(out.match(/class="passage-events"/g)).toHaveLength(1);
    expect(out.match(/href="#x"/g)).toHaveLength(1);
  });

  it('throws on a passage that is not in its block, and on a block that is not there', () => {
    expect(() => annotatePassages(html, [{ passage: 'absent du texte', blockId: 'p-1', anchorId: 'x', notes: [] }], 'n')).toThrow(
      /p-1.*absent du texte/,
    );
    expect(() => annotatePassages(html, [{ passage: 'Son train roule', blockId: 'p-4', anchorId: 'x', notes: [] }], 'n')).toThrow(
      /p-4.*Son train roule/,
    );
    expect(() => annotatePassages(html, [{ passage: 'Son train roule', blockId: 'p-9', anchorId: 'x', notes: [] }], 'n')).toThrow(
      /no block "p-9".*Son train roule/,
    );
  });

  it('marks a nested list item and the item around it, and leaves the blocks not cited byte for byte', () => {
    const out = annotatePassages(
      html,
      [
        { passage: 'sous-point', blockId: 'p-3', anchorId: 'cite-d', notes: [{ href: '#d', label: 'D' }] },
        { passage: 'rien de plus', blockId: 'p-2', anchorId: 'cite-e', notes: [] },
      ],
      'n',
    );
    expect(out).toContain(
      '<li id="p-3">Un <mark class="cited-passage" id="cite-d">sous-point</mark> l’annonce.<div class="passage-events"',
    );
    expect(out).toContain('<mark class="cited-passage" id="cite-e">rien de plus</mark>');
    expect(out.startsWith(html.slice(0, html.indexOf('<ul>')))).toBe(true);
    expect(out.endsWith('<p id="p-4">Il n’y a aucune confirmation.</p>')).toBe(true);
    expect(passageBlocks(out).map((b) => b.text)).toEqual(passageBlocks(html).map((b) => b.text));
  });

  it('returns the HTML unchanged when nothing is cited', () => {
    expect(annotatePassages(html, [], 'n')).toBe(html);
  });
});
