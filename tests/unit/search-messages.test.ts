import { describe, expect, it } from 'vitest';
import { resultsStatus, searchMessages, variantsStatus } from '../../src/lib/search-messages.ts';
import { ui } from '../../src/i18n/fr.ts';

const messages = searchMessages(ui.search);

describe('the search page’s messages, filled in the browser', () => {
  it('say what the interface says, for every count', () => {
    for (const n of [1, 2, 17, 1377, 25_000]) {
      expect(resultsStatus(messages, n, 'Kim')).toBe(ui.search.resultsCount(n, 'Kim'));
    }
    expect(resultsStatus(messages, 0, 'Kim')).toBe(ui.search.noResults('Kim'));
  });

  it('keep the query as the reader typed it', () => {
    expect(resultsStatus(messages, 2, "d'obus?")).toContain("\u202fd'obus?\u202f");
  });

  it('name the other spellings searched, and nothing when there were none', () => {
    expect(variantsStatus(messages, ['Choïgou', 'Shoigu'])).toBe(ui.search.variantsNote('Choïgou, Shoigu'));
    expect(variantsStatus(messages, [])).toBe('');
  });

  it('refuse a count message that does not show the number as given', () => {
    expect(() => searchMessages({ ...ui.search, resultsCount: (n: number) => `${n.toLocaleString('fr')} résultats` })).toThrow(
      /resultsCount/,
    );
  });
});
