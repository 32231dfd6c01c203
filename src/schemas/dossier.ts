/** The dossier's own words (content/dossier.yaml): what makes one dossier of the engine this one. */
import { z } from 'astro/zod';

export const dossierSchema = z
  .object({
    /** The site's name, in the header, titles, feeds and cards. */
    name: z.string().min(1),
    tagline: z.string().min(1),
    /** The default description of pages, and of the RSS feed. */
    description: z.string().min(1),
    /** What the timeline covers, in one sentence, on the home page. */
    timelineBlurb: z.string().min(1),
    /** A name under several spellings, shown as an example of what search finds. */
    spellingExample: z.array(z.string().min(1)).min(2),
  })
  .strict();

export type Dossier = z.infer<typeof dossierSchema>;
