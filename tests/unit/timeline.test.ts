import { describe, expect, it } from 'vitest';
import { anchorMap, anticipates, eraOf, movedAnchorTarget, sortOnAxis, startYear, timelinePages } from '../../src/lib/timeline.ts';
import { citationAnchorId } from '../../src/lib/urls.ts';

describe('anticipates', () => {
  it('is true when the article appeared before the event could happen', () => {
    expect(anticipates({ date: '2023-09', notAfter: '2023-09-10' }, { date: '2023-09-13' })).toBe(true);
    expect(anticipates({ date: '2023-09-11' }, { date: '2023-09', notBefore: '2023-09-12' })).toBe(true);
  });

  it('is false when the event may already have happened', () => {
    expect(anticipates({ date: '2023-09-12' }, { date: '2023-09-12' })).toBe(false);
    expect(anticipates({ date: '2023-09' }, { date: '2023-09-13' })).toBe(false);
    expect(anticipates({ date: '2024-06' }, { date: '2019-04' })).toBe(false);
  });
});

describe('eraOf', () => {
  const eras = [
    { id: 'war', start: '2022' },
    { id: 'cold-war', start: '1950' },
    { id: 'kim', start: '2011' },
  ];

  it('finds the era an event starts in, whatever the order of the eras', () => {
    expect(eraOf(eras, { date: '1953' })?.id).toBe('cold-war');
    expect(eraOf(eras, { date: '2019-04' })?.id).toBe('kim');
    expect(eraOf(eras, { date: '2022' })?.id).toBe('war');
    expect(eraOf(eras, { date: '2024-06-19' })?.id).toBe('war');
  });

  it('is undefined before the first era', () => {
    expect(eraOf(eras, { date: '1900' })).toBeUndefined();
  });
});

describe('startYear and citationAnchorId', () => {
  it('give the first year of a span and a stable anchor id', () => {
    expect(startYear({ date: '2018', endDate: '2019' })).toBe('2018');
    expect(startYear({ date: '2023-09', notBefore: '2023-09-12' })).toBe('2023');
    expect(citationAnchorId('2023-07-visite-choigou', 0)).toBe('source-2023-07-visite-choigou-1');
  });
});

describe('sortOnAxis', () => {
  it('orders articles and events on one axis, an article before an event of the same day', () => {
    const items = [
      { id: 'e2', layer: 'event' as const, span: { date: '2023-09-12' } },
      { id: 'a1', layer: 'article' as const, span: { date: '2023-09-12' } },
      { id: 'e1', layer: 'event' as const, span: { date: '1953' } },
      { id: 'a0', layer: 'article' as const, span: { date: '2023-09', notAfter: '2023-09-10' } },
    ];
    expect(sortOnAxis(items).map((i) => i.id)).toEqual(['e1', 'a0', 'a1', 'e2']);
  });
});

