import { describe, expect, it } from 'vitest';
import { countWords, fold, isWhitespace, normalizeTypography, normalizeTypographyWithMap } from '../../src/lib/text';

describe('normalizeTypography', () => {
  it('maps every apostrophe-like to a straight apostrophe', () => {
    for (const a of ['’', '‘', 'ʼ', '´', '`', '′', "'"]) {
      expect(normalizeTypography(`l${a}Ukraine`)).toBe("l'Ukraine");
    }
  });

  it('maps every double quote-like to a straight double quote', () => {
    for (const q of ['«', '»', '“', '”', '„', '‟', '"', '″']) {
      expect(normalizeTypography(`a ${q}b`)).toBe('a"b');
    }
  });

  it('collapses every kind of whitespace run to one space and trims', () => {
    expect(normalizeTypography('  Kim\u00A0Jong\u202FUn\u2009et\n\n\tPoutine \r\n ')).toBe('Kim Jong Un et Poutine');
  });

  it('makes French, unspaced and straight quotes equivalent', () => {
    const expected = 'des"États voyous"';
    expect(normalizeTypography('des « États voyous »')).toBe(expected);
    expect(normalizeTypography('des\u00A0«\u202FÉtats voyous\u202F»')).toBe(expected);
    expect(normalizeTypography('des «États voyous»')).toBe(expected);
    expect(normalizeTypography('des "États voyous"')).toBe(expected);
    expect(normalizeTypography('des “États voyous”')).toBe(expected);
  });

  it('drops spaces before ; : ! ? but keeps them elsewhere', () => {
    expect(normalizeTypography('arrive !')).toBe(normalizeTypography('arrive!'));
    expect(normalizeTypography('Nord\u202F?')).toBe('Nord?');
    expect(normalizeTypography('négociations : un')).toBe('négociations: un');
    expect(normalizeTypography('a ; b')).toBe('a; b');
    // Commas and periods are not French high punctuation: the space stays meaningful.
    expect(normalizeTypography('a , b')).toBe('a , b');
  });

  it('does not merge words or touch letters, times and URLs', () => {
    expect(normalizeTypography('Kim Jong-un à 16:00 https://x.be/a?b=1')).toBe('Kim Jong-un à 16:00 https://x.be/a?b=1');
    expect(normalizeTypography('Choïgou œuvre')).toBe('Choïgou œuvre');
  });

  it('matches a source passage with mis-typed guillemets against its corrected form', () => {
    const source = 'ses voisins« , a déclaré lundi Sergueï Choïgou';
    const page = 'ses voisins\u202F», a déclaré lundi Sergueï Choïgou';
    expect(normalizeTypography(source)).toBe(normalizeTypography(page));
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeTypography(' \u00A0\n')).toBe('');
  });
});

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('Choïgou')).toBe('choigou');
    expect(fold('ÉTATS-UNIS')).toBe('etats unis');
    expect(fold('Sergueï Choïgu')).toBe('serguei choigu');
  });

  it('turns every dash and hyphen into a space', () => {
    expect(fold('Kim Jong-un')).toBe('kim jong un');
    expect(fold('Kim Jong‐un')).toBe('kim jong un');
    expect(fold('Kim Jong‑un')).toBe('kim jong un');
    expect(fold('Moscou–Pyongyang')).toBe('moscou pyongyang');
    expect(fold('Moscou — Pyongyang')).toBe('moscou pyongyang');
    expect(fold('a ‒ b')).toBe('a b');
  });

  it('expands œ and æ, also in capitals', () => {
    expect(fold('manœuvre')).toBe('manoeuvre');
    expect(fold('ŒUVRE')).toBe('oeuvre');
    expect(fold('Lætitia')).toBe('laetitia');
  });

  it('handles decomposed input and non-breaking spaces', () => {
    expect(fold('Chogu\u0308\u00A0\u00A0Kim')).toBe('chogu kim');
    expect(fold('Cho\u0308igou')).toBe(fold('Choïgou'));
  });

  it('makes spelling variants of the same name comparable', () => {
    expect(fold('Kim Jong-Un')).toBe(fold('Kim Jong Un'));
    expect(fold('Kim Jong-un')).toBe(fold('KIM JONG UN'));
    expect(fold('l’Ukraine')).toBe(fold("l'Ukraine"));
  });
});

