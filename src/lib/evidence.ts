/**
 * The evidence layer, as a pure function of the collections: checks every citation, quote and
 * claim against the article it cites, and derives what pages show (events in order, passage
 * anchors, mentions, what each article's passages support). Every problem of the content is
 * reported at once, each with its file and field. It imports only types from `astro:content`, so
 * unit tests run it on small in-memory collections; src/data/evidence.ts feeds it the real ones.
 * Nothing in this file knows a particular article.
 */
import type { CollectionEntry } from 'astro:content';
import { sortByPublication } from './articles.ts';
import { sortBySpan, type DateSpan } from './dates.ts';
import { locatePassage, passageBlocks, type PassageBlock } from './passages.ts';
export type { PassageBlock } from './passages.ts';
import { anticipates, eraOf, sortOnAxis, timelinePages, type TimelinePageSpec } from './timeline.ts';
import { TIMELINE_PAGE_ITEMS } from './pagination.ts';
import { dateVersions } from './disagreements.ts';
import { coOccurrences } from './analysis.ts';
import { citationAnchorId, claimAnchorId, eventAnchor, eventPath, passagePath, publicationAnchor, quoteAnchorId } from './urls.ts';
import { normalizeTypography } from './text.ts';
import { createEntityMatcher, describeSharedSpelling, sharedSpellings } from './entity-matcher.ts';
import { articleProblems } from './content-checks.ts';
import { bodyFactsOf } from './body-facts.ts';
import type { Attribution, ClaimKind } from '../schemas/enums.ts';

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
  /** false for a draft found by the importer that no person has checked yet. */
  reviewed: boolean;
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
  reviewed: boolean;
}

/** A figure or claim checked against its article, with who makes it. */
export interface VerifiedClaim {
  key: string;
  id: string;
  article: Article;
  kind: ClaimKind;
  statement: string;
  figure?: string;
  /** undefined: the outlet itself, in its own voice. */
  claimant: Entity | undefined;
  attribution: Attribution;
  passage: string;
  blockId: string;
  anchorId: string;
  path: string;
  /** Keys (`article/id`) of the claims it contradicts or that contradict it. */
  contradicts: string[];
  importance: number;
  reviewed: boolean;
}

/** An item of the timeline, as its pages are cut: an event or an article's publication. */
export interface TimelineItemRef {
  layer: 'article' | 'event';
  /** The event's or the article's id. */
  id: string;
  /** Its element's id on its timeline page (eventAnchor, publicationAnchor). */
  anchor: string;
  span: DateSpan;
}

export interface TimelinePages {
  /** In order on the axis; none holds more than TIMELINE_PAGE_ITEMS items. */
  pages: TimelinePageSpec<TimelineItemRef>[];
  /** The slug of the page each item is on, by the item's anchor. */
  pageOf: Map<string, string>;
}

export interface Evidence {
  articles: Article[];
  events: TimelineEvent[];
  /** The timeline's pages: one per era, cut by year and month when an era holds too many items. */
  timeline: TimelinePages;
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
  /** For each article id, the words of its body (BodyFacts.words): its reading time, the analysis' counts. */
  wordsByArticle: Map<string, number>;
  /** For each article id, the citations that quote it, with their event. */
  citationsByArticle: Map<string, { event: TimelineEvent; citation: VerifiedCitation }[]>;
  /** For each article id, its citable blocks (title, standfirst, paragraphs) and their text, parsed once. */
  blocksByArticle: Map<string, PassageBlock[]>;
  /** For each article id, its quotes then its claims, in the order of `quotes` and `claims`. */
  quotesAndClaimsByArticle: Map<string, (VerifiedQuote | VerifiedClaim)[]>;
}

/** Every name of an entity: its canonical name first, then its variants (content/entities.yaml). */
export function entityNames(entity: { data: { name: string; variants: readonly string[] } }): string[] {
  return [entity.data.name, ...entity.data.variants];
}

export class EvidenceError extends Error {
  override name = 'EvidenceError';
}

