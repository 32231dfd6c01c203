/**
 * French typography for display. Every rule only swaps an apostrophe for its curly form or
 * adds/replaces a space next to punctuation, so a word is never changed and
 * `normalizeTypography` (text.ts) gives the same result before and after.
 */
import type { Element, Root, RootContent, Text } from 'hast';

const NNBSP = '\u202F';

/** Spaces that may sit before French high punctuation or inside guillemets (no line breaks). */
const HSPACE = /[ \u00A0\u2009\u202F]/;
const WHITESPACE = /\s/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER = /\p{L}/u;
/** What may directly precede `; : ! ?` for a narrow space to be inserted. */
const BEFORE_HIGH_PUNCT = /[\p{L}\p{M}\p{N}%)\]}»]/u;
/**
 * What may follow `; : ! ?` for a narrow space to be inserted before it. Anything else (a letter,
 * a digit, `/`, `=`…) means a time (16:00), a URL (https://, ?y=1) or code, not prose.
 */
const AFTER_HIGH_PUNCT = /[\s«»“”"’)\]}.,;:!?…]/;

/** Replace `text[start, end)` by `text`; `anchor` is the index of the character that caused it. */
interface Edit {
  start: number;
  end: number;
  text: string;
  anchor: number;
}

/** The character (whole code point) ending just before index i, or '' at the start. */
function charBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1] ?? '';
}

/** The character (whole code point) starting at index i, or '' at the end. */
function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

const isVisible = (c: string): boolean => c !== '' && !WHITESPACE.test(c);

/** The edits frenchTypography makes to `s`, in increasing, non-overlapping order. */
function computeEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;

    if (HSPACE.test(ch)) {
      let j = i + 1;
      while (j < s.length && HSPACE.test(s[j] as string)) j++;
      const prev = charBefore(s, i);
      const next = charAt(s, j);
      // Only a space between two visible characters: a leading or trailing space, or one
      // next to a line break, is left to HTML whitespace handling.
      const replace = isVisible(prev) && (/[;:!?»]/.test(next) || (prev === '«' && isVisible(next)));
      if (replace && s.slice(i, j) !== NNBSP) {
        edits.push({ start: i, end: j, text: NNBSP, anchor: i });
      }
      i = j;
      continue;
    }

    if (ch === "'") {
      const prev = charBefore(s, i);
      const next = charAt(s, i + 1);
      if (LETTER_OR_MARK.test(prev) && (LETTER.test(next) || next === '«')) {
        edits.push({ start: i, end: i + 1, text: '’', anchor: i });
      }
    } else if (ch === ';' || ch === ':' || ch === '!' || ch === '?') {
      const prev = charBefore(s, i);
      const next = charAt(s, i + 1);
      // prev being `?`/`!` fails BEFORE_HIGH_PUNCT, so "?!" stays together.
      if (BEFORE_HIGH_PUNCT.test(prev) && (next === '' || AFTER_HIGH_PUNCT.test(next))) {
        edits.push({ start: i, end: i, text: NNBSP, anchor: i });
      }
    } else if (ch === '«') {
      const next = charAt(s, i + 1);
      if (isVisible(next) && next !== '»') {
        edits.push({ start: i + 1, end: i + 1, text: NNBSP, anchor: i });
      }
    } else if (ch === '»') {
      const prev = charBefore(s, i);
      if (isVisible(prev) && prev !== '«') {
        edits.push({ start: i, end: i, text: NNBSP, anchor: i });
      }
    }
    i++;
  }
  return edits;
}

/**
 * Apply French typographic spacing and apostrophes to plain text:
 * - `'` between two letters (or between a letter and `«`) becomes `’`;
 * - a narrow no-break space (U+202F) goes before `; : ! ?`, replacing an ordinary or no-break
 *   space, or inserted after a letter, digit, `%`, closing bracket or `»` — but not in `16:00`,
 *   `https://`, `?y=1`, and not between two marks (`?!`);
 * - a narrow no-break space goes after `«` and before `»`, same replacement/insertion logic.
 * Straight double quotes are left alone: their pairing in the sources is unreliable.
 * Idempotent.
 */
