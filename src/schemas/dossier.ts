/** The dossier's own words (content/dossier.yaml): what makes one dossier of the engine this one. */
import { z } from 'astro/zod';
import { prose } from './fields.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');

export const dossierSchema = z
  .object({
    /** The site's name, in the header, titles, feeds and cards. */
    name: prose(),
    tagline: prose(),
    /** The default description of pages, and of the RSS feed. */
    description: prose(),
    /** What the timeline covers, in one sentence, on the home page. */
    timelineBlurb: prose(),
    /** A name under several spellings, shown as an example of what search finds. */
    spellingExample: z.array(z.string().min(1)).min(2),
    /** The maps of /carte/, most detailed first (none: places are only listed). */
    maps: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            title: prose(),
            description: prose(),
            /** [[west, south], [east, north]] in degrees. */
            bounds: z.tuple([
              z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
              z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
            ]),
            projection: z.enum(['mercator', 'equal-earth']),
            /** world-atlas resolution: 50m (detailed) or 110m (light). */
            atlas: z.enum(['50m', '110m']),
            /** Decimals of the path data. */
            digits: z.number().int().min(0).max(3),
          })
          .strict(),
      )
      .default([]),
    /**
     * The axis of the timeline's overview picture: stretches of time, each given a share of its
     * width (the background compressed, the story in detail), up to `end` (excluded); and what that
     * axis is, in one sentence for screen readers. None: one even axis over the years of the items.
     */
    timelineAxis: z
      .object({
        description: prose(),
        segments: z
          .array(
            z
              .object({
                start: isoDay,
                share: z.number().gt(0).max(1),
                ticks: z.object({ unit: z.enum(['year', 'month']), every: z.number().int().min(1) }).strict(),
              })
              .strict(),
          )
          .min(1),
        end: isoDay,
      })
      .strict()
      .superRefine(({ segments, end }, context) => {
        const total = segments.reduce((sum, segment) => sum + segment.share, 0);
        if (Math.abs(total - 1) > 1e-9)
          context.addIssue({ code: 'custom', path: ['segments'], message: `the shares add up to ${total}, not 1` });
        const starts = [...segments.map((segment) => segment.start), end];
        starts.slice(1).forEach((start, i) => {
          if (start <= (starts[i] ?? '')) {
            const path = i + 1 === segments.length ? ['end'] : ['segments', i + 1, 'start'];
            context.addIssue({ code: 'custom', path, message: `${start} does not come after ${starts[i] ?? ''}` });
          }
        });
      })
      .optional(),
  })
  .strict();

export type Dossier = z.infer<typeof dossierSchema>;
