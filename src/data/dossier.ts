/**
 * The dossier's own words, loaded once: name, tagline, description, examples, maps
 * (content/dossier.yaml, typeset by its schema).
 */
import { getEntry } from 'astro:content';
import type { Dossier } from '../schemas/dossier.ts';
import { contentDir } from '../lib/content-dir.ts';

let cached: Promise<Dossier> | undefined;

export function loadDossier(): Promise<Dossier> {
  cached ??= (async () => {
    const entry = await getEntry('dossier', 'dossier');
    if (!entry) throw new Error(`${contentDir}/dossier.yaml is missing: it holds the dossier's name, tagline and description`);
    return entry.data;
  })();
  return cached;
}
