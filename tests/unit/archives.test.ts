import { describe, expect, it } from 'vitest';
import {
  archiveIndex,
  collidingArticleSlugs,
  monthArchives,
  outletArchives,
  publicationMonth,
  slugify,
  yearArchives,
  type ArchivedArticle,
} from '../../src/lib/archives.ts';

const article = (id: string, date: string, outlet: string | null = 'Le Monde'): ArchivedArticle => ({
  id,
  data: { published: { date, provenance: 'stated' }, outlet: { value: outlet } },
});
const unknown = { slug: 'non-identifie', label: 'Média non identifié' };

const corpus = [
  article('a', '2023-09-12', 'Le Monde'),
  article('b', '2023-09-13', 'Blick'),
  article('c', '2023-11', 'La Libre Belgique'),
  article('d', '2024', null),
  article('e', '2024-06-20', 'le monde'),
  article('f', '2024-06-19', 'BBC News Afrique'),
];

describe('slugify', () => {
  it('makes a URL segment of a name: lower case, no accents, hyphens', () => {
    expect(slugify('La Libre Belgique')).toBe('la-libre-belgique');
    expect(slugify('BBC News Afrique')).toBe('bbc-news-afrique');
    expect(slugify('Libération')).toBe('liberation');
    expect(slugify('  Ouest-France  ')).toBe('ouest-france');
    expect(slugify('L’Œil & le « Monde »')).toBe('l-oeil-le-monde');
    expect(slugify('!!!')).toBe('');
  });
});

describe('archives by year and month', () => {
  it('put each article in its year, the latest year first and newest first within it', () => {
    expect(yearArchives(corpus).map(({ key, articles }) => [key, articles.map((a) => a.id)])).toEqual([
      ['2024', ['e', 'f', 'd']],
      ['2023', ['c', 'b', 'a']],
    ]);
  });

  it('put each article dated to the month in its month; one dated only to the year is in none', () => {
    expect(publicationMonth(article('x', '2024'))).toBeUndefined();
    expect(monthArchives(corpus).map(({ key, articles }) => [key, articles.map((a) => a.id)])).toEqual([
      ['2024-06', ['e', 'f']],
      ['2023-11', ['c']],
      ['2023-09', ['b', 'a']],
    ]);
  });
});

describe('archives by outlet', () => {
  it('group spellings that slugify alike, the outlet with most articles first, the unknown apart', () => {
    const archives = outletArchives(corpus, unknown);
    expect(archives.map(({ key, label, articles }) => [key, label, articles.map((a) => a.id)])).toEqual([
      ['le-monde', 'le monde', ['e', 'a']],
      ['bbc-news-afrique', 'BBC News Afrique', ['f']],
      ['blick', 'Blick', ['b']],
      ['la-libre-belgique', 'La Libre Belgique', ['c']],
      ['non-identifie', 'Média non identifié', ['d']],
    ]);
  });

  it('refuses an outlet whose name takes the unknown outlet’s address, or gives none', () => {
    expect(() => outletArchives([article('x', '2024', 'Non identifié')], unknown)).toThrow(/article "x".*non-identifie/);
    expect(() => outletArchives([article('y', '2024', '***')], unknown)).toThrow(/article "y"/);
  });
});

describe('archiveIndex', () => {
  it('counts every article once per year, per month and per outlet', () => {
    const index = archiveIndex(corpus, unknown);
    expect(index.years).toEqual([
      { year: '2024', count: 3, months: [{ month: '2024-06', count: 2 }], withoutMonth: 1 },
      {
        year: '2023',
        count: 3,
        months: [
          { month: '2023-11', count: 1 },
          { month: '2023-09', count: 2 },
        ],
        withoutMonth: 0,
      },
    ]);
    expect(index.outlets.reduce((sum, o) => sum + o.count, 0)).toBe(corpus.length);
    expect(index.outlets[0]).toEqual({ slug: 'le-monde', label: 'le monde', count: 2 });
  });

  it('stays as small as the calendar and the outlets, however many articles', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      article(`a${i}`, `${2020 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-01`, ['Le Monde', 'RFI'][i % 2] ?? null),
    );
    const index = archiveIndex(many, unknown);
    expect(index.years).toHaveLength(3);
    expect(index.years.every((y) => y.months.length <= 12)).toBe(true);
    expect(index.outlets).toHaveLength(2);
    expect(index.years.reduce((sum, y) => sum + y.count, 0)).toBe(3000);
  });
});

describe('collidingArticleSlugs', () => {
  it('finds the slugs that would take a list page’s address under /articles/', () => {
    const reserved = ['annee', 'mois', 'media', 'archives'];
    expect(collidingArticleSlugs(['le-kremlin', '2023-bilan', 'poutine-2'], reserved)).toEqual([]);
    expect(collidingArticleSlugs(['2', 'archives', 'ok', '2024'], reserved)).toEqual(['2', 'archives', '2024']);
  });
});
