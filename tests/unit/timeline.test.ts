import { describe, expect, it } from 'vitest';
import { anticipates, eraOf, sortOnAxis, startYear } from '../../src/lib/timeline.ts';
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
