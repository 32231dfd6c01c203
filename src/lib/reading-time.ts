/**
 * Estimated reading time in whole minutes of a text of `words` words (countWords, counted once
 * per article by the evidence layer), rounded up and at least 1 (an article is never "0 min").
 * 230 words per minute is a common average for adults reading French prose.
 */
export function readingTimeMinutes(words: number, wordsPerMinute = 230): number {
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new RangeError(`wordsPerMinute must be a positive number, got ${wordsPerMinute}`);
  }
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** 4 → '4 min de lecture'. Fractions are rounded up and the minimum is 1, as above. */
export function formatReadingTime(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a non-negative number, got ${minutes}`);
  }
  return `${Math.max(1, Math.ceil(minutes))} min de lecture`;
}
