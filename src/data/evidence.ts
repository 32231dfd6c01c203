/**
 * The evidence layer: loads the collections once, checks every citation against the article it
 * cites, and derives what pages show (events in order, passage anchors, what each article's
 * passages support). Any citation that is not in its article fails the build here, with the
 * event's file, the citation and the passage. Nothing in this file knows a particular article.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByPublication } from '../lib/articles.ts';
import { compareSpans, type DateSpan } from '../lib/dates.ts';
import { locatePassage, passageBlocks, type PassageBlock } from '../lib/passages.ts';
import { anticipates, citationAnchorId, eraOf, eventAnchor } from '../lib/timeline.ts';
import { articlePath } from '../lib/urls.ts';
import { normalizeTypography } from '../lib/text.ts';
import { createEntityMatcher } from '../lib/entity-matcher.ts';

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
  citations: VerifiedCitation[];
}

export interface Evidence {
  articles: Article[];
  events: TimelineEvent[];
  entities: Map<string, Entity>;
  eras: Era[];
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

function headerBlocks(article: Article): PassageBlock[] {
  const blocks = [{ id: 'titre', text: normalizeTypography(article.data.title) }];
  if (article.data.standfirst) blocks.push({ id: 'chapo', text: normalizeTypography(article.data.standfirst) });
  return blocks;
}

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

  const problems: string[] = [];
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
        problems.push(
          `${file}: ${field}.passage is not in one paragraph of ${where(article, 'articles')}: «${citation.passage}»`,
        );
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

    events.push({
      entry,
      id: entry.id,
      anchor: eventAnchor(entry.id),
      path: `/chronologie/#${eventAnchor(entry.id)}`,
      span,
      era: eras.find((era) => era.id === eraOf(eraStarts, span)?.id),
      people: resolve(entry.data.people, 'people'),
      places: resolve(entry.data.places, 'places'),
      citations,
    });
  }

  if (problems.length > 0) {
    throw new EvidenceError(`${problems.length} citation problem(s):\n  ${problems.join('\n  ')}`);
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
  const matcher = createEntityMatcher(
    [...entities.values()].map((entity) => ({ id: entity.id, names: [entity.data.name, ...entity.data.variants] })),
  );
  const mentionsByArticle = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const block of blocksByArticle.get(article.id) ?? []) {
      for (const mention of matcher.findMentions(block.text)) {
        counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
      }
    }
    mentionsByArticle.set(article.id, counts);
  }

  return { articles, events, entities, eras, citationsByArticle, mentionsByArticle };
}
