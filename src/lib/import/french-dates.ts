/**
 * French press dates: the publication lines of news pages (« Publié le 12-09-2023 à 16h41 ») and
 * the date expressions of a text (« mercredi 19 juin », « lundi », « fin juillet », « en 2007 »),
 * resolved against the publication date. chrono-node's French parser reads numeric dates and
 * day–month expressions; what it lacks (a month or a year alone, « fin juillet », a weekday
 * alone counted backwards from publication, « juillet 10, 2024 », « date 2023-09 ») is here.
 */
import * as chrono from 'chrono-node';

export const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');
/** Month number (1–12) of a French month name, accents optional (« aout », « fevrier »). */
export function monthNumber(name: string): number | undefined {
  const folded = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const index = FRENCH_MONTHS.findIndex((m) => m.normalize('NFD').replace(/\p{M}/gu, '') === folded);
  return index < 0 ? undefined : index + 1;
}
const MONTH_RE = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre';
const WEEKDAY_RE = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

/** A date as the schema writes it (YYYY, YYYY-MM, YYYY-MM-DD) with an optional time HH:MM. */
export interface PressDate {
  date: string;
  time?: string;
}

function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Every date (with its time) in a publication or update line, in order. Forms read:
 * « 11.09.2023 à 16:00 heures », « 12-09-2023 à 16h41 », « 21/06/2024 à 07h30 »,
 * « mercredi, juillet 10, 2024 », « 12 septembre 2023 », « date 2023-09 », ISO « 2023-09-12T16:41 ».
 */
