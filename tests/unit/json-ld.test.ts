import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { newsArticleJsonLd, serializeJsonLd } from '../../src/lib/json-ld.ts';

const base = {
  title: 'Titre',
  published: { date: '2023-09-11', time: '16:00' },
  themes: ['diplomatie', 'armement'],
  truncated: false,
  pageUrl: 'https://example.org/articles/x/',
  siteName: 'Dossier',
};

describe('serializeJsonLd', () => {
  it('cannot close its script block, whatever the data holds', () => {
    const hostile = { headline: '</script><script>alert(1)</script> & <!-- x' };
    const html = `<script type="application/ld+json">${serializeJsonLd(hostile)}</script><p>après</p>`;
    const tree = fromHtml(html, { fragment: true });
    const scripts = selectAll('script', tree);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(toString(scripts[0]!))).toEqual(hostile);
    expect(selectAll('p', tree)).toHaveLength(1);
  });

  it('keeps line and paragraph separators as escapes', () => {
    const text = serializeJsonLd({ a: 'x\u2028y\u2029z' });
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ a: 'x\u2028y\u2029z' });
  });
});

describe('newsArticleJsonLd', () => {
  it('names the page it is the main entity of, and its image when there is one', () => {
    const ld = newsArticleJsonLd({ ...base, imageUrl: 'https://example.org/apercu.png' });
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': base.pageUrl });
    expect(ld.image).toBe('https://example.org/apercu.png');
    expect(ld.datePublished).toBe('2023-09-11T16:00');
    expect(ld.keywords).toBe('diplomatie, armement');
  });

  it('invents nothing the article does not state', () => {
    const ld = newsArticleJsonLd(base);
    for (const key of ['publisher', 'author', 'isBasedOn', 'image', 'dateModified', 'description', 'isAccessibleForFree']) {
      expect(ld).not.toHaveProperty(key);
    }
    expect(newsArticleJsonLd({ ...base, truncated: true }).isAccessibleForFree).toBe(false);
  });
});
