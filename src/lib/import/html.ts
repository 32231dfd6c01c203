/**
 * A saved web page to an article. The page is cleaned of what is never the article (scripts,
 * navigation, cookie banners, share buttons, « Lire aussi » boxes, most-read lists, footers), the
 * article is extracted with Mozilla's Readability on jsdom (scripts never run, nothing is
 * fetched), and each block is converted to Markdown with turndown. The extracted text, one block
 * a line, becomes the article's source in content/sources/, so the fidelity check compares the
 * page with what was extracted.
 */
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import { importWords as words } from '../../i18n/fr-import.ts';
import { parsePressDates, readDateLine } from './french-dates.ts';
import { outletOfUrl } from './outlets.ts';
import { parsedArticle, type Block, type DatedField, type OutletField, type ParsedArticle, type RemovedPiece } from './types.ts';

/** Page furniture, by tag, role or class/id words. */
const NEVER_ARTICLE =
  'script, style, noscript, template, nav, footer, aside, form, button, iframe, svg, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], [role="dialog"], [role="complementary"], [hidden]';
const FURNITURE =
  /(?:^|[-_\s])(?:cookies?|consent|gdpr|rgpd|share|sharing|social|partage|partager|newsletter|related|lire-aussi|read-also|readalso|most-read|mostread|plus-lus|popular|trending|breadcrumbs?|ariane|comments?|commentaires|ads?|advert|advertising|pub|publicite|promo|subscribe|abonnement|paywall-banner|outbrain|taboola|sidebar|menu|header-nav|site-header|site-footer)(?:$|[-_\s])/i;
const DEBRIS_TEXT =
  /^(?:(?:[ÀA] )?lire (?:aussi|également)|voir aussi|sur le même sujet|partager|les plus lus|publicité|abonnez-vous|newsletter)\b/i;
const STANDFIRST_CLASS = /(?:^|[-_\s])(?:chapo|chapeau|standfirst|lead|lede|intro|article__desc|description|summary)(?:$|[-_\s])/i;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = clean(element?.getAttribute('content'));
    if (content) return content;
  }
  return undefined;
}

function turndown(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**' });
  service.remove(['img', 'picture', 'video', 'audio', 'source']);
  // Only web links survive; others keep their text (the site refuses other schemes).
  service.addRule('webLinksOnly', {
    filter: 'a',
    replacement: (content, node) => {
      const href = (node as Element).getAttribute('href') ?? '';
      return /^https?:\/\//.test(href) && content.trim() !== '' ? `[${content}](${href})` : content;
    },
  });
  return service;
}

function isFurniture(element: Element): boolean {
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return FURNITURE.test(marks) || (element.getAttribute('aria-label') ?? '').match(/partag|share|cookie|navigation/i) !== null;
}

