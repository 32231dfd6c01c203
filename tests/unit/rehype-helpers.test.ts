import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { headingAnchorContent } from '../../src/lib/heading-anchor.ts';
import { rehypeMissingPhotos } from '../../src/lib/missing-photos.ts';

describe('headingAnchorContent', () => {
  it('hides the # from screen readers and names the section instead', () => {
    const heading = (fromHtml('<h2>Les sanctions</h2>', { fragment: true }) as Root).children[0] as Element;
    const html = toHtml(headingAnchorContent((text) => `Lien vers « ${text} »`)(heading));
    expect(html).toBe('<span aria-hidden="true">#</span><span class="sr-only">Lien vers « Les sanctions »</span>');
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
    expect(html).toContain('<figcaption><span class="photo-absente-label">Photo non reproduite</span><span>Légende</span>');
    expect(html).toContain('<figure><figcaption>Autre</figcaption></figure>');
  });

  it('leaves a figure without caption alone', () => {
    const tree = fromHtml('<figure class="photo-absente"></figure>', { fragment: true });
    rehypeMissingPhotos({ label: 'x' })(tree);
    expect(toHtml(tree)).toBe('<figure class="photo-absente"></figure>');
  });
});
