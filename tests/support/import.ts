import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import type { Element, Root } from 'hast';
import { parse } from 'yaml';
import { sourcePieces, stripSourceMarkup, withoutRemoved } from '../../src/lib/fidelity.ts';
import { normalizeTypography } from '../../src/lib/text.ts';
import { blockText, selectAll, toString } from './html.ts';
import { contentRoot } from './paths.ts';

/** A fresh content folder with the entity list, eras and pages of content/, and no article. */
export function emptyContentDir(prefix = 'dossier-import-'): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'content');
  for (const name of ['dossier.yaml', 'entities.yaml', 'eras.yaml', 'pages'])
    cpSync(path.join(contentRoot, name), path.join(dir, name), { recursive: true });
  return dir;
}

export interface ImportedArticle {
  data: {
    title: string;
    kicker?: string;
    standfirst?: string;
    seed: string;
    published: { date: string; time?: string; provenance: string };
    updated?: { date: string; time?: string; provenance: string };
    removed: { text: string; kind: string; note: string }[];
    [key: string]: unknown;
  };
  body: string;
  tree: Root;
}

/** An article file of a content folder, its body rendered by the same Markdown path as the site (remark → rehype, raw HTML kept). */
export function readImported(contentDir: string, slug: string): ImportedArticle {
  const raw = readFileSync(path.join(contentDir, 'articles', `${slug}.md`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${slug}: no front matter`);
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  const tree = processor.runSync(processor.parse(match[2]!)) as Root;
  return { data: parse(match[1]!), body: match[2]!, tree };
}

/**
 * The fidelity check of tests/site/fidelity.test.ts, on an imported article before any build:
 * every piece of the source (less its removals) is in the header or body; every block of the body
 * is in the source.
 */
export function fidelityProblems(source: string, article: ImportedArticle): { missing: string[]; invented: string[]; pieces: number } {
  const { data, tree } = article;
  const pageText = normalizeTypography([data.kicker, data.title, data.standfirst, toString(tree)].filter(Boolean).join('\n'));
  const pieces = sourcePieces(source, data.removed ?? []);
  const missing = pieces.filter((piece) => !pageText.includes(normalizeTypography(piece)));
  const sourceText = normalizeTypography(stripSourceMarkup(withoutRemoved(source, data.removed ?? [])));
  const invented = selectAll('p, li, h2, h3, blockquote, figcaption > span', tree)
    .map((block: Element) => normalizeTypography(blockText(block)))
    .filter((text) => text !== '' && !sourceText.includes(text));
  return { missing, invented, pieces: pieces.length };
}
