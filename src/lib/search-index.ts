import snowball from 'snowball-stemmers';
import type { NamedEntity } from './entity-matcher.ts';
import { PASSAGE_ID_PATTERN } from './paragraph-ids.ts';

/**
 * The HTML that Pagefind indexes for a page: the page as readers get it, except that
 * - typographic apostrophes become straight ones, because Pagefind splits words on ' but not on ’
 *   (so that `obus` finds « d’obus »);
 * - blocks are kept apart by a space;
 * - only headings keep their ids as they are. Pagefind stores every element with an id as an
 *   anchor, with its whole text, in the fragment a result downloads: for an article that doubled
 *   the fragment. A passage (p-N) keeps its id on an empty marker at its start, which has the
 *   same position in the page's words (the search page links a result to it); other ids go.
 * Readers keep their typography and their ids; only the index sees the change.
 */
export function htmlForIndex(html: string): string {
  // One pass over the page, called back only where something changes. The site has no inline
  // script or style whose content could be touched.
  return html.replace(INDEX_EDITS, (match: string, tag?: string, before?: string, id?: string, after?: string) => {
    if (tag !== undefined) {
      const start = `<${tag}${before ?? ''}${after ?? ''}>`;
      return id !== undefined && PASSAGE_ID_PATTERN.test(id) ? `${start}<span id="${id}"></span>` : start;
    }
    return match.length === 1 ? "'" : `${match} `;
  });
}

const BLOCK_ELEMENTS =
  'address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|summary|table|td|th|tr|ul';
/** The apostrophes that Pagefind does not split words on. */
const TYPOGRAPHIC_APOSTROPHES = '[’ʼ]';
/**
 * What htmlForIndex changes, in one expression:
 * - an apostrophe of the text: the next angle bracket after it opens a tag (inside a tag, the
 *   next one closes it, so attributes keep their characters);
 * - the end of a block, or a line break: Pagefind joins the text of adjacent elements as it finds
 *   it, and the built HTML has no white space between tags, so without a space there « …dans les
 *   articles</dd><dd>Sergueï… » would be indexed and shown as « articlesSergueï »;
 * - the start tag of an element other than a heading that has an id (tag, attributes before the
 *   id, the id, attributes after it).
 */
const INDEX_EDITS = new RegExp(
  `${TYPOGRAPHIC_APOSTROPHES}(?=[^<>]*<)|</(?:${BLOCK_ELEMENTS})>|<br\\s*/?>|<(?!h[1-6][\\s>/])([a-z][a-z0-9-]*)(\\s[^>]*?)?\\sid="([^"]*)"([^>]*)>`,
  'gi',
);
const APOSTROPHE = new RegExp(TYPOGRAPHIC_APOSTROPHES, 'g');

/** The same change for a custom record's plain text. */
export function textForIndex(text: string): string {
  return text.replace(APOSTROPHE, "'");
}

const french = snowball.newStemmer('french');
/**
 * A piece of text between spaces → the key of its word ('' for punctuation alone). Every article
 * page asks for all the words of its text, and an article's words are mostly the dossier's words.
 */
const pieceKeys = new Map<string, string>();

/**
 * A word as the index matches it: Pagefind folds case and accents, then stems the word with
 * Snowball's French stemmer, so « coréen », « coréennes » and « Coréens » are one index word
 * (`coreen`), at indexing as at query time. Apostrophes straight; a hyphen stays (Pagefind indexes
 * « Jong-un » whole, and its stem is the whole word's with the hyphen left out).
 */
const wordKey = (word: string) =>
  french.stem(
    textForIndex(word)
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
  );

/**
 * The words of a text as Pagefind indexes them, by key: split at white space and at apostrophes
 * (Pagefind splits « l'Ukraine »), the punctuation around each word dropped; a hyphen or a dot
 * inside a word keeps it whole, as Pagefind does.
 */
function wordKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const piece of textForIndex(text).split(/[\s']+/)) {
    let key = pieceKeys.get(piece);
    if (key === undefined) {
      const word = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      key = word ? wordKey(word) : '';
      pieceKeys.set(piece, key);
    }
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * Every spelling of the given entities, for a searchable metadata field: the index itself then
 * knows that « Choïgou » is « Shoigu ». Pagefind finds a record when it holds every word of a
 * query, in its text or in its metadata, so the field only needs the words of the spellings that
 * the record's own text (`text`, or a part of it) does not already hold, as index words: one word
 * per stem (« sud-coréen » stands for « sud-coréennes », which the index holds as the same word),
 * case and accents aside; a hyphen counts (it indexes « Jong-un » whole). On a page that writes
 * « Corée du Nord » the field keeps « RPDC » and « République populaire démocratique », not a
 * second « Corée » in every article's index entry and in the fragment each result downloads.
 */
export function spellingsForIndex(entities: readonly NamedEntity[], text = ''): string {
  const seen = wordKeys(text);
  const spellings: string[] = [];
  for (const entity of entities) {
    for (const name of entity.names) {
      const words = textForIndex(name)
        .split(/\s+/)
        .filter((word) => {
          const keys = wordKeys(word);
          if ([...keys].every((key) => seen.has(key))) return false;
          for (const key of keys) seen.add(key);
          return true;
        });
      if (words.length > 0) spellings.push(words.join(' '));
    }
  }
  return spellings.join(', ');
}