/** Ids of the article page's title and standfirst, citable like paragraphs. */
export const HEADER_BLOCK_IDS = new Set(['titre', 'chapo']);

/** The title and standfirst as the page shows them (typeset by the schema), citable like paragraphs. */
function headerBlocks(article: Article): PassageBlock[] {
  const block = (id: string, raw: string) => ({ id, text: normalizeTypography(raw), raw });
  return [block('titre', article.data.title), ...(article.data.standfirst ? [block('chapo', article.data.standfirst)] : [])];
}

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
    if (!bodyFactsOf(article).empty) problem(`passage is not in one paragraph of ${where(article, 'articles')}: «${passage}»`);
    return undefined;
  }
  const anchor = HEADER_BLOCK_IDS.has(blockId) ? blockId : anchorId;
  return { blockId, anchorId: anchor, path: passagePath(article.id, anchor) };
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

type QuoteFile = CollectionEntry<'quotes'>;
type ClaimFile = CollectionEntry<'claims'>;
type QuoteData = QuoteFile['data']['quotes'][number];
type ClaimData = ClaimFile['data']['claims'][number];

/** The collections the evidence is computed from, as Astro's content layer gives them. */
export interface EvidenceInput {
  articles: Article[];
  entities: Entity[];
  eras: Era[];
  events: EventEntry[];
  quotes: QuoteFile[];
  claims: ClaimFile[];
}

export interface EvidenceOptions {
  /** Whether an article's raw source (`sources/<seed>.txt`) exists. */
  sourceExists: (seed: string) => boolean;
  /** The entities file, as problems about it name it. */
  entitiesFile: string;
}

/** A quoted or figured part of a passage must be inside that passage. */
const inside = (part: string, passage: string) => normalizeTypography(passage).includes(normalizeTypography(part));

function verifyQuotes(
  files: QuoteFile[],
  articles: Map<string, Article>,
  blocks: Blocks,
  entities: Map<string, Entity>,
  problems: string[],
) {
  const verified: VerifiedQuote[] = [];
  eachItem<QuoteData>(files, 'quotes', articles, problems, (quote, { article, report }) => {
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
      reviewed: quote.reviewed,
      ...place,
    });
  });
  return verified;
}