describe('countWords', () => {
  it('counts plain words', () => {
    expect(countWords('Poutine veut-il des armes pour la Corée du Nord?')).toBe(9);
  });

  it('counts hyphenated words once', () => {
    expect(countWords('Kim Jong-un')).toBe(2);
    expect(countWords('Maison-Blanche')).toBe(1);
    expect(countWords('militaro‑technique')).toBe(1);
  });

  it('counts an elision and its word as one word, whatever the apostrophe', () => {
    expect(countWords('l’Ukraine')).toBe(1);
    expect(countWords("l'Ukraine")).toBe(1);
    expect(countWords('aujourd’hui')).toBe(1);
    expect(countWords("d'un bien mauvais œil")).toBe(4);
  });

  it('counts numbers, dates and times as one word', () => {
    expect(countWords('73.13 %')).toBe(1);
    expect(countWords('le 11.09.2023 à 16:00')).toBe(4);
    expect(countWords('1,5 million')).toBe(2);
  });

  it('ignores punctuation, quotes and dashes standing alone', () => {
    expect(countWords('« Pourquoi pas ? » — a-t-il dit…')).toBe(4);
    expect(countWords(' - « » ? ! …')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  it('separates words joined only by punctuation other than hyphens and apostrophes', () => {
    expect(countWords('oui,non')).toBe(2);
    expect(countWords('fin.Début')).toBe(2);
    expect(countWords('"tombés amoureux"')).toBe(2);
  });

  it('counts words with combining marks as one word', () => {
    expect(countWords('Cho\u0308igou')).toBe(1);
  });
});

describe('normalizeTypographyWithMap', () => {
  it('gives the same text as normalizeTypography, on hand-picked and random strings', () => {
    const samples = [
      '  « Pourquoi pas, ce sont nos voisins« , a déclaré  ',
      'Au programme des négociations: un possible',
      'l’Ukraine\u202f; puis "x" !',
      ' " a " " b "',
      '',
    ];
    const alphabet = ['a', 'é', ' ', '\u00a0', '\u202f', '\n', '"', '«', '»', '’', "'", ';', ':', '!', '?', '.'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      samples.push(Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    }
    for (const sample of samples) {
      expect(normalizeTypographyWithMap(sample).text, JSON.stringify(sample)).toBe(normalizeTypography(sample));
    }
  });

  it('maps every character of random strings to a place in the original that gives it, in order', () => {
    const alphabet = ['a', 'é', ' ', '\t', '\u00a0', '\u202f', '\u2009', '\n', '"', '«', '»', '“', '’', '`', "'", ';', ':', '!', '?', '.'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const sample = Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const { text, sourceIndex } = normalizeTypographyWithMap(sample);
      expect(sourceIndex, JSON.stringify(sample)).toHaveLength(text.length);
      for (const [k, i] of sourceIndex.entries()) {
        if (k > 0) expect(i).toBeGreaterThan(sourceIndex[k - 1]!);
        expect(normalizeTypography(`x${sample[i]!}x`).slice(1, -1) || ' ', JSON.stringify(sample)).toBe(text[k]);
      }
    }
  });

  it('counts as white space exactly what \\s matches, for every UTF-16 unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('maps each character back to its place in the original', () => {
    const original = 'Kim  a dit\u202f: « oui »';
    const { text, sourceIndex } = normalizeTypographyWithMap(original);
    expect(text).toBe('Kim a dit:"oui"');
    expect(sourceIndex).toHaveLength(text.length);
    for (const [k, i] of sourceIndex.entries()) {
      expect(normalizeTypography(original[i]!) || ' ').toBe(text[k] === ' ' ? ' ' : text[k]);
    }
    expect(original.slice(sourceIndex[text.indexOf('oui')], sourceIndex[text.indexOf('oui') + 2]! + 1)).toBe('oui');
  });
});
