/**
 * The content collections: where each kind of content is read from, and its schema (src/schemas/).
 * Wiring only; the shapes, rules and vocabularies live in src/schemas/.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';
import { parseYamlMap } from './lib/yaml-map.ts';
import { articleSchema } from './schemas/article.ts';
import { dossierSchema } from './schemas/dossier.ts';
import { parse as parseYaml } from 'yaml';
import { claimFileSchema, entitySchema, eraSchema, eventSchema, quoteFileSchema } from './schemas/evidence.ts';

export type { ArticleData } from './schemas/article.ts';

const articles = defineCollection({
  // The body's HTML is stored, not the body: what else the site needs of it (its word count,
  // whether it is empty) is computed as it is rendered (remarkBodyFacts, src/lib/body-facts.ts).
  loader: glob({ pattern: '*.md', base: `${contentDir}/articles`, retainBody: false }),
  schema: articleSchema,
});

const events = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/events` }),
  schema: eventSchema(reference),
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
  schema: quoteFileSchema(reference),
});

const claims = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/claims` }),
  schema: claimFileSchema(reference),
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

/** The dossier's own words: one entry, `dossier`, read from content/dossier.yaml. */
const dossier = defineCollection({
  loader: file(`${contentDir}/dossier.yaml`, { parser: (text) => ({ dossier: parseYaml(text) }) }),
  schema: dossierSchema,
});

export const collections = { articles, pages, events, entities, eras, quotes, claims, dossier };
