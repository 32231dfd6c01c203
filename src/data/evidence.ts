/**
 * The evidence layer: loads the collections once, checks every citation against the article it
 * cites, and derives what pages show (events in order, passage anchors, what each article's
 * passages support). Any citation that is not in its article fails the build here, with the
 * event's file, the citation and the passage. Nothing in this file knows a particular article.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sortByPublication } from '../lib/articles.ts';
import { compareSpans, type DateSpan } from '../lib/dates.ts';
import { locatePassage, passageBlocks, type PassageBlock } from '../lib/passages.ts';
import { anticipates, citationAnchorId, eraOf, eventAnchor } from '../lib/timeline.ts';
import { dateVersions } from '../lib/disagreements.ts';
import { coOccurrences } from '../lib/analysis.ts';
import { articlePath } from '../lib/urls.ts';
import { normalizeTypography } from '../lib/text.ts';
import { frenchTypography } from '../lib/typography.ts';
import { createEntityMatcher, describeSharedSpelling, sharedSpellings } from '../lib/entity-matcher.ts';
import { articleProblems, isEmptyBody } from '../lib/content-checks.ts';
import { contentDir } from '../lib/content-dir.ts';

export type Article = CollectionEntry<'articles'>;
export type EventEntry = CollectionEntry<'events'>;
export type Entity = CollectionEntry<'entities'>;
export type Era = CollectionEntry<'eras'>;

/** A citation checked against its article. */
export interface VerifiedCitation {
  article: Article;
  passage: string;
  /** The `p-N` block the passage sits in. */
  blockId: string;
  /** Anchor of the <mark> around the passage on the article page. */
  anchorId: string;
  /** Path (without base) of the passage: article page + anchor. */
  path: string;
  /** The article appeared before the event could have happened: it announced it. */
  anticipates: boolean;
  reportedDate?: string;
}

export interface TimelineEvent {
  entry: EventEntry;
  id: string;
  /** Id of the event's element on the timeline, and the path (without base) that links to it. */
  anchor: string;
  path: string;
  span: DateSpan;
  era: Era | undefined;
  people: Entity[];
  places: Entity[];
  /** A journey's stops, in order, each with coordinates (empty: no journey). */
  route: Entity[];
  citations: VerifiedCitation[];
  /** Each article's version of the event's date (reportedDate, else the event's own). */
  dateVersions: { date: string; articles: Article[] }[];
  /** The articles do not all give the same date. */
  divergent: boolean;
  /** Number of articles that report it. */
  sourceCount: number;
}

/** One mention of an entity, found in an article's text by the matcher. */
export interface Mention {
  entity: Entity;
  article: Article;
  blockId: string;
  /** Path (without base) of the paragraph the mention is in. */
  path: string;
  /** The block's text, and where the mention stands in it. */
  context: string;
  start: number;
  end: number;
}

/** A quote checked against its article: the passage is in one block, the quote inside it. */
export interface VerifiedQuote {
  key: string;
  id: string;
  article: Article;
  speaker: Entity;
  speakerAs?: string;
  passage: string;
  quote: string;
  indirect: boolean;
  blockId: string;
  anchorId: string;
  path: string;
}

/** A figure or claim checked against its article, with who makes it. */
export interface VerifiedClaim {
  key: string;
  id: string;
  article: Article;
  kind: 'figure' | 'claim';
  statement: string;
  figure?: string;
  /** undefined: the outlet itself, in its own voice. */
  claimant: Entity | undefined;
  attribution: string;
  passage: string;
  blockId: string;
  anchorId: string;
  path: string;
  /** Keys (`article/id`) of the claims it contradicts or that contradict it. */
  contradicts: string[];
  importance: number;
}

export interface Evidence {
  articles: Article[];
  events: TimelineEvent[];
  entities: Map<string, Entity>;
  eras: Era[];
  mentions: Mention[];
  quotes: VerifiedQuote[];
  claims: VerifiedClaim[];
  /** For each entity id, its mentions, in publication order. */
  mentionsByEntity: Map<string, Mention[]>;
  /** For each entity id, the entities named in the same paragraphs (computed once for all pages). */
  coOccurring: Map<string, { entityId: string; count: number }[]>;
  /** For each article id, how many times it names each entity (entity id → count). */
  mentionsByArticle: Map<string, Map<string, number>>;
  /** For each article id, the citations that quote it, with their event. */
  citationsByArticle: Map<string, { event: TimelineEvent; citation: VerifiedCitation }[]>;
}

