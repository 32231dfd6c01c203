/**
 * The corpus compared at the level of outlets and months, which are few whatever the number of
 * articles: what /analyse/ shows. Each article is first reduced to its facts (outlet, month, words,
 * themes, mentions, quotes, claims); every table is then a sum over those facts, in one pass, with
 * loops only (no spread of a corpus-sized array into a call). Pure functions over plain data.
 */

/** What the comparison needs of one article. */
export interface ArticleFacts {
  id: string;
  /** The outlet's name, or the label of an unknown outlet. */
  outlet: string;
  /** Month of publication, `YYYY-MM`. */
  month: string;
  words: number;
  themes: readonly string[];
  /** Entity id → mentions in this article. */
  mentions: ReadonlyMap<string, number>;
  /** The speaker of each of its quotes (an id per quote, repeated). */
  speakers: readonly string[];
  figures: number;
  claims: number;
  /** Figures and claims the outlet makes in its own voice. */
  ownVoice: number;
}

interface ArticleInput {
  id: string;
  data: { outlet: { value: string | null }; published: { date: string }; themes: readonly string[] };
}

/** Each article's facts, in the order given, from the evidence layer's lists (one pass over each). */
export function articleFacts(
  articles: readonly ArticleInput[],
  mentionsByArticle: ReadonlyMap<string, ReadonlyMap<string, number>>,
  wordsByArticle: ReadonlyMap<string, number>,
  quotes: readonly { article: { id: string }; speaker: { id: string } }[],
  claims: readonly { article: { id: string }; kind: 'figure' | 'claim'; claimant: unknown }[],
  unknownOutlet: string,
): ArticleFacts[] {
  const speakers = new Map<string, string[]>();
  for (const quote of quotes) {
    const list = speakers.get(quote.article.id) ?? [];
    list.push(quote.speaker.id);
    speakers.set(quote.article.id, list);
  }
  const claimCounts = new Map<string, { figures: number; claims: number; ownVoice: number }>();
  for (const claim of claims) {
    const counts = claimCounts.get(claim.article.id) ?? { figures: 0, claims: 0, ownVoice: 0 };
    if (claim.kind === 'figure') counts.figures++;
    else counts.claims++;
    if (claim.claimant === undefined) counts.ownVoice++;
    claimCounts.set(claim.article.id, counts);
  }
  return articles.map((article) => ({
    id: article.id,
    outlet: article.data.outlet.value ?? unknownOutlet,
    month: article.data.published.date.slice(0, 7),
    words: wordsByArticle.get(article.id) ?? 0,
    themes: article.data.themes,
    mentions: mentionsByArticle.get(article.id) ?? new Map(),
    speakers: speakers.get(article.id) ?? [],
    ...(claimCounts.get(article.id) ?? { figures: 0, claims: 0, ownVoice: 0 }),
  }));
}

/** A count of something (an entity, a theme, a speaker), for the "most frequent" lists. */
export interface Ranked {
  key: string;
  count: number;
}

/** The `top` largest counts, largest first, then by `compare` of the keys (French order by default). */
export function topCounts(counts: ReadonlyMap<string, number>, top: number, compare = frenchOrder): Ranked[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || compare(a.key, b.key))
    .slice(0, top);
}

const frenchOrder = (a: string, b: string) => a.localeCompare(b, 'fr');

const add = (counts: Map<string, number>, key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);

/** One outlet's row of the comparison. */
export interface OutletRow {
  outlet: string;
  articles: number;
  words: number;
  mentions: number;
  quotes: number;
  figures: number;
  claims: number;
  ownVoice: number;
  /** First and last month it published in. */
  firstMonth: string;
  lastMonth: string;
  /** Its most named entities, themes (by number of its articles) and quoted speakers (by quotes). */
  topEntities: Ranked[];
  themes: Ranked[];
  /** Number of distinct themes it covers (its `themes` list may be cut at `top`). */
  themeCount: number;
  voices: Ranked[];
}

export interface CompareOptions {
  /** Length of each "most frequent" list. */
  top?: number;
  /** Order of entity ids that have the same count (by name, say). */
  compareEntities?: (a: string, b: string) => number;
}

