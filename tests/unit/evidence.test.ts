import { describe, expect, it } from 'vitest';
import { buildEvidence, EvidenceError, type EvidenceInput, type EvidenceOptions } from '../../src/lib/evidence.ts';
import type { Article, Entity, Era, EventEntry } from '../../src/lib/evidence.ts';
import { bodyFacts } from '../../src/lib/body-facts.ts';
import { countWords } from '../../src/lib/text.ts';

/**
 * The evidence layer on small in-memory collections, shaped as Astro's content layer gives them:
 * no build, so each bad input costs milliseconds. tests/site/bad-input.test.ts keeps two real
 * builds for the wiring (the error reaches `astro build`, the last good site stays).
 */
type QuoteFile = EvidenceInput['quotes'][number];
type ClaimFile = EvidenceInput['claims'][number];

const article = (id: string, date: string, paragraphs: string[], extra: { seed?: string; body?: string } = {}): Article =>
  ({
    id,
    collection: 'articles',
    filePath: `content/articles/${id}.md`,
    // As the content store holds it: no body, its facts with its HTML (remarkBodyFacts).
    rendered: {
      html: paragraphs.map((text, i) => `<p id="p-${i + 1}">${text}</p>`).join('\n'),
      metadata: { frontmatter: bodyFacts(extra.body ?? paragraphs.join('\n\n')) },
    },
    data: {
      title: `Titre ${id}`,
      outlet: { value: `Média ${id}`, provenance: 'stated' },
      published: { date, provenance: 'stated' },
      seed: extra.seed ?? `00${id.length}_${id.padEnd(16, '0').slice(0, 16)}`,
      lang: 'fr',
      themes: ['diplomatie'],
      removed: [],
      transcriptionNotes: [],
    },
  }) as unknown as Article;

const entity = (id: string, name: string, variants: string[] = [], kind = 'person'): Entity =>
  ({ id, collection: 'entities', data: { name, kind, variants, description: `${name}.` } }) as unknown as Entity;

const era = (id: string, start: string): Era => ({ id, collection: 'eras', data: { title: id, start } }) as unknown as Era;

const event = (
  id: string,
  date: string,
  citations: { article: string; passage: string; reportedDate?: string }[],
  people: string[] = [],
): EventEntry =>
  ({
    id,
    collection: 'events',
    filePath: `content/events/${id}.yaml`,
    data: {
      date,
      title: `Événement ${id}`,
      description: 'Description.',
      kind: 'visit',
      status: 'confirmed',
      people: people.map((p) => ({ id: p, collection: 'entities' })),
      places: [],
      citations: citations.map((c) => ({ ...c, article: { id: c.article, collection: 'articles' } })),
      importance: 2,
      reviewed: true,
    },
  }) as unknown as EventEntry;

const quotes = (articleId: string, items: { id: string; speaker: string; passage: string; quote: string }[]): QuoteFile =>
  ({
    id: articleId,
    collection: 'quotes',
    filePath: `content/quotes/${articleId}.yaml`,
    data: {
      article: { id: articleId, collection: 'articles' },
      quotes: items.map((q) => ({ ...q, speaker: { id: q.speaker, collection: 'entities' }, indirect: false, reviewed: true })),
    },
  }) as unknown as QuoteFile;

const claims = (articleId: string, items: { id: string; passage: string; figure?: string; contradicts?: string[] }[]): ClaimFile =>
  ({
    id: articleId,
    collection: 'claims',
    filePath: `content/claims/${articleId}.yaml`,
    data: {
      article: { id: articleId, collection: 'articles' },
      claims: items.map((c) => ({
        kind: c.figure ? 'figure' : 'claim',
        statement: 'Énoncé.',
        claimant: 'outlet',
        attribution: 'affirme',
        contradicts: [],
        importance: 2,
        reviewed: true,
        ...c,
      })),
    },
  }) as unknown as ClaimFile;

const options: EvidenceOptions = { sourceExists: () => true, entitiesFile: 'content/entities.yaml' };

const avantParagraphs = ['Le ministre Sergueï Choïgou arrive en juillet à Pyongyang.', 'Il parle de « coopération ».'];
const avant = article('avant', '2023-09-01', avantParagraphs);
const apres = article('apres', '2023-10-02', ['Shoigu était venu en août, selon ce journal qui cite 5 millions d’obus.']);
const people = [entity('choigou', 'Sergueï Choïgou', ['Shoigu', 'Choïgou'])];

