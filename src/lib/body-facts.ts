/**
 * What the site needs of an article's Markdown body besides its HTML: its word count and whether
 * it has any text. Computed once, while the content layer renders the body, so that the body
 * itself is not kept in the content store (the articles' `glob({ retainBody: false })`): at 1,000
 * articles that is a third of the store (6 of 18 MB) that Astro no longer writes, reads back and
 * holds while it renders every page.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { isEmptyBody } from './content-checks.ts';
import { countWords } from './text.ts';

export interface BodyFacts {
  /** countWords of the body as written (reading time, the analysis' counts). */
  words: number;
  /** No text after the front matter (isEmptyBody). */
  empty: boolean;
}

export function bodyFacts(body: string): BodyFacts {
  return { words: countWords(body), empty: isEmptyBody(body) };
}

/**
 * A remark plugin that gives the rendered entry its body's facts, from the source it renders (the
 * body, front matter removed). They go where Astro keeps what remark plugins add to an entry
 * (`rendered.metadata.frontmatter`, `remarkPluginFrontmatter` in `render()`), in place of the
 * copy of the front matter Astro puts there: the entry's `data` already holds it, validated.
 */
export const remarkBodyFacts: RemarkPlugin<[]> = () => (_tree, file) => {
  file.data.astro = { ...file.data.astro, frontmatter: { ...bodyFacts(String(file.value)) } };
};

/** The facts remarkBodyFacts left on a rendered entry; an entry rendered without it is an error. */
export function bodyFactsOf(entry: { id: string; rendered?: { metadata?: Record<string, unknown> } }): BodyFacts {
  const facts = entry.rendered?.metadata?.frontmatter as Partial<BodyFacts> | undefined;
  if (typeof facts?.words !== 'number' || typeof facts.empty !== 'boolean') {
    throw new Error(`${entry.id}: its rendered body has no word count (is remarkBodyFacts in astro.config.mjs's remarkPlugins?)`);
  }
  return { words: facts.words, empty: facts.empty };
}
