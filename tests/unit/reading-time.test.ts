import { describe, expect, it } from 'vitest';
import { formatReadingTime, readingTimeMinutes } from '../../src/lib/reading-time';
import { countWords } from '../../src/lib/text';

const wordsText = (n: number): string => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');

describe('readingTimeMinutes', () => {
  it('is at least 1 minute, even for empty text', () => {
    expect(readingTimeMinutes(countWords(''))).toBe(1);
    expect(readingTimeMinutes(countWords('Bonjour.'))).toBe(1);
  });

  it('rounds up at the 230 words per minute boundary', () => {
    expect(readingTimeMinutes(countWords(wordsText(230)))).toBe(1);
    expect(readingTimeMinutes(countWords(wordsText(231)))).toBe(2);
    expect(readingTimeMinutes(countWords(wordsText(920)))).toBe(4);
    expect(readingTimeMinutes(countWords(wordsText(921)))).toBe(5);
  });

  it('honours a custom reading speed', () => {
    expect(readingTimeMinutes(countWords(wordsText(100)), 100)).toBe(1);
    expect(readingTimeMinutes(countWords(wordsText(101)), 100)).toBe(2);
  });

  it('counts words the way countWords does (elisions and hyphenated words once)', () => {
    // 2 × 230 tokens such as "l’Ukraine" and "Jong-un" = 460 words = 2 minutes, not 4.
    const text = Array.from({ length: 230 }, () => 'l’Ukraine Jong-un').join(' ');
    expect(readingTimeMinutes(countWords(text))).toBe(2);
  });

  it('rejects a non-positive reading speed', () => {
    expect(() => readingTimeMinutes(countWords('a'), 0)).toThrow(RangeError);
    expect(() => readingTimeMinutes(countWords('a'), -5)).toThrow(RangeError);
    expect(() => readingTimeMinutes(countWords('a'), Number.NaN)).toThrow(RangeError);
  });
});

describe('formatReadingTime', () => {
  it('formats minutes in French', () => {
    expect(formatReadingTime(1)).toBe('1 min de lecture');
    expect(formatReadingTime(4)).toBe('4 min de lecture');
  });

  it('rounds up fractions and never says 0 min', () => {
    expect(formatReadingTime(0)).toBe('1 min de lecture');
    expect(formatReadingTime(3.2)).toBe('4 min de lecture');
  });

  it('rejects nonsense', () => {
    expect(() => formatReadingTime(-1)).toThrow(RangeError);
    expect(() => formatReadingTime(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