function problemsOf(input: Partial<EvidenceInput>, opts = options): string[] {
  try {
    buildEvidence({ articles: [avant, apres], entities: people, eras: [], events: [], quotes: [], claims: [], ...input }, opts);
  } catch (error) {
    if (error instanceof EvidenceError)
      return error.message
        .split('\n')
        .slice(1)
        .map((line) => line.trim());
    throw error;
  }
  return [];
}

describe('buildEvidence on a valid corpus', () => {
  const evidence = buildEvidence(
    {
      articles: [apres, avant],
      entities: people,
      eras: [era('avant-guerre', '2000'), era('rapprochement', '2023-07')],
      events: [
        event(
          '2023-07-visite',
          '2023-07',
          [
            { article: 'avant', passage: 'Sergueï Choïgou arrive en juillet à Pyongyang' },
            { article: 'apres', passage: 'Shoigu était venu en août', reportedDate: '2023-08' },
          ],
          ['choigou'],
        ),
      ],
      quotes: [quotes('avant', [{ id: 'cooperation', speaker: 'choigou', passage: 'Il parle de « coopération ».', quote: 'coopération' }])],
      claims: [
        claims('avant', [{ id: 'juillet', passage: 'Sergueï Choïgou arrive en juillet à Pyongyang.', contradicts: ['apres/aout'] }]),
        claims(
          'apres',
          [{ id: 'aout', passage: 'Shoigu était venu en août, selon ce journal', figure: '5 millions d’obus' }].map((c) => ({
            ...c,
            passage: `${c.passage} qui cite 5 millions d’obus.`,
          })),
        ),
      ],
    },
    options,
  );

  it('orders articles by publication and locates every citation in its paragraph', () => {
    expect(evidence.articles.map((a) => a.id)).toEqual(['avant', 'apres']);
    const [visit] = evidence.events;
    expect(visit?.citations.map((c) => c.path)).toEqual([
      '/articles/avant/#source-2023-07-visite-1',
      '/articles/apres/#source-2023-07-visite-2',
    ]);
    expect(visit?.citations.map((c) => c.blockId)).toEqual(['p-1', 'p-1']);
    expect(visit?.era?.id).toBe('rapprochement');
    expect(visit?.people.map((p) => p.id)).toEqual(['choigou']);
  });

  it('derives the date versions: the articles disagree on the month', () => {
    const [visit] = evidence.events;
    expect(visit?.divergent).toBe(true);
    expect(visit?.dateVersions.map((v) => [v.date, v.articles.map((a) => a.id)])).toEqual([
      ['2023-07', ['avant']],
      ['2023-08', ['apres']],
    ]);
    expect(visit?.sourceCount).toBe(2);
  });

  it('counts the words of each article body once, for its reading time and the analysis', () => {
    expect(evidence.wordsByArticle.get('avant')).toBe(countWords(avantParagraphs.join('\n\n')));
    expect(evidence.wordsByArticle.get('avant')).toBeGreaterThan(5);
    expect([...evidence.wordsByArticle.keys()].sort()).toEqual(evidence.articles.map((a) => a.id).sort());
  });

  it('computes mentions from the text under every spelling, title included', () => {
    expect(evidence.mentionsByArticle.get('avant')?.get('choigou')).toBe(1);
    expect(evidence.mentionsByArticle.get('apres')?.get('choigou')).toBe(1);
    expect(evidence.mentionsByEntity.get('choigou')?.map((m) => m.article.id)).toEqual(['avant', 'apres']);
  });

  it('verifies quotes and claims, and makes contradiction go both ways', () => {
    expect(evidence.quotes.map((q) => [q.key, q.path])).toEqual([['avant/cooperation', '/articles/avant/#citation-cooperation']]);
    const byKey = new Map(evidence.claims.map((c) => [c.key, c]));
    expect(byKey.get('apres/aout')?.contradicts).toEqual(['avant/juillet']);
    expect(byKey.get('avant/juillet')?.contradicts).toEqual(['apres/aout']);
  });

  it('lists the citations each article carries, with their event', () => {
    expect(evidence.citationsByArticle.get('apres')?.map(({ event: e }) => e.id)).toEqual(['2023-07-visite']);
  });

  it('lists the quotes then the claims of each article', () => {
    expect(evidence.quotesAndClaimsByArticle.get('avant')?.map((item) => item.key)).toEqual(['avant/cooperation', 'avant/juillet']);
    expect(evidence.quotesAndClaimsByArticle.get('apres')?.map((item) => item.key)).toEqual(['apres/aout']);
  });
});

