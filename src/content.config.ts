import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';
import { precisionOf } from './lib/dates.ts';

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

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'not a date of the calendar');

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
    url: attributed(z.url()).optional(),
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

/** Editorial pages (method, about): prose that readers see, kept as content rather than code. */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/pages` }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }).strict(),
});

export const collections = { articles, pages };
