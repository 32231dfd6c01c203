import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { entitySchema, eraSchema } from '../../src/schemas/evidence.ts';
import { dossierSchema } from '../../src/schemas/dossier.ts';
import { normalizeTypography } from '../../src/lib/text.ts';

const NNBSP = '\u202F';

const article = {
  title: "Corée du Nord : l'alliance ?",
  standfirst: 'Il a dit « oui » !',
  outlet: { value: 'Le Temps', provenance: 'stated' },
  published: { date: '2024-06-19', provenance: 'inferred', clue: "Daté d'hier : le 19" },
  seed: '000_2547f92af3123bdb',
  lang: 'fr',
  themes: ['diplomatie'],
  removed: [{ text: "Partager : l'article", kind: 'debris', note: "Boutons d'un réseau : retirés" }],
};

describe('prose fields are typeset where they are loaded', () => {
  it('typesets titles, standfirsts, clues and notes, so that templates need not', () => {
    const data = articleSchema.parse(article);
    expect(data.title).toBe(`Corée du Nord${NNBSP}: l’alliance${NNBSP}?`);
    expect(data.standfirst).toBe(`Il a dit «${NNBSP}oui${NNBSP}»${NNBSP}!`);
    expect(data.published.clue).toBe(`Daté d’hier${NNBSP}: le 19`);
    expect(data.removed[0]?.note).toBe(`Boutons d’un réseau${NNBSP}: retirés`);
  });

  it('keeps removed text verbatim: it is the source, compared byte for byte', () => {
    expect(articleSchema.parse(article).removed[0]?.text).toBe("Partager : l'article");
  });

  it('changes nothing that passage verification compares', () => {
    const data = articleSchema.parse(article);
    expect(normalizeTypography(data.title)).toBe(normalizeTypography(article.title));
  });

  it('still rejects an empty prose field, naming it', () => {
    const result = eraSchema.safeParse({ title: '', start: '2023' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['title']);
  });

  it('typesets entity names and descriptions but leaves spellings as written', () => {
    const entity = entitySchema.parse({
      name: "Conseil d'État",
      kind: 'organisation',
      variants: ["Conseil d'Etat"],
      description: 'Organe : suprême',
    });
    expect(entity.name).toBe('Conseil d’État');
    expect(entity.variants).toEqual(["Conseil d'Etat"]);
    expect(entity.description).toBe(`Organe${NNBSP}: suprême`);
  });

  it('takes seeds past 999 sources, and still rejects a seed that is not one', () => {
    expect(articleSchema.safeParse({ ...article, seed: '1204_2547f92af3123bdb' }).success).toBe(true);
    const bad = articleSchema.safeParse({ ...article, seed: '12_2547f92af3123bdb' });
    expect(bad.error?.issues[0]?.path).toEqual(['seed']);
  });
});

describe('the dossier’s timeline axis', () => {
  const dossier = {
    name: 'Valbrune',
    tagline: 'Les ponts',
    description: 'Un dossier',
    timelineBlurb: 'Des ponts',
    spellingExample: ['Pont', 'Pond'],
  };
  /** A dossier whose axis ends on `end` and has these segments, each written 'start share'. */
  const axis = (end: string, ...segments: string[]) => ({
    ...dossier,
    timelineAxis: {
      description: 'Axe du temps de 1900 à 2000.',
      segments: segments.map((segment) => {
        const [start, share] = segment.split(' ');
        return { start, share: Number(share), ticks: { unit: 'year', every: 10 } };
      }),
      end,
    },
  });
  const problems = (input: unknown) => {
    const result = dossierSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('is optional, and accepted when its shares add up to 1 in order', () => {
    expect(problems(dossier)).toEqual([]);
    expect(problems(axis('2000-01-01', '1900-01-01 0.3', '1990-01-01 0.7'))).toEqual([]);
  });

  it('names the field whose shares do not add up to 1, and each start out of order', () => {
    expect(problems(axis('1850-01-01', '1900-01-01 0.3', '1890-01-01 0.3'))).toEqual([
      'timelineAxis.segments: the shares add up to 0.6, not 1',
      'timelineAxis.segments.1.start: 1890-01-01 does not come after 1900-01-01',
      'timelineAxis.end: 1850-01-01 does not come after 1890-01-01',
    ]);
    expect(problems(axis('2000-01-01', '1900 1'))).toEqual(['timelineAxis.segments.0.start: a day, YYYY-MM-DD']);
  });
});