export class EvidenceError extends Error {
  override name = 'EvidenceError';
}

/** Ids of the article page's title and standfirst, citable like paragraphs. */
export const HEADER_BLOCK_IDS = new Set(['titre', 'chapo']);

/** The title and standfirst as the page shows them (typography applied), citable like paragraphs. */
function headerBlocks(article: Article): PassageBlock[] {
  const block = (id: string, value: string) => {
    const raw = frenchTypography(value);
    return { id, text: normalizeTypography(raw), raw };
  };
  return [block('titre', article.data.title), ...(article.data.standfirst ? [block('chapo', article.data.standfirst)] : [])];
}

/** Ids of the anchors that mark quotes and claims in an article page. */
export const quoteAnchorId = (id: string) => `citation-${id}`;
export const claimAnchorId = (id: string) => `affirmation-${id}`;

type Blocks = Map<string, PassageBlock[]>;

/**
 * Where `passage` stands in `article`, or a problem naming the file and the field. The anchor of
 * a title or standfirst passage is that element; a body passage gets its own <mark>.
 */
function locate(
  article: Article,
  blocks: Blocks,
  passage: string,
  anchorId: string,
  problem: (message: string) => void,
): { blockId: string; anchorId: string; path: string } | undefined {
  const blockId = locatePassage(blocks.get(article.id) ?? [], passage);
  if (!blockId) {
    // An article with no body is reported once as such, not once per passage it lost.
    if (!isEmptyBody(article.body)) problem(`passage is not in one paragraph of ${where(article, 'articles')}: «${passage}»`);
    return undefined;
  }
  const anchor = HEADER_BLOCK_IDS.has(blockId) ? blockId : anchorId;
  return { blockId, anchorId: anchor, path: `${articlePath(article.id)}#${anchor}` };
}

/**
 * Walks the items of per-article data files (quotes, claims): resolves the file's article, checks
 * that ids are unique in the file, and lets each item report a problem under its file and field.
 */
function eachItem<T extends { id: string }>(
  files: { id: string; filePath?: string | undefined; data: { article: { id: string } } }[],
  collection: 'quotes' | 'claims',
  articles: Map<string, Article>,
  problems: string[],
  visit: (item: T, context: { article: Article; report: (message: string) => void }) => void,
): void {
  for (const file of files) {
    const path = where(file, collection);
    const article = articles.get(file.data.article.id);
    if (!article) {
      problems.push(`${path}: article: no article "${file.data.article.id}"`);
      continue;
    }
    const seen = new Set<string>();
    ((file.data as unknown as Record<string, T[]>)[collection] ?? []).forEach((item, index) => {
      const report = (message: string) => problems.push(`${path}: ${collection}[${index}].${message}`);
      if (seen.has(item.id)) report(`id "${item.id}" is used twice`);
      seen.add(item.id);
      visit(item, { article, report });
    });
  }
}

type QuoteData = CollectionEntry<'quotes'>['data']['quotes'][number];
type ClaimData = CollectionEntry<'claims'>['data']['claims'][number];

/** A quoted or figured part of a passage must be inside that passage. */
const inside = (part: string, passage: string) => normalizeTypography(passage).includes(normalizeTypography(part));

async function verifyQuotes(articles: Map<string, Article>, blocks: Blocks, entities: Map<string, Entity>, problems: string[]) {
  const verified: VerifiedQuote[] = [];
  eachItem<QuoteData>(await getCollection('quotes'), 'quotes', articles, problems, (quote, { article, report }) => {
    const speaker = entities.get(quote.speaker.id);
    if (!speaker) report(`speaker: no entity "${quote.speaker.id}"`);
    if (!inside(quote.quote, quote.passage)) report(`quote is not in its passage: «${quote.quote}»`);
    const place = locate(article, blocks, quote.passage, quoteAnchorId(quote.id), report);
    if (!place || !speaker) return;
    verified.push({
      key: `${article.id}/${quote.id}`,
      id: quote.id,
      article,
      speaker,
      ...(quote.speakerAs ? { speakerAs: quote.speakerAs } : {}),
      passage: quote.passage,
      quote: quote.quote,
      indirect: quote.indirect,
      ...place,
    });
  });
  return verified;
}