export function frenchTypography(text: string): string {
  const edits = computeEdits(text);
  let out = text;
  for (let k = edits.length - 1; k >= 0; k--) {
    const e = edits[k] as Edit;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// rehype plugin

/** Inline elements whose text continues the sentence of their parent block. */
const TRANSPARENT_INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  'rt',
  'rp',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/**
 * Elements whose content must not be touched and which stand as one opaque character in the
 * surrounding sentence (so `<code>x</code>?` gets no space inserted before `?`).
 */
const OPAQUE = new Set([
  'code',
  'kbd',
  'samp',
  'script',
  'style',
  'template',
  'textarea',
  'img',
  'svg',
  'math',
  'input',
  'button',
  'select',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'noscript',
]);

/** Block elements whose content must not be touched. */
const SKIPPED_BLOCK = new Set(['pre']);

/** U+FFFC OBJECT REPLACEMENT CHARACTER: neither a letter nor a space, so it blocks every rule. */
const OPAQUE_CHAR = '\uFFFC';

interface Segment {
  node: Text | null;
  start: number;
  end: number;
}

/** Run the rules over one block, whose text is split across several text nodes. */
function applyToBlock(parts: Array<{ node: Text | null; value: string }>): void {
  if (!parts.some((p) => p.node)) return;
  const segments: Segment[] = [];
  let offset = 0;
  for (const p of parts) {
    segments.push({ node: p.node, start: offset, end: offset + p.value.length });
    offset += p.value.length;
  }
  const combined = parts.map((p) => p.value).join('');
  const edits = computeEdits(combined);
  if (edits.length === 0) return;

  const ops = new Map<Segment, Array<{ pos: number; del: number; ins: string }>>();
  const addOp = (seg: Segment, op: { pos: number; del: number; ins: string }): void => {
    // Edits only ever touch spaces, apostrophes and positions next to punctuation, all of
    // which come from real text nodes, never from OPAQUE_CHAR placeholders.
    if (!seg.node) return;
    const list = ops.get(seg) ?? [];
    list.push(op);
    ops.set(seg, list);
  };

  for (const e of edits) {
    // The inserted text goes into the node holding the character that caused it, so that
    // `<a>mot</a>?` becomes `<a>mot</a> ?` rather than putting the space inside the link.
    const anchorSeg = segments.find((s) => s.start <= e.anchor && e.anchor < s.end);
    if (!anchorSeg) continue;
    let inserted = false;
    for (const seg of segments) {
      if (e.end <= e.start || seg.end <= e.start || seg.start >= e.end) continue;
      const from = Math.max(e.start, seg.start);
      const to = Math.min(e.end, seg.end);
      const ins = seg === anchorSeg ? e.text : '';
      if (seg === anchorSeg) inserted = true;
      addOp(seg, { pos: from - seg.start, del: to - from, ins });
    }
    if (!inserted) addOp(anchorSeg, { pos: e.start - anchorSeg.start, del: 0, ins: e.text });
  }

  for (const [seg, list] of ops) {
    const node = seg.node as Text;
    list.sort((a, b) => b.pos - a.pos);
    let value = node.value;
    for (const op of list) value = value.slice(0, op.pos) + op.ins + value.slice(op.pos + op.del);
    node.value = value;
  }
}

/**
 * Apply frenchTypography to the text of a hast tree in place, block by block, so that context
 * crosses inline element boundaries (`<em>voisins</em>?`). Text in code, pre, script, style,
 * kbd, samp (and similar) is left alone; attributes are never touched.
 */
export function applyFrenchTypography(tree: Root | Element): void {
  let parts: Array<{ node: Text | null; value: string }> = [];
  const flush = (): void => {
    applyToBlock(parts);
    parts = [];
  };
  const walk = (children: RootContent[]): void => {
    for (const child of children) {
      if (child.type === 'text') {
        parts.push({ node: child, value: child.value });
      } else if (child.type === 'element') {
        const tag = child.tagName.toLowerCase();
        if (tag === 'br') parts.push({ node: null, value: '\n' });
        else if (tag === 'wbr') continue;
        else if (OPAQUE.has(tag)) parts.push({ node: null, value: OPAQUE_CHAR });
        else if (TRANSPARENT_INLINE.has(tag)) walk(child.children);
        else {
          flush();
          if (!SKIPPED_BLOCK.has(tag)) walk(child.children);
          flush();
        }
      } else if (child.type === 'comment' || child.type === 'doctype') {
        continue;
      } else {
        // Raw HTML, MDX nodes and other foreign content: opaque.
        parts.push({ node: null, value: OPAQUE_CHAR });
      }
    }
  };
  walk(tree.children);
  flush();
}

/** rehype (unified) plugin: French typography on every text node of the document. */
export function rehypeFrenchTypography() {
  return (tree: Root): void => {
    applyFrenchTypography(tree);
  };
}
