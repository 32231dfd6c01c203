/** A keyword in its context: the words around a mention, cut at word boundaries. */
export interface KeywordInContext {
  before: string;
  match: string;
  after: string;
}

/**
 * The mention `text.slice(start, end)` with up to `width` characters on each side, cut at a space
 * so no word is split, and an ellipsis where the text goes on.
 */
export function keywordInContext(text: string, start: number, end: number, width = 70): KeywordInContext {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0 && text[from - 1] !== ' ') {
    const space = text.indexOf(' ', from);
    from = space === -1 || space >= start ? from : space + 1;
  }
  if (to < text.length && text[to] !== ' ') {
    const space = text.lastIndexOf(' ', to);
    to = space === -1 || space < end ? to : space;
  }
  return {
    before: `${from > 0 ? '… ' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? ' …' : ''}`,
  };
}
