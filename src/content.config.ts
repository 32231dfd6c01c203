import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';
import { parseYamlMap } from './lib/yaml-map.ts';
import { precisionOf, yamlDateToPartial } from './lib/dates.ts';
import { isWebUrl } from './lib/url-safety.ts';

/** Where a piece of metadata comes from: printed in the source, or deduced from clues in it. */
const provenance = z.enum(['stated', 'inferred']);

/**
 * A metadata value with its provenance. An inferred value must give its clue, so that the site
 * never shows a deduction as a fact.
 */
const attributed = <T extends z.ZodType>(value: T) =>
  z
    .object({
      value,
      provenance,
      clue: z.string().min(1).optional(),
    })
    .strict()
    .refine((field) => field.provenance === 'stated' || field.clue !== undefined, {
      message: 'an inferred value needs a clue (the passage or fact it is deduced from)',
      path: ['clue'],
    });

/** Quoted or not: YAML's own reading of an unquoted date is turned back into the same text. */
const partialDate = z.preprocess(
  yamlDateToPartial,
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isCalendarDate, 'not a date of the calendar'),
);

function isCalendarDate(date: string): boolean {
  try {
    precisionOf(date);
    return true;
  } catch {
    return false;
  }
}

const datedField = z
  .object({
    date: partialDate,
    time: z
      .string()
      .regex(/^\d{2}:\d{2}$/, 'expected HH:MM')
      .optional(),
    /** Bounds deduced from the text when the date itself is only known to the month. */
    notBefore: partialDate.optional(),
    notAfter: partialDate.optional(),
    provenance,
    clue: z.string().min(1).optional(),
  })
  .strict()
  .refine((field) => field.provenance === 'stated' || field.clue !== undefined, {
    message: 'an inferred date needs a clue',
    path: ['clue'],
  });

