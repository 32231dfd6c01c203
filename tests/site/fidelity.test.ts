import { describe, expect, it } from 'vitest';
import { sourcePieces, stripSourceMarkup, withoutRemoved } from '../../src/lib/fidelity.ts';
import { normalizeTypography } from '../../src/lib/text.ts';
import { readArticleFiles, readSource } from '../support/content.ts';
import { blockText, readBuiltPage, readableText, select, selectAll, withoutAddedNotes } from '../support/html.ts';

const articles = readArticleFiles();

describe.each(articles)('article $id', (article) => {
  const source = readSource(article.data.seed);
  const page = readBuiltPage(`/articles/${article.id}/`);
  const articleElement = select('article[data-article]', page);

  it('has a built page with its article', () => {
    expect(articleElement).toBeDefined();
  });

  it('contains every sentence of its raw source, less the listed removals', () => {
    const pageText = normalizeTypography(readableText(articleElement!));
    const pieces = sourcePieces(source, article.data.removed ?? [], `content/sources/${article.data.seed}.txt`);
    expect(pieces.length).toBeGreaterThan(5);
    const missing = pieces.filter((piece) => !pageText.includes(normalizeTypography(piece)));
    expect(missing).toEqual([]);
  });

  it('adds no words: every paragraph, list item, heading and caption of the body comes from the source', () => {
    const sourceText = normalizeTypography(stripSourceMarkup(withoutRemoved(source, article.data.removed ?? [])));
    // The article's own blocks; the notes the site adds after cited passages are not its text.
    const blocks = selectAll(
      '.article-body :is(p, li, h2, h3, figcaption > span:not(.photo-absente-label))',
      withoutAddedNotes(articleElement!),
    );
    expect(blocks.length).toBeGreaterThan(3);
    const invented = blocks
      .map((block) => normalizeTypography(blockText(block)))
      .filter((text) => text !== '' && !sourceText.includes(text));
    expect(invented).toEqual([]);
  });

  it('takes its title, kicker and standfirst word for word from the source', () => {
    const sourceText = normalizeTypography(source);
    for (const field of [article.data.title, article.data.kicker, article.data.standfirst]) {
      if (field) expect(sourceText).toContain(normalizeTypography(field));
    }
  });
});
