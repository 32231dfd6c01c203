import { describe, expect, it } from 'vitest';
import {
  analysisArticlesPath,
  articlePath,
  claimantClaimsPath,
  disagreementsPagePath,
  entityMentionsPath,
  pagedPath,
  speakerQuotesPath,
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

describe('paginated lists', () => {
  it('put the first page at the list’s root and the others at <root><n>/', () => {
    expect(pagedPath('/citations/kim/', 1)).toBe('/citations/kim/');
    expect(pagedPath('/citations/kim/', 3)).toBe('/citations/kim/3/');
    expect(speakerQuotesPath('dmitri-peskov')).toBe('/citations/dmitri-peskov/');
    expect(speakerQuotesPath('dmitri-peskov', 2)).toBe('/citations/dmitri-peskov/2/');
    expect(claimantClaimsPath('medias', 2)).toBe('/affirmations/medias/2/');
    expect(analysisArticlesPath()).toBe('/analyse/articles/');
  });

  it('put the first page of an entity’s mentions and of each list of disagreements on the page that sums them up', () => {
    expect(entityMentionsPath('russie')).toBe('/entites/russie/#mentions');
    expect(entityMentionsPath('russie', 2)).toBe('/entites/russie/mentions/2/');
    expect(disagreementsPagePath('dates')).toBe('/desaccords/#dates');
    expect(disagreementsPagePath('claims', 4)).toBe('/desaccords/affirmations/4/');
    expect(disagreementPath('visite', 2)).toBe('/desaccords/dates/2/#evenement-visite');
  });
});
