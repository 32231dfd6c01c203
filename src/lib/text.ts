/**
 * Text comparison helpers shared by the fidelity check, search and entity matching.
 */

/** Characters that stand for an apostrophe / single quote in the sources or in our pages. */
const APOSTROPHE_CHARS = '’‘ʼ´`′';
/** Characters that stand for a double quotation mark, French or English, curly or straight. */
const DOUBLE_QUOTE_CHARS = '«»“”„‟"″';
const APOSTROPHE_LIKE = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');
const DOUBLE_QUOTE_LIKE = new RegExp(`[${DOUBLE_QUOTE_CHARS}]`, 'g');
// Single-character tests: without the g flag, so that `test` keeps no state between calls.
const IS_APOSTROPHE = new RegExp(`[${APOSTROPHE_CHARS}]`);
const IS_DOUBLE_QUOTE = new RegExp(`[${DOUBLE_QUOTE_CHARS}]`);
/** JS `\s` already covers U+00A0, U+202F, U+2009 and the other Unicode spaces and line breaks. */
const WHITESPACE_RUN = /\s+/g;
// The same characters, as codes (normalizeTypographyWithMap).
// Pure (the search page's bundle imports this module, and leaves out what it does not use).
const codesOf = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const APOSTROPHE_CODES = /* @__PURE__ */ codesOf(APOSTROPHE_CHARS);
const DOUBLE_QUOTE_CODES = /* @__PURE__ */ codesOf(DOUBLE_QUOTE_CHARS);
const SPACED_PUNCTUATION_CODES = /* @__PURE__ */ codesOf(';:!?');
const SPACE = 32;
const APOSTROPHE = 39;
const DOUBLE_QUOTE = 34;

/**
 * Canonical form used to check that a cited passage is in an article "allowing only for
 * differences of spaces, apostrophes and quotation marks".
 *
 * - every apostrophe-like becomes `'` and every double quote-like becomes `"`;
 * - every whitespace run (including no-break, narrow no-break and thin spaces, newlines) becomes
 *   one space, and the result is trimmed;
 * - spaces next to a `"` are dropped, so `« Corée »`, `«Corée»` and `"Corée"` compare equal
 *   (French typography puts spaces inside guillemets, English and straight quotes do not);
 * - spaces before `; : ! ?` are dropped, so `arrive!` equals `arrive !` (French puts a space
 *   there, many sources do not).
 *
 * Dropping a space never merges two words into one token that could be mistaken for another
 * word, since the space only ever sits next to punctuation.
 */
