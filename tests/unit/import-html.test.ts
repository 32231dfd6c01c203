import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/lib/import/html.ts';
import { blocksToMarkdown } from '../../src/lib/import/raw-text.ts';
import { normalizeTypography } from '../../src/lib/text.ts';
import { projectRoot } from '../support/paths.ts';

const page = readFileSync(path.join(projectRoot, 'tests/fixtures/import/page-enregistree.html'), 'utf8');
const { article, text } = extractHtml(page);
const markdown = blocksToMarkdown(article.blocks);
const everything = normalizeTypography([article.title, article.standfirst, markdown, text].join('\n'));

describe('a saved news page', () => {
  it.each([
    'Nous utilisons des cookies',
    'Tout accepter',
    'Paramétrer les cookies',
    'Économie',
    'Sport',
    "S'abonner au journal",
    'Partager sur Facebook',
    'Partager sur X',
    'Copier le lien',
    'Lire aussi',
    'Un autre article sans rapport',
    'Les plus lus',
    'Un premier titre très lu',
    'Mentions légales',
    'TRACKER SCRIPT TEXT',
    'dataLayer',
    'analytics',
  ])('leaves out « %s »', (debris) => {
    expect(everything).not.toContain(normalizeTypography(debris));
  });

  it.each([
    'Les jardins flottants de Nampo attirent les agronomes',
    'Sur les bassins du port de Nampo, des radeaux couverts de légumes nourrissent plusieurs quartiers.',
    "Les premiers radeaux ont été mis à l'eau au printemps 2022, selon les responsables du port.",
    '« Nous produisons ici plus de 300 tonnes de légumes par an », a affirmé un responsable du projet',
    'Une idée ancienne',
    "des jardins flottants existent depuis des siècles sur plusieurs lacs d'Asie.",
    "Les radeaux sont amarrés à l'abri des digues.",
    "L'eau des bassins sert à l'arrosage.",
    'Le rendement reste modeste, mais le coût est presque nul.',
    'Des radeaux cultivés dans un bassin du port.',
    "Une délégation de l'université de Vladivostok doit revenir à Nampo en septembre pour mesurer les récoltes.",
  ])('keeps « %s »', (words) => {
    expect(normalizeTypography(`${article.title}\n${article.standfirst}\n${markdown}`)).toContain(normalizeTypography(words));
    expect(normalizeTypography(text)).toContain(normalizeTypography(words));
  });

  it('converts structure to Markdown: heading, list, quotation, caption', () => {
    expect(markdown).toContain('## Une idée ancienne');
    expect(markdown).toContain("- Les radeaux sont amarrés à l'abri des digues.");
    expect(markdown).toContain('> Le rendement reste modeste');
    expect(markdown).toContain('<figure class="photo-absente"><figcaption><span class="legende">Des radeaux cultivés');
  });

  it('reads the metadata the page prints as stated, and what only its tags say as inferred with the tag as clue', () => {
    expect(article.author).toEqual({ value: 'Hélène Fictive', provenance: 'stated' });
    expect(article.outlet).toMatchObject({ value: 'Le Quotidien fictif', provenance: 'inferred' });
    expect(article.outlet.clue).toContain('og:site_name');
    expect(article.published).toMatchObject({ date: '2024-06-25', time: '08:15', provenance: 'inferred' });
    expect(article.published!.clue).toContain('article:published_time');
    expect(article.url).toMatchObject({ value: 'https://quotidien-fictif.example/monde/jardins-flottants-nampo', provenance: 'inferred' });
  });
});
