import { describe, expect, it } from 'vitest';
import { articlePath, joinBase } from '../../src/lib/urls.ts';

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
