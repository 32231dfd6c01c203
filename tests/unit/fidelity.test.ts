import { describe, expect, it } from 'vitest';
import { sourcePieces, stripSourceMarkup, withoutRemoved } from '../../src/lib/fidelity.ts';

describe('withoutRemoved', () => {
  const source = 'Titre\nPlus d’un an après, rien.\nPlus\nUne fin. Légende image, photo.';

  it('removes a whole-line piece only where it stands alone', () => {
    const text = withoutRemoved(source, [{ text: 'Plus' }]);
    expect(text).toContain('Plus d’un an après');
    expect(text.split('\n')).not.toContain('Plus');
  });

  it('removes an in-line piece everywhere it occurs', () => {
    const text = withoutRemoved('a Légende image, b\nc Légende image, d', [{ text: 'Légende image,' }]);
    expect(text).not.toContain('Légende');
    expect(text).toContain('a');
    expect(text).toContain('d');
  });

  it('fails, naming the file, when a listed piece is not in the source', () => {
    expect(() => withoutRemoved(source, [{ text: 'Must Read' }], 'content/sources/x.txt')).toThrow(/content\/sources\/x\.txt.*Must Read/);
  });
});

describe('stripSourceMarkup', () => {
  it('keeps link text and drops link targets, emphasis, autolinks and bullets', () => {
    expect(stripSourceMarkup('Kim [est arrivé](#) ici. *"Cité"*')).toBe('Kim est arrivé ici. "Cité"');
    expect(stripSourceMarkup('<https://example.org/a>\n  • Un point')).toBe(' \nUn point');
  });

  it('keeps hyphens inside words', () => {
    expect(stripSourceMarkup('nord-coréen - Corée')).toBe('nord-coréen - Corée');
  });
});

describe('sourcePieces', () => {
  it('splits what remains into pieces and drops pieces without letters or digits', () => {
    const pieces = sourcePieces('Un. Deux.\n|\nTrois ?', [{ text: 'Deux.' }]);
    expect(pieces).toEqual(['Un.', 'Trois ?']);
  });
});
