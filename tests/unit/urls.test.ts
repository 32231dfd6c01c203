import { describe, expect, it } from 'vitest';
import {
  articlePath,
  citationAnchorId,
  claimAnchorId,
  disagreementPath,
  entityPath,
  eventAnchor,
  eventPath,
  joinBase,
  passagePath,
  quoteAnchorId,
} from '../../src/lib/urls.ts';

describe('joinBase', () => {
  it('joins a root base', () => {
    expect(joinBase('/', '/articles/')).toBe('/articles/');
    expect(joinBase('/', '/')).toBe('/');
  });

  it('joins a sub-path base with or without its trailing slash', () => {
    expect(joinBase('/dossier', '/articles/x/')).toBe('/dossier/articles/x/');
    expect(joinBase('/dossier/', 'articles/x/')).toBe('/dossier/articles/x/');
    expect(joinBase('/dossier/', '/')).toBe('/dossier/');
  });

  it('adds the trailing slash of directory routes but not to files, and keeps a fragment', () => {
    expect(joinBase('/', '/methode')).toBe('/methode/');
    expect(joinBase('/d/', '/rss.xml')).toBe('/d/rss.xml');
    expect(joinBase('/d/', '/articles/x/#p-3')).toBe('/d/articles/x/#p-3');
  });
});

describe('articlePath', () => {
  it('is the article route', () => {
    expect(articlePath('le-kremlin')).toBe('/articles/le-kremlin/');
  });
});

describe('paths and anchors', () => {
  it('link an event on the timeline and among the disagreements by one anchor', () => {
    expect(eventPath('2023-09-12-kim-arrive')).toBe(`/chronologie/#${eventAnchor('2023-09-12-kim-arrive')}`);
    expect(disagreementPath('x')).toBe(`/desaccords/#${eventAnchor('x')}`);
    expect(eventAnchor('1953-armistice')).toMatch(/^[a-z]/);
  });

  it('link passages, quotes and claims inside an article', () => {
    expect(passagePath('a', citationAnchorId('e', 0))).toBe('/articles/a/#source-e-1');
    expect(passagePath('a', quoteAnchorId('q'))).toBe('/articles/a/#citation-q');
    expect(passagePath('a', claimAnchorId('c'))).toBe('/articles/a/#affirmation-c');
    expect(entityPath('kim-jong-un')).toBe('/entites/kim-jong-un/');
  });
});
