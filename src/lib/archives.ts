/**
 * The archives of the articles: by year and month of publication, and by outlet. Each archive is a
 * paginated list; the index of archives counts them, years × months and outlets, so it stays small
 * whatever the number of articles. Pure: routes and pages only arrange what this returns.
 */
import { newestFirst, type ArticleLike } from './articles.ts';

/** What grouping needs of an article: its publication date and its outlet. */
export interface ArchivedArticle extends ArticleLike {
  data: ArticleLike['data'] & { outlet: { value: string | null } };
}

/**
 * A name as a URL segment: lower case, accents dropped, every run of other characters a hyphen
 * ('La Libre Belgique' → 'la-libre-belgique', 'BBC News Afrique' → 'bbc-news-afrique').
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The year an article appeared in ('2024'), from its date as the front matter gives it. */
export function publicationYear(article: ArticleLike): string {
  return article.data.published.date.slice(0, 4);
}

/** The month an article appeared in ('2024-03'), or undefined when its date is known only to the year. */
export function publicationMonth(article: ArticleLike): string | undefined {
  const { date } = article.data.published;
  return date.length >= 7 ? date.slice(0, 7) : undefined;
}

export interface Archive<T> {
  /** '2024', '2024-03', or the outlet's slug. */
  key: string;
  /** The outlet's name as the articles give it (outlet archives only). */
  label?: string;
  /** Newest first. */
  articles: T[];
}

/** Groups articles under a key (none: left out), newest first in each group. */
function groupBy<T extends ArticleLike>(articles: readonly T[], keyOf: (article: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const article of newestFirst(articles)) {
    const key = keyOf(article);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(article);
    else groups.set(key, [article]);
  }
  return groups;
}

/** One archive per year of publication, the latest year first. */
export function yearArchives<T extends ArticleLike>(articles: readonly T[]): Archive<T>[] {
  return [...groupBy(articles, publicationYear)].sort(([a], [b]) => b.localeCompare(a)).map(([key, list]) => ({ key, articles: list }));
}

/** One archive per month of publication, the latest first (an article dated only to the year is in none). */
export function monthArchives<T extends ArticleLike>(articles: readonly T[]): Archive<T>[] {
  return [...groupBy(articles, publicationMonth)].sort(([a], [b]) => b.localeCompare(a)).map(([key, list]) => ({ key, articles: list }));
}

/**
 * One archive per outlet, the one with the most articles first (then by name). Outlets are told
 * apart by their slug: two spellings that slugify alike are one outlet, under the spelling of its
 * latest article. Articles of no known outlet go under `unknown`; an outlet whose name slugifies
 * to `unknown.slug`, or to nothing, is an error (it would take another archive's address).
 */
export function outletArchives<T extends ArchivedArticle>(
  articles: readonly T[],
  unknown: { slug: string; label: string },
): (Archive<T> & { label: string })[] {
  const labels = new Map<string, string>();
  const groups = groupBy(articles, (article) => {
    const name = article.data.outlet.value;
    if (name === null) return unknown.slug;
    const slug = slugify(name);
    if (slug === '' || slug === unknown.slug) {
      throw new Error(`article "${article.id}": the outlet «${name}» gives the address "${slug}", which cannot name an outlet's archive`);
    }
    if (!labels.has(slug)) labels.set(slug, name);
    return slug;
  });
  return [...groups]
    .map(([key, list]) => ({ key, label: labels.get(key) ?? unknown.label, articles: list }))
    .sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label, 'fr'));
}

export interface ArchiveIndex {
  years: { year: string; count: number; months: { month: string; count: number }[]; withoutMonth: number }[];
  outlets: { slug: string; label: string; count: number }[];
}

/** The counts the index of archives shows: per year with its months, per outlet. */
export function archiveIndex<T extends ArchivedArticle>(articles: readonly T[], unknown: { slug: string; label: string }): ArchiveIndex {
  const months = monthArchives(articles);
  return {
    years: yearArchives(articles).map(({ key: year, articles: list }) => {
      const inYear = months
        .filter(({ key }) => key.startsWith(`${year}-`))
        .map(({ key, articles: a }) => ({ month: key, count: a.length }));
      return {
        year,
        count: list.length,
        months: inYear,
        withoutMonth: list.length - inYear.reduce((sum, { count }) => sum + count, 0),
      };
    }),
    outlets: outletArchives(articles, unknown).map(({ key, label, articles: list }) => ({
      slug: key,
      label,
      count: list.length,
    })),
  };
}

/**
 * Article slugs that would take the address of a list page under /articles/: a number (a page of
 * the list) or a reserved name (the archives). Empty when every slug is free.
 */
export function collidingArticleSlugs(ids: readonly string[], reserved: readonly string[]): string[] {
  const names = new Set(reserved);
  return ids.filter((id) => /^\d+$/.test(id) || names.has(id));
}
