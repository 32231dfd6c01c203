import { describe, expect, it } from 'vitest';
import {
  compareDates,
  compareSpans,
  datetimeAttribute,
  earliestDay,
  formatFrenchDate,
  formatFrenchTime,
  latestDay,
  precisionOf,
  sortBySpan,
  yamlDateToPartial,
} from '../../src/lib/dates';

describe('precisionOf', () => {
  it('recognises the three precisions', () => {
    expect(precisionOf('2023-09-12')).toBe('day');
    expect(precisionOf('2023-09')).toBe('month');
    expect(precisionOf('2023')).toBe('year');
  });

  it('accepts 29 February only in leap years', () => {
    expect(precisionOf('2024-02-29')).toBe('day');
    expect(precisionOf('2000-02-29')).toBe('day');
    expect(() => precisionOf('2023-02-29')).toThrow(/2023-02-29/);
    expect(() => precisionOf('1900-02-29')).toThrow(/between 01 and 28/);
  });

  it.each([
    '2023-02-30',
    '2023-04-31',
    '2023-13',
    '2023-00',
    '2023-09-00',
    '2023-9-12',
    '2023-09-1',
    '23-09-12',
    '2023/09/12',
    '12.09.2023',
    '2023-09-12T16:00',
    ' 2023',
    '0000',
    '',
  ])('throws a clear error on %j', (bad) => {
    expect(() => precisionOf(bad)).toThrow(/^Invalid date/);
  });
});

describe('formatFrenchDate', () => {
  it('formats each precision', () => {
    expect(formatFrenchDate('2023-09-12')).toBe('12 septembre 2023');
    expect(formatFrenchDate('2023-09')).toBe('septembre 2023');
    expect(formatFrenchDate('2023')).toBe('2023');
  });

  it('writes the first day of the month as an ordinal, and only it', () => {
    expect(formatFrenchDate('2023-09-01')).toBe('1er septembre 2023');
    expect(formatFrenchDate('2024-06-02')).toBe('2 juin 2024');
    expect(formatFrenchDate('2024-06-21')).toBe('21 juin 2024');
  });

  it('drops the leading zero of the day', () => {
    expect(formatFrenchDate('2024-07-09')).toBe('9 juillet 2024');
  });

  it('names every month in French, without timezone drift at month edges', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatFrenchDate(`2024-${String(i + 1).padStart(2, '0')}`));
    expect(months).toEqual([
      'janvier 2024',
      'février 2024',
      'mars 2024',
      'avril 2024',
      'mai 2024',
      'juin 2024',
      'juillet 2024',
      'août 2024',
      'septembre 2024',
      'octobre 2024',
      'novembre 2024',
      'décembre 2024',
    ]);
    expect(formatFrenchDate('2023-12-31')).toBe('31 décembre 2023');
    expect(formatFrenchDate('2024-01-01')).toBe('1er janvier 2024');
  });

  it('rejects impossible dates', () => {
    expect(() => formatFrenchDate('2023-02-30')).toThrow(/Invalid date/);
  });
});

describe('formatFrenchTime', () => {
  it('formats hours and minutes the French way', () => {
    expect(formatFrenchTime('16:41')).toBe('16 h 41');
    expect(formatFrenchTime('16:00')).toBe('16 h');
    expect(formatFrenchTime('09:05')).toBe('9 h 05');
    expect(formatFrenchTime('00:00')).toBe('0 h');
    expect(formatFrenchTime('23:59')).toBe('23 h 59');
  });

  it.each(['24:00', '16:60', '16h41', '1641', '16:4', '', 'ab:cd'])('rejects %j', (bad) => {
    expect(() => formatFrenchTime(bad)).toThrow(/Invalid time/);
  });
});

describe('earliestDay / latestDay', () => {
  it('expand partial dates to the days they cover', () => {
    expect(earliestDay('2023-09')).toBe('2023-09-01');
    expect(latestDay('2023-09')).toBe('2023-09-30');
    expect(earliestDay('2023')).toBe('2023-01-01');
    expect(latestDay('2023')).toBe('2023-12-31');
    expect(earliestDay('2023-09-12')).toBe('2023-09-12');
    expect(latestDay('2023-09-12')).toBe('2023-09-12');
  });

  it('knows month lengths and leap years', () => {
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
    expect(latestDay('2100-02')).toBe('2100-02-28');
    expect(latestDay('2000-02')).toBe('2000-02-29');
    expect(latestDay('2023-04')).toBe('2023-04-30');
    expect(latestDay('2023-07')).toBe('2023-07-31');
  });

  it('validate their input', () => {
    expect(() => earliestDay('2023-13')).toThrow(/Invalid date/);
    expect(() => latestDay('2023-02-30')).toThrow(/Invalid date/);
  });
});

