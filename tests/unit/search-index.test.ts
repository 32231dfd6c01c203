import { describe, expect, it } from 'vitest';
import { htmlForIndex, textForIndex } from '../../src/lib/search-index.ts';

describe('htmlForIndex', () => {
  it('straightens apostrophes in text so that elisions split, and nothing else', () => {
    const html = '<html lang="fr"><body><p title="l’attribut">livraisons d’obus à l’Ukraine</p></body></html>';
    const out = htmlForIndex(html);
    expect(out).toContain("livraisons d'obus à l'Ukraine");
    expect(out).toContain('title="l’attribut"');
    expect(out).toContain('lang="fr"');
  });

  it('keeps every other character, and the text length', () => {
    expect(textForIndex('« Pourquoi pas »\u202f? l’a dit Kim')).toBe("« Pourquoi pas »\u202f? l'a dit Kim");
  });
});
