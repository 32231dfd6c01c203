import { describe, expect, it } from 'vitest';
import {
  articleFacts,
  compareMonths,
  compareOutlets,
  mentionMatrix,
  themesByOutlet,
  topCounts,
  type ArticleFacts,
} from '../../src/lib/comparison.ts';

const fact = (over: Partial<ArticleFacts> & { id: string; outlet: string; month: string }): ArticleFacts => ({
  words: 100,
  themes: [],
  mentions: new Map(),
  speakers: [],
  figures: 0,
  claims: 0,
  ownVoice: 0,
  ...over,
});

const corpus: ArticleFacts[] = [
  fact({
    id: 'a',
    outlet: 'Le Monde',
    month: '2023-09',
    words: 500,
    themes: ['diplomatie', 'armement'],
    mentions: new Map([
      ['kim', 4],
      ['poutine', 2],
    ]),
    speakers: ['peskov', 'peskov', 'kirby'],
    figures: 1,
    claims: 2,
    ownVoice: 1,
  }),
  fact({
    id: 'b',
    outlet: 'Le Monde',
    month: '2024-06',
    words: 300,
    themes: ['diplomatie'],
    mentions: new Map([
      ['poutine', 5],
      ['choigou', 1],
    ]),
    speakers: ['kirby'],
    claims: 1,
  }),
  fact({
    id: 'c',
    outlet: 'Blick',
    month: '2023-09',
    words: 200,
    themes: ['munitions'],
    mentions: new Map([['kim', 3]]),
    figures: 2,
    ownVoice: 2,
  }),
];

describe('articleFacts', () => {
  it('reduces each article to its outlet, month, words, themes, mentions, speakers and claims', () => {
    const facts = articleFacts(
      [
        {
          id: 'a',
          data: { outlet: { value: 'Le Monde' }, published: { date: '2023-09-12' }, themes: ['x'] },
        },
        { id: 'b', data: { outlet: { value: null }, published: { date: '2023-10' }, themes: ['y'] } },
      ],
      new Map([['a', new Map([['kim', 1]])]]),
      new Map([['a', 5]]),
      [
        { article: { id: 'a' }, speaker: { id: 'peskov' } },
        { article: { id: 'a' }, speaker: { id: 'kim' } },
      ],
      [
        { article: { id: 'a' }, kind: 'figure', claimant: undefined },
        { article: { id: 'b' }, kind: 'claim', claimant: { id: 'kirby' } },
      ],
      'Média non identifié',
    );
    expect(facts).toEqual([
      {
        id: 'a',
        outlet: 'Le Monde',
        month: '2023-09',
        words: 5,
        themes: ['x'],
        mentions: new Map([['kim', 1]]),
        speakers: ['peskov', 'kim'],
        figures: 1,
        claims: 0,
        ownVoice: 1,
      },
      {
        id: 'b',
        outlet: 'Média non identifié',
        month: '2023-10',
        words: 0,
        themes: ['y'],
        mentions: new Map(),
        speakers: [],
        figures: 0,
        claims: 1,
        ownVoice: 0,
      },
    ]);
  });
});

describe('topCounts', () => {
  it('keeps the largest counts, ties in French order', () => {
    const counts = new Map([
      ['Élysée', 2],
      ['Ukraine', 2],
      ['Kim', 5],
      ['Zèbre', 1],
    ]);
    expect(topCounts(counts, 3)).toEqual([
      { key: 'Kim', count: 5 },
      { key: 'Élysée', count: 2 },
      { key: 'Ukraine', count: 2 },
    ]);
  });
});