async function verifyClaims(articles: Map<string, Article>, blocks: Blocks, entities: Map<string, Entity>, problems: string[]) {
  const verified: VerifiedClaim[] = [];
  const declared: { key: string; contradicts: string[]; report: (message: string) => void }[] = [];
  eachItem<ClaimData>(await getCollection('claims'), 'claims', articles, problems, (claim, { article, report }) => {
    declared.push({ key: `${article.id}/${claim.id}`, contradicts: claim.contradicts, report });
    const claimant = claim.claimant === 'outlet' ? undefined : entities.get(claim.claimant.id);
    if (claim.claimant !== 'outlet' && !claimant) report(`claimant: no entity "${claim.claimant.id}"`);
    if (claim.figure && !inside(claim.figure, claim.passage)) report(`figure is not in its passage: «${claim.figure}»`);
    const place = locate(article, blocks, claim.passage, claimAnchorId(claim.id), report);
    if (!place) return;
    verified.push({
      key: `${article.id}/${claim.id}`,
      id: claim.id,
      article,
      kind: claim.kind,
      statement: claim.statement,
      ...(claim.figure ? { figure: claim.figure } : {}),
      claimant,
      attribution: claim.attribution,
      passage: claim.passage,
      contradicts: [...claim.contradicts],
      importance: claim.importance,
      ...place,
    });
  });
  // Contradiction goes both ways, and each side must exist (a claim whose passage is not found
  // exists all the same: its own problem is reported, not a second one here).
  const byKey = new Map(verified.map((claim) => [claim.key, claim]));
  const declaredKeys = new Set(declared.map(({ key }) => key));
  for (const { key, contradicts, report } of declared) {
    contradicts.forEach((other, index) => {
      if (!declaredKeys.has(other)) report(`contradicts[${index}]: no claim "${other}"`);
      const target = byKey.get(other);
      if (target && byKey.has(key) && !target.contradicts.includes(key)) target.contradicts.push(key);
    });
  }
  return verified;
}

/** Path (without base) of an entity's page. */
export const entityPath = (id: string) => `/entites/${id}/`;

let cached: Promise<Evidence> | undefined;

/** The checked evidence, computed once per build. */
export function loadEvidence(): Promise<Evidence> {
  cached ??= buildEvidence();
  return cached;
}

