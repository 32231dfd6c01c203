/**
 * Corpus aggregates, from mentions computed on the text: co-occurrence, what each article brings
 * first, and the scale of the mention matrix. Pure functions over plain data.
 */

export interface MentionLike {
  entityId: string;
  articleId: string;
  blockId: string;
}

/**
 * For each entity, the other entities named in the same paragraphs, with the number of paragraphs
 * they share; sorted by that number, then by id.
 */
export function coOccurrences(mentions: readonly MentionLike[]): Map<string, { entityId: string; count: number }[]> {
  const byBlock = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = `${m.articleId}#${m.blockId}`;
    const set = byBlock.get(key) ?? new Set<string>();
    set.add(m.entityId);
    byBlock.set(key, set);
  }
  const counts = new Map<string, Map<string, number>>();
  for (const entities of byBlock.values()) {
    for (const a of entities) {
      for (const b of entities) {
        if (a === b) continue;
        const row = counts.get(a) ?? new Map<string, number>();
        row.set(b, (row.get(b) ?? 0) + 1);
        counts.set(a, row);
      }
    }
  }
  return new Map(
    [...counts].map(([entityId, row]) => [
      entityId,
      [...row]
        .map(([other, count]) => ({ entityId: other, count }))
        .sort((x, y) => y.count - x.count || x.entityId.localeCompare(y.entityId)),
    ]),
  );
}

/**
 * What each item set brings first: given articles in publication order and, for each, the items
 * it has (entities it names, events it reports), the items no earlier article had.
 */
export function firstAppearances<T>(ordered: readonly { id: string; items: readonly T[] }[]): Map<string, T[]> {
  const seen = new Set<T>();
  const result = new Map<string, T[]>();
  for (const { id, items } of ordered) {
    const fresh = [...new Set(items)].filter((item) => !seen.has(item));
    for (const item of fresh) seen.add(item);
    result.set(id, fresh);
  }
  return result;
}

/** Level 0 to `levels` of a count on a matrix whose largest count is `max` (0 only for 0). */
export function heatLevel(count: number, max: number, levels = 5): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((Math.log1p(count) / Math.log1p(max)) * levels));
}

/**
 * Who is quoted, the most quoted first (then by name, in French order), each speaker's quotes in
 * order of publication (`publicationRank` of their article).
 */
export function quotesBySpeaker<Q extends { speaker: { id: string; data: { name: string } }; article: { id: string } }>(
  quotes: readonly Q[],
  publicationRank: (articleId: string) => number,
): { speaker: Q['speaker']; quotes: Q[] }[] {
  const bySpeaker = new Map<string, { speaker: Q['speaker']; quotes: Q[] }>();
  for (const quote of quotes) {
    const group: { speaker: Q['speaker']; quotes: Q[] } = bySpeaker.get(quote.speaker.id) ?? { speaker: quote.speaker, quotes: [] };
    group.quotes.push(quote);
    bySpeaker.set(quote.speaker.id, group);
  }
  const groups = [...bySpeaker.values()];
  for (const group of groups) group.quotes.sort((a, b) => publicationRank(a.article.id) - publicationRank(b.article.id));
  return groups.sort((a, b) => b.quotes.length - a.quotes.length || a.speaker.data.name.localeCompare(b.speaker.data.name, 'fr'));
}

/**
 * What each article brings, for the article-by-article pages: the entities and events no earlier
 * article had (articles in publication order), and the speakers it quotes, each once, in order.
 */
export function articleContributions(
  ordered: readonly { id: string; entities: readonly string[]; events: readonly string[]; speakers: readonly string[] }[],
): Map<string, { entities: string[]; events: string[]; voices: string[] }> {
  const entities = firstAppearances(ordered.map(({ id, entities: items }) => ({ id, items })));
  const events = firstAppearances(ordered.map(({ id, events: items }) => ({ id, items })));
  return new Map(
    ordered.map(({ id, speakers }) => [
      id,
      { entities: entities.get(id) ?? [], events: events.get(id) ?? [], voices: [...new Set(speakers)] },
    ]),
  );
}

/**
 * Who makes figures and claims: a group per claimant (`undefined`: outlets in their own voice), the
 * largest first (then by name, in French order); in each, the claims in order of publication
 * (`publicationRank` of their article), figures before claims within an article.
 */
export function claimsByClaimant<
  C extends { claimant: { id: string; data: { name: string } } | undefined; article: { id: string }; kind: string },
>(claims: readonly C[], publicationRank: (articleId: string) => number): { claimant: C['claimant']; claims: C[] }[] {
  const groups = new Map<string | undefined, { claimant: C['claimant']; claims: C[] }>();
  for (const claim of claims) {
    const id = claim.claimant?.id;
    const group: { claimant: C['claimant']; claims: C[] } = groups.get(id) ?? { claimant: claim.claimant, claims: [] };
    group.claims.push(claim);
    groups.set(id, group);
  }
  const figureFirst = (c: C) => (c.kind === 'figure' ? 0 : 1);
  const list = [...groups.values()];
  for (const group of list) {
    group.claims.sort((a, b) => publicationRank(a.article.id) - publicationRank(b.article.id) || figureFirst(a) - figureFirst(b));
  }
  const nameOf = (group: { claimant: C['claimant'] }) => group.claimant?.data.name ?? '';
  return list.sort((a, b) => b.claims.length - a.claims.length || nameOf(a).localeCompare(nameOf(b), 'fr'));
}

/**
 * An entity's mentions and the articles they are in, for each of `months` (publication months,
 * every month of the range): what its page summarises as "articles by month".
 */
export function mentionsAndArticlesByMonth(
  mentions: readonly { articleId: string; published: string }[],
  months: readonly string[],
): { month: string; mentions: number; articles: number }[] {
  const rows = new Map(months.map((month) => [month, { month, mentions: 0, articles: new Set<string>() }]));
  for (const mention of mentions) {
    const row = rows.get(mention.published.slice(0, 7));
    if (!row) continue;
    row.mentions++;
    row.articles.add(mention.articleId);
  }
  return [...rows.values()].map(({ month, mentions: n, articles }) => ({ month, mentions: n, articles: articles.size }));
}
