import { describe, expect, it } from 'vitest';
import {
  analysisArticlesPath,
  articlePath,
  claimantClaimsPath,
  disagreementsPagePath,
  entityMentionsPath,
  speakerQuotesPath,
  citationAnchorId,
  claimAnchorId,
  disagreementPath,
  entityPath,
  eventAnchor,
  eventPath,
  joinBase,
  listPagePath,
  archivePaths,
  passagePath,
  publicationAnchor,
  quoteAnchorId,
  timelineAnchorsPath,
  timelinePagePath,
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
    expect(eventPath('2023-09-12-kim-arrive', 'rapprochement')).toBe(`/chronologie/rapprochement/#${eventAnchor('2023-09-12-kim-arrive')}`);
    expect(eventPath('x', 'rapprochement/2023/09/2')).toBe(`/chronologie/rapprochement/2023/09/2/#${eventAnchor('x')}`);
    expect(disagreementPath('x')).toBe(`/desaccords/#${eventAnchor('x')}`);
    expect(eventAnchor('1953-armistice')).toMatch(/^[a-z]/);
  });

  it('give each page of the timeline its address, and publications an anchor apart from events', () => {
    expect(timelinePagePath('2019')).toBe('/chronologie/2019/');
    expect(timelineAnchorsPath).toBe('/chronologie/ancres.json');
    expect(publicationAnchor('a')).toBe('parution-a');
    expect(publicationAnchor('a')).not.toBe(eventAnchor('a'));
  });

  it('link passages, quotes and claims inside an article', () => {
    expect(passagePath('a', citationAnchorId('e', 0))).toBe('/articles/a/#source-e-1');
    expect(passagePath('a', quoteAnchorId('q'))).toBe('/articles/a/#citation-q');
    expect(passagePath('a', claimAnchorId('c'))).toBe('/articles/a/#affirmation-c');
    expect(entityPath('kim-jong-un')).toBe('/entites/kim-jong-un/');
  });
});

describe('list pages and archives', () => {
  it('number the pages after the first, as Astro’s paginate() with a rest parameter does', () => {
    expect(listPagePath('/articles/', 1)).toBe('/articles/');
    expect(listPagePath('/articles/', 2)).toBe('/articles/2/');
    expect(() => listPagePath('/articles/', 0)).toThrow(/page number 0/);
    expect(() => listPagePath('/articles/', 1.5)).toThrow();
  });

  it('put each archive under its own prefix, so that no two lists share an address', () => {
    expect(archivePaths.year('2024')).toBe('/articles/annee/2024/');
    expect(archivePaths.year('2024', 3)).toBe('/articles/annee/2024/3/');
    expect(archivePaths.month('2024-03')).toBe('/articles/mois/2024-03/');
    expect(archivePaths.outlet('le-monde', 2)).toBe('/articles/media/le-monde/2/');
  });
});

describe('paginated lists', () => {
  it('put the first page at the list’s root and the others at <root><n>/', () => {
    expect(listPagePath('/citations/kim/', 1)).toBe('/citations/kim/');
    expect(listPagePath('/citations/kim/', 3)).toBe('/citations/kim/3/');
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
