/** The dossier's own words (content/dossier.yaml): what makes one dossier of the engine this one. */
import { z } from 'astro/zod';
import { prose } from './fields.ts';

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
  })
  .strict();

export type Dossier = z.infer<typeof dossierSchema>;