describe('buildEvidence on bad input', () => {
  it('names the event file and the field of a citation that is not in its article', () => {
    expect(problemsOf({ events: [event('e', '2023', [{ article: 'avant', passage: 'une phrase que personne n’a écrite' }])] })).toEqual([
      'content/events/e.yaml: citations[0].passage is not in one paragraph of content/articles/avant.md: «une phrase que personne n’a écrite»',
    ]);
  });

  it('names a citation of an article that does not exist, and an unknown person', () => {
    expect(problemsOf({ events: [event('e', '2023', [{ article: 'absent', passage: 'Il parle de coopération' }], ['personne'])] })).toEqual(
      [
        'content/events/e.yaml: citations[0].article: no article "absent"',
        'content/events/e.yaml: people[0]: no entity "personne" in entities.yaml',
      ],
    );
  });

  it('names the quotes file and field of a quote outside its passage, an unknown speaker and an id used twice', () => {
    const problems = problemsOf({
      quotes: [
        quotes('avant', [
          { id: 'q', speaker: 'choigou', passage: 'Il parle de « coopération ».', quote: 'mots inventés' },
          { id: 'q', speaker: 'inconnu', passage: 'Il parle de « coopération ».', quote: 'coopération' },
        ]),
      ],
    });
    expect(problems).toEqual([
      'content/quotes/avant.yaml: quotes[0].quote is not in its passage: «mots inventés»',
      'content/quotes/avant.yaml: quotes[1].id "q" is used twice',
      'content/quotes/avant.yaml: quotes[1].speaker: no entity "inconnu"',
    ]);
  });

  it('names the claims file of a claim that contradicts a missing claim, and of a figure outside its passage', () => {
    const problems = problemsOf({
      claims: [
        claims('apres', [
          { id: 'c', passage: 'Shoigu était venu en août, selon ce journal', figure: '7 millions', contradicts: ['avant/absente'] },
        ]),
      ],
    });
    expect(problems).toEqual([
      'content/claims/apres.yaml: claims[0].figure is not in its passage: «7 millions»',
      'content/claims/apres.yaml: claims[0].contradicts[0]: no claim "avant/absente"',
    ]);
  });

  it('names the articles of a shared seed, a seed without its source, and an empty body once', () => {
    const twin = article('jumeau', '2023-09-03', ['Un autre texte.'], { seed: avant.data.seed });
    const empty = article('vide', '2023-09-04', [], { body: '  \n' });
    const problems = problemsOf(
      {
        articles: [avant, apres, twin, empty],
        events: [event('e', '2023', [{ article: 'vide', passage: 'un passage perdu avec le texte' }])],
      },
      { ...options, sourceExists: (seed) => seed !== empty.data.seed },
    );
    expect(problems).toEqual([
      'content/articles/vide.md: the body is empty (no text after the front matter)',
      `content/articles/vide.md: seed: no raw source "sources/${empty.data.seed}.txt"`,
      `content/articles/avant.md, content/articles/jumeau.md: seed: "${avant.data.seed}" is the seed of 2 articles`,
    ]);
  });

  it('names entities.yaml for a spelling two entities share', () => {
    const problems = problemsOf({ entities: [...people, entity('autre', 'Autre Choïgou', ['Shoigu'])] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/entities\.yaml: .*"choigou".*"autre".*Shoigu/);
  });

  it('reports every problem of every file in one pass', () => {
    const problems = problemsOf({
      events: [event('e', '2023', [{ article: 'avant', passage: 'une phrase que personne n’a écrite' }])],
      quotes: [quotes('apres', [{ id: 'q', speaker: 'choigou', passage: 'une autre phrase que personne n’a écrite', quote: 'phrase' }])],
      claims: [claims('avant', [{ id: 'c', passage: 'encore une phrase que personne n’a écrite' }])],
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'content/events/e.yaml',
      'content/quotes/apres.yaml',
      'content/claims/avant.yaml',
    ]);
  });
});