describe('compareDates', () => {
  it('sorts chronologically by earliest day', () => {
    expect(compareDates('2023-09-12', '2024-06-19')).toBeLessThan(0);
    expect(compareDates('2024-06-19', '2023-09-12')).toBeGreaterThan(0);
    expect(compareDates('2023-09-30', '2023-10')).toBeLessThan(0);
    expect(compareDates('2023-09', '2023-09-12')).toBeLessThan(0);
  });

  it('puts the less precise date first when both start the same day', () => {
    expect(compareDates('2023-09', '2023-09-01')).toBeLessThan(0);
    expect(compareDates('2023-09-01', '2023-09')).toBeGreaterThan(0);
    expect(compareDates('2023', '2023-01')).toBeLessThan(0);
    expect(compareDates('2023-01', '2023-01-01')).toBeLessThan(0);
  });

  it('returns 0 only for identical dates', () => {
    expect(compareDates('2023-09-12', '2023-09-12')).toBe(0);
    expect(compareDates('2023', '2023')).toBe(0);
  });

  it('gives a total, consistent order whatever the input order', () => {
    const dates = [
      '2024-06-19',
      '2023',
      '2023-09-12',
      '2023-09',
      '2024',
      '2023-09-01',
      '2023-01-01',
      '2023-01',
      '2024-02-29',
      '2024-02',
      '2023-12-31',
    ];
    const expected = [
      '2023',
      '2023-01',
      '2023-01-01',
      '2023-09',
      '2023-09-01',
      '2023-09-12',
      '2023-12-31',
      '2024',
      '2024-02',
      '2024-02-29',
      '2024-06-19',
    ];
    expect([...dates].sort(compareDates)).toEqual(expected);
    expect([...dates].reverse().sort(compareDates)).toEqual(expected);
    // Antisymmetric and transitive on every pair/triple.
    for (const a of dates) {
      for (const b of dates) {
        expect(Math.sign(compareDates(a, b)) + Math.sign(compareDates(b, a))).toBe(0);
        if (a !== b) expect(compareDates(a, b)).not.toBe(0);
        for (const c of dates) {
          if (compareDates(a, b) < 0 && compareDates(b, c) < 0) {
            expect(compareDates(a, c)).toBeLessThan(0);
          }
        }
      }
    }
  });

  it('rejects invalid dates instead of sorting them somewhere', () => {
    expect(() => compareDates('2023-02-30', '2023')).toThrow(/Invalid date/);
  });
});

describe('datetimeAttribute', () => {
  it('returns the partial date itself', () => {
    expect(datetimeAttribute('2023-09-12')).toBe('2023-09-12');
    expect(datetimeAttribute('2023-09')).toBe('2023-09');
    expect(datetimeAttribute('2023')).toBe('2023');
  });

  it('appends a time to a full date', () => {
    expect(datetimeAttribute('2023-09-12', '16:41')).toBe('2023-09-12T16:41');
    expect(datetimeAttribute('2023-09-12', '9:05')).toBe('2023-09-12T09:05');
  });

  it('refuses a time on a partial date, and invalid input', () => {
    expect(() => datetimeAttribute('2023-09', '16:41')).toThrow(/full YYYY-MM-DD/);
    expect(() => datetimeAttribute('2023-09-12', '25:00')).toThrow(/Invalid time/);
    expect(() => datetimeAttribute('2023-13')).toThrow(/Invalid date/);
  });
});