function verifyClaims(
  files: ClaimFile[],
  articles: Map<string, Article>,
  blocks: Blocks,
  entities: Map<string, Entity>,
  problems: string[],
) {
  const verified: VerifiedClaim[] = [];
  const declared: { key: string; contradicts: string[]; report: (message: string) => void }[] = [];
  eachItem<ClaimData>(files, 'claims', articles, problems, (claim, { article, report }) => {
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
      reviewed: claim.reviewed,
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

function where(entry: { id: string; filePath?: string | undefined }, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

/** The timeline's items (every event and every article's publication) cut into pages. */
function timelineOf(
  events: readonly EventEntry[],
  articles: readonly Article[],
  eras: readonly { id: string; start: string }[],
): TimelinePages {
  const items: TimelineItemRef[] = sortOnAxis([
    ...events.map((entry) => ({ layer: 'event' as const, id: entry.id, anchor: eventAnchor(entry.id), span: entry.data })),
    ...articles.map((article) => ({
      layer: 'article' as const,
      id: article.id,
      anchor: publicationAnchor(article.id),
      span: article.data.published,
    })),
  ]);
  const pages = timelinePages(items, eras, TIMELINE_PAGE_ITEMS);
  return { pages, pageOf: new Map(pages.flatMap((page) => page.items.map((item) => [item.anchor, page.slug] as const))) };
}

/** The slug of the timeline page an item is on: every item is on one. */
export function timelinePageOf(timeline: TimelinePages, anchor: string): string {
  const slug = timeline.pageOf.get(anchor);
  if (slug === undefined) throw new Error(`${anchor} is on no page of the timeline`);
  return slug;
}

/** The checked evidence, or an EvidenceError listing every problem of the content. */
export function buildEvidence(input: EvidenceInput, options: EvidenceOptions): Evidence {
  const articles = sortByPublication(input.articles);
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const entities = new Map(input.entities.map((entity) => [entity.id, entity]));
  const eras = input.eras;
  const eraStarts = eras.map((era) => ({ id: era.id, start: era.data.start }));
  const blocksByArticle = new Map<string, PassageBlock[]>(
    articles.map((article) => [article.id, [...headerBlocks(article), ...passageBlocks(article.rendered?.html ?? '')]]),
  );

  const problems: string[] = articleProblems(
    articles.map((article) => ({ file: where(article, 'articles'), seed: article.data.seed, empty: bodyFactsOf(article).empty })),
    options.sourceExists,
  );
  const namedEntities = [...entities.values()].map((entity) => ({ id: entity.id, names: entityNames(entity) }));
  const sharedNames = sharedSpellings(namedEntities);
  for (const shared of sharedNames) {
    problems.push(`${options.entitiesFile}: ${describeSharedSpelling(shared)}`);
  }
  const timeline = timelineOf(input.events, articles, eraStarts);
  const unsortedEvents: TimelineEvent[] = [];
  for (const entry of input.events) {
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
      const place = locate(article, blocksByArticle, citation.passage, citationAnchorId(entry.id, index), (message) =>
        problems.push(`${file}: ${field}.${message}`),
      );
      if (!place) return;
      citations.push({
        article,
        passage: citation.passage,
        ...place,
        anticipates: anticipates(article.data.published, span),
        ...(citation.reportedDate ? { reportedDate: citation.reportedDate } : {}),
      });
    });

    const versions = dateVersions(
      entry.data.date,
      citations.map((c) => ({ articleId: c.article.id, reportedDate: c.reportedDate })),
    );
    unsortedEvents.push({
      dateVersions: versions.versions.map((v) => ({ date: v.date, articles: v.articleIds.flatMap((id) => articleById.get(id) ?? []) })),
      divergent: versions.divergent,
      sourceCount: new Set(citations.map((c) => c.article.id)).size,
      reviewed: entry.data.reviewed,
      entry,
      id: entry.id,
      anchor: eventAnchor(entry.id),
      path: eventPath(entry.id, timelinePageOf(timeline, eventAnchor(entry.id))),
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

  const events = sortBySpan(
    unsortedEvents,
    (event) => event.span,
    (a, b) => a.id.localeCompare(b.id),
  );

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
        // The matcher knows only the ids of `entities`.
        const entity = entities.get(found.entityId);
        if (!entity) continue;
        counts.set(found.entityId, (counts.get(found.entityId) ?? 0) + 1);
        mentions.push({
          entity,
          article,
          blockId: block.id,
          path: passagePath(article.id, block.id),
          context: block.raw,
          start: found.start,
          end: found.end,
        });
      }
    }
    mentionsByArticle.set(article.id, counts);
  }

  const quotes = verifyQuotes(input.quotes, articleById, blocksByArticle, entities, problems);
  const claims = verifyClaims(input.claims, articleById, blocksByArticle, entities, problems);
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
  const quotesAndClaimsByArticle = new Map<string, (VerifiedQuote | VerifiedClaim)[]>();
  for (const item of [...quotes, ...claims]) {
    const list = quotesAndClaimsByArticle.get(item.article.id) ?? [];
    list.push(item);
    quotesAndClaimsByArticle.set(item.article.id, list);
  }
  const coOccurring = coOccurrences(mentions.map((m) => ({ entityId: m.entity.id, articleId: m.article.id, blockId: m.blockId })));

  return {
    articles,
    events,
    entities,
    eras,
    timeline,
    mentions,
    mentionsByEntity,
    coOccurring,
    quotes,
    claims,
    citationsByArticle,
    mentionsByArticle,
    wordsByArticle: new Map(articles.map((article) => [article.id, bodyFactsOf(article).words])),
    blocksByArticle,
    quotesAndClaimsByArticle,
  };
}