export function parsePressDates(line: string): PressDate[] {
  const found: { index: number; value: PressDate }[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (index: number, length: number, value: PressDate) => {
    if (!free(index, index + length)) return;
    taken.push([index, index + length]);
    found.push({ index, value });
  };
  // ISO dates and months (« date 2023-09 », article:published_time): chrono reads neither a bare month nor every ISO form.
  for (const m of line.matchAll(/\b(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?\b/g)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
    if (month < 1 || month > 12 || (day !== undefined && !isValidDay(year, month, day))) continue;
    add(m.index, m[0].length, {
      date: `${m[1]}-${m[2]}${m[3] ? `-${m[3]}` : ''}`,
      ...(m[4] ? { time: `${m[4]}:${m[5]}` } : {}),
    });
  }
  // « juillet 10, 2024 »: month before day, as some sites print it.
  for (const m of line.matchAll(new RegExp(`(?:(?:${WEEKDAY_RE}),?\\s+)?\\b(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'giu'))) {
    const month = monthNumber(m[1] ?? '');
    if (month === undefined) continue;
    const [day, year] = [Number(m[2]), Number(m[3])];
    if (isValidDay(year, month, day)) add(m.index, m[0].length, { date: `${year}-${pad2(month)}-${pad2(day)}` });
  }
  for (const result of chrono.fr.parse(line, new Date(Date.UTC(2000, 0, 1)))) {
    for (const component of [result.start, result.end]) {
      if (!component) continue;
      const year = component.get('year');
      const month = component.get('month');
      const day = component.get('day');
      // A publication line names its year: a date chrono had to imply is not one.
      if (!component.isCertain('year') || !component.isCertain('month') || !year || !month) continue;
      const time = component.isCertain('hour') ? { time: `${pad2(component.get('hour') ?? 0)}:${pad2(component.get('minute') ?? 0)}` } : {};
      const date = component.isCertain('day') && day ? `${year}-${pad2(month)}-${pad2(day)}` : `${year}-${pad2(month)}`;
      add(result.index, result.text.length, { date, ...time });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ value }) => value);
}

/** What a publication line says: published, updated, or a date shown without saying which. */
export type PressDateRole = 'published' | 'updated' | 'shown';

/** Each date of a line with its role, read from the words before it (« Publié », « Mis à jour »). */
export function readDateLine(line: string): { role: PressDateRole; value: PressDate }[] {
  const parts = line.split(/(?=\b(?:Mis|Mise|Dernière mise|Actualisé|Modifié|Màj|MAJ)\b)/i);
  return parts.flatMap((part) => {
    const role: PressDateRole = /\b(mis|mise|actualis|modifi|màj|maj)/i.test(part)
      ? 'updated'
      : /\bpubli/i.test(part)
        ? 'published'
        : 'shown';
    return parsePressDates(part).map((value) => ({ role, value }));
  });
}

const DATE_LINE_WORDS = new Set([
  'publié',
  'publiée',
  'publication',
  'le',
  'à',
  'a',
  'heure',
  'heures',
  'h',
  'mis',
  'mise',
  'jour',
  'dernière',
  'actualisé',
  'actualisée',
  'modifié',
  'modifiée',
  'date',
  'màj',
  'maj',
  'et',
  'en',
  'ligne',
  'du',
  'updated',
  'on',
  ...FRENCH_MONTHS,
  ...WEEKDAYS,
  'aout',
  'fevrier',
  'decembre',
]);

/** A line that is nothing but a publication or update date (and its labels): metadata, not text. */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 140) return false;
  if (parsePressDates(text).length === 0) return false;
  const rest = text
    .replace(/\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?/g, ' ')
    .replace(/\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/g, ' ')
    .replace(/\d{1,2}\s*(?:h|:)\s*\d{2}/g, ' ');
  return rest
    .toLowerCase()
    .split(/[\s\p{P}|]+/u)
    .filter((word) => word !== '')
    .every((word) => DATE_LINE_WORDS.has(word) || /^\d{1,4}$/.test(word));
}

/** A date expression found in running text, resolved against the publication date. */
export interface DateMention {
  /** The words as written, and where they stand in the text. */
  text: string;
  index: number;
  date: string;
  endDate?: string;
  /** How the date was resolved, in French, for the event's `dateNote`. */
  note: string;
}

/** The publication date a text's relative dates are read against (partial: a month may be all we know). */
export interface Reference {
  date: string;
  /** The sentence speaks of what is to come: a month or weekday without its year is the next one. */
  future?: boolean;
}

const partsOf = (date: string) => date.split('-').map(Number) as [number, number?, number?];

/** The most recent `weekday` (0 = dimanche) on or before a full date. */
function lastWeekday(reference: string, weekday: number): string {
  const [y, m, d] = partsOf(reference);
  const day = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const back = (day.getUTCDay() - weekday + 7) % 7;
  day.setUTCDate(day.getUTCDate() - back);
  return day.toISOString().slice(0, 10);
}

/** The first `weekday` after a full date. */
function nextWeekday(reference: string, weekday: number): string {
  const [y, m, d] = partsOf(reference);
  const day = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  day.setUTCDate(day.getUTCDate() + ((weekday - day.getUTCDay() + 7) % 7 || 7));
  return day.toISOString().slice(0, 10);
}

/** The year of a day or month named without its year: the latest one not after publication (press reports the past and the near future). */
function yearFor(month: number, reference: string, future = false): number {
  const [ry, rm] = partsOf(reference);
  if (rm === undefined) return ry;
  if (future) return month >= rm ? ry : ry + 1;
  // Up to two months ahead of publication is read as announced (« du 10 au 13 septembre » in early September).
  if (month > rm + 2) return ry - 1;
  if (month <= rm + 2 - 12) return ry + 1;
  return ry;
}

const describe = (reference: string) => `paru le ${reference}`;

/**
 * Date expressions of a French text: « mercredi 19 juin », « du 10 au 13 septembre », « lundi »,
 * « fin juillet », « en avril 2019 », « en 2007 », « 12 septembre 2023 ». Each comes with the date it
 * stands for, at its own precision, and the reasoning when it was resolved against publication.
 */
export function findDateMentions(text: string, reference: Reference): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const add = (mention: DateMention) => {
    const end = mention.index + mention.text.length;
    if (taken.some(([s, e]) => !(end <= s || mention.index >= e))) return;
    taken.push([mention.index, end]);
    found.push(mention);
  };
  const [refYear, refMonth] = partsOf(reference.date);
  const refIsDay = partsOf(reference.date)[2] !== undefined;
  const article = `dans un article ${describe(reference.date)}`;

  // Day and month (chrono): « mercredi 19 juin », « 12 septembre 2023 », « du 10 au 13 septembre ».
  const chronoRef = new Date(Date.UTC(refYear, (refMonth ?? 6) - 1, partsOf(reference.date)[2] ?? 15, 12));
  for (const result of chrono.fr.parse(text, chronoRef)) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    // Only written dates (« 19 juin »): chrono also reads « les prochains jours », which date nothing.
    if (!/\d/.test(result.text)) continue;
    // chrono implies day, month and year from the reference date when the text leaves them out: get() gives a number for each.
    const month = start.get('month');
    const day = start.get('day');
    if (month === null || day === null) continue;
    const year = (start.isCertain('year') ? start.get('year') : null) ?? yearFor(month, reference.date, reference.future);
    const date = `${year}-${pad2(month)}-${pad2(day)}`;
    let endDate: string | undefined;
    if (result.end?.isCertain('day')) {
      const [endMonth, endDay] = [result.end.get('month'), result.end.get('day')];
      if (endMonth !== null && endDay !== null) endDate = `${year}-${pad2(endMonth)}-${pad2(endDay)}`;
    }
    add({
      text: result.text,
      index: result.index,
      date,
      ...(endDate ? { endDate } : {}),
      note: start.isCertain('year') ? `« ${result.text} »` : `« ${result.text} » ${article} : ${year}`,
    });
  }
  // Month and year, or a month with its part (« fin juillet », « début mars », « mi-août », « en avril 2019 »).
  const monthExpr = new RegExp(
    `\\b(?:(fin|début|mi)[- ](?:de |d['’])?)?(?:(?:le )?mois d['’]|en )?(${MONTH_RE})(?:\\s+(?:de l['’]année\\s+)?(\\d{4}))?\\b`,
    'giu',
  );
  for (const m of text.matchAll(monthExpr)) {
    const month = monthNumber(m[2] ?? '');
    if (month === undefined) continue;
    const stated = m[3] !== undefined;
    const year = stated ? Number(m[3]) : yearFor(month, reference.date, reference.future);
    const when = m[1] ? ` (${m[1].toLowerCase()} du mois)` : '';
    add({
      text: m[0],
      index: m.index,
      date: `${year}-${pad2(month)}`,
      note: stated ? `« ${m[0]} »${when}` : `« ${m[0]} » ${article} : ${year}${when}`,
    });
  }
  // A year alone, introduced (« en 2007 », « depuis 2011 », « de 2007 », « entre 2018 et 2019 »).
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}])(?:en|depuis|de|dès|jusqu['’]en|entre|et|à|remontent à|signé en)\s+((?:19|20)\d{2})\b(?!\s*(?:%|heures|km|millions|milliards))/giu,
  )) {
    const [phrase, year = ''] = m;
    add({ text: year, index: m.index + phrase.lastIndexOf(year), date: year, note: `« ${phrase} »` });
  }
  // A weekday alone (« lundi », « mercredi ») is the last one on or before publication.
  for (const m of text.matchAll(new RegExp(`\\b(?:ce\\s+)?(${WEEKDAY_RE})\\b`, 'giu'))) {
    const name = (m[1] ?? '').toLowerCase();
    const weekday = WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);
    if (refIsDay && reference.future) {
      add({
        text: m[0],
        index: m.index,
        date: nextWeekday(reference.date, weekday),
        note: `« ${m[0]} » ${article}, au futur : le ${name} suivant`,
      });
    } else if (refIsDay) {
      add({
        text: m[0],
        index: m.index,
        date: lastWeekday(reference.date, weekday),
        note: `« ${m[0]} » ${article} : le dernier ${name} avant parution`,
      });
    } else {
      add({ text: m[0], index: m.index, date: reference.date, note: `« ${m[0]} » ${article}, au jour inconnu : le mois de parution` });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