describe('dateWindow and compareSpans', () => {
  it('covers the whole span, narrowed by deduced bounds', async () => {
    const { dateWindow } = await import('../../src/lib/dates');
    expect(dateWindow({ date: '2023-09' })).toEqual({ from: '2023-09-01', to: '2023-09-30' });
    expect(dateWindow({ date: '2023-09', notBefore: '2023-09-12' })).toEqual({ from: '2023-09-12', to: '2023-09-30' });
    expect(dateWindow({ date: '2023-09', notAfter: '2023-09-10' })).toEqual({ from: '2023-09-01', to: '2023-09-10' });
    expect(dateWindow({ date: '2018', endDate: '2019' })).toEqual({ from: '2018-01-01', to: '2019-12-31' });
    expect(dateWindow({ date: '2024-06', notBefore: '2024-06-19', notAfter: '2024-07-10' })).toEqual({
      from: '2024-06-19',
      to: '2024-06-30',
    });
  });

  it('orders by earliest possible day, then coarser first, then latest day', async () => {
    const { compareSpans } = await import('../../src/lib/dates');
    const spans = [
      { date: '2023-09-12' },
      { date: '2023-09', notBefore: '2023-09-12' },
      { date: '2023-09-10', endDate: '2023-09-13' },
      { date: '2023-09' },
      { date: '2023-09', notAfter: '2023-09-10' },
      { date: '1953' },
    ];
    expect([...spans].sort(compareSpans)).toEqual([
      { date: '1953' },
      { date: '2023-09', notAfter: '2023-09-10' },
      { date: '2023-09' },
      { date: '2023-09-10', endDate: '2023-09-13' },
      { date: '2023-09', notBefore: '2023-09-12' },
      { date: '2023-09-12' },
    ]);
  });
});

describe('formatFrenchRange', () => {
  it('writes a range sharing what its ends share', async () => {
    const { formatFrenchRange } = await import('../../src/lib/dates');
    expect(formatFrenchRange('2023-09-10', '2023-09-13')).toBe('10–13 septembre 2023');
    expect(formatFrenchRange('2023-08-30', '2023-09-02')).toBe('30 août–2 septembre 2023');
    expect(formatFrenchRange('2018', '2019')).toBe('2018–2019');
    expect(formatFrenchRange('2023-07', '2023-08')).toBe('juillet–août 2023');
    expect(formatFrenchRange('2023-12-30', '2024-01-02')).toBe('30 décembre 2023–2 janvier 2024');
    expect(formatFrenchRange('2023-09-12')).toBe('12 septembre 2023');
    expect(formatFrenchRange('2023-09-01', '2023-09-03')).toBe('1er–3 septembre 2023');
  });
});

describe('yamlDateToPartial', () => {
  it('turns an unquoted YAML date (a Date at UTC midnight) into its YYYY-MM-DD text', () => {
    expect(yamlDateToPartial(new Date(Date.UTC(2023, 8, 11)))).toBe('2023-09-11');
  });

  it('turns an unquoted year (a number) into its text', () => {
    expect(yamlDateToPartial(2023)).toBe('2023');
  });

  it('leaves strings alone, and anything else for the schema to reject', () => {
    expect(yamlDateToPartial('2023-09')).toBe('2023-09');
    expect(yamlDateToPartial(12.5)).toBe(12.5);
    expect(yamlDateToPartial(true)).toBe(true);
    // A time of day is not a partial date: its text fails the schema's pattern.
    expect(yamlDateToPartial(new Date(Date.UTC(2023, 8, 11, 10, 30)))).toBe('2023-09-11T10:30:00.000Z');
  });
});

describe('sortBySpan', () => {
  const spans = [
    { id: 'c', date: '2023-09-13' },
    { id: 'a', date: '2023-09' },
    { id: 'b', date: '2023-09', notBefore: '2023-09-12' },
    { id: 'e', date: '2023-09-12', endDate: '2023-09-14' },
    { id: 'd', date: '2023-09-12' },
    { id: 'f', date: '2023-09-12' },
    { id: 'g', date: '2023' },
  ];

  it('orders as compareSpans does, ties broken as asked, without touching its input', () => {
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
    const expected = [...spans].sort((x, y) => compareSpans(x, y) || byId(x, y)).map((s) => s.id);
    expect(sortBySpan(spans, (s) => s, byId).map((s) => s.id)).toEqual(expected);
    expect(expected).toEqual(['g', 'a', 'b', 'd', 'f', 'e', 'c']);
    expect(
      sortBySpan(
        spans,
        (s) => s,
        (x, y) => -byId(x, y),
      ).map((s) => s.id),
    ).toEqual(['g', 'a', 'b', 'f', 'd', 'e', 'c']);
    expect(spans[0]!.id).toBe('c');
  });
});
