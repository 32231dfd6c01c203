import { describe, expect, it } from 'vitest';
import { findDateMentions, isDateLine, parsePressDates, readDateLine } from '../../src/lib/import/french-dates.ts';

describe('parsePressDates: the publication lines of the press', () => {
  it.each([
    ['Publié: 11.09.2023 à 16:00 heures', [{ date: '2023-09-11', time: '16:00' }]],
    ['Publié le 12-09-2023 à 16h41', [{ date: '2023-09-12', time: '16:41' }]],
    [
      'Publié le 21/06/2024 à 07h30 - Mis à jour le 21/06/2024 à 11h05',
      [
        { date: '2024-06-21', time: '07:30' },
        { date: '2024-06-21', time: '11:05' },
      ],
    ],
    ['mercredi, juillet 10, 2024', [{ date: '2024-07-10' }]],
    ['date 2023-09', [{ date: '2023-09' }]],
    ['Publié le 12 septembre 2023 à 8h05', [{ date: '2023-09-12', time: '08:05' }]],
    ['2024-06-25T08:15:00+02:00', [{ date: '2024-06-25', time: '08:15' }]],
  ])('%s', (line, expected) => {
    expect(parsePressDates(line)).toEqual(expected);
  });

  it('refuses what is not in the calendar', () => {
    expect(parsePressDates('date 2023-13')).toEqual([]);
    expect(parsePressDates('février 30, 2024')).toEqual([]);
  });

  it('tells publication from update', () => {
    expect(readDateLine('Publié le 21/06/2024 à 07h30 - Mis à jour le 21/06/2024 à 11h05').map((d) => d.role)).toEqual([
      'published',
      'updated',
    ]);
    expect(readDateLine('Dernière mise à jour: 12.09.2023 à 15:07 heures')[0]).toEqual({
      role: 'updated',
      value: { date: '2023-09-12', time: '15:07' },
    });
    expect(readDateLine('mercredi, juillet 10, 2024')[0]!.role).toBe('shown');
  });

  it('knows a date line from a sentence that holds a date', () => {
    expect(isDateLine('- Mis à jour le 13-09-2023 à 16h50')).toBe(true);
    expect(isDateLine('Publié: 11.09.2023 à 16:00 heures')).toBe(true);
    expect(isDateLine('Kim Jong Un est arrivé en Russie le 12.09.2023 à 16h00.')).toBe(false);
  });
});

describe('findDateMentions: dates in running text, resolved against publication', () => {
  const on = (text: string, date: string, future = false) =>
    findDateMentions(text, { date, future }).map(({ text: t, date: d, endDate }) => ({ t, d, ...(endDate ? { endDate } : {}) }));

  it('reads a weekday and day of the month without the year', () => {
    expect(on('la visite de Vladimir Poutine, mercredi 19 juin, à Pyongyang', '2024-06-21')).toEqual([
      { t: 'mercredi 19 juin', d: '2024-06-19' },
    ]);
  });

  it('takes a weekday alone as the last one before publication, or the next one in the future tense', () => {
    expect(on('a déclaré lundi le Kremlin', '2023-09-12')).toEqual([{ t: 'lundi', d: '2023-09-11' }]);
    expect(on('la délégation arrivera jeudi', '2023-09-12', true)).toEqual([{ t: 'jeudi', d: '2023-09-14' }]);
  });

  it('reads « fin juillet », « en avril 2019 », « en 2007 » and ranges', () => {
    expect(on('en Corée du Nord fin juillet', '2023-09')).toEqual([{ t: 'fin juillet', d: '2023-07' }]);
    expect(on('En avril 2019, il s’est rendu à Vladivostok', '2023-09-11')).toEqual([{ t: 'En avril 2019', d: '2019-04' }]);
    expect(on('la conférence sur la sécurité de Munich de 2007', '2023-09-12')).toEqual([{ t: '2007', d: '2007' }]);
    expect(on('du 10 au 13 septembre, sur le campus', '2023-09')).toEqual([
      { t: '10 au 13 septembre', d: '2023-09-10', endDate: '2023-09-13' },
    ]);
  });

  it('puts a month named after publication in the past year, unless the sentence speaks of the future', () => {
    expect(on('les récoltes de novembre', '2024-06-25')).toEqual([{ t: 'novembre', d: '2023-11' }]);
    expect(on('doit revenir en septembre', '2024-06-25', true)).toEqual([{ t: 'en septembre', d: '2024-09' }]);
  });

  it('finds no date where there is none', () => {
    expect(on('Le sommet devrait se tenir dans les prochains jours.', '2023-09-12')).toEqual([]);
    expect(on('plus de 50 % du territoire', '2023-09')).toEqual([]);
  });
});
