import { describe, expect, it } from 'vitest';
import { htmlForIndex, spellingsForIndex, textForIndex } from '../../src/lib/search-index.ts';

describe('htmlForIndex', () => {
  it('straightens apostrophes in text so that elisions split, and nothing else', () => {
    const html = '<html lang="fr"><body><p title="l’attribut">livraisons d’obus à l’Ukraine</p></body></html>';
    const out = htmlForIndex(html);
    expect(out).toContain("livraisons d'obus à l'Ukraine");
    expect(out).toContain('title="l’attribut"');
    expect(out).toContain('lang="fr"');
  });

  it('keeps every other character, and the text length', () => {
    expect(textForIndex('« Pourquoi pas »\u202f? l’a dit Kim')).toBe("« Pourquoi pas »\u202f? l'a dit Kim");
  });
});

describe('htmlForIndex block boundaries', () => {
  it('keeps the words of adjacent blocks apart, and inline elements joined', () => {
    const out = htmlForIndex('<dl><dd>dans les articles</dd><dd>Sergueï Choïgou</dd></dl><p>un<br>deux <em>trois</em>quatre</p>');
    const text = out.replace(/<[^>]+>/g, '');
    expect(text).toContain('articles Sergueï');
    expect(text).toContain('un deux');
    // Inline markup is part of a word: « <em>trois</em>quatre » stays one run of text.
    expect(text).toContain('troisquatre');
  });
});

describe('htmlForIndex anchors', () => {
  it('keeps heading ids, moves passage ids to an empty marker at the same place, and drops the others', () => {
    const out = htmlForIndex(
      '<h2 id="contexte">Le contexte</h2><p class="x" id="p-12" data-a="1">d’obus</p><mark id="affirmation-1">vu</mark><li id="p-3">un</li>',
    );
    expect(out).toContain('<h2 id="contexte">Le contexte</h2>');
    expect(out).toContain('<p class="x" data-a="1"><span id="p-12"></span>d\'obus</p>');
    expect(out).toContain('<mark>vu</mark>');
    expect(out).toContain('<li><span id="p-3"></span>un</li>');
  });

  it('leaves attributes that only end in id, and the text, alone', () => {
    const html = '<p data-id="z" aria-describedby="q">l’id="p-1" reste</p>';
    expect(htmlForIndex(html)).toBe('<p data-id="z" aria-describedby="q">l\'id="p-1" reste</p> ');
  });
});

describe('spellingsForIndex', () => {
  it('lists every word of every spelling once, whatever its accents or case, hyphens apart', () => {
    const text = spellingsForIndex([
      { id: 'a', names: ['Sergueï Choïgou', 'Shoigu', 'SHOIGU', 'Choigou'] },
      { id: 'b', names: ['Corée du Nord', 'RPDC', 'Coree du Nord'] },
      { id: 'c', names: ['Kim Jong Un', 'Kim Jong-un', 'kim jong un'] },
    ]);
    // « Jong-un » stays: Pagefind indexes a hyphenated word as one.
    expect(text).toBe('Sergueï Choïgou, Shoigu, Corée du Nord, RPDC, Kim Jong Un, Jong-un');
  });

  it('leaves out the words the record’s own text holds, punctuation and apostrophes apart', () => {
    const own = 'Selon l’agence, la Corée du Nord (RPDC) et Kim Jong-un…';
    const text = spellingsForIndex(
      [
        { id: 'b', names: ['Corée du Nord', 'RPDC', 'République populaire démocratique de Corée'] },
        { id: 'c', names: ['Kim Jong Un', 'Kim Jong-un'] },
        { id: 'd', names: ['Agence centrale', 'Jong'] },
      ],
      own,
    );
    // « Jong » alone is not in the text: « Jong-un » is one word there.
    expect(text).toBe('République populaire démocratique de, Jong Un, centrale');
  });

  it('gives nothing when the text holds every word', () => {
    expect(spellingsForIndex([{ id: 'a', names: ['Poutine', 'poutine'] }], 'Vladimir Poutine.')).toBe('');
  });

  it('straightens apostrophes as the page text is', () => {
    expect(spellingsForIndex([{ id: 'a', names: ['Côte d’Ivoire'] }])).toBe("Côte d'Ivoire");
    expect(spellingsForIndex([{ id: 'a', names: ['Côte d’Ivoire'] }], "la Côte d'Ivoire")).toBe('');
  });
});

describe('spellingsForIndex and stems', () => {
  it('keeps one word per French stem, as Pagefind indexes them', () => {
    const text = spellingsForIndex([
      { id: 'a', names: ['Corée du Sud', 'sud-coréen', 'sud-coréenne', 'sud-coréens', 'Sud-Coréennes', 'nord-coréen'] },
      { id: 'b', names: ['Russie', 'russe', 'russes'] },
    ]);
    // « russe » and « Russie » are one index word (russ); a hyphenated word is stemmed whole.
    expect(text).toBe('Corée du Sud, sud-coréen, nord-coréen, Russie');
  });

  it('leaves out a word whose stem the record’s own text holds', () => {
    const own = 'Les militaires nord-coréennes et les soldats russes.';
    const text = spellingsForIndex([{ id: 'a', names: ['nord-coréens', 'Russie', 'RPDC', 'Coréens'] }], own);
    expect(text).toBe('RPDC, Coréens');
  });
});