export function normalizeTypography(s: string): string {
  return s
    .replace(APOSTROPHE_LIKE, "'")
    .replace(DOUBLE_QUOTE_LIKE, '"')
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .replace(/ ?" ?/g, '"')
    .replace(/ (?=[;:!?])/g, '');
}

/**
 * Loose form for search and entity matching: apostrophes and quotes unified, accents and case
 * removed, ligatures expanded, dashes and hyphens turned into spaces, spaces collapsed.
 * `fold('Choïgou') === 'choigou'`, `fold('Kim Jong-un') === 'kim jong un'`.
 * One folding for the whole site: the entity matcher and search use it too (foldWithMap).
 */
export function fold(s: string): string {
  return foldWithMap(s).text;
}

/** Folding of one character: the same rules as `fold` in text.ts, kept position by position. */
function foldChar(c: string): string {
  if (/\s/.test(c)) return ' ';
  if (IS_APOSTROPHE.test(c)) return "'";
  if (IS_DOUBLE_QUOTE.test(c)) return '"';
  if (/\p{Pd}/u.test(c)) return ' ';
  return c
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** foldChar of each character met so far, as code points: a build folds millions of characters, few distinct. */
const FOLDED = new Map<string, readonly string[]>();

function foldedCodePoints(c: string): readonly string[] {
  let folded = FOLDED.get(c);
  if (folded === undefined) {
    folded = [...foldChar(c)];
    FOLDED.set(c, folded);
  }
  return folded;
}

/**
 * `fold`, with for each character of the result the index of the character of `s` it comes from,
 * so that a match in folded text can be shown in the original. Spaces are collapsed.
 */
export function foldWithMap(s: string): { text: string; sourceIndex: number[] } {
  let text = '';
  // Spaces are dropped at the start and after a space.
  let afterSpace = true;
  const sourceIndex: number[] = [];
  let i = 0;
  // By code point: a character outside the BMP is one character, two UTF-16 units long.
  for (const char of s) {
    for (const f of foldedCodePoints(char)) {
      const space = f === ' ';
      if (space && afterSpace) continue;
      text += f;
      afterSpace = space;
      sourceIndex.push(i);
    }
    i += char.length;
  }
  // At most one space at the end, since spaces never follow one another.
  if (afterSpace && text !== '') {
    text = text.slice(0, -1);
    sourceIndex.pop();
  }
  return { text, sourceIndex };
}

/**
 * A word is a run of letters/digits, possibly joined by a hyphen or an apostrophe, or by
 * `. , :` between two digits. So, like word processors do:
 * - `Kim Jong-un` is 2 words, `l’Ukraine` and `aujourd’hui` are 1 word each (elisions are not
 *   split: we count written tokens, not grammatical words);
 * - `73.13`, `11.09.2023`, `16:00` and `1,5` are 1 word each.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:[\p{Pd}'’‘ʼ]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

/** Number of words in `s` (see WORD for what counts as one). */
export function countWords(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/**
 * `normalizeTypography` that also says where each character of the result comes from:
 * `sourceIndex[k]` is the index in `s` of the k-th character of `text`. It lets a passage found in
 * normalised text be marked in the original (which keeps its typography).
 * Invariant (tested): `normalizeTypographyWithMap(s).text === normalizeTypography(s)`.
 */
export function normalizeTypographyWithMap(s: string): { text: string; sourceIndex: number[] } {
  // Same steps as normalizeTypography, on character codes (UTF-16 units): each cited passage is
  // marked through this, and a regular expression and an object per character made it a fifth
  // of a second of the build at 1,000 articles. First the codes unified, a whitespace run as one space.
  const codes: number[] = [];
  const from: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    if (isWhitespace(code)) {
      if (codes[codes.length - 1] === SPACE) continue;
      code = SPACE;
    } else if (APOSTROPHE_CODES.has(code)) code = APOSTROPHE;
    else if (DOUBLE_QUOTE_CODES.has(code)) code = DOUBLE_QUOTE;
    codes.push(code);
    from.push(i);
  }
  let first = 0;
  let last = codes.length - 1;
  while (first <= last && codes[first] === SPACE) first++;
  while (last >= first && codes[last] === SPACE) last--;
  // Then, within the trimmed codes, spaces next to a `"` go (beyond its ends are only spaces).
  const unquoted: number[] = [];
  const unquotedFrom: number[] = [];
  for (let k = first; k <= last; k++) {
    const code = codes[k] ?? SPACE;
    if (code === SPACE && (codes[k - 1] === DOUBLE_QUOTE || codes[k + 1] === DOUBLE_QUOTE)) continue;
    unquoted.push(code);
    unquotedFrom.push(from[k] ?? -1);
  }
  // Last, among the codes left, spaces before `; : ! ?`.
  const kept: number[] = [];
  const sourceIndex: number[] = [];
  for (let k = 0; k < unquoted.length; k++) {
    const code = unquoted[k] ?? SPACE;
    if (code === SPACE && SPACED_PUNCTUATION_CODES.has(unquoted[k + 1] ?? SPACE)) continue;
    kept.push(code);
    sourceIndex.push(unquotedFrom[k] ?? -1);
  }
  let text = '';
  // A few thousand codes per call: String.fromCharCode takes its arguments on the stack.
  for (let k = 0; k < kept.length; k += 4096) text += String.fromCharCode(...kept.slice(k, k + 4096));
  return { text, sourceIndex };
}

/** What `\s` matches, for one UTF-16 unit (a test compares the two on every unit). */
export function isWhitespace(code: number): boolean {
  if (code < 0xa0) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || OTHER_SPACES.has(code);
}
const OTHER_SPACES = new Set([0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/**
 * `sourceIndex[k]` of a map made by foldWithMap or normalizeTypographyWithMap, for a position the
 * caller found in the mapped text: outside it is a programming error, not a content problem.
 */
export function sourceAt(sourceIndex: readonly number[], k: number): number {
  const index = sourceIndex[k];
  if (index === undefined) throw new RangeError(`position ${k} is outside the mapped text (${sourceIndex.length} characters)`);
  return index;
}
