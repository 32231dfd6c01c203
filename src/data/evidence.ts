/**
 * The evidence of the build: the real collections from Astro's content layer, checked and derived
 * once by the pure buildEvidence (src/lib/evidence.ts). Pages import from here.
 */
import { getCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildEvidence, type Evidence } from '../lib/evidence.ts';
import { contentDir } from '../lib/content-dir.ts';

export * from '../lib/evidence.ts';

let cached: Promise<Evidence> | undefined;

/** The checked evidence, computed once per build. */
export function loadEvidence(): Promise<Evidence> {
  cached ??= (async () =>
    buildEvidence(
      {
        articles: await getCollection('articles'),
        entities: await getCollection('entities'),
        eras: await getCollection('eras'),
        events: await getCollection('events'),
        quotes: await getCollection('quotes'),
        claims: await getCollection('claims'),
      },
      {
        sourceExists: (seed) => existsSync(path.join(contentDir, 'sources', `${seed}.txt`)),
        entitiesFile: path.join(contentDir, 'entities.yaml'),
      },
    ))();
  return cached;
}
