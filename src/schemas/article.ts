/** An article: provenance of every metadata value, the verbatim body's removals, truncation. */
import { z } from 'astro/zod';
import { isWebUrl } from '../lib/url-safety.ts';
import { removalKinds, truncationReasons } from './enums.ts';
import { attributed, datedField, prose } from './fields.ts';

export const articleSchema = z
  .object({
    title: prose(),
    /** Surtitre: the short line some outlets print above the title. */
    kicker: prose().optional(),
    standfirst: prose().optional(),
    /** `value: null` when the text gives no usable clue to its outlet. */
    outlet: z
      .object({
        value: z.string().min(1).nullable(),
        provenance: z.enum(['stated', 'inferred', 'unknown']),
        clue: prose().optional(),
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
    seed: z.string().regex(/^\d{3,}_[0-9a-f]{16}$/, 'expected a seed id such as 000_2547f92af3123bdb'),
    lang: z.literal('fr'),
    truncated: z
      .object({
        reason: z.enum(truncationReasons),
        note: prose(),
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
            kind: z.enum(removalKinds),
            note: prose(),
          })
          .strict(),
      )
      .default([]),
    /** Other transcription decisions a reader checking the source should know about. */
    transcriptionNotes: z.array(prose()).default([]),
  })
  .strict();

export type ArticleData = z.infer<typeof articleSchema>;