describe('compareOutlets', () => {
  it('sums each outlet’s articles and lists its most frequent entities, themes and voices', () => {
    const [monde, blick] = compareOutlets(corpus, { top: 2 });
    expect(monde).toEqual({
      outlet: 'Le Monde',
      articles: 2,
      words: 800,
      mentions: 12,
      quotes: 4,
      figures: 1,
      claims: 3,
      ownVoice: 1,
      firstMonth: '2023-09',
      lastMonth: '2024-06',
      topEntities: [
        { key: 'poutine', count: 7 },
        { key: 'kim', count: 4 },
      ],
      themes: [
        { key: 'diplomatie', count: 2 },
        { key: 'armement', count: 1 },
      ],
      themeCount: 2,
      voices: [
        { key: 'kirby', count: 2 },
        { key: 'peskov', count: 2 },
      ],
    });
    expect(blick?.outlet).toBe('Blick');
    expect(blick?.articles).toBe(1);
  });

  it('orders entities of equal count as told (by name, say)', () => {
    const names: Record<string, string> = { kim: 'Zz', choigou: 'Aa' };
    const facts = [
      fact({
        id: 'x',
        outlet: 'O',
        month: '2023-01',
        mentions: new Map([
          ['kim', 1],
          ['choigou', 1],
        ]),
      }),
    ];
    const byName = (a: string, b: string) => (names[a] ?? a).localeCompare(names[b] ?? b, 'fr');
    expect(compareOutlets(facts, { compareEntities: byName })[0]?.topEntities.map((e) => e.key)).toEqual(['choigou', 'kim']);
  });

  it('has one row per outlet however many articles: a thousand articles of three outlets give three rows', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      fact({ id: `a${i}`, outlet: ['A', 'B', 'C'][i % 3]!, month: '2023-09', mentions: new Map([[`e${i % 40}`, 1]]) }),
    );
    const rows = compareOutlets(many);
    expect(rows.map((r) => r.articles)).toEqual([334, 333, 333]);
    for (const row of rows) expect(row.topEntities.length).toBe(5);
  });
});

describe('compareMonths', () => {
  it('gives a row for every month of the range, empty months included', () => {
    const rows = compareMonths(corpus, ['2023-09', '2023-10', '2024-06']);
    expect(rows).toEqual([
      { month: '2023-09', articles: 2, outlets: 2, words: 700, mentions: 9, quotes: 3, figuresAndClaims: 5 },
      { month: '2023-10', articles: 0, outlets: 0, words: 0, mentions: 0, quotes: 0, figuresAndClaims: 0 },
      { month: '2024-06', articles: 1, outlets: 1, words: 300, mentions: 6, quotes: 1, figuresAndClaims: 1 },
    ]);
  });
});

describe('themesByOutlet', () => {
  it('counts, for each theme, the articles of each outlet that treat it, the most treated first', () => {
    expect(themesByOutlet(corpus, ['Le Monde', 'Blick'])).toEqual([
      { theme: 'diplomatie', total: 2, byOutlet: [2, 0] },
      { theme: 'armement', total: 1, byOutlet: [1, 0] },
      { theme: 'munitions', total: 1, byOutlet: [0, 1] },
    ]);
  });
});

describe('mentionMatrix', () => {
  it('keeps the most named entities only, one cell per outlet, with the largest cell', () => {
    const matrix = mentionMatrix(corpus, ['Le Monde', 'Blick'], { top: 2 });
    expect(matrix).toEqual({
      outlets: ['Le Monde', 'Blick'],
      rows: [
        { entityId: 'kim', total: 7, cells: [4, 3] },
        { entityId: 'poutine', total: 7, cells: [7, 0] },
      ],
      max: 7,
      named: 3,
    });
  });

  it('stays the size asked for whatever the corpus, with no spread of it into a call', () => {
    // Large enough that Math.max(...cells) over every article would overflow the call stack.
    const many = Array.from({ length: 200_000 }, (_, i) =>
      fact({ id: `a${i}`, outlet: `O${i % 4}`, month: '2023-09', mentions: new Map([[`e${i % 50}`, 1 + (i % 3)]]) }),
    );
    const matrix = mentionMatrix(many, ['O0', 'O1', 'O2', 'O3'], { top: 12 });
    expect(matrix.rows).toHaveLength(12);
    expect(matrix.rows.every((row) => row.cells.length === 4)).toBe(true);
    expect(matrix.named).toBe(50);
    expect(matrix.max).toBeGreaterThan(0);
  });
});
