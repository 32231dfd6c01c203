import { describe, expect, it } from 'vitest';
import { createEntityMatcher, describeSharedSpelling, foldName, sharedSpellings, spellingsOf } from '../../src/lib/entity-matcher.ts';
import { fold, foldWithMap } from '../../src/lib/text.ts';

const matcher = createEntityMatcher([
  { id: 'chine', names: ['Chine'] },
  { id: 'coree-du-nord', names: ['Corée du Nord', 'RPDC', 'République populaire démocratique de Corée'] },
  { id: 'coree-du-sud', names: ['Corée du Sud'] },
  { id: 'kim', names: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jung Un', 'Kim'] },
  { id: 'choigou', names: ['Sergueï Choïgou', 'Choïgou', 'Choïgu', 'Shoigu', 'Schoigu'] },
  { id: 'erdogan', names: ['Recep Tayyip Erdogan', 'Erdogan'] },
  { id: 'ukraine', names: ['Ukraine'] },
]);
const found = (text: string) => matcher.findMentions(text).map((m) => [m.entityId, m.text]);

describe('createEntityMatcher', () => {
  it('matches whole words only: Chine never in machine', () => {
    expect(found('la machine de guerre russe')).toEqual([]);
    expect(found('avec la Chine.')).toEqual([['chine', 'Chine']]);
    expect(found('les Chinois')).toEqual([]);
  });

  it('ignores accents, case and hyphens', () => {
    expect(found('CHOIGOU et choïgu, puis Kim Jong-un et KIM JONG UN')).toEqual([
      ['choigou', 'CHOIGOU'],
      ['choigou', 'choïgu'],
      ['kim', 'Kim Jong-un'],
      ['kim', 'KIM JONG UN'],
    ]);
  });

  it('finds names through elisions, with either apostrophe', () => {
    expect(found("après la visite d’Erdogan et l'Ukraine")).toEqual([
      ['erdogan', 'Erdogan'],
      ['ukraine', 'Ukraine'],
    ]);
  });

  it('prefers the longest name: a full name is one mention, a nested country another entity', () => {
    expect(found('Sergueï Choïgou en Corée du Nord, pas en Corée du Sud')).toEqual([
      ['choigou', 'Sergueï Choïgou'],
      ['coree-du-nord', 'Corée du Nord'],
      ['coree-du-sud', 'Corée du Sud'],
    ]);
    expect(found('la République populaire démocratique de Corée Kim Jong Un')).toEqual([
      ['coree-du-nord', 'République populaire démocratique de Corée'],
      ['kim', 'Kim Jong Un'],
    ]);
  });

  it('gives offsets in the original text, across no-break spaces and typographic apostrophes', () => {
    const text = 'Selon\u202fl’agence, Kim\u00a0Jong\u00a0Un arrive.';
    const [mention] = matcher.findMentions(text);
    expect(mention).toMatchObject({ entityId: 'kim', text: 'Kim\u00a0Jong\u00a0Un' });
    expect(text.slice(mention!.start, mention!.end)).toBe('Kim\u00a0Jong\u00a0Un');
  });

  it('refuses a spelling shared by two entities', () => {
    expect(() =>
      createEntityMatcher([
        { id: 'a', names: ['Kim'] },
        { id: 'b', names: ['kim'] },
      ]),
    ).toThrow('entities "a" and "b" share the spelling "Kim" / "kim"');
  });

  it('lists every shared spelling, with both ids and the spellings as written', () => {
    const shared = sharedSpellings([
      { id: 'a', names: ['Kim', 'Corée'] },
      { id: 'b', names: ['Kim', 'Jong'] },
      { id: 'c', names: ['coree', 'Jong'] },
    ]);
    expect(shared.map(describeSharedSpelling)).toEqual([
      'entities "a" and "b" share the spelling "Kim"',
      'entities "a" and "c" share the spelling "Corée" / "coree"',
      'entities "b" and "c" share the spelling "Jong"',
    ]);
    expect(sharedSpellings([{ id: 'a', names: ['Kim', 'kim'] }])).toEqual([]);
  });
});

describe('foldWithMap and foldName', () => {
  it('fold is foldWithMap, with positions back into the original', () => {
    const s = ' Œuvre  de «Choïgou»\u202f! ';
    const { text, sourceIndex } = foldWithMap(s);
    expect(text).toBe(fold(s));
    expect(text).toBe('oeuvre de "choigou" !');
    expect(s[sourceIndex[text.indexOf('choigou')]!]).toBe('C');
    expect(foldName('  Kim  Jong-un ')).toBe('kim jong un');
  });

  it('drops spaces at both ends and collapses runs, each kept character mapped to its source', () => {
    const s = ' \u00a0– Kim\n\tJong–un —  ';
    const { text, sourceIndex } = foldWithMap(s);
    expect(text).toBe('kim jong un');
    expect(sourceIndex).toEqual([4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15]);
    expect(foldWithMap('   ')).toEqual({ text: '', sourceIndex: [] });
    expect(foldWithMap('')).toEqual({ text: '', sourceIndex: [] });
  });

  it('maps a character outside the BMP to its first UTF-16 unit and a ligature to both letters', () => {
    const { text, sourceIndex } = foldWithMap('a\u{1d400}œ É');
    expect(text).toBe('a\u{1d400}oe e');
    // One index per code point of the result: 𝐀 stands at 1 and takes two units.
    expect(sourceIndex).toEqual([0, 1, 3, 3, 4, 5]);
  });

  it('folds the same way on every call (the folding of each character is remembered)', () => {
    const s = 'Sergueï CHOÏGOU, l’« ŒIL » de Moscou–Pyongyang';
    const first = foldWithMap(s);
    expect(foldWithMap(s)).toEqual(first);
    expect(first.text).toBe(`serguei choigou, l'" oeil " de moscou pyongyang`);
  });
});

describe('spellingsOf', () => {
  it('counts each written form and lists the spellings only search knows', () => {
    const text = 'Sergueï Choïgou arrive ; Choïgou parle, puis Sergueï\u00a0Choïgou repart.';
    const at = (s: string, from = 0) => ({ context: text, start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    const { written, searchOnly } = spellingsOf(
      [at('Sergueï Choïgou'), at('Choïgou', 25), at('Sergueï\u00a0Choïgou')],
      ['Sergueï Choïgou', 'Choïgou', 'Shoigu', 'choigou'],
    );
    expect([...written]).toEqual([
      ['Sergueï Choïgou', 2],
      ['Choïgou', 1],
    ]);
    expect(searchOnly).toEqual(['Shoigu']);
  });
});