/** Every outlet with its totals and its most frequent entities, themes and voices; the largest first. */
export function compareOutlets(facts: readonly ArticleFacts[], options: CompareOptions = {}): OutletRow[] {
  const top = options.top ?? 5;
  const compareEntities = options.compareEntities ?? frenchOrder;
  const byOutlet = new Map<
    string,
    Omit<OutletRow, 'topEntities' | 'themes' | 'voices' | 'themeCount'> & {
      entities: Map<string, number>;
      themes: Map<string, number>;
      voices: Map<string, number>;
    }
  >();
  for (const fact of facts) {
    let row = byOutlet.get(fact.outlet);
    if (!row) {
      row = {
        outlet: fact.outlet,
        articles: 0,
        words: 0,
        mentions: 0,
        quotes: 0,
        figures: 0,
        claims: 0,
        ownVoice: 0,
        firstMonth: fact.month,
        lastMonth: fact.month,
        entities: new Map(),
        themes: new Map(),
        voices: new Map(),
      };
      byOutlet.set(fact.outlet, row);
    }
    row.articles++;
    row.words += fact.words;
    row.quotes += fact.speakers.length;
    row.figures += fact.figures;
    row.claims += fact.claims;
    row.ownVoice += fact.ownVoice;
    if (fact.month < row.firstMonth) row.firstMonth = fact.month;
    if (fact.month > row.lastMonth) row.lastMonth = fact.month;
    for (const [entity, n] of fact.mentions) {
      row.mentions += n;
      add(row.entities, entity, n);
    }
    for (const theme of new Set(fact.themes)) add(row.themes, theme);
    for (const speaker of fact.speakers) add(row.voices, speaker);
  }
  return [...byOutlet.values()]
    .map(({ entities, themes, voices, ...totals }) => ({
      ...totals,
      topEntities: topCounts(entities, top, compareEntities),
      themes: topCounts(themes, top),
      themeCount: themes.size,
      voices: topCounts(voices, top, compareEntities),
    }))
    .sort((a, b) => b.articles - a.articles || frenchOrder(a.outlet, b.outlet));
}

/** One month's row: what was published that month. */
export interface MonthRow {
  month: string;
  articles: number;
  outlets: number;
  words: number;
  mentions: number;
  quotes: number;
  figuresAndClaims: number;
}

/** A row for each of `months` (every month of the range, those with nothing included), in that order. */
export function compareMonths(facts: readonly ArticleFacts[], months: readonly string[]): MonthRow[] {
  const rows = new Map<string, MonthRow & { outletSet: Set<string> }>(
    months.map((month) => [
      month,
      { month, articles: 0, outlets: 0, words: 0, mentions: 0, quotes: 0, figuresAndClaims: 0, outletSet: new Set<string>() },
    ]),
  );
  for (const fact of facts) {
    const row = rows.get(fact.month);
    if (!row) continue;
    row.articles++;
    row.outletSet.add(fact.outlet);
    row.words += fact.words;
    for (const n of fact.mentions.values()) row.mentions += n;
    row.quotes += fact.speakers.length;
    row.figuresAndClaims += fact.figures + fact.claims;
  }
  return [...rows.values()].map(({ outletSet, ...row }) => ({ ...row, outlets: outletSet.size }));
}

/** Themes by outlet: for each theme, how many articles of each outlet (in `outlets` order) treat it. */
export function themesByOutlet(
  facts: readonly ArticleFacts[],
  outlets: readonly string[],
): { theme: string; total: number; byOutlet: number[] }[] {
  const column = new Map(outlets.map((outlet, i) => [outlet, i]));
  const rows = new Map<string, { theme: string; total: number; byOutlet: number[] }>();
  for (const fact of facts) {
    const i = column.get(fact.outlet);
    for (const theme of new Set(fact.themes)) {
      let row = rows.get(theme);
      if (!row) {
        row = { theme, total: 0, byOutlet: outlets.map(() => 0) };
        rows.set(theme, row);
      }
      row.total++;
      if (i !== undefined) row.byOutlet[i] = (row.byOutlet[i] ?? 0) + 1;
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || frenchOrder(a.theme, b.theme));
}

/** The mention matrix of the most named entities: one row per entity, one cell per outlet. */
export interface MentionMatrix {
  outlets: string[];
  rows: { entityId: string; total: number; cells: number[] }[];
  /** The largest cell (0 for an empty matrix), the scale of the heat levels. */
  max: number;
  /** Number of entities named at all: the rows shown are the `top` first of them. */
  named: number;
}

/**
 * Mentions of the `top` most named entities (ties by `compareEntities`), per outlet in `outlets`
 * order. The full matrix (every entity × every article) is open data, not a page.
 */
export function mentionMatrix(
  facts: readonly ArticleFacts[],
  outlets: readonly string[],
  options: { top?: number; compareEntities?: (a: string, b: string) => number } = {},
): MentionMatrix {
  const totals = new Map<string, number>();
  for (const fact of facts) for (const [entity, n] of fact.mentions) add(totals, entity, n);
  const chosen = topCounts(totals, options.top ?? 12, options.compareEntities ?? frenchOrder);
  const row = new Map(chosen.map(({ key }, i) => [key, i]));
  const column = new Map(outlets.map((outlet, i) => [outlet, i]));
  const cells = chosen.map(() => outlets.map(() => 0));
  for (const fact of facts) {
    const j = column.get(fact.outlet);
    if (j === undefined) continue;
    for (const [entity, n] of fact.mentions) {
      const i = row.get(entity);
      const cellRow = i === undefined ? undefined : cells[i];
      if (cellRow) cellRow[j] = (cellRow[j] ?? 0) + n;
    }
  }
  let max = 0;
  for (const cellRow of cells) for (const n of cellRow) if (n > max) max = n;
  return {
    outlets: [...outlets],
    rows: chosen.map(({ key, count }, i) => ({ entityId: key, total: count, cells: cells[i] ?? [] })),
    max,
    named: [...totals.values()].filter((n) => n > 0).length,
  };
}
