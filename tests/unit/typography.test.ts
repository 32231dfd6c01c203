import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { normalizeTypography } from '../../src/lib/text';
import { applyFrenchTypography, frenchTypography, rehypeFrenchTypography } from '../../src/lib/typography';
import { el, root, tx } from '../support/hast.ts';

const N = '\u202F';

/** Show narrow no-break spaces as `_` so failures are readable. */
const show = (s: string): string => s.replaceAll(N, '_');
const ft = (s: string): string => show(frenchTypography(s));

/** Words of a text, once narrow spaces are removed and curly apostrophes straightened. */
const words = (s: string): string[] =>
  s
    .replaceAll(N, '')
    .replaceAll('’', "'")
    .split(/[\s«»"]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[;:!?.,]+$/u, ''))
    .filter(Boolean);

const REALISTIC = [
  'Poutine veut-il des armes pour la Corée du Nord?',
  'Au programme des négociations: un possible approvisionnement',
  '« Pourquoi pas, ce sont nos voisins. »',
  'Publié: 11.09.2023 à 16:00 heures',
  "l'hégémonie",
  'https://www.lalibre.be/x?y=1',
  "Le dealer d'armes arrive!",
  "Les deux gouvernements critiquent « l'hégémonie » des États-Unis.",
  "«Suite à l'invitation du président russe Vladimir Poutine», a annoncé lundi le Kremlin.",
  'Dans l’actu : Selon la porte-parole, Adrienne Watson ; plus tard ce mois-ci !',
  'ses voisins« , a déclaré lundi Sergueï Choïgou',
  'des « États voyous » .',
  'Une bromance ? Pas exactement. Vraiment?! Non!?',
  'Kim Jong-un (Corée du Nord): 73.13%; 20 heures!',
  'Voir <https://www.lalibre.be/a/b?c=d&e=f#g> et mailto:x@y.z',
];

describe('frenchTypography: apostrophes', () => {
  it('curls an apostrophe between two letters', () => {
    expect(ft("l'hégémonie")).toBe('l’hégémonie');
    expect(ft("aujourd'hui d'Extrême-Orient")).toBe('aujourd’hui d’Extrême-Orient');
  });

  it('curls an apostrophe between a letter and «', () => {
    expect(ft("l'«hégémonie»")).toBe('l’«_hégémonie_»');
  });

  it('leaves quoting apostrophes and apostrophes next to spaces or digits', () => {
    expect(ft("'tombés amoureux'")).toBe("'tombés amoureux'");
    expect(ft("l' Ukraine")).toBe("l' Ukraine");
    expect(ft("les années '90")).toBe("les années '90");
  });
});

describe('frenchTypography: high punctuation', () => {
  it('inserts a narrow no-break space after a letter', () => {
    expect(ft('Poutine veut-il des armes pour la Corée du Nord?')).toBe('Poutine veut-il des armes pour la Corée du Nord_?');
    expect(ft('Au programme des négociations: un possible approvisionnement')).toBe(
      'Au programme des négociations_: un possible approvisionnement',
    );
    expect(ft('arrive!')).toBe('arrive_!');
    expect(ft('Watson; plus')).toBe('Watson_; plus');
  });

  it('inserts after a digit, %, a closing bracket or »', () => {
    expect(ft('20 heures; 30%; (Nord): « oui »?')).toBe('20 heures_; 30%_; (Nord)_: «_oui_»_?');
    expect(ft('en 2019!')).toBe('en 2019_!');
  });

  it('replaces an existing space or no-break space', () => {
    expect(ft('Nord ?')).toBe('Nord_?');
    expect(ft('Nord\u00A0?')).toBe('Nord_?');
    expect(ft('Nord  \u00A0 ?')).toBe('Nord_?');
    expect(ft('Dans l’actu : Selon')).toBe('Dans l’actu_: Selon');
  });

  it('does not touch times, dates, URLs or query strings', () => {
    expect(ft('Publié: 11.09.2023 à 16:00 heures')).toBe('Publié_: 11.09.2023 à 16:00 heures');
    expect(ft('https://www.lalibre.be/x?y=1')).toBe('https://www.lalibre.be/x?y=1');
    expect(ft('mailto:x@y.z et C:\\Windows')).toBe('mailto:x@y.z et C:\\Windows');
    expect(ft('ratio 3:2')).toBe('ratio 3:2');
  });

  it('keeps consecutive marks together', () => {
    expect(ft('Vraiment?!')).toBe('Vraiment_?!');
    expect(ft('Non!?')).toBe('Non_!?');
    expect(ft('Quoi??')).toBe('Quoi_??');
  });

  it('does not add a space after other punctuation or at the start', () => {
    expect(ft('?')).toBe('?');
    expect(ft('Vraiment…?')).toBe('Vraiment…?');
    expect(ft('il a dit. ?')).toBe('il a dit._?');
    expect(ft(' ? début')).toBe(' ? début');
  });

  it('does not bind punctuation across a line break', () => {
    expect(ft('mot\n?')).toBe('mot\n?');
    expect(ft('mot \n ?')).toBe('mot \n ?');
  });
});

describe('frenchTypography: guillemets', () => {
  it('inserts narrow no-break spaces inside « »', () => {
    expect(ft("«Suite à l'invitation»")).toBe('«_Suite à l’invitation_»');
  });

  it('replaces existing spaces inside « »', () => {
    expect(ft('« Pourquoi pas, ce sont nos voisins. »')).toBe('«_Pourquoi pas, ce sont nos voisins._»');
    expect(ft('«\u00A0chaleureusement\u00A0»')).toBe('«_chaleureusement_»');
  });

  it('leaves the space outside the guillemets ordinary', () => {
    expect(ft('accueilli « chaleureusement » à Pyongyang')).toBe('accueilli «_chaleureusement_» à Pyongyang');
  });

  it('handles empty guillemets and guillemets at the edges', () => {
    expect(ft('«»')).toBe('«»');
    expect(ft('« »')).toBe('«_»');
    expect(ft('«')).toBe('«');
    expect(ft('»')).toBe('»');
    expect(ft('mot «\nsuite')).toBe('mot «\nsuite');
  });

  it('leaves straight double quotes alone', () => {
    expect(ft('étaient "tombés amoureux"')).toBe('étaient "tombés amoureux"');
  });
});

describe('frenchTypography: invariants', () => {
  it.each(REALISTIC)('never changes a word: %s', (s) => {
    const out = frenchTypography(s);
    expect(words(out)).toEqual(words(s));
    expect(normalizeTypography(out)).toBe(normalizeTypography(s));
    expect(out.replaceAll(N, '').replaceAll('’', "'").replace(/\s/g, '')).toBe(s.replaceAll('’', "'").replace(/\s/g, ''));
  });

  it.each(REALISTIC)('is idempotent: %s', (s) => {
    const once = frenchTypography(s);
    expect(frenchTypography(once)).toBe(once);
  });

  it('is idempotent and word-preserving on random strings', () => {
    // Deterministic PRNG (mulberry32) over an alphabet of the characters the rules look at.
    let seed = 42;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const alphabet = [...'aZé1\'’«»"?!:;  \u00A0\u202F\n/.,)(%…-'];
    for (let k = 0; k < 3000; k++) {
      const len = Math.floor(random() * 12);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(random() * alphabet.length)];
      const out = frenchTypography(s);
      expect(frenchTypography(out), JSON.stringify(s)).toBe(out);
      expect(normalizeTypography(out), JSON.stringify(s)).toBe(normalizeTypography(s));
      // Only apostrophes are swapped and only spaces inserted or replaced.
      expect(out.replaceAll('’', "'").replace(/\s/g, ''), JSON.stringify(s)).toBe(s.replaceAll('’', "'").replace(/\s/g, ''));
      expect(out.split('\n').length).toBe(s.split('\n').length);
    }
  });
});

// --- rehype plugin ---------------------------------------------------------------------------

function run(tree: Root): string {
  const processor = unified().use(rehypeFrenchTypography);
  return show(toHtml(processor.runSync(tree) as Root));
}

describe('rehypeFrenchTypography', () => {
  it('runs as a unified plugin on text nodes', () => {
    const tree = root(el('p', [tx("Poutine veut-il l'aide de la Corée du Nord?")]));
    expect(run(tree)).toBe('<p>Poutine veut-il l’aide de la Corée du Nord_?</p>');
  });

  it('inserts the space before punctuation that follows an inline element', () => {
    expect(run(root(el('p', [tx('ce sont nos '), el('em', [tx('voisins')]), tx('?')])))).toBe('<p>ce sont nos <em>voisins</em>_?</p>');
    expect(run(root(el('p', [el('a', [tx('mot')], { href: '#x' }), tx('?')])))).toBe('<p><a href="#x">mot</a>_?</p>');
  });

  it('replaces a space that ends an inline element before the punctuation', () => {
    expect(run(root(el('p', [el('strong', [tx('Nord ')]), tx('? oui')])))).toBe('<p><strong>Nord_</strong>? oui</p>');
  });

  it('crosses inline boundaries for guillemets and apostrophes', () => {
    expect(run(root(el('p', [tx('«'), el('em', [tx('chaleureusement')]), tx('»')])))).toBe('<p>«_<em>chaleureusement</em>_»</p>');
    expect(run(root(el('p', [tx("l'"), el('em', [tx('Ukraine')])])))).toBe('<p>l’<em>Ukraine</em></p>');
  });

  it('does not carry context from one block to the next', () => {
    expect(run(root(el('p', [tx('Nord')]), el('p', [tx('? suite')])))).toBe('<p>Nord</p><p>? suite</p>');
    expect(run(root(el('li', [tx('mot')]), tx('!')))).toBe('<li>mot</li>!');
  });

  it('skips code, pre, kbd, samp, script and style, and does not bind to them', () => {
    const tree = root(
      el('p', [tx('La fonction '), el('code', [tx("a?b: c'd")]), tx('? Et '), el('kbd', [tx('Ctrl:C')]), tx('!')]),
      el('pre', [el('code', [tx("x = l'y ?")])]),
      el('p', [el('samp', [tx('ok!')])]),
      el('script', [tx("if (a?b:c) alert('x');")]),
      el('style', [tx('a:hover { color: red; }')]),
    );
    expect(run(tree)).toBe(
      // Code is opaque: no space is inserted before the `?` that follows it.
      "<p>La fonction <code>a?b: c'd</code>? Et <kbd>Ctrl:C</kbd>!</p>" +
        "<pre><code>x = l'y ?</code></pre>" +
        '<p><samp>ok!</samp></p>' +
        "<script>if (a?b:c) alert('x');</script>" +
        '<style>a:hover { color: red; }</style>',
    );
  });

  it('never touches attributes', () => {
    const props = { href: 'https://x.be/a?b=1', title: "l'article: « voir »?" };
    const link = el('a', [tx("l'article")], { ...props });
    applyFrenchTypography(root(el('p', [link])));
    expect(link.properties).toEqual(props);
    expect(link.children).toEqual([tx('l’article')]);
  });

  it('treats <br> as a line break', () => {
    expect(run(root(el('p', [tx('mot'), el('br'), tx('? ')])))).toBe('<p>mot<br>? </p>');
  });

  it('gives the same text as frenchTypography on the flattened block', () => {
    const source = '« Pourquoi pas, ce sont nos voisins. Il y a un vieux dicton russe: on ne choisit pas ses voisins »';
    const tree = root(
      el('blockquote', [
        el('p', [
          tx('« Pourquoi pas, ce sont nos '),
          el('em', [tx('voisins')]),
          tx('. Il y a un vieux dicton '),
          el('strong', [tx('russe')]),
          tx(': on ne choisit pas ses '),
          el('a', [tx('voisins')], { href: '#' }),
          tx(' »'),
        ]),
      ]),
    );
    applyFrenchTypography(tree);
    const flattened = (n: Root | RootContent): string =>
      n.type === 'text' ? n.value : 'children' in n ? n.children.map(flattened).join('') : '';
    expect(show(flattened(tree))).toBe(show(frenchTypography(source)));
  });

  it('is idempotent on a tree', () => {
    const tree = root(el('p', [tx('Nord'), el('em', [tx(' ')]), tx('?« '), el('b', [tx('x')]), tx('»')]));
    applyFrenchTypography(tree);
    const once = toHtml(tree);
    applyFrenchTypography(tree);
    expect(toHtml(tree)).toBe(once);
    expect(show(once)).toBe('<p>Nord<em>_</em>?«_<b>x</b>_»</p>');
  });
});