function where(entry: { id: string; filePath?: string | undefined }, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

async function buildEvidence(): Promise<Evidence> {
  const articles = sortByPublication(await getCollection('articles'));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const entities = new Map((await getCollection('entities')).map((entity) => [entity.id, entity]));
  const eras = await getCollection('eras');
  const eraStarts = eras.map((era) => ({ id: era.id, start: era.data.start }));
  const blocksByArticle = new Map<string, PassageBlock[]>(
    articles.map((article) => [article.id, [...headerBlocks(article), ...passageBlocks(article.rendered?.html ?? '')]]),
  );

  const problems: string[] = articleProblems(
    articles.map((article) => ({ file: where(article, 'articles'), seed: article.data.seed, body: article.body ?? '' })),
    (seed) => existsSync(path.join(contentDir, 'sources', `${seed}.txt`)),
  );
  const namedEntities = [...entities.values()].map((entity) => ({
    id: entity.id,
    names: [entity.data.name, ...entity.data.variants],
  }));
  const sharedNames = sharedSpellings(namedEntities);
  for (const shared of sharedNames) {
    problems.push(`${path.join(contentDir, 'entities.yaml')}: ${describeSharedSpelling(shared)}`);
  }
  const events: TimelineEvent[] = [];
  for (const entry of await getCollection('events')) {
    const file = where(entry, 'events');
    const span: DateSpan = entry.data;
    const resolve = (refs: { id: string }[], field: string): Entity[] =>
      refs.flatMap((ref, index) => {
        const entity = entities.get(ref.id);
        if (!entity) problems.push(`${file}: ${field}[${index}]: no entity "${ref.id}" in entities.yaml`);
        return entity ? [entity] : [];
      });

    const citations: VerifiedCitation[] = [];
    entry.data.citations.forEach((citation, index) => {
      const field = `citations[${index}]`;
      const article = articleById.get(citation.article.id);
      if (!article) {
        problems.push(`${file}: ${field}.article: no article "${citation.article.id}"`);
        return;
      }
      const blockId = locatePassage(blocksByArticle.get(article.id) ?? [], citation.passage);
      if (!blockId) {
        const problem = `${file}: ${field}.passage is not in one paragraph of ${where(article, 'articles')}: «${citation.passage}»`;
        // An article with no body is reported once as such, not once per passage it lost.
        if (!isEmptyBody(article.body)) problems.push(problem);
        return;
      }
      // A passage of the title or standfirst links to that element; body passages get a <mark>.
      const anchorId = HEADER_BLOCK_IDS.has(blockId) ? blockId : citationAnchorId(entry.id, index);
      citations.push({
        article,
        passage: citation.passage,
        blockId,
        anchorId,
        path: `${articlePath(article.id)}#${anchorId}`,
        anticipates: anticipates(article.data.published, span),
        ...(citation.reportedDate ? { reportedDate: citation.reportedDate } : {}),
      });
    });

    const versions = dateVersions(
      entry.data.date,
      citations.map((c) => ({ articleId: c.article.id, reportedDate: c.reportedDate })),
    );
    events.push({
      dateVersions: versions.versions.map((v) => ({ date: v.date, articles: v.articleIds.map((id) => articleById.get(id)!) })),
      divergent: versions.divergent,
      sourceCount: new Set(citations.map((c) => c.article.id)).size,
      entry,
      id: entry.id,
      anchor: eventAnchor(entry.id),
      path: `/chronologie/#${eventAnchor(entry.id)}`,
      span,
      era: eras.find((era) => era.id === eraOf(eraStarts, span)?.id),
      people: resolve(entry.data.people, 'people'),
      places: resolve(entry.data.places, 'places'),
      route: resolve(entry.data.route ?? [], 'route').filter((stop) => {
        if (stop.data.coordinates) return true;
        problems.push(`${file}: route: "${stop.id}" has no coordinates in entities.yaml`);
        return false;
      }),
      citations,
    });
  }

  events.sort((a, b) => compareSpans(a.span, b.span) || a.id.localeCompare(b.id));

  const citationsByArticle = new Map<string, { event: TimelineEvent; citation: VerifiedCitation }[]>();
  for (const event of events) {
    for (const citation of event.citations) {
      const list = citationsByArticle.get(citation.article.id) ?? [];
      list.push({ event, citation });
      citationsByArticle.set(citation.article.id, list);
    }
  }

  // Mentions are computed from the text, never typed: title, standfirst and every block.
  // With a shared spelling (reported above), mentions are computed without the entities concerned.
  const ambiguous = new Set(sharedNames.flatMap(({ ids }) => ids));
  const matcher = createEntityMatcher(namedEntities.filter(({ id }) => !ambiguous.has(id)));
  const mentions: Mention[] = [];
  const mentionsByArticle = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const block of blocksByArticle.get(article.id) ?? []) {
      for (const found of matcher.findMentions(block.raw)) {
        counts.set(found.entityId, (counts.get(found.entityId) ?? 0) + 1);
        mentions.push({
          entity: entities.get(found.entityId)!,
          article,
          blockId: block.id,
          path: `${articlePath(article.id)}#${block.id}`,
          context: block.raw,
          start: found.start,
          end: found.end,
        });
      }
    }
    mentionsByArticle.set(article.id, counts);
  }

  const quotes = await verifyQuotes(articleById, blocksByArticle, entities, problems);
  const claims = await verifyClaims(articleById, blocksByArticle, entities, problems);
  // Every problem of the content at once: a writer fixes them in one round.
  if (problems.length > 0) {
    throw new EvidenceError(`${problems.length} problem(s) in the content:\n  ${problems.join('\n  ')}`);
  }

  const mentionsByEntity = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = mentionsByEntity.get(mention.entity.id) ?? [];
    list.push(mention);
    mentionsByEntity.set(mention.entity.id, list);
  }
  const coOccurring = coOccurrences(mentions.map((m) => ({ entityId: m.entity.id, articleId: m.article.id, blockId: m.blockId })));

  return {
    articles,
    events,
    entities,
    eras,
    mentions,
    mentionsByEntity,
    coOccurring,
    quotes,
    claims,
    citationsByArticle,
    mentionsByArticle,
  };
}