describe('timelinePages', () => {
  const eras = [
    { id: 'kim', start: '2011' },
    { id: 'rapprochement', start: '2023-07' },
  ];
  const item = (id: string, date: string) => ({ id, anchor: `x-${id}`, span: { date } });
  /** `count` items a day from `from` (YYYY-MM-DD), over as many months as it takes (28 days each). */
  const run = (prefix: string, month: string, count: number) =>
    Array.from({ length: count }, (_, i) => item(`${prefix}${i}`, `${month}-${String((i % 28) + 1).padStart(2, '0')}`)).sort((a, b) =>
      a.span.date.localeCompare(b.span.date),
    );
  const slugs = (pages: { slug: string; items: unknown[] }[]) => pages.map((p) => `${p.slug}:${p.items.length}`);

  it('gives each era one page while it holds few items, and years before every era their own', () => {
    const items = [item('a', '1953'), item('b', '1961-07-06'), item('c', '2019-04-25'), item('d', '2023-09-13'), item('e', '2024')];
    const pages = timelinePages(items, eras, 10);
    expect(slugs(pages)).toEqual(['1953:1', '1961:1', 'kim:1', 'rapprochement:2']);
    expect(pages.map((p) => p.group)).toEqual([{ year: '1953' }, { year: '1961' }, { era: 'kim' }, { era: 'rapprochement' }]);
  });

  it('cuts a crowded era by year, a crowded year by month, a crowded month into numbered parts', () => {
    const items = [...run('s', '2023-09', 3), ...run('o', '2023-10', 7), ...run('j', '2024-01', 2)];
    expect(slugs(timelinePages(items, eras, 10))).toEqual(['rapprochement/2023:10', 'rapprochement/2024:2']);
    const pages = timelinePages(items, eras, 4);
    expect(slugs(pages)).toEqual([
      'rapprochement/2023/09:3',
      'rapprochement/2023/10:4',
      'rapprochement/2023/10/2:3',
      'rapprochement/2024:2',
    ]);
    expect(pages[1]).toMatchObject({ year: '2023', month: '2023-10', part: { index: 1, count: 2 } });
    expect(pages[2]).toMatchObject({ month: '2023-10', part: { index: 2, count: 2 } });
  });

  it('bounds every page and keeps every item once, in order, whatever the corpus size', () => {
    const items = ['2023-07', '2023-08', '2023-09', '2023-10', '2024-01', '2024-06'].flatMap((month) => run(month, month, 130));
    const pages = timelinePages(items, eras, 60);
    expect(pages.every((p) => p.items.length <= 60)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(new Set(pages.map((p) => p.slug)).size).toBe(pages.length);
  });

  it('falls back to years when the corpus has no eras', () => {
    const items = [...run('a', '2019-04', 2), ...run('b', '2023-09', 5)];
    expect(slugs(timelinePages(items, [], 3))).toEqual(['2019:2', '2023/09:3', '2023/09/2:2']);
    expect(timelinePages(items, [], 3)[1]).toMatchObject({ group: { year: '2023' }, year: '2023', month: '2023-09' });
  });

  it('refuses an era id that cannot name a page, and items out of order', () => {
    expect(() => timelinePages([item('a', '2020')], [{ id: '2020', start: '2020' }], 5)).toThrow(/era "2020"/);
    expect(() => timelinePages([item('a', '2020')], [{ id: 'Les Ponts', start: '2020' }], 5)).toThrow(/era "Les Ponts"/);
    expect(() => timelinePages([item('a', '2020'), item('b', '2019'), item('c', '2020')], [], 5)).toThrow(/"2020" twice/);
  });
});

describe('anchorMap and movedAnchorTarget', () => {
  const pages = [
    { slug: 'kim', items: [{ anchor: 'evenement-a', layer: 'event' }] },
    {
      slug: 'rapprochement/2023/09',
      items: [
        { anchor: 'parution-x', layer: 'article' },
        { anchor: 'evenement-b', layer: 'event' },
      ],
    },
  ];
  const map = anchorMap(
    pages,
    (slug) => `/d/chronologie/${slug}/`,
    (i) => i.layer === 'event',
  );

  it('names each page once and each kept anchor by its page', () => {
    expect(map).toEqual({
      pages: ['/d/chronologie/kim/', '/d/chronologie/rapprochement/2023/09/'],
      anchors: { 'evenement-a': 0, 'evenement-b': 1 },
    });
  });

  it('sends an old anchor to its page, the query kept, and nothing else anywhere', () => {
    expect(movedAnchorTarget(map, 'evenement-b', '?surligner=Kim')).toBe('/d/chronologie/rapprochement/2023/09/?surligner=Kim#evenement-b');
    expect(movedAnchorTarget(map, 'evenement-a', '')).toBe('/d/chronologie/kim/#evenement-a');
    expect(movedAnchorTarget(map, 'parution-x', '')).toBeUndefined();
    expect(movedAnchorTarget(map, 'toString', '')).toBeUndefined();
  });
});
