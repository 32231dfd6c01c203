import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../src/lib/entity-matcher.ts';
import { findEvents, findFigures, findQuotes, proposeEntities, quotedSpans, type TextBlock } from '../../src/lib/import/candidates.ts';

const known = [
  {
    id: 'vladimir-poutine',
    name: 'Vladimir Poutine',
    kind: 'person',
    names: ['Vladimir Poutine', 'Poutine'],
    description: 'Président de la Russie.',
  },
  {
    id: 'serguei-choigou',
    name: 'Sergueï Choïgou',
    kind: 'person',
    names: ['Sergueï Choïgou', 'Choïgou'],
    description: 'Ministre russe de la Défense lors des faits de 2023.',
  },
  { id: 'dmitri-peskov', name: 'Dmitri Peskov', kind: 'person', names: ['Dmitri Peskov', 'Peskov'] },
  { id: 'kremlin', name: 'Kremlin', kind: 'organisation', names: ['Kremlin'] },
  { id: 'washington', name: 'Washington', kind: 'place', names: ['Washington'] },
  { id: 'pyongyang', name: 'Pyongyang', kind: 'place', names: ['Pyongyang'] },
  { id: 'russie', name: 'Russie', kind: 'country', names: ['Russie'] },
];
const matcher = createEntityMatcher(known);
const entities = new Map(known.map((e) => [e.id, e]));
const body = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text, body: true }));

describe('quotedSpans', () => {
  it('pairs French and straight quotes, keeping nested quotes inside', () => {
    const text = '« Il y a un "mot" dedans », a-t-il dit. "Une autre " phrase" ici", ajoute-t-il.';
    expect(quotedSpans(text).map((s) => s.inner)).toEqual([' Il y a un "mot" dedans ', 'Une autre ']);
  });
});

describe('findQuotes', () => {
  it('finds a direct quote and its speaker, named after the verb', () => {
    const [quote] = findQuotes(body('« Nous n’excluons rien », a déclaré Vladimir Poutine lundi.'), matcher, entities);
    expect(quote).toMatchObject({ speaker: 'vladimir-poutine', quote: 'Nous n’excluons rien', indirect: false });
    expect(quote!.passage).toBe('« Nous n’excluons rien », a déclaré Vladimir Poutine lundi.');
  });

  it('does not take a term quoted as a name for a quote', () => {
    expect(
      findQuotes(body('La conclusion d’un « traité de partenariat stratégique global » entre les deux pays.'), matcher, entities),
    ).toEqual([]);
  });

  it('reads reported speech: « X affirme que … », « Selon X, … », « …, a-t-il déclaré »', () => {
    const quotes = findQuotes(
      body(
        'Washington soupçonne que le Kremlin en a déjà pris note.',
        'Selon Dmitri Peskov, aucune rencontre n’est prévue à Vladivostok.',
        'Le porte-parole, Dmitri Peskov, avait nié. De tels contacts ne sont pas prévus, a-t-il déclaré lundi.',
      ),
      matcher,
      entities,
    );
    expect(quotes.map((q) => [q.speaker, q.quote, q.indirect])).toEqual(
      expect.arrayContaining([
        ['washington', 'le Kremlin en a déjà pris note', true],
        ['dmitri-peskov', 'aucune rencontre n’est prévue à Vladivostok', true],
        ['dmitri-peskov', 'De tels contacts ne sont pas prévus', true],
      ]),
    );
  });

  it('takes neither a word quoted in passing nor a passive for a quote', () => {
    expect(
      findQuotes(
        body('Après l’avoir accueilli « chaleureusement » à Pyongyang, Vladimir Poutine a avancé des idées.'),
        matcher,
        entities,
      ).filter((q) => !q.indirect),
    ).toEqual([]);
    expect(findQuotes(body('La Russie a été accusée de devenir un « État voyou ».'), matcher, entities)).toEqual([]);
  });

  it('reads a description of someone named before through their entry in entities.yaml', () => {
    const quotes = findQuotes(
      body(
        'Sergueï Choïgou a rencontré Vladimir Poutine.',
        'En réplique, le ministre russe de la Défense a proposé que la Russie accueille le sommet.',
      ),
      matcher,
      entities,
    );
    expect(quotes.map((q) => [q.speaker, q.speakerAs])).toEqual([['serguei-choigou', 'le ministre russe de la Défense']]);
  });

  it('leaves the speaker to the reviewer when the subject is not a known entity', () => {
    const [quote] = findQuotes(
      body('La Russie attend. « Nous attendons ce pont depuis des années », confie une commerçante du village.'),
      matcher,
      entities,
    );
    expect(quote!.speaker).toBeUndefined();
  });
});

describe('findFigures', () => {
  it('finds numbers in digits and in words, with their claimant', () => {
    const figures = findFigures(
      body(
        'Les cargos ont transporté jusqu’à cinq millions d’obus et des dizaines de missiles.',
        'Vladimir Poutine affirme que plus de 50 % du territoire a été repris.',
        'Il s’est rendu dix fois à l’étranger, vingt-quatre ans après son arrivée.',
      ),
      matcher,
      entities,
    );
    expect(figures.map((f) => [f.figure, f.claimant])).toEqual([
      ['jusqu’à cinq millions d’obus', 'outlet'],
      ['des dizaines de missiles', 'outlet'],
      ['plus de 50 %', 'vladimir-poutine'],
      ['dix fois', 'outlet'],
      ['vingt-quatre ans', 'outlet'],
    ]);
  });

  it('takes neither years nor dates nor « les deux » for figures', () => {
    expect(findFigures(body('Les deux pays ont signé le 19 juin 2024 un texte qui remonte à 1961.'), matcher, entities)).toEqual([]);
  });
});

describe('findEvents', () => {
  it('dates each date expression of a sentence against publication, with people and places', () => {
    const events = findEvents(
      body('Vladimir Poutine est arrivé mercredi 19 juin à Pyongyang.', 'Le premier texte remonte à 1961.'),
      '2024-06-21',
      matcher,
      entities,
    );
    expect(events.map((e) => [e.date, e.kind, e.people, e.places])).toEqual([
      ['2024-06-19', 'visit', ['vladimir-poutine'], ['pyongyang']],
      ['1961', 'milestone', [], []],
    ]);
    expect(events[0]!.dateNote).toContain('mercredi 19 juin');
  });
});

describe('proposeEntities', () => {
  it('proposes names the entity list lacks, with their spellings, and not common words', () => {
    const proposals = proposeEntities(
      body(
        'Selon l’ingénieur en chef Piotr Sokolov, le chantier avance.',
        'Le ministre de la Défense approuve. Sokolov le confirme à la Russie.',
      ),
      matcher,
    );
    expect(proposals.map((p) => [p.name, p.variants])).toEqual([['Piotr Sokolov', ['Sokolov']]]);
  });
});