export const articleSchema = z
  .object({
    title: z.string().min(1),
    /** Surtitre: the short line some outlets print above the title. */
    kicker: z.string().min(1).optional(),
    standfirst: z.string().min(1).optional(),
    /** `value: null` when the text gives no usable clue to its outlet. */
    outlet: z
      .object({
        value: z.string().min(1).nullable(),
        provenance: z.enum(['stated', 'inferred', 'unknown']),
        clue: z.string().min(1).optional(),
      })
      .strict()
      .refine((o) => o.provenance === 'stated' || o.clue !== undefined, {
        message: 'an inferred or unknown outlet needs a clue',
        path: ['clue'],
      })
      .refine((o) => (o.provenance === 'unknown') === (o.value === null), {
        message: 'value is null exactly when provenance is unknown',
        path: ['value'],
      }),
    author: attributed(z.string().min(1)).optional(),
    url: attributed(z.url().refine(isWebUrl, 'only http(s) addresses are allowed')).optional(),
    published: datedField,
    updated: datedField.optional(),
    /** The id of the raw text in content/sources/ (file name without .txt). */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'expected a seed id such as 000_2547f92af3123bdb'),
    lang: z.literal('fr'),
    truncated: z
      .object({
        reason: z.enum(['paywall', 'cut-off']),
        note: z.string().min(1),
      })
      .strict()
      .optional(),
    themes: z.array(z.string().min(1)).min(1),
    /**
     * Every piece of the raw source that is not in the body, verbatim, so that the fidelity test
     * can check that nothing else was dropped: scraping debris, or metadata moved to front matter.
     */
    removed: z
      .array(
        z
          .object({
            text: z.string().min(1),
            kind: z.enum(['debris', 'metadata']),
            note: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /** Other transcription decisions a reader checking the source should know about. */
    transcriptionNotes: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type ArticleData = z.infer<typeof articleSchema>;

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/articles` }),
  schema: articleSchema,
});

/** A passage of an article, quoted exactly (up to spaces, apostrophes and quotation marks). */
const citation = z
  .object({
    article: reference('articles'),
    passage: z.string().min(12, 'a passage must be long enough to be found in one place'),
    /** How this article dates the event, when it dates it differently from the event's date. */
    reportedDate: partialDate.optional(),
  })
  .strict();

export const eventKinds = [
  'meeting',
  'visit',
  'statement',
  'treaty',
  'agreement',
  'delivery',
  'sanction',
  'military',
  'forum',
  'milestone',
] as const;

export const eventStatuses = ['announced', 'confirmed', 'reported', 'denied'] as const;

export const eventSchema = z
  .object({
    /** When it happened, at the precision the articles give; `endDate` makes a range (10–13 September). */
    date: partialDate,
    endDate: partialDate.optional(),
    notBefore: partialDate.optional(),
    notAfter: partialDate.optional(),
    /** Why the date is what it is, when the articles give it only indirectly (« lundi », « fin juillet »). */
    dateNote: z.string().min(1).optional(),
    title: z.string().min(1),
    description: z.string().min(1),
    kind: z.enum(eventKinds),
    status: z.enum(eventStatuses),
    people: z.array(reference('entities')).default([]),
    places: z.array(reference('entities')).default([]),
    /** A journey's stops, in order (places with coordinates): the map draws it. */
    route: z.array(reference('entities')).min(2).optional(),
    citations: z.array(citation).min(1, 'an event needs at least one citation'),
    /** Weight in the story (1: central, 3: detail), an editor's judgement; orders disagreements. */
    importance: z.number().int().min(1).max(3).default(2),
  })
  .strict()
  .refine((event) => event.endDate === undefined || event.endDate >= event.date, {
    message: 'endDate is before date',
    path: ['endDate'],
  });

export const entityKinds = ['person', 'place', 'country', 'organisation', 'media'] as const;

export const entitySchema = z
  .object({
    /** Canonical French name, as shown. */
    name: z.string().min(1),
    kind: z.enum(entityKinds),
    /** Every spelling: those found in the articles and those a reader may type (Putin). */
    variants: z.array(z.string().min(1)).default([]),
    description: z.string().min(1),
    /** [longitude, latitude] in degrees (WGS 84), for the map: see the head of entities.yaml. */
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  })
  .strict();

/** Who is quoted saying what, in one article: each quote checked against the article's text. */
export const quoteFileSchema = z
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
            speakerAs: z.string().min(1).optional(),
            /** The sentence or clause of the article that carries the quote, exactly. */
            passage: z.string().min(12),
            /** The quoted words alone, exactly as in the passage. */
            quote: z.string().min(3),
            /** Reported speech without quotation marks (« Washington est persuadé que… »). */
            indirect: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const claimKinds = ['figure', 'claim'] as const;
export const attributions = ['affirme', 'estime', 'selon', 'dément', 'rapporte', 'soupçonne', 'prévoit', 'constate'] as const;

/** Figures and claims one article puts forward, each with who makes it and how. */
export const claimFileSchema = z
  .object({
    article: reference('articles'),
    claims: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            kind: z.enum(claimKinds),
            /** A neutral French summary of what is claimed. */
            statement: z.string().min(1),
            /** For a figure: the figure as written (« jusqu’à cinq millions d’obus »). */
            figure: z.string().min(1).optional(),
            /** Who makes the claim: an entity, or the outlet itself (`outlet`). */
            claimant: z.union([z.literal('outlet'), reference('entities')]),
            /** How the article attributes it. */
            attribution: z.enum(attributions),
            passage: z.string().min(12),
            /** Claims (`<article-id>/<claim-id>`) that this one contradicts. */
            contradicts: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).default([]),
            /** Weight in the story (1: central, 3: detail), an editor's judgement; orders disagreements. */
            importance: z.number().int().min(1).max(3).default(2),
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
    title: z.string().min(1),
    start: partialDate,
    description: z.string().min(1).optional(),
  })
  .strict();

const events = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/events` }),
  schema: eventSchema,
});

/**
 * file() for a YAML file of entries keyed by id, read by parseYamlMap. A file it cannot read (an
 * id written twice) stops the build with the file and the id: file() alone logs « Error reading
 * data » and goes on with no entries, which fails later once per reference to them.
 */
function yamlMapFile(fileName: string): Loader {
  const loader = file(fileName, { parser: (text) => parseYamlMap(text, fileName) });
  return {
    ...loader,
    load: async (context) => {
      parseYamlMap(await readFile(new URL(fileName, context.config.root), 'utf8'), fileName);
      await loader.load(context);
    },
  };
}

const entities = defineCollection({
  loader: yamlMapFile(`${contentDir}/entities.yaml`),
  schema: entitySchema,
});

const quotes = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/quotes` }),
  schema: quoteFileSchema,
});

const claims = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/claims` }),
  schema: claimFileSchema,
});

const eras = defineCollection({
  loader: yamlMapFile(`${contentDir}/eras.yaml`),
  schema: eraSchema,
});

/** Editorial pages (method, about): prose that readers see, kept as content rather than code. */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/pages` }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }).strict(),
});

export const collections = { articles, pages, events, entities, eras, quotes, claims };
