/**
 * The import: a raw text or a saved page in, a plan of files out (source, article, draft quotes,
 * figures, events, proposals) and the reviewer's summary. `planImport` reads the content folder
 * but writes nothing; `writePlan` writes, and only what the plan holds. Bad input throws an
 * ImportError with one line for the user, before anything is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { createEntityMatcher } from '../entity-matcher.ts';
import { fold } from '../text.ts';
import { importWords as words } from '../../i18n/fr-import.ts';
import {
  findEvents,
  findFigures,
  findQuotes,
  proposeEntities,
  type KnownEntity,
  type QuoteCandidate,
  type TextBlock,
} from './candidates.ts';
import { isFrench } from './french-text.ts';
import { blocksToMarkdown, parseRawText } from './raw-text.ts';
import { outletOfUrl } from './outlets.ts';
import { reviewSummary } from './review.ts';
import { ImportError, type ParsedArticle } from './types.ts';

export interface ImportOptions {
  file: string;
  contentDir: string;
  slug?: string;
  url?: string;
  force?: boolean;
  /** The day of the import (tests fix it). */
  now?: Date;
}

export interface PlannedFile {
  /** Path relative to the content folder. */
  path: string;
  content: string | Uint8Array;
}

export interface ImportPlan {
  slug: string;
  seed: string;
  article: ParsedArticle;
  files: PlannedFile[];
  /** Draft files of an earlier import of the same article, replaced under --force. */
  stale: string[];
  summary: string;
}

/** The URL slug of a title: folded, words joined by hyphens, at most about 60 characters. */
export function slugify(title: string): string {
  const parts = fold(title)
    .replace(/['’]/g, '-')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const part of parts) {
    if (slug.length + part.length + 1 > 60 && slug !== '') break;
    slug = slug ? `${slug}-${part}` : part;
  }
  return slug;
}

const THEMES: [RegExp, string][] = [
  [/diplomat|sommet|rencontr|visite/i, 'diplomatie'],
  [/\barme|armement|missile|militaire/i, 'armement'],
  [/munition|obus/i, 'munitions'],
  [/sanction/i, 'sanctions'],
  [/Ukraine/, 'guerre en Ukraine'],
  [/nucléaire/i, 'nucléaire'],
  [/aide alimentaire|aide humanitaire|pénuries alimentaires/i, 'aide alimentaire'],
  [/satellite/i, 'satellites'],
  [/isol/i, 'isolement'],
  [/traité/i, 'traité'],
];

/** Text that is not UTF-8, or has NUL bytes, is not a text file. */
function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new ImportError(`${file}: not a text file (binary content)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${file}: not a text file (not UTF-8)`);
  }
}

interface ExistingContent {
  entities: Map<string, KnownEntity & { names: string[] }>;
  /** Article slug → its seed. */
  articles: Map<string, string>;
  /** Seed → source bytes' hash. */
  sources: Map<string, string>;
}

function readExisting(contentDir: string): ExistingContent {
  const entitiesFile = path.join(contentDir, 'entities.yaml');
  const data = existsSync(entitiesFile)
    ? ((parse(readFileSync(entitiesFile, 'utf8')) ?? {}) as Record<
        string,
        { name: string; kind: string; variants?: string[]; description?: string }
      >)
    : {};
  const entities = new Map(
    Object.entries(data).map(([id, e]) => [
      id,
      { id, name: e.name, kind: e.kind, ...(e.description ? { description: e.description } : {}), names: [e.name, ...(e.variants ?? [])] },
    ]),
  );
  const list = (dir: string, ext: RegExp) =>
    existsSync(path.join(contentDir, dir)) ? readdirSync(path.join(contentDir, dir)).filter((n) => ext.test(n)) : [];
  const articles = new Map(
    list('articles', /\.md$/).map((name) => {
      const text = readFileSync(path.join(contentDir, 'articles', name), 'utf8');
      return [name.replace(/\.md$/, ''), /^seed:\s*"?([^"\n]+)"?\s*$/m.exec(text)?.[1] ?? ''];
    }),
  );
  const sources = new Map(
    list('sources', /\.txt$/).map((name) => [name.replace(/\.txt$/, ''), sha256(readFileSync(path.join(contentDir, 'sources', name)))]),
  );
  return { entities, articles, sources };
}