/** Reads a saved page; `pageUrl` (--url) is used when the page does not give its own address. */
export function extractHtml(html: string, pageUrl?: string): { article: ParsedArticle; text: string } {
  const dom = new JSDOM(html, { url: pageUrl && URL.canParse(pageUrl) ? pageUrl : 'https://page.invalid/' });
  const { document } = dom.window;
  const warnings: string[] = [];
  const removed: RemovedPiece[] = [];

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const siteName = meta(document, 'og:site_name');
  const publishedMeta = meta(document, 'article:published_time', 'datePublished');
  const modifiedMeta = meta(document, 'article:modified_time', 'dateModified');
  const authorMeta = meta(document, 'author', 'article:author');
  const h1 = clean(document.querySelector('h1')?.textContent);
  const title = h1 || meta(document, 'og:title') || clean(document.title);
  const standfirstElement = [...document.querySelectorAll('p, div')].find(
    (el) => STANDFIRST_CLASS.test(el.getAttribute('class') ?? '') && clean(el.textContent).length > 40,
  );
  const standfirst = clean(standfirstElement?.textContent) || undefined;
  const bylineElement = document.querySelector('[rel="author"], .author, .byline, [class*="author"], [class*="signature"]');
  const byline = clean(bylineElement?.textContent) || undefined;
  const dateElement = [...document.querySelectorAll('time, [class*="date"], [class*="published"]')].find(
    (el) => parsePressDates(clean(el.textContent)).length > 0,
  );
  const dateLine = clean(dateElement?.textContent) || undefined;

  for (const element of [...document.querySelectorAll(NEVER_ARTICLE)]) element.remove();
  for (const element of [...document.querySelectorAll('body *')]) if (element.isConnected && isFurniture(element)) element.remove();

  const extracted = new Readability(document, { keepClasses: false, charThreshold: 200 }).parse();
  const content = new JSDOM(`<body>${extracted?.content ?? ''}</body>`).window.document.body;
  const service = turndown();
  const blocks: Block[] = [];
  const seenText = new Set([title, standfirst ?? '', byline ?? '', dateLine ?? '']);
  const add = (block: Block) => {
    if (block.text === '' || DEBRIS_TEXT.test(block.text) || seenText.has(block.text)) return;
    seenText.add(block.text);
    blocks.push(block);
  };
  for (const element of [...content.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption')]) {
    if (element.parentElement?.closest('p, li, blockquote, figcaption')) continue;
    const tag = element.tagName.toLowerCase();
    const text = clean(element.textContent);
    if (tag === 'figcaption') {
      add({ kind: 'figure', parts: [{ role: 'legende', text }], text });
    } else if (tag === 'li') {
      const depth = [...ancestors(element)].filter((a) => /^(?:ul|ol)$/i.test(a.tagName)).length - 1;
      const markdown = service.turndown(ownHtml(element)).replace(/\n+/g, ' ').trim();
      add({
        kind: 'item',
        depth: Math.max(0, depth),
        ordered: element.parentElement?.tagName.toLowerCase() === 'ol',
        text: clean(ownText(element)),
        markdown,
      });
    } else {
      const markdown = service.turndown(element.innerHTML).replace(/\n+/g, ' ').trim();
      const kind = /^h\d$/.test(tag) ? 'heading' : tag === 'blockquote' ? 'quote' : 'paragraph';
      add({ kind, text, markdown });
    }
  }

  // Metadata: printed on the page (stated), else from the page's tags (inferred, with the tag as clue).
  let published: DatedField | undefined;
  let updated: DatedField | undefined;
  if (dateLine) {
    for (const { role, value } of readDateLine(dateLine)) {
      if (role === 'updated') updated ??= { ...value, provenance: 'stated' };
      else published ??= { ...value, provenance: 'stated' };
    }
    removed.push({ text: dateLine, kind: 'metadata', note: words.removed.published });
  }
  if (!published && publishedMeta) {
    const [value] = parsePressDates(publishedMeta);
    if (value) published = { ...value, provenance: 'inferred', clue: words.clue.metaPublished(publishedMeta) };
  }
  if (!updated && modifiedMeta) {
    const [value] = parsePressDates(modifiedMeta);
    if (value && value.date !== published?.date)
      updated = { ...value, provenance: 'inferred', clue: words.clue.metaModified(modifiedMeta) };
  }
  let author: ParsedArticle['author'];
  if (byline) {
    author = { value: byline.replace(/^Par\s+/i, ''), provenance: 'stated' };
    removed.push({ text: byline, kind: 'metadata', note: words.removed.byline });
  } else if (authorMeta) {
    author = { value: authorMeta, provenance: 'inferred', clue: words.clue.metaAuthor(authorMeta) };
  }
  const address = canonical && /^https?:\/\//.test(canonical) ? canonical : pageUrl;
  const url: ParsedArticle['url'] =
    address && URL.canParse(address)
      ? { value: address, provenance: 'inferred', clue: canonical ? words.clue.canonical : words.clue.urlOption }
      : undefined;
  let outlet: OutletField = { value: null, provenance: 'unknown', clue: words.clue.outletUnknown };
  const byDomain = address ? outletOfUrl(address) : undefined;
  if (siteName) outlet = { value: siteName, provenance: 'inferred', clue: words.clue.outletSiteName(siteName) };
  else if (byDomain) outlet = { value: byDomain.outlet.name, provenance: 'inferred', clue: words.clue.outletDomain(byDomain.domain) };
  if (!extracted) warnings.push('Readability n’a pas trouvé d’article dans la page.');

  const lines = [title, standfirst, byline, dateLine].filter((s): s is string => Boolean(s));
  for (const block of blocks) {
    lines.push(block.kind === 'item' ? `${'  '.repeat(block.depth + 1)}• ${block.text}` : block.text);
  }
  const article = parsedArticle(
    { title, standfirst: standfirst || undefined, blocks, removed },
    { outlet, author, url, published, updated },
    { transcriptionNotes: [words.notes.fromHtml], warnings },
  );
  return { article, text: `${lines.join('\n\n')}\n` };
}

function* ancestors(element: Element): Generator<Element> {
  for (let node = element.parentElement; node; node = node.parentElement) yield node;
}

/** A list item without its nested lists (they are items of their own). */
function ownHtml(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const list of [...copy.querySelectorAll('ul, ol')]) list.remove();
  return copy.innerHTML;
}
const ownText = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  for (const list of [...copy.querySelectorAll('ul, ol')]) list.remove();
  return copy.textContent ?? '';
};
