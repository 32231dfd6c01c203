import { describe, expect, it } from 'vitest';
import { indexedElement } from '../../src/lib/indexed-element.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><title>T</title></head><body><header><nav>Menu</nav></header><main>${body}</main><footer>Pied</footer></body></html>`;

describe('indexedElement', () => {
  it('keeps only the marked element, in a bare document', () => {
    const out = indexedElement(page('<aside>À côté</aside><article data-pagefind-body><h1>Titre</h1><p>Texte</p></article>'), '/a/');
    expect(out).toBe('<!doctype html><html><body><article data-pagefind-body><h1>Titre</h1><p>Texte</p></article></body></html>');
  });

  it('finds the end of an element that holds elements of its own name', () => {
    const out = indexedElement(
      page('<header class="h" data-pagefind-body><h1>E</h1><header><p>dedans</p></header><p>après</p></header><p>hors</p>'),
      '/e/',
    );
    expect(out).toContain('<p>après</p></header></body>');
    expect(out).not.toContain('hors');
    expect(out).not.toContain('Menu');
  });

  it('keeps the metadata and filters that are inside the element', () => {
    const out = indexedElement(
      page(
        '<article data-pagefind-body><div data-pagefind-meta="date[data-d]" data-d="mai"><span data-pagefind-filter="lieu[data-v]" data-v="Moscou"></span></div></article>',
      ),
      '/a/',
    );
    expect(out).toContain('data-pagefind-meta="date[data-d]"');
    expect(out).toContain('data-pagefind-filter="lieu[data-v]"');
  });

  it('is undefined for a page with nothing to index, even one whose text names the attribute', () => {
    expect(indexedElement(page('<p>Rien</p>'), '/r/')).toBeUndefined();
    expect(indexedElement(page('<p>data-pagefind-body</p>'), '/r/')).toBeUndefined();
  });

  it('fails, naming the page, on what it cannot cut without changing the index', () => {
    expect(() => indexedElement(page('<article data-pagefind-body><p>a</p></article><div data-pagefind-body>b</div>'), '/deux/')).toThrow(
      /\/deux\/: more than one element/,
    );
    expect(() => indexedElement(page('<article data-pagefind-body><p>jamais fermé</p>'), '/ouvert/')).toThrow(/\/ouvert\/: .*never closed/);
    expect(() =>
      indexedElement(
        page('<div data-pagefind-filter="lieu[data-v]" data-v="Kiev"></div><article data-pagefind-body>a</article>'),
        '/hors/',
      ),
    ).toThrow(/\/hors\/: Pagefind attributes .* outside/);
  });
});
