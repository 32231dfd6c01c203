import { describe, expect, it } from 'vitest';
import {
  articleContributions,
  claimsByClaimant,
  coOccurrences,
  firstAppearances,
  heatLevel,
  mentionsAndArticlesByMonth,
  quotesBySpeaker,
} from '../../src/lib/analysis.ts';
import { keywordInContext } from '../../src/lib/kwic.ts';

describe('coOccurrences', () => {
  it('counts the paragraphs two entities share, in both directions', () => {
    const mentions = [
      { entityId: 'kim', articleId: 'a', blockId: 'p-1' },
      { entityId: 'poutine', articleId: 'a', blockId: 'p-1' },
      { entityId: 'poutine', articleId: 'a', blockId: 'p-1' },
      { entityId: 'kim', articleId: 'b', blockId: 'p-1' },
      { entityId: 'poutine', articleId: 'b', blockId: 'p-1' },
      { entityId: 'chine', articleId: 'b', blockId: 'p-2' },
      { entityId: 'kim', articleId: 'b', blockId: 'p-2' },
    ];
    const result = coOccurrences(mentions);
    expect(result.get('kim')).toEqual([
      { entityId: 'poutine', count: 2 },
      { entityId: 'chine', count: 1 },
    ]);
    expect(result.get('poutine')).toEqual([{ entityId: 'kim', count: 2 }]);
    expect(result.get('chine')).toEqual([{ entityId: 'kim', count: 1 }]);
  });
});

describe('firstAppearances', () => {
  it('gives each article the items no earlier article had', () => {
    const result = firstAppearances([
      { id: 'first', items: ['kim', 'poutine', 'kim'] },
      { id: 'second', items: ['poutine', 'peskov'] },
      { id: 'third', items: ['kim'] },
    ]);
    expect(result).toEqual(
      new Map([
        ['first', ['kim', 'poutine']],
        ['second', ['peskov']],
        ['third', []],
      ]),
    );
  });
});

describe('heatLevel', () => {
  it('is 0 only for nothing, the top level for the maximum, and grows with the count', () => {
    expect(heatLevel(0, 40)).toBe(0);
    expect(heatLevel(1, 40)).toBeGreaterThanOrEqual(1);
    expect(heatLevel(40, 40)).toBe(5);
    expect(heatLevel(10, 40)).toBeGreaterThanOrEqual(heatLevel(3, 40));
    expect(heatLevel(3, 0)).toBe(0);
  });
});

describe('keywordInContext', () => {
  const text = 'La visite du ministre russe de la Défense Sergueï Choïgou en août à Pyongyang, à l’occasion des célébrations.';

  it('keeps whole words around the mention, with ellipses where the text goes on', () => {
    const start = text.indexOf('Sergueï Choïgou');
    const kwic = keywordInContext(text, start, start + 'Sergueï Choïgou'.length, 20);
    expect(kwic.match).toBe('Sergueï Choïgou');
    expect(kwic.before).toBe('… russe de la Défense ');
    expect(kwic.after).toBe(' en août à …');
  });

  it('has no ellipsis at the edges of the text', () => {
    const kwic = keywordInContext('Kim arrive.', 0, 3, 40);
    expect(kwic).toEqual({ before: '', match: 'Kim', after: ' arrive.' });
  });
});

describe('quotesBySpeaker', () => {
  const speaker = (id: string, name: string) => ({ id, data: { name } });
  const quote = (key: string, who: ReturnType<typeof speaker>, article: string) => ({ key, speaker: who, article: { id: article } });
  const rank = (id: string) => ['a1', 'a2', 'a3'].indexOf(id);

  it('puts the most quoted first, then by name in French order, each one’s quotes in order of publication', () => {
    const kim = speaker('kim', 'Kim Jong Un');
    const eric = speaker('eric', 'Éric');
    const zoe = speaker('zoe', 'Zoé');
    const groups = quotesBySpeaker([quote('k2', kim, 'a3'), quote('z', zoe, 'a1'), quote('k1', kim, 'a1'), quote('e', eric, 'a2')], rank);
    expect(groups.map((g) => [g.speaker.id, g.quotes.map((q) => q.key)])).toEqual([
      ['kim', ['k1', 'k2']],
      ['eric', ['e']],
      ['zoe', ['z']],
    ]);
  });
});

describe('articleContributions', () => {
  it('gives each article the entities and events no earlier one had, and its voices once each', () => {
    const result = articleContributions([
      { id: 'first', entities: ['kim', 'poutine'], events: ['sommet'], speakers: ['peskov', 'peskov'] },
      { id: 'second', entities: ['poutine', 'choigou'], events: ['sommet', 'visite'], speakers: [] },
    ]);
    expect(result.get('first')).toEqual({ entities: ['kim', 'poutine'], events: ['sommet'], voices: ['peskov'] });
    expect(result.get('second')).toEqual({ entities: ['choigou'], events: ['visite'], voices: [] });
  });
});

describe('claimsByClaimant', () => {
  const kirby = { id: 'kirby', data: { name: 'John Kirby' } };
  const peskov = { id: 'peskov', data: { name: 'Dmitri Peskov' } };
  const claim = (key: string, article: string, claimant: typeof kirby | undefined, kind = 'claim') => ({
    key,
    article: { id: article },
    claimant,
    kind,
  });
  const rank = (id: string) => ['a', 'b', 'c'].indexOf(id);

  it('groups by claimant (outlets in their own voice together), the largest first, then by name', () => {
    const groups = claimsByClaimant(
      [
        claim('c/1', 'c', kirby),
        claim('a/1', 'a', undefined),
        claim('b/1', 'b', peskov),
        claim('a/2', 'a', kirby),
        claim('b/2', 'b', undefined),
      ],
      rank,
    );
    expect(groups.map((g) => [g.claimant?.id, g.claims.map((c) => c.key)])).toEqual([
      [undefined, ['a/1', 'b/2']],
      ['kirby', ['a/2', 'c/1']],
      ['peskov', ['b/1']],
    ]);
  });

  it('puts figures before claims within an article', () => {
    const [group] = claimsByClaimant([claim('a/1', 'a', kirby), claim('a/2', 'a', kirby, 'figure')], rank);
    expect(group?.claims.map((c) => c.key)).toEqual(['a/2', 'a/1']);
  });
});

describe('mentionsAndArticlesByMonth', () => {
  it('counts an entity’s mentions and the distinct articles they are in, for every month of the range', () => {
    expect(
      mentionsAndArticlesByMonth(
        [
          { articleId: 'a', published: '2023-09-12' },
          { articleId: 'a', published: '2023-09-12' },
          { articleId: 'b', published: '2023-09' },
          { articleId: 'c', published: '2023-11-02' },
        ],
        ['2023-09', '2023-10', '2023-11'],
      ),
    ).toEqual([
      { month: '2023-09', mentions: 3, articles: 2 },
      { month: '2023-10', mentions: 0, articles: 0 },
      { month: '2023-11', mentions: 1, articles: 1 },
    ]);
  });
});
