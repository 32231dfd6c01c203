/**
 * The open data sets, as flat rows (one source for JSON, CSV and the description page). Each row
 * points to the article and passage that attest it. Derived from the evidence layer only.
 */
import { entityNames, loadEvidence } from './evidence.ts';
import { formatFrenchRange } from '../lib/dates.ts';
import { href } from '../routing.ts';
import { articlePath, entityPath } from '../lib/urls.ts';
import type { Row } from '../lib/data-files.ts';

export type { Row };

export const dataSets = ['evenements', 'entites', 'mentions', 'matrice', 'citations', 'affirmations'] as const;
export type DataSet = (typeof dataSets)[number];

const computed = new Map<string, Promise<Row[]>>();

/** The rows of a data set, computed once per build (the /donnees/ page and each file share them). */
export function rowsOf(set: DataSet, site: URL | undefined): Promise<Row[]> {
  const key = `${set} ${site?.href ?? ''}`;
  let rows = computed.get(key);
  if (!rows) {
    rows = computeRows(set, site);
    computed.set(key, rows);
  }
  return rows;
}

async function computeRows(set: DataSet, site: URL | undefined): Promise<Row[]> {
  const evidence = await loadEvidence();
  // Each URL made once: a paragraph's mentions share its passage's (76,641 rows, 50 ms less at 1,000 articles).
  const urls = new Map<string, string>();
  const url = (path: string) => {
    let absolute = urls.get(path);
    if (absolute === undefined) {
      absolute = new URL(href(path), site).toString();
      urls.set(path, absolute);
    }
    return absolute;
  };
  switch (set) {
    case 'evenements':
      return evidence.events.flatMap((event) =>
        event.citations.map((citation, index) => ({
          evenement: event.id,
          date: event.entry.data.date,
          date_fin: event.entry.data.endDate ?? '',
          date_lisible: formatFrenchRange(event.entry.data.date, event.entry.data.endDate),
          titre: event.entry.data.title,
          type: event.entry.data.kind,
          statut: event.entry.data.status,
          verifie: event.reviewed,
          citation: index + 1,
          article: citation.article.id,
          passage: citation.passage,
          annonce_avant: citation.anticipates,
          date_selon_article: citation.reportedDate ?? '',
          url: url(citation.path),
        })),
      );
    case 'entites': {
      const totals = new Map<string, number>();
      for (const m of evidence.mentions) totals.set(m.entity.id, (totals.get(m.entity.id) ?? 0) + 1);
      return [...evidence.entities.values()].map((entity) => ({
        entite: entity.id,
        nom: entity.data.name,
        type: entity.data.kind,
        graphies: entityNames(entity).join(' | '),
        description: entity.data.description,
        mentions: totals.get(entity.id) ?? 0,
        url: url(entityPath(entity.id)),
      }));
    }
    case 'mentions':
      return evidence.mentions.map((m) => ({
        entite: m.entity.id,
        article: m.article.id,
        paragraphe: m.blockId,
        ecrit: m.context.slice(m.start, m.end),
        debut: m.start,
        fin: m.end,
        url: url(m.path),
      }));
    case 'matrice':
      // The full mention matrix, one row per entity named in an article (a page shows the top
      // entities by outlet only): articles in publication order, entities by id.
      return evidence.articles.flatMap((article) =>
        [...(evidence.mentionsByArticle.get(article.id) ?? new Map<string, number>())]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([entityId, mentions]) => ({
            entite: entityId,
            article: article.id,
            media: article.data.outlet.value ?? '',
            date: article.data.published.date,
            mentions,
            url: url(articlePath(article.id)),
          })),
      );
    case 'citations':
      return evidence.quotes.map((q) => ({
        citation: q.key,
        locuteur: q.speaker.id,
        presente_comme: q.speakerAs ?? '',
        propos: q.quote,
        discours_rapporte: q.indirect,
        verifie: q.reviewed,
        passage: q.passage,
        article: q.article.id,
        url: url(q.path),
      }));
    case 'affirmations':
      return evidence.claims.map((c) => ({
        affirmation: c.key,
        nature: c.kind,
        enonce: c.statement,
        chiffre: c.figure ?? '',
        avance_par: c.claimant?.id ?? 'media',
        comment: c.attribution,
        passage: c.passage,
        contredit: c.contradicts.join(' | '),
        verifie: c.reviewed,
        article: c.article.id,
        url: url(c.path),
      }));
  }
}
