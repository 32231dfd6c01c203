import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { toString } from 'hast-util-to-string';
import { headingAnchorOptions } from '../../src/lib/heading-anchor.ts';
import { rehypeMissingPhotos } from '../../src/lib/missing-photos.ts';

describe('headingAnchorOptions', () => {
  const run = (html: string) => {
    const tree = fromHtml(html, { fragment: true });
    rehypeAutolinkHeadings(headingAnchorOptions((text) => `Lien vers « ${text} »`))(tree);
    return toHtml(tree);
  };

  it('names the link after its section, with no text of its own, and keeps it out of the index', () => {
    expect(run('<h2 id="s">Les sanctions</h2>')).toBe(
      '<h2 id="s">Les sanctions<a class="heading-anchor" aria-label="Lien vers « Les sanctions »" data-pagefind-ignore="" href="#s"></a></h2>',
    );
  });

  it('adds no text a text browser or a copy would show next to the heading', () => {
    const tree = fromHtml(run('<h2 id="s">Corée du Nord ?</h2>'), { fragment: true });
    expect(toString(tree)).toBe('Corée du Nord ?');
  });
});

describe('rehypeMissingPhotos', () => {
  it('labels the caption of a missing photo, and only that', () => {
    const tree = fromHtml(
      '<figure class="photo-absente"><figcaption><span>Légende</span></figcaption></figure><figure><figcaption>Autre</figcaption></figure>',
      { fragment: true },
    );
    rehypeMissingPhotos({ label: 'Photo non reproduite' })(tree);
    const html = toHtml(tree);
    expect(html).toContain(
      '<figcaption><span class="photo-absente-label" data-pagefind-ignore="">Photo non reproduite</span><span>Légende</span>',
    );
    expect(html).toContain('<figure><figcaption>Autre</figcaption></figure>');
  });

  it('leaves a figure without caption alone', () => {
    const tree = fromHtml('<figure class="photo-absente"></figure>', { fragment: true });
    rehypeMissingPhotos({ label: 'x' })(tree);
    expect(toHtml(tree)).toBe('<figure class="photo-absente"></figure>');
  });
});