/** Strings in double quotes, like the hand-written files: « 07:30 » or « 2024-06 » stay text. */
const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The seed of a source: its existing id if the same bytes are already there, else the next number and the start of its SHA-256. */
function seedFor(bytes: Uint8Array | string, existing: ExistingContent): string {
  const hash = sha256(bytes);
  for (const [seed, other] of existing.sources) if (other === hash) return seed;
  // The number before `_` (three digits or more: past 999 sources it simply grows).
  const numbers = [...existing.sources.keys()].map((s) => Number(s.slice(0, s.indexOf('_')))).filter(Number.isFinite);
  const next = numbers.reduce((highest, n) => Math.max(highest, n + 1), 0);
  return `${String(next).padStart(3, '0')}_${hash.slice(0, 16)}`;
}

/** An id from the first words of a text: kebab-case, unique among `taken`. */
function idFrom(text: string, taken: Set<string>, words = 6): string {
  const base =
    fold(text)
      .replace(/['’]/g, ' ')
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(0, words)
      .join('-') || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const firstWords = (text: string, count: number) => {
  const parts = text.split(/\s+/);
  return parts.length <= count
    ? text.replace(/[.:;,]$/, '')
    : `${parts
        .slice(0, count)
        .join(' ')
        .replace(/[.:;,]$/, '')}…`;
};

export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const { file, contentDir } = options;
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  if (!existsSync(file)) throw new ImportError(`${file}: no such file`);
  const bytes = new Uint8Array(readFileSync(file));
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') throw new ImportError(`${file}: empty file`);
  const raw = decodeText(bytes, file);
  const isHtml = /\.html?$/i.test(file) || /^\s*(?:<!doctype html|<html)/i.test(raw);

  let article: ParsedArticle;
  let source: Uint8Array | string;
  if (isHtml) {
    // jsdom is loaded only for saved pages: a raw text imports without it.
    const { extractHtml } = await import('./html.ts');
    const extracted = extractHtml(raw, options.url);
    article = extracted.article;
    source = extracted.text;
  } else {
    article = parseRawText(raw);
    source = bytes;
  }
  if (!article.title) throw new ImportError(`${file}: no title found`);
  const bodyText = article.blocks.map((b) => b.text).join(' ');
  if (!isFrench(`${article.title} ${article.standfirst ?? ''} ${bodyText}`)) throw new ImportError(`${file}: the text is not in French`);
  if (article.blocks.filter((b) => b.kind !== 'figure').length === 0) throw new ImportError(`${file}: no article text found`);

  if (options.url) {
    if (!/^https?:\/\//.test(options.url) || !URL.canParse(options.url)) throw new ImportError(`--url: not a web address: ${options.url}`);
    if (!article.url) article.url = { value: options.url, provenance: 'inferred', clue: words.clue.urlOption };
    if (article.outlet.provenance === 'unknown') {
      const byDomain = outletOfUrl(options.url);
      if (byDomain)
        article.outlet = { value: byDomain.outlet.name, provenance: 'inferred', clue: words.clue.outletDomain(byDomain.domain) };
    }
  }
  const undated = !article.published;
  if (!article.published) {
    article.published = { date: today.slice(0, 7), notAfter: today, provenance: 'inferred', clue: words.clue.noDate };
    article.warnings.push('Aucune date de parution trouvée : à renseigner.');
  }

  const slug = options.slug ?? slugify(article.title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new ImportError(`--slug: expected lowercase words joined by hyphens, got "${slug}"`);
  const existing = readExisting(contentDir);
  const seed = seedFor(source, existing);
  const takenBy = existing.articles.get(slug);
  if (takenBy !== undefined && takenBy !== seed) {
    throw new ImportError(`slug "${slug}" is already taken by articles/${slug}.md (seed ${takenBy}); choose another with --slug`);
  }
  const sameSource = [...existing.articles].find(([other, s]) => s === seed && other !== slug);
  if (sameSource) throw new ImportError(`${file}: this text is already imported as articles/${sameSource[0]}.md`);

  // Draft evidence.
  const entities = new Map<string, KnownEntity>(
    [...existing.entities].map(([id, e]) => [
      id,
      { id: e.id, name: e.name, kind: e.kind, ...(e.description !== undefined ? { description: e.description } : {}) },
    ]),
  );
  const matcher = createEntityMatcher([...existing.entities.values()].map((e) => ({ id: e.id, names: e.names })));
  const textBlocks: TextBlock[] = [
    { text: article.title, body: false },
    ...(article.standfirst ? [{ text: article.standfirst, body: false }] : []),
    ...article.blocks
      .filter((b) => b.kind === 'paragraph' || b.kind === 'item' || b.kind === 'quote')
      .map((b) => ({ text: b.text, body: true })),
  ];
  const quotes = findQuotes(textBlocks, matcher, entities);
  const figures = findFigures(textBlocks, matcher, entities);
  // With no publication date, « lundi » or « fin juillet » cannot be dated: only dates with their year are kept.
  const events = findEvents(textBlocks, article.published.date, matcher, entities).filter(
    (e) => (e.date.length > 4 || Number(e.date) >= 1800) && (!undated || /\d{4}/.test(e.when)),
  );
  const proposals = proposeEntities(textBlocks, matcher);

  const quoteIds = new Set<string>();
  const draftQuotes = quotes
    .filter((q): q is QuoteCandidate & { speaker: string } => q.speaker !== undefined && q.passage.length >= 12 && q.quote.length >= 3)
    .map((q) => ({
      id: idFrom(`${q.speaker} ${q.quote}`, quoteIds),
      speaker: q.speaker,
      ...(q.speakerAs && q.speakerAs !== entities.get(q.speaker)?.name ? { speakerAs: q.speakerAs } : {}),
      passage: q.passage,
      quote: q.quote,
      indirect: q.indirect,
      reviewed: false,
    }));
  const claimIds = new Set<string>();
  const draftClaims = figures
    .filter((f): f is typeof f & { claimant: string } => f.passage.length >= 12 && f.claimant !== undefined)
    .map((f) => ({
      id: idFrom(f.figure, claimIds),
      kind: 'figure',
      statement: words.draft.figureStatement(
        f.figure,
        f.claimant === 'outlet' ? words.draft.outletVoice : (entities.get(f.claimant)?.name ?? f.claimant),
      ),
      figure: f.figure,
      claimant: f.claimant,
      attribution: f.attribution,
      passage: f.passage,
      importance: 3,
      reviewed: false,
    }));
  const held = quotes.filter((q) => q.speaker === undefined);
  const heldFigures = figures.filter((f) => f.claimant === undefined);

  const files: PlannedFile[] = [];
  files.push({ path: `sources/${seed}.txt`, content: source });
  const themes = [...new Set(THEMES.filter(([re]) => re.test(`${article.title} ${bodyText}`)).map(([, theme]) => theme))];
  const frontMatter = {
    ...(article.kicker ? { kicker: article.kicker } : {}),
    title: article.title,
    ...(article.standfirst ? { standfirst: article.standfirst } : {}),
    outlet: article.outlet,
    ...(article.author ? { author: article.author } : {}),
    ...(article.url ? { url: article.url } : {}),
    published: article.published,
    ...(article.updated ? { updated: article.updated } : {}),
    seed,
    lang: 'fr',
    ...(article.truncated ? { truncated: article.truncated } : {}),
    themes: themes.length > 0 ? themes : [words.theme],
    removed: article.removed,
    transcriptionNotes: [words.notes.imported(today), ...article.transcriptionNotes],
  };
  files.push({
    path: `articles/${slug}.md`,
    content: `---\n${stringify(frontMatter, YAML_OPTIONS)}---\n\n${blocksToMarkdown(article.blocks)}`,
  });
  const header = '# Relevé automatiquement par npm run import : chaque élément est à vérifier, puis à marquer reviewed: true.\n';
  if (draftQuotes.length > 0)
    files.push({ path: `quotes/${slug}.yaml`, content: header + stringify({ article: slug, quotes: draftQuotes }, YAML_OPTIONS) });
  if (draftClaims.length > 0)
    files.push({ path: `claims/${slug}.yaml`, content: header + stringify({ article: slug, claims: draftClaims }, YAML_OPTIONS) });
  events.forEach((event, index) => {
    const data = {
      date: event.date,
      ...(event.endDate && event.endDate >= event.date ? { endDate: event.endDate } : {}),
      dateNote: event.dateNote,
      title: firstWords(event.passage, 12),
      description: event.passage,
      kind: event.kind,
      status: event.status,
      people: event.people,
      places: event.places,
      citations: [{ article: slug, passage: event.passage }],
      importance: 3,
      reviewed: false,
    };
    files.push({ path: `events/${event.date}-${slug}-${index + 1}.yaml`, content: header + stringify(data, YAML_OPTIONS) });
  });
  if (proposals.length > 0 || held.length > 0 || heldFigures.length > 0) {
    const proposal = {
      article: slug,
      entities: proposals.map((p) => ({
        id: idFrom(p.name, new Set(existing.entities.keys()), 8),
        name: p.name,
        kind: p.kind,
        variants: p.variants,
        seenIn: p.seenIn,
      })),
      heldQuotes: held.map((q) => ({ passage: q.passage, quote: q.quote, indirect: q.indirect })),
      heldFigures: heldFigures.map((f) => ({ passage: f.passage, figure: f.figure })),
    };
    files.push({
      path: `proposals/${slug}.yaml`,
      content:
        '# Propositions de l’import, hors du site : entités absentes de entities.yaml (à y ajouter ou à écarter),\n# et citations mises de côté faute d’orateur connu.\n' +
        stringify(proposal, YAML_OPTIONS),
    });
  }

  // Earlier drafts of this article (events are one file each) are replaced, never left behind.
  const stale = existsSync(path.join(contentDir, 'events'))
    ? readdirSync(path.join(contentDir, 'events'))
        .filter((name) => name.includes(`-${slug}-`) && /reviewed: false/.test(readFileSync(path.join(contentDir, 'events', name), 'utf8')))
        .map((name) => `events/${name}`)
        .filter((name) => !files.some((f) => f.path === name))
    : [];
  if (!options.force) {
    const present = [
      ...files
        .map((f) => f.path)
        .filter((p) => existsSync(path.join(contentDir, p)) && !(p.startsWith('sources/') && existing.sources.has(seed))),
      ...stale,
    ];
    if (present.length > 0) throw new ImportError(`${present[0]} already exists; nothing written (use --force to overwrite)`);
  }

  const summary = reviewSummary(
    article,
    files.map((f) => f.path),
    {
      quotes: draftQuotes.length,
      figures: draftClaims.length,
      events: events.length,
      held: held.length + heldFigures.length,
      entities: proposals.map((p) => ({ name: p.name, variants: p.variants })),
    },
  );
  return { slug, seed, article, files, stale, summary };
}

/** Writes the plan's files into the content folder (and removes the stale drafts it replaces). */
export function writePlan(plan: ImportPlan, contentDir: string): void {
  for (const file of plan.files) {
    const target = path.join(contentDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  for (const stale of plan.stale) rmSync(path.join(contentDir, stale), { force: true });
}
