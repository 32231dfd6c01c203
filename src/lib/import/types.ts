/** What the importer reads from a raw text or a saved page, before it writes any file. */

/** A block of the body, as readers see it (`text`) and as the Markdown body writes it (`markdown`). */
export type Block =
  | { kind: 'heading'; text: string; markdown: string }
  | { kind: 'paragraph'; text: string; markdown: string }
  | { kind: 'quote'; text: string; markdown: string }
  | { kind: 'item'; depth: number; ordered?: boolean; text: string; markdown: string }
  | { kind: 'figure'; parts: { role: 'legende' | 'credit'; text: string }[]; text: string };

export interface RemovedPiece {
  text: string;
  kind: 'debris' | 'metadata';
  note: string;
}

export interface Attributed<T> {
  value: T;
  provenance: 'stated' | 'inferred';
  clue?: string;
}

export interface DatedField {
  date: string;
  time?: string;
  notBefore?: string;
  notAfter?: string;
  provenance: 'stated' | 'inferred';
  clue?: string;
}

export interface OutletField {
  value: string | null;
  provenance: 'stated' | 'inferred' | 'unknown';
  clue?: string;
}

export interface ParsedArticle {
  title: string;
  kicker?: string;
  standfirst?: string;
  blocks: Block[];
  removed: RemovedPiece[];
  outlet: OutletField;
  author?: Attributed<string>;
  url?: Attributed<string>;
  published?: DatedField;
  updated?: DatedField;
  truncated?: { reason: 'paywall' | 'cut-off'; note: string };
  transcriptionNotes: string[];
  /** What a person must check, in French, for the review summary. */
  warnings: string[];
}

/** A ParsedArticle's fields (its text, the metadata found, what to review), where an absent optional field may also be written `undefined`. */
export type ParsedArticleParts = {
  [K in keyof ParsedArticle]: ParsedArticle[K] | (undefined extends ParsedArticle[K] ? undefined : never);
};

/**
 * The article both readers (raw text, saved page) return: optional fields they did not find are
 * left out rather than written `undefined`, so that the front matter has no empty keys.
 */
export function parsedArticle(
  text: Pick<ParsedArticleParts, 'title' | 'kicker' | 'standfirst' | 'blocks' | 'removed' | 'truncated'>,
  found: Pick<ParsedArticleParts, 'outlet' | 'author' | 'url' | 'published' | 'updated'>,
  review: Pick<ParsedArticleParts, 'transcriptionNotes' | 'warnings'>,
): ParsedArticle {
  const parts: ParsedArticleParts = { ...text, ...found, ...review };
  // Safe: only keys whose value is undefined, hence optional in ParsedArticle, are dropped.
  return Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined)) as unknown as ParsedArticle;
}

/** A problem with the input itself: one line for the user, nothing written. */
export class ImportError extends Error {
  override name = 'ImportError';
}
