import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { bodyFacts, bodyFactsOf } from '../../src/lib/body-facts.ts';
import { countWords } from '../../src/lib/text.ts';

describe('bodyFacts', () => {
  it('counts the words of the body as written, and says when it has no text', () => {
    const body = '## Kim Jong-un à Vladivostok\n\nL’arrivée du **train blindé**, le 12.09.2023 à 16:00.\n';
    expect(bodyFacts(body)).toEqual({ words: countWords(body), empty: false });
    expect(bodyFacts(body).words).toBe(12);
    expect(bodyFacts('')).toEqual({ words: 0, empty: true });
    expect(bodyFacts(' \n\t\n')).toEqual({ words: 0, empty: true });
  });
});

describe('remarkBodyFacts, in the site’s own Markdown processor', () => {
  const render = async (body: string) => {
    const renderer = await config.markdown!.processor!.createRenderer({});
    return renderer.render(body, { frontmatter: { title: 'Titre', removed: [{ text: 'débris' }] } });
  };

  it('leaves the body’s facts on the rendered entry, in place of a second copy of the front matter', async () => {
    const body = 'Moscou et Pyongyang.\n\nUn second paragraphe, de six mots.\n';
    const { code, metadata } = await render(body);
    expect(code).toContain('Pyongyang');
    expect(metadata.frontmatter).toEqual({ words: 9, empty: false });
    expect(bodyFactsOf({ id: 'a', rendered: { metadata } })).toEqual({ words: 9, empty: false });
  });

  it('says an empty body is empty', async () => {
    const { metadata } = await render('\n  \n');
    expect(bodyFactsOf({ id: 'vide', rendered: { metadata } })).toEqual({ words: 0, empty: true });
  });

  it('names the entry whose rendered body has no facts', () => {
    expect(() => bodyFactsOf({ id: 'sans-rendu' })).toThrow(/^sans-rendu: its rendered body has no word count/);
    expect(() => bodyFactsOf({ id: 'autre', rendered: { metadata: { frontmatter: { title: 'x' } } } })).toThrow(/^autre: /);
  });
});
