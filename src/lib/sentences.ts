/**
 * Sentence splitting for the fidelity check. The pieces need not be grammatical sentences:
 * what matters is that no piece spans a line break and that, together, the pieces keep every
 * non-space character of the input in order (only whitespace is dropped, at the cut points).
 */

/**
 * A sentence end: terminal punctuation, optionally followed by closing quotes/brackets (`. »`,
 * `."`, `?)`), then whitespace and something that can start a sentence: an uppercase letter,
 * a digit, an opening quote or bracket. Group 1 is what stays with the sentence.
 */
const SENTENCE_END = /([.!?…]+(?:["”’)\]]|[ \u00A0\u202F]*[»”])*)(?=\s+[\p{Lu}\p{N}«"“‘'([])/gu;

/**
 * Words that, followed by a period, are abbreviations and not sentence ends, even before a
 * capital (« M. Poutine », « Mme Kim »). Single uppercase letters (initials, « M. ») are handled
 * separately. "etc." is not here: mid-sentence it is followed by a lowercase word and is not cut
 * anyway; before a capital it usually does end the sentence.
 */
const ABBREVIATIONS = new Set([
  'MM',
  'Mme',
  'Mmes',
  'Mlle',
  'Mlles',
  'Me',
  'Mgr',
  'Dr',
  'Pr',
  'St',
  'Ste',
  'Cie',
  'Gal',
  'Gén',
  'Col',
  'Lt',
  'Cdt',
  'cf',
  'Cf',
  'p',
  'pp',
  'n',
  'no',
  'No',
  'vol',
  'art',
  'chap',
  'fig',
  'éd',
  'env',
  'av',
  'apr',
  'J.-C',
  'Jr',
  'Sr',
  'Mr',
  'Mrs',
  'Ms',
  'Prof',
  'Sgt',
  'Gov',
  'Sen',
  'Rep',
]);

function endsWithAbbreviation(before: string): boolean {
  const word = /((?:\p{L}+\.-?)*\p{L}+)$/u.exec(before)?.[1];
  if (word === undefined) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  if (ABBREVIATIONS.has(word)) return true;
  // Dotted initialisms such as "U.S" (in "U.S. Army") or "J.-C".
  return /^(?:\p{L}\.-?)+\p{L}$/u.test(word);
}

function splitLine(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const m of line.matchAll(SENTENCE_END)) {
    const punct = m[1] as string;
    const at = m.index;
    // Only a lone period can close an abbreviation; "M.?" or "M..." are real ends.
    if (/^\.(?![.])/.test(punct) && endsWithAbbreviation(line.slice(start, at))) continue;
    const end = at + punct.length;
    pieces.push(line.slice(start, end));
    start = end;
  }
  pieces.push(line.slice(start));
  return pieces;
}

/** Split French text into sentence-like pieces: at line breaks and after sentence ends. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029\u0085\v\f]/)
    .flatMap(splitLine)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
