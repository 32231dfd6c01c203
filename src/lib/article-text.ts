/**
 * The two parts of an article page that read its whole text: its body with the cited passages
 * marked (annotatePassages), and the spellings the search index gets for the names it uses
 * (spellingsForIndex). A job holds plain data only, so that it can be done in a worker thread
 * (src/build/article-text-worker.ts) as well as in the page's own thread, with the same result.
 */
import type { NamedEntity } from './entity-matcher.ts';
import { annotatePassages, type PassageMark } from './passages.ts';
import { spellingsForIndex } from './search-index.ts';

export interface ArticleTextJob {
  /** The article's rendered HTML. */
  html: string;
  marks: PassageMark[];
  /** The label of the notes added after cited blocks. */
  notesLabel: string;
  /** The entities the article names, with every spelling of each. */
  entities: NamedEntity[];
  /** The article's own words (kicker, title, standfirst, paragraphs), which the index holds already. */
  ownText: string;
}

export interface ArticleText {
  /** The body as the page shows it. */
  body: string;
  /** The page's `graphies` search metadata. */
  spellings: string;
}

export function articleText(job: ArticleTextJob): ArticleText {
  return {
    body: annotatePassages(job.html, job.marks, job.notesLabel),
    spellings: spellingsForIndex(job.entities, job.ownText),
  };
}
