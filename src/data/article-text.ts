/**
 * Each article's marked body and search spellings (src/lib/article-text.ts): in a static build,
 * every article's at once in a worker thread, while the rendering thread renders other pages
 * (about 1 s less rendering at 1,000 articles); otherwise (astro dev) in the page's own thread.
 */
import workerFile from 'virtual:dossier/article-text-worker';
import { articleText, type ArticleText, type ArticleTextJob } from '../lib/article-text.ts';
import { articleTextsInWorker } from '../build/article-text-pool.ts';
import { entityNames, HEADER_BLOCK_IDS, loadEvidence, type Article, type Entity, type Evidence } from './evidence.ts';
import { href } from '../routing.ts';
import { ui } from '../i18n/fr.ts';

/** The entities an article names, in the order of its mentions. */
export function namedEntitiesOf(evidence: Evidence, articleId: string): Entity[] {
  return [...(evidence.mentionsByArticle.get(articleId) ?? new Map()).keys()]
    .map((id) => evidence.entities.get(id))
    .filter((entity) => entity !== undefined);
}

function jobOf(evidence: Evidence, article: Article): ArticleTextJob {
  // Events get a note after their paragraph; quotes and claims an anchor that /citations/ and
  // /analyse/ link to. The title and standfirst are not in the body.
  const inBody = (blockId: string) => !HEADER_BLOCK_IDS.has(blockId);
  const marks = [
    ...(evidence.citationsByArticle.get(article.id) ?? [])
      .filter(({ citation }) => inBody(citation.blockId))
      .map(({ event, citation }) => ({
        passage: citation.passage,
        blockId: citation.blockId,
        anchorId: citation.anchorId,
        notes: [
          { href: href(event.path), label: event.reviewed ? event.entry.data.title : `${event.entry.data.title} (${ui.draft.mark})` },
        ],
      })),
    ...(evidence.quotesAndClaimsByArticle.get(article.id) ?? [])
      .filter((item) => inBody(item.blockId))
      .map((item) => ({ passage: item.passage, blockId: item.blockId, anchorId: item.anchorId, notes: [] })),
  ];
  // The words the index holds already: the kicker, title, standfirst and paragraphs.
  const blocks = evidence.blocksByArticle.get(article.id) ?? [];
  return {
    html: article.rendered?.html ?? '',
    marks,
    notesLabel: ui.timeline.passageNotes,
    entities: namedEntitiesOf(evidence, article.id).map((entity) => ({ id: entity.id, names: entityNames(entity) })),
    ownText: [article.data.kicker ?? '', ...blocks.map((block) => block.raw)].join('\n'),
  };
}

let inWorker: Promise<Map<string, Promise<ArticleText>>> | undefined;

/**
 * Hands every article's job to the worker (a static build), without waiting: called as the
 * article pages' paths are listed, so that the worker has started well before their rendering.
 */
export function prepareArticleTexts(): void {
  if (!workerFile) return;
  const file = workerFile;
  inWorker ??= loadEvidence().then((evidence) =>
    articleTextsInWorker(file, new Map(evidence.articles.map((article) => [article.id, jobOf(evidence, article)]))),
  );
}

/** An article's marked body and search spellings. */
export async function articleTextOf(articleId: string): Promise<ArticleText> {
  prepareArticleTexts();
  // Each page takes its result once, so that the build does not keep every article's text to the
  // end. Without a worker, or for a page rendered again (never in a static build): computed here.
  const texts = await inWorker;
  const text = texts?.get(articleId);
  if (text) {
    texts?.delete(articleId);
    return text;
  }
  const evidence = await loadEvidence();
  const article = evidence.articles.find((candidate) => candidate.id === articleId);
  if (!article) throw new Error(`articleTextOf: no article "${articleId}"`);
  return articleText(jobOf(evidence, article));
}
