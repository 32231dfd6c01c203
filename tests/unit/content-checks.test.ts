import { describe, expect, it } from 'vitest';
import { articleProblems, invalidUtf8Line, utf8Problem } from '../../src/lib/content-checks.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('invalidUtf8Line', () => {
  it('accepts UTF-8, accents and typographic signs included', () => {
    expect(invalidUtf8Line(utf8('précurseur\n« Kim » l’a dit\n'))).toBeUndefined();
    expect(invalidUtf8Line(new Uint8Array())).toBeUndefined();
  });

  it('finds the line of a Latin-1 byte, as readers would see it', () => {
    const bytes = Uint8Array.from([...utf8('titre\nun pr'), 0xe9, ...utf8('curseur\nfin')]);
    expect(invalidUtf8Line(bytes)).toEqual({ line: 2, text: 'un pr\uFFFDcurseur' });
  });

  it('finds a character cut in the middle at the end of the file', () => {
    expect(invalidUtf8Line(utf8('é').subarray(0, 1))).toEqual({ line: 1, text: '\uFFFD' });
  });
});

describe('utf8Problem', () => {
  it('names the file and the line, and shows the damaged words', () => {
    const bytes = Uint8Array.from([...utf8('un pr'), 0xe9, ...utf8('curseur')]);
    expect(utf8Problem('content/articles/a.md', bytes)).toBe(
      'content/articles/a.md: line 1 is not UTF-8 (save the file as UTF-8): «un pr\uFFFDcurseur»',
    );
    expect(utf8Problem('content/articles/a.md', utf8('précurseur'))).toBeUndefined();
  });
});

describe('articleProblems', () => {
  const sources = new Set(['000_a', '001_b']);
  const hasSource = (seed: string) => sources.has(seed);

  it('accepts articles with text, each on its own source', () => {
    expect(
      articleProblems(
        [
          { file: 'a.md', seed: '000_a', empty: false },
          { file: 'b.md', seed: '001_b', empty: false },
        ],
        hasSource,
      ),
    ).toEqual([]);
  });

  it('names both files and the seed when two articles share a source', () => {
    expect(
      articleProblems(
        [
          { file: 'a.md', seed: '000_a', empty: false },
          { file: 'b.md', seed: '000_a', empty: false },
        ],
        hasSource,
      ),
    ).toEqual(['a.md, b.md: seed: "000_a" is the seed of 2 articles']);
  });

  it('names the file and the seed when the raw source is missing', () => {
    expect(articleProblems([{ file: 'a.md', seed: '009_z', empty: false }], hasSource)).toEqual([
      'a.md: seed: no raw source "sources/009_z.txt"',
    ]);
  });

  it('refuses an empty body (bodyFacts says which are: tests/unit/body-facts.test.ts)', () => {
    expect(
      articleProblems(
        [
          { file: 'a.md', seed: '000_a', empty: true },
          { file: 'b.md', seed: '001_b', empty: true },
        ],
        hasSource,
      ),
    ).toEqual(['a.md: the body is empty (no text after the front matter)', 'b.md: the body is empty (no text after the front matter)']);
  });
});
