import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, inlineMarkdown, parseRawText } from '../../src/lib/import/raw-text.ts';

const raw = [
  'Le surtitre court!',
  'Un titre de test pour l’import',
  '',
  'Un chapô en deux phrases. La seconde phrase le termine.',
  '',
  'Jeanne Exemple',
  'Publié le 21/06/2024 à 07h30 - Mis à jour le 21/06/2024 à 11h05',
  'Partager',
  '2/7',
  'La légende d’une photo absente',
  'Photo: Agence',
  '',
  'Un premier paragraphe, avec un [lien mort](#) et un [lien web](https://example.org/a).',
  '',
  'Un intertitre sans point',
  '',
  '  • Une puce.',
  '    • Une sous-puce.',
  '  • Une autre puce.',
  '',
  'Lire aussi : Un autre article',
  '',
  'Il vous reste 40% de cet article à lire. La suite est réservée aux abonnés.',
  '',
  'Source link',
].join('\n');

describe('parseRawText', () => {
  const article = parseRawText(raw);

  it('reads the kicker, title, standfirst, byline and dates, each as stated', () => {
    expect(article.kicker).toBe('Le surtitre court!');
    expect(article.title).toBe('Un titre de test pour l’import');
    expect(article.standfirst).toBe('Un chapô en deux phrases. La seconde phrase le termine.');
    expect(article.author).toEqual({ value: 'Jeanne Exemple', provenance: 'stated' });
    expect(article.published).toEqual({ date: '2024-06-21', time: '07:30', provenance: 'stated' });
    expect(article.updated).toEqual({ date: '2024-06-21', time: '11:05', provenance: 'stated' });
  });

  it('lists every removed line verbatim, with its kind', () => {
    expect(article.removed.map(({ text, kind }) => [text, kind])).toEqual([
      ['Publié le 21/06/2024 à 07h30 - Mis à jour le 21/06/2024 à 11h05', 'metadata'],
      ['Partager', 'debris'],
      ['2/7', 'debris'],
      ['Lire aussi : Un autre article', 'debris'],
      ['Il vous reste 40% de cet article à lire. La suite est réservée aux abonnés.', 'debris'],
      ['Source link', 'debris'],
      ['Jeanne Exemple', 'metadata'],
    ]);
    expect(article.removed.every((r) => r.note.length > 0)).toBe(true);
  });

  it('keeps the body as blocks: figure, paragraph, heading, nested list; and marks the paywall', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual(['figure', 'paragraph', 'heading', 'item', 'item', 'item']);
    expect(article.truncated?.reason).toBe('paywall');
    expect(blocksToMarkdown(article.blocks)).toBe(
      [
        '<figure class="photo-absente"><figcaption><span class="legende">La légende d’une photo absente</span> <span class="credit">Photo: Agence</span></figcaption></figure>',
        '',
        'Un premier paragraphe, avec un lien mort et un [lien web](https://example.org/a).',
        '',
        '## Un intertitre sans point',
        '',
        '- Une puce.',
        '  - Une sous-puce.',
        '- Une autre puce.',
        '',
      ].join('\n'),
    );
  });

  it('says when a text stops mid-sentence', () => {
    const cut = parseRawText('Un titre\n\nUn paragraphe complet, long assez pour compter.\n\n« Le texte s’arrête », estime l’auteur :');
    expect(cut.truncated?.reason).toBe('cut-off');
  });

  it('reads a date shown without « Publié » as an upper bound, the latest day the text reports as the lower one', () => {
    const text = parseRawText(
      'mercredi, juillet 10, 2024\nUn titre\n\n\nLe président est arrivé à Pyongyang, mercredi 19 juin, pour une visite. Il est reparti.\n\nLa suite du texte, complète.',
    );
    expect(text.published).toMatchObject({ date: '2024-06', notBefore: '2024-06-19', notAfter: '2024-07-10', provenance: 'inferred' });
    expect(text.published!.clue).toContain('« mercredi, juillet 10, 2024 »');
    expect(text.removed[0]).toMatchObject({ text: 'mercredi, juillet 10, 2024', kind: 'metadata' });
  });

  it('takes a month date and a breadcrumb out of the header', () => {
    const text = parseRawText(
      ' date 2023-09 Un titre après la date\n\nHome World Un paragraphe qui sert de titre répété\nUn paragraphe qui sert de titre répété\n\nLe corps. Encore.',
    );
    expect(text.published).toMatchObject({ date: '2023-09', provenance: 'stated' });
    expect(text.title).toBe('Un titre après la date');
    expect(text.removed.map((r) => r.text)).toContain('Home World Un paragraphe qui sert de titre répété');
  });
});

describe('inlineMarkdown', () => {
  it('escapes what Markdown would read as syntax, so the page shows the source’s words', () => {
    expect(inlineMarkdown('1. <b> snake_case').markdown).toBe('1\\. &lt;b> snake\\_case');
    expect(inlineMarkdown('*"En italique"*').text).toBe('"En italique"');
  });
});
