/** Field shapes shared by the schemas: provenance, attributed values, partial dates. */
import { z } from 'astro/zod';
import { precisionOf, yamlDateToPartial } from '../lib/dates.ts';
import { frenchTypography } from '../lib/typography.ts';

/**
 * Text a reader sees, typeset once where it is loaded (narrow no-break spaces, curly apostrophes),
 * so that no template has to. Passages stay findable: typography never changes what
 * `normalizeTypography` compares (tested in typography.test.ts).
 */
export const prose = (min = 1, message?: string) => z.string().min(min, message).transform(frenchTypography);

/** Where a piece of metadata comes from: printed in the source, or deduced from clues in it. */
export const provenance = z.enum(['stated', 'inferred']);

/**
 * A metadata value with its provenance. An inferred value must give its clue, so that the site
 * never shows a deduction as a fact.
 */
export const attributed = <T extends z.ZodType>(value: T) =>
  z
    .object({
      value,
      provenance,
      clue: prose().optional(),
    })
    .strict()
    .refine((field) => field.provenance === 'stated' || field.clue !== undefined, {
      message: 'an inferred value needs a clue (the passage or fact it is deduced from)',
      path: ['clue'],
    });

/** Quoted or not: YAML's own reading of an unquoted date is turned back into the same text. */
export const partialDate = z.preprocess(
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

export const datedField = z
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
    clue: prose().optional(),
  })
  .strict()
  .refine((field) => field.provenance === 'stated' || field.clue !== undefined, {
    message: 'an inferred date needs a clue',
    path: ['clue'],
  });

/**
 * Whether a person has checked an event, quote or claim. Hand-made data is reviewed; the importer
 * (npm run import) writes `reviewed: false`, and the site marks such drafts as machine-found.
 */
export const reviewed = z.boolean().default(true);
