/**
 * Disagreements that can be derived from the data: an event whose citations date it differently.
 * (Disagreements that need judgement, such as contradicting claims, are data: claims.contradicts.)
 */

export interface DatedCitation {
  articleId: string;
  /** The date this article gives, when it differs from the event's; undefined: it agrees. */
  reportedDate?: string | undefined;
}

export interface DateVersion {
  date: string;
  articleIds: string[];
}

/**
 * Each article's version of an event's date, grouped: one version per distinct date, in the order
 * the citations come. `divergent` when the articles do not all give the same date.
 */
export function dateVersions(eventDate: string, citations: readonly DatedCitation[]): { versions: DateVersion[]; divergent: boolean } {
  const versions: DateVersion[] = [];
  for (const citation of citations) {
    const date = citation.reportedDate ?? eventDate;
    const version = versions.find((v) => v.date === date);
    if (!version) versions.push({ date, articleIds: [citation.articleId] });
    else if (!version.articleIds.includes(citation.articleId)) version.articleIds.push(citation.articleId);
  }
  return { versions, divergent: versions.length > 1 };
}

/** Pairs of contradicting items, each pair once, whatever side lists the other. */
export function contradictionPairs(items: readonly { key: string; contradicts: readonly string[] }[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const item of items) {
    for (const other of item.contradicts) {
      const pair = [item.key, other].sort() as [string, string];
      pairs.set(pair.join('|'), pair);
    }
  }
  return [...pairs.values()];
}

interface ContradictingClaim {
  key: string;
  contradicts: readonly string[];
  importance: number;
  article: { id: string };
}

/**
 * The contradicting claims as pairs of claims, for /desaccords/: each side in order of publication
 * (`publicationRank` of its article), the most important pairs first (importance 1 is the
 * highest), and between equals, disagreements between two outlets before those within one article.
 */
export function orderedContradictions<T extends ContradictingClaim>(
  claims: readonly T[],
  publicationRank: (articleId: string) => number,
): [T, T][] {
  const byKey = new Map(claims.map((claim) => [claim.key, claim]));
  const pairs: [T, T][] = [];
  for (const [first, second] of contradictionPairs(claims)) {
    const a = byKey.get(first);
    const b = byKey.get(second);
    // A side that is not among the claims (its own problem is reported by the evidence layer).
    if (!a || !b) continue;
    pairs.push(publicationRank(a.article.id) <= publicationRank(b.article.id) ? [a, b] : [b, a]);
  }
  const acrossOutlets = ([a, b]: [T, T]) => Number(a.article.id !== b.article.id);
  return pairs.sort(
    (p, q) =>
      Math.min(p[0].importance, p[1].importance) - Math.min(q[0].importance, q[1].importance) || acrossOutlets(q) - acrossOutlets(p),
  );
}

/**
 * The events the articles date differently, for /desaccords/: the most important first
 * (importance 1 is the highest), then the most reported; between equals, in the order given
 * (the evidence layer's chronological order).
 */
export function datedDisagreements<E extends { divergent: boolean; sourceCount: number }>(
  events: readonly E[],
  importanceOf: (event: E) => number,
): E[] {
  return events.filter((event) => event.divergent).sort((a, b) => importanceOf(a) - importanceOf(b) || b.sourceCount - a.sourceCount);
}
