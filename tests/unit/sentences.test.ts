import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/sentences';

const nonSpace = (s: string): string => s.replace(/\s/g, '');

/** The two properties the fidelity check relies on. */
function expectSafeSplit(text: string): void {
  const pieces = splitSentences(text);
  expect(nonSpace(pieces.join(''))).toBe(nonSpace(text));
  for (const p of pieces) {
    expect(p).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(p).toBe(p.trim());
    expect(p).not.toBe('');
  }
}

describe('splitSentences', () => {
  it('splits after . ! ? … before a capital, keeping the punctuation', () => {
    expect(splitSentences('Une bromance ? Pas exactement. Il arrive ! Et après… Rien.')).toEqual([
      'Une bromance ?',
      'Pas exactement.',
      'Il arrive !',
      'Et après…',
      'Rien.',
    ]);
  });

  it('splits before a quote or a digit', () => {
    expect(splitSentences('Il a dit. « Non. » Puis rien. "Oui." 20 heures plus tard.')).toEqual([
      'Il a dit.',
      '« Non. »',
      'Puis rien.',
      '"Oui."',
      '20 heures plus tard.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(splitSentences('« Pourquoi pas ? » Il sourit.')).toEqual(['« Pourquoi pas ? »', 'Il sourit.']);
    expect(splitSentences('«\u202FPourquoi pas\u202F?\u202F» Il sourit.')).toEqual(['«\u202FPourquoi pas\u202F?\u202F»', 'Il sourit.']);
    expect(splitSentences('(Voir plus haut.) Ensuite.')).toEqual(['(Voir plus haut.)', 'Ensuite.']);
  });

  it('does not split before a lowercase word', () => {
    expect(splitSentences('« Pourquoi pas ? » a-t-il dit. Le traité (…) prévoit.')).toEqual([
      '« Pourquoi pas ? » a-t-il dit.',
      'Le traité (…) prévoit.',
    ]);
    expect(splitSentences('des obus, des drones, etc. sont livrés.')).toEqual(['des obus, des drones, etc. sont livrés.']);
  });

  it('does not split after titles, initials and abbreviations', () => {
    expect(splitSentences('M. Poutine en a dévoilé le point. Mme Kim aussi.')).toEqual([
      'M. Poutine en a dévoilé le point.',
      'Mme Kim aussi.',
    ]);
    expect(splitSentences('Selon MM. Kirby et Blinken, Dr. Kim et John F. Kennedy, rien.')).toEqual([
      'Selon MM. Kirby et Blinken, Dr. Kim et John F. Kennedy, rien.',
    ]);
    expect(splitSentences('Les U.S. Army Rangers et l’an 500 av. J.-C. Ensuite.')).toHaveLength(1);
  });

  it('still splits after a word that merely ends like an abbreviation', () => {
    expect(splitSentences('Il vit à Pyongyang. Kim Jong Un. Poutine.')).toEqual(['Il vit à Pyongyang.', 'Kim Jong Un.', 'Poutine.']);
  });

  it('does not split decimal numbers, dates or times', () => {
    expect(splitSentences('Publié: 11.09.2023 à 16:00 heures. Soit 73.13% des voix.')).toEqual([
      'Publié: 11.09.2023 à 16:00 heures.',
      'Soit 73.13% des voix.',
    ]);
    expect(splitSentences('Ils ont 1.5 million d’obus.')).toEqual(['Ils ont 1.5 million d’obus.']);
  });

  it('does not split URLs', () => {
    expect(splitSentences('Source: https://www.lalibre.be/x?y=1. Fin.')).toEqual(['Source: https://www.lalibre.be/x?y=1.', 'Fin.']);
  });

  it('splits on every kind of line break, trims and drops empty pieces', () => {
    expect(splitSentences('  Titre\r\n\r\n  • Point un\n\n\u00A0\nDernier\rmot  ')).toEqual(['Titre', '• Point un', 'Dernier', 'mot']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \t ')).toEqual([]);
  });

  it('never lets a piece span a line break, even without a period', () => {
    expect(splitSentences('Le dealer d’armes arrive!\nLe Kremlin confirme')).toEqual(['Le dealer d’armes arrive!', 'Le Kremlin confirme']);
    expect(splitSentences('M.\nPoutine')).toEqual(['M.', 'Poutine']);
  });

  it('keeps every non-space character in order on tricky input', () => {
    expectSafeSplit('M. Poutine ?! « Oui. » ... ?? (a.) 1. 2. … « » " " .\n\n.Fin.A. B');
  });

  it('keeps every non-space character of the real sources, with no piece spanning a line', () => {
    const dir = new URL('../../content/sources/', import.meta.url);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    } catch {
      // The content folder is edited concurrently; the synthetic cases above still apply.
    }
    for (const f of files) expectSafeSplit(readFileSync(new URL(f, dir), 'utf8'));
  });
});
