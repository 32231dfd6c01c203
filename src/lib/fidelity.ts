import { splitSentences } from './sentences.ts';

/** One piece of a raw source that the transcription leaves out, as listed in front matter. */
export interface RemovedText {
  text: string;
}

/**
 * The raw source less the pieces the front matter lists as removed. A listed piece that stands
 * alone on one or more lines is removed only there (so "Plus" as a "read more" link goes, but not
 * the "Plus" that opens a sentence); a piece inside a line is removed everywhere it occurs.
 * Throws when a listed piece is not in the source: a removal must be of something real.
 */
export function withoutRemoved(source: string, removed: readonly RemovedText[], file = 'source'): string {
  let text = source.replace(/\r\n?/g, '\n');
  for (const { text: piece } of removed) {
    const lines = text.split('\n');
    const wholeLine = lines.some((line) => line.trim() === piece.trim());
    if (wholeLine) {
      text = lines.filter((line) => line.trim() !== piece.trim()).join('\n');
    } else if (text.includes(piece)) {
      text = text.split(piece).join(' ');
    } else {
      throw new Error(`${file}: removed text not found in the source: ${JSON.stringify(piece)}`);
    }
  }
  return text;
}

/**
 * Markup that some raw sources carry from the page they were scraped from: Markdown emphasis,
 * links (`[text](#)`, kept as their text), autolinks and bullet signs. It is layout, not words.
 */
export function stripSourceMarkup(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<https?:[^>\s]*>/g, ' ')
    .replace(/\*+/g, '')
    .replace(/^[ \t]*[•‣◦▪-][ \t]+/gm, '');
}

/** The pieces (sentences or sentence fragments) of a source that its transcription must contain. */
export function sourcePieces(source: string, removed: readonly RemovedText[], file = 'source'): string[] {
  return splitSentences(stripSourceMarkup(withoutRemoved(source, removed, file))).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}
