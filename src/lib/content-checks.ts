/**
 * Checks on content files that no schema can make: the bytes of a file, and facts that involve
 * several articles or a file beside them. Each problem names the file and the field, so that a
 * writer knows what to fix.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Where a file stops being UTF-8: the first bad line, as readers would see it (a bad byte becomes
 * « � »). undefined when the whole file is UTF-8. A newline byte is never part of a multi-byte
 * character, so lines can be decoded one by one.
 */
export function invalidUtf8Line(bytes: Uint8Array): { line: number; text: string } | undefined {
  // The whole file at once first: line by line only to find the line of a bad file.
  try {
    strictUtf8.decode(bytes);
    return undefined;
  } catch {
    // read on, line by line
  }
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const slice = bytes.subarray(start, end);
    try {
      strictUtf8.decode(slice);
    } catch {
      return { line, text: lenientUtf8.decode(slice) };
    }
    start = end + 1;
  }
  return undefined;
}

/** The problem with a content file's encoding, if any, for an error message. */
export function utf8Problem(file: string, bytes: Uint8Array): string | undefined {
  const bad = invalidUtf8Line(bytes);
  if (!bad) return undefined;
  const at = bad.text.indexOf('\uFFFD');
  const excerpt = bad.text.slice(Math.max(0, at - 30), at + 30).trim();
  return `${file}: line ${bad.line} is not UTF-8 (save the file as UTF-8): «${excerpt}»`;
}

/** A body with no text: front matter only, or blanks. */
export const isEmptyBody = (body: string | undefined): boolean => (body ?? '').trim() === '';

export interface ArticleFile {
  /** The article's file, as the error should name it. */
  file: string;
  seed: string;
  /** The Markdown body has no text (BodyFacts.empty). */
  empty: boolean;
}

/**
 * What is wrong with the articles as a set: each body must have text, each seed must name a raw
 * source that exists, and no two articles may claim the same source.
 */
export function articleProblems(articles: readonly ArticleFile[], hasSource: (seed: string) => boolean): string[] {
  const problems: string[] = [];
  const bySeed = new Map<string, string[]>();
  for (const article of articles) {
    if (article.empty) problems.push(`${article.file}: the body is empty (no text after the front matter)`);
    if (!hasSource(article.seed)) {
      problems.push(`${article.file}: seed: no raw source "sources/${article.seed}.txt"`);
    }
    bySeed.set(article.seed, [...(bySeed.get(article.seed) ?? []), article.file]);
  }
  for (const [seed, files] of bySeed) {
    if (files.length > 1) problems.push(`${files.join(', ')}: seed: "${seed}" is the seed of ${files.length} articles`);
  }
  return problems;
}
