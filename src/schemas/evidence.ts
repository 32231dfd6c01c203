/**
 * The evidence files: events with their citations, entities, quotes, claims, eras. Each schema
 * takes Astro's `reference` so that it stays free of the `astro:content` module (and testable).
 */
import { z } from 'astro/zod';
import { attributions, claimKinds, entityKinds, eventKinds, eventStatuses } from './enums.ts';
import { partialDate, prose, reviewed } from './fields.ts';

/** Astro's `reference(collection)`, passed in by src/content.config.ts (a type-only import: erased). */
type Reference = typeof import('astro:content').reference;

export const eventSchema = (reference: Reference) => {
  /** A passage of an article, quoted exactly (up to spaces, apostrophes and quotation marks). */
  const citation = z
    .object({
      article: reference('articles'),
      passage: prose(12, 'a passage must be long enough to be found in one place'),
      /** How this article dates the event, when it dates it differently from the event's date. */
      reportedDate: partialDate.optional(),
    })
    .strict();
  return z
    .object({
      /** When it happened, at the precision the articles give; `endDate` makes a range (10–13 September). */
      date: partialDate,
      endDate: partialDate.optional(),
      notBefore: partialDate.optional(),
      notAfter: partialDate.optional(),
      /** Why the date is what it is, when the articles give it only indirectly (« lundi », « fin juillet »). */
      dateNote: prose().optional(),
      title: prose(),
      description: prose(),
      kind: z.enum(eventKinds),
      status: z.enum(eventStatuses),
      people: z.array(reference('entities')).default([]),
      places: z.array(reference('entities')).default([]),
      /** A journey's stops, in order (places with coordinates): the map draws it. */
      route: z.array(reference('entities')).min(2).optional(),
      citations: z.array(citation).min(1, 'an event needs at least one citation'),
      /** Weight in the story (1: central, 3: detail), an editor's judgement; orders disagreements. */
      importance: z.number().int().min(1).max(3).default(2),
      reviewed,
    })
    .strict()
    .refine((event) => event.endDate === undefined || event.endDate >= event.date, {
      message: 'endDate is before date',
      path: ['endDate'],
    });
};

export const entitySchema = z
  .object({
    /** Canonical French name, as shown. */
    name: prose(),
    kind: z.enum(entityKinds),
    /** Every spelling: those found in the articles and those a reader may type (Putin). */
    variants: z.array(z.string().min(1)).default([]),
    description: prose(),
    /** [longitude, latitude] in degrees (WGS 84), for the map: see the head of entities.yaml. */
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  })
  .strict();

/** Who is quoted saying what, in one article: each quote checked against the article's text. */
export const quoteFileSchema = (reference: Reference) =>
  z
    .object({
      article: reference('articles'),
      quotes: z
        .array(
          z
            .object({
              /** Short kebab-case id, unique in the file: the quote's anchor. */
              id: z.string().regex(/^[a-z0-9-]+$/),
              speaker: reference('entities'),
              /** How the article presents the speaker (« l’ancien diplomate russe »), verbatim. */
              speakerAs: prose().optional(),
              /** The sentence or clause of the article that carries the quote, exactly. */
              passage: prose(12),
              /** The quoted words alone, exactly as in the passage. */
              quote: prose(3),
              /** Reported speech without quotation marks (« Washington est persuadé que… »). */
              indirect: z.boolean().default(false),
              reviewed,
            })
            .strict(),
        )
        .min(1),
    })
    .strict();

/** Figures and claims one article puts forward, each with who makes it and how. */
export const claimFileSchema = (reference: Reference) =>
  z
    .object({
      article: reference('articles'),
      claims: z
        .array(
          z
            .object({
              id: z.string().regex(/^[a-z0-9-]+$/),
              kind: z.enum(claimKinds),
              /** A neutral French summary of what is claimed. */
              statement: prose(),
              /** For a figure: the figure as written (« jusqu’à cinq millions d’obus »). */
              figure: prose().optional(),
              /** Who makes the claim: an entity, or the outlet itself (`outlet`). */
              claimant: z.union([z.literal('outlet'), reference('entities')]),
              /** How the article attributes it. */
              attribution: z.enum(attributions),
              passage: prose(12),
              /** Claims (`<article-id>/<claim-id>`) that this one contradicts. */
              contradicts: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).default([]),
              /** Weight in the story (1: central, 3: detail), an editor's judgement; orders disagreements. */
              importance: z.number().int().min(1).max(3).default(2),
              reviewed,
            })
            .strict()
            .refine((claim) => claim.kind !== 'figure' || claim.figure !== undefined, {
              message: 'a figure needs `figure`, the figure as written',
              path: ['figure'],
            }),
        )
        .min(1),
    })
    .strict();

/** Periods of the story, as an editor cuts it; each runs from its start to the next one's. */
export const eraSchema = z
  .object({
    title: prose(),
    start: partialDate,
    description: prose().optional(),
  })
  .strict();
