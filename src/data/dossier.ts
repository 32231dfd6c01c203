/**
 * The dossier's own words, loaded once and typeset once: name, tagline, description, examples
 * (content/dossier.yaml), and the home page's introduction (content/pages/accueil.md).
 */
import { getEntry } from 'astro:content';
import { frenchTypography } from '../lib/typography.ts';
import type { Dossier } from '../schemas/dossier.ts';
import { contentDir } from '../lib/content-dir.ts';

let cached: Promise<Dossier> | undefined;

export function loadDossier(): Promise<Dossier> {
  cached ??= (async () => {
    const entry = await getEntry('dossier', 'dossier');
    if (!entry) throw new Error(`${contentDir}/dossier.yaml is missing: it holds the dossier's name, tagline and description`);
    const { name, tagline, description, timelineBlurb, spellingExample, maps } = entry.data;
    return {
      name: frenchTypography(name),
      tagline: frenchTypography(tagline),
      description: frenchTypography(description),
      timelineBlurb: frenchTypography(timelineBlurb),
      spellingExample,
      maps: maps.map((map) => ({ ...map, title: frenchTypography(map.title), description: frenchTypography(map.description) })),
    };
  })();
  return cached;
}
