/**
 * npm run import -- FILE [--slug SLUG] [--url URL] [--force]
 * Imports a raw text or a saved web page into the content folder (DOSSIER_CONTENT_DIR, default
 * ./content) and prints the review summary. Bad input: one line on stderr, exit 1, nothing written.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { planImport, writePlan } from '../src/lib/import/importer.ts';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
} catch (error) {
  console.error(`import: ${(error as Error).message}`);
  process.exit(1);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error('usage: npm run import -- FILE [--slug SLUG] [--url URL] [--force]');
  process.exit(1);
}
try {
  const plan = await planImport({
    file: positionals[0]!,
    contentDir,
    ...(values.slug ? { slug: values.slug } : {}),
    ...(values.url ? { url: values.url } : {}),
    force: values.force ?? false,
  });
  writePlan(plan, contentDir);
  console.log(`Importé : articles/${plan.slug}.md (source ${plan.seed})\n`);
  console.log(plan.summary);
} catch (error) {
  if ((error as Error).name === 'ImportError') {
    console.error(`import: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
