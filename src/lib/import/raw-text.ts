/**
 * Reads a raw text as collected from a news page (title, standfirst, byline, dates, debris lines,
 * `•` bullets, photo captions, paywall notices, breadcrumbs, share prompts, « Lire aussi » links)
 * into an article: header fields with their provenance, body blocks, and every removed line,
 * verbatim, with its kind and a note. Nothing is rewritten: a line is either kept whole as a block
 * (its words unchanged) or listed as removed.
 */
import { fold } from '../text.ts';
import { splitSentences } from '../sentences.ts';
import { importWords as words } from '../../i18n/fr-import.ts';
import { findDateMentions, isDateLine, readDateLine } from './french-dates.ts';
import { outletNamed, outletOfUrl } from './outlets.ts';
import { parsedArticle, type Block, type DatedField, type OutletField, type ParsedArticle, type RemovedPiece } from './types.ts';

interface Unit {
  /** The line as written, and without its leading and trailing spaces. */
  raw: string;
  text: string;
  line: number;
  indent: number;
  /** A blank line (or the start/end of the text) before / after it. */
  blankBefore: boolean;
  blankAfter: boolean;
}

/** Lines that are page furniture, whole (compared without case and final punctuation). */
const DEBRIS_LINES = new Map<string, string>(
  (
    [
      ['plus', 'lien « Plus »'],
      ['lire plus', 'lien « Lire plus »'],
      ['voir plus', 'lien « Voir plus »'],
      ['lire la suite', 'lien « Lire la suite »'],
      ['source link', 'lien « Source link » d’un site de reprise'],
      ['must read', 'rubrique « Must Read » d’un site de reprise'],
      ['partager', 'bouton de partage'],
      ['partager cet article', 'bouton de partage'],
      ['partager sur facebook', 'bouton de partage'],
      ['partager sur twitter', 'bouton de partage'],
      ['partager sur x', 'bouton de partage'],
      ['partager sur linkedin', 'bouton de partage'],
      ['partager sur whatsapp', 'bouton de partage'],
      ['tweeter', 'bouton de partage'],
      ['copier le lien', 'bouton de partage'],
      ['envoyer par e-mail', 'bouton de partage'],
      ['imprimer', 'bouton « Imprimer »'],
      ['commenter', 'lien vers les commentaires'],
      ['réagir', 'lien vers les commentaires'],
      ['commentaires', 'lien vers les commentaires'],
      ['abonnez-vous', 'invitation à s’abonner'],
      ['s’abonner', 'invitation à s’abonner'],
      ["s'abonner", 'invitation à s’abonner'],
      ['je m’abonne', 'invitation à s’abonner'],
      ["je m'abonne", 'invitation à s’abonner'],
      ['newsletter', 'invitation à la lettre d’information'],
      ['publicité', 'emplacement publicitaire'],
      ['écouter cet article', 'lecteur audio'],
      ['accueil', 'menu de navigation'],
      ['menu', 'menu de navigation'],
      ['rechercher', 'menu de navigation'],
      ['suivez-nous', 'liens vers les réseaux sociaux'],
      ['vous avez trouvé une erreur? signalez-la', 'invitation à signaler une erreur, en pied de page'],
      ['vous avez trouvé une erreur ? signalez-la', 'invitation à signaler une erreur, en pied de page'],
      ['signaler une erreur', 'invitation à signaler une erreur'],
      ['les plus lus', 'liste des articles les plus lus'],
      ['les plus lues', 'liste des articles les plus lus'],
      ['à la une', 'rubrique « À la une »'],
      ['sur le même sujet', 'renvoi vers d’autres articles'],
      ['lire aussi', 'renvoi « Lire aussi »'],
      ['à lire aussi', 'renvoi « Lire aussi »'],
      ['a lire aussi', 'renvoi « Lire aussi »'],
      ['voir aussi', 'renvoi « Voir aussi »'],
      ['contenu sponsorisé', 'contenu sponsorisé'],
      ['fermer', 'bouton « Fermer »'],
    ] as const
  ).map(([line, what]) => [line, what]),
);

const PAYWALL =
  /^(?:Il vous reste [\d.,]+\s?% de cet article à lire\.?(?:\s*La suite est réservée aux abonnés\.?)?|(?:Cet )?article réservé aux abonnés\.?|La suite est réservée aux abonnés\.?|Abonnez-vous pour lire la suite.*)$/i;
const RELATED_PREFIX = /^(?:[ÀA] lire (?:aussi|également)|Lire (?:aussi|également)|Voir aussi|Sur le même sujet|LIRE AUSSI)\s*[:\-–—|]/;
const SEPARATOR = /^[|•·\-–—_*=~#]+$/;
const GALLERY = /^\d+\s*\/\s*\d+$/;
const READING_TIME = /^(?:Temps de lecture\s*:?\s*)?\d+\s*min(?:utes?)?(?: de lecture)?$/i;
const URL_LINE = /^<(https?:\/\/[^>]+)>$|^(https?:\/\/\S+)$/;
const MONTH_PREFIX = /^date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)/;
const BULLET = /^(\s*)[•‣◦▪]\s+(.*)$/;
const BBC_CAPTION = /^(Crédit photo,\s*.+?)\s+(Légende image,)\s*(.+)$/;
const CREDIT_LINE = /^(?:Photo|Photos|Crédit|Crédits|Crédit photo|Illustration)\s?:\s?\S.{0,80}$|^©\s?\S.{0,80}$/;
const TERMINAL = /[.!?…»"”)\]]$/;
const OPENS_QUOTE = /^["«“]/;

const normalizeLine = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’]/g, '’')
    .replace(/[\s.!:]+$/, '')
    .trim();

/** A removed line is listed by its text as written (trimmed): the fidelity check removes it by that. */
function removedPiece(text: string, kind: RemovedPiece['kind'], note: string): RemovedPiece {
  return { text, kind, note };
}

/**
 * A raw line's Markdown and its text as readers see it: links with no web target keep their text
 * only; Markdown emphasis in the source is kept; characters Markdown would read as syntax are
 * escaped so that the page shows the words of the source, and only them.
 */
export function inlineMarkdown(line: string): { markdown: string; text: string; deadLinks: boolean } {
  let deadLinks = false;
  const markdown = escapeMarkdown(
    line.replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_, label: string, target: string) => {
      if (/^https?:\/\//.test(target.trim())) return `\u0000${label}\u0001${target.trim()}\u0002`;
      deadLinks = true;
      return label;
    }),
    // eslint-disable-next-line no-control-regex -- intentional: U+0000–U+0002 are the markers the pass above puts around a kept link, so that escapeMarkdown leaves it whole
  ).replace(/\u0000([^\u0001]*)\u0001([^\u0002]*)\u0002/g, '[$1]($2)');
  const text = line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { markdown, text, deadLinks };
}

function escapeMarkdown(s: string): string {
  return s
    .replace(/&(?=[#a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/_/g, '\\_')
    .replace(/`/g, '\\`')
    .replace(/^(\s*)([#>+])/, '$1\\$2')
    .replace(/^(\s*)-(\s)/, '$1\\-$2')
    .replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Markdown of a figure for a photo the text names but does not contain. */
export function figureMarkdown(parts: { role: 'legende' | 'credit'; text: string }[]): string {
  const spans = parts.map(({ role, text }) => `<span class="${role}">${escapeHtml(text)}</span>`).join(' ');
  return `<figure class="photo-absente"><figcaption>${spans}</figcaption></figure>`;
}

/** Words of four letters or more, folded: what a heading shares with the text before it. */
const contentWords = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4);

function isPersonName(text: string): boolean {
  const name = text.replace(/^Par\s+/, '');
  if (name.length > 60 || /[.!?:;,]$/.test(name)) return false;
  const parts = name.split(/\s+/);
  if (parts.length < 2 || parts.length > 5) return false;
  return (
    parts.every((p) => /^\p{Lu}[\p{L}’'-]+$/u.test(p) || /^(?:de|du|des|van|von|der|le|la|di|da|et)$/.test(p)) &&
    /^\p{Lu}/u.test(parts.at(-1) ?? '')
  );
}

export function parseRawText(source: string): ParsedArticle {
  const removed: RemovedPiece[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  let published: DatedField | undefined;
  let updated: DatedField | undefined;
  let url: ParsedArticle['url'];
  let author: ParsedArticle['author'];
  let statedOutlet: OutletField | undefined;
  let paywallFormula: string | undefined;
  let shownDateLine: string | undefined;
  let bbcCaptions = false;
  const removeOnce = (piece: RemovedPiece) => {
    if (!removed.some((r) => r.text === piece.text)) removed.push(piece);
  };

  // 1. Lines, with blank-line neighbours; unambiguous metadata and debris are taken out first.
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const units: Unit[] = [];
  lines.forEach((raw, line) => {
    let text = raw.trim();
    if (text === '') return;
    const month = MONTH_PREFIX.exec(text);
    if (month) {
      removeOnce(removedPiece(month[0], 'metadata', words.removed.monthDate));
      published ??= { date: month[1] ?? '', provenance: 'stated', clue: words.clue.monthDate(month[0]) };
      text = text.slice(month[0].length).trim();
      if (text === '') return;
    }
    units.push({
      raw,
      text,
      line,
      indent: /^\s*/.exec(raw)?.[0].length ?? 0,
      blankBefore: line === 0 || (lines[line - 1] ?? '').trim() === '',
      blankAfter: line === lines.length - 1 || (lines[line + 1] ?? '').trim() === '',
    });
  });

  const kept: Unit[] = [];
  for (const unit of units) {
    const { text } = unit;
    const dateText = text.replace(/^[-–—•]\s*/, '');
    const urlMatch = URL_LINE.exec(text);
    if (urlMatch) {
      const address = (urlMatch[1] ?? urlMatch[2] ?? '').replace(/\s+/g, '');
      removeOnce(removedPiece(text, 'metadata', words.removed.url));
      if (!url && URL.canParse(address)) url = { value: address, provenance: 'stated' };
      if (address !== (urlMatch[1] ?? urlMatch[2]))
        warnings.push(`L’adresse d’origine contient des espaces dans le texte recueilli ; elles sont retirées : ${address}`);
      continue;
    }
    if (isDateLine(dateText)) {
      const dates = readDateLine(dateText);
      for (const { role, value } of dates) {
        if (role === 'updated') updated ??= { ...value, provenance: 'stated' };
        else if (role === 'published') published ??= { ...value, provenance: 'stated' };
        else if (!published) {
          published = { ...value, provenance: 'inferred', clue: words.clue.shownDate(text) };
          shownDateLine = text;
          warnings.push(`Date « ${text} » sans mention « Publié » : prise comme date de parution déduite, à vérifier.`);
        }
      }
      const roles = new Set(dates.map((d) => d.role));
      const note = roles.has('published')
        ? words.removed.published
        : roles.has('updated')
          ? words.removed.updated
          : words.removed.shownDate;
      removeOnce(removedPiece(text, 'metadata', note));
      continue;
    }
    if (PAYWALL.test(text)) {
      paywallFormula ??= text;
      removeOnce(removedPiece(text, 'debris', words.removed.paywall));
      continue;
    }
    const debris = DEBRIS_LINES.get(normalizeLine(text));
    if (debris || SEPARATOR.test(text) || GALLERY.test(text) || READING_TIME.test(text) || RELATED_PREFIX.test(text)) {
      const note = SEPARATOR.test(text)
        ? words.removed.separator
        : GALLERY.test(text)
          ? words.removed.gallery
          : RELATED_PREFIX.test(text)
            ? words.removed.related
            : words.removed.debris(debris ?? 'temps de lecture');
      removeOnce(removedPiece(text, 'debris', note));
      continue;
    }
    const outlet = outletNamed(text);
    if (outlet) {
      statedOutlet ??= { value: outlet.name, provenance: 'stated', clue: words.clue.outletLine(outlet.name) };
      removeOnce(removedPiece(text, 'metadata', words.removed.outlet));
      continue;
    }
    kept.push(unit);
  }

  // 2. Breadcrumbs: a line that ends with another line's text (« Home World <titre> »).
  const content = kept.filter((unit, index) => {
    const later = kept
      .slice(index + 1, index + 4)
      .find((other) => other.text.length >= 20 && unit.text !== other.text && unit.text.endsWith(other.text));
    if (later && unit.text.length - later.text.length <= 40) {
      removeOnce(removedPiece(unit.text, 'debris', words.removed.breadcrumb));
      return false;
    }
    return true;
  });

  // 3. Header: kicker, title, standfirst, byline.
  let cursor = 0;
  const first = content[0];
  const second = content[1];
  let kicker: string | undefined;
  if (
    first &&
    second &&
    !first.blankAfter &&
    first.text.length <= 80 &&
    !/[.]$/.test(first.text) &&
    !/[.]$/.test(second.text) &&
    second.text.length <= 200
  ) {
    kicker = first.text;
    cursor = 1;
  }
  const titleUnit = content[cursor];
  const title = titleUnit ? inlineMarkdown(titleUnit.text).text : '';
  cursor++;
  let standfirst: string | undefined;
  const next = content[cursor];
  if (
    next &&
    !BULLET.test(next.raw) &&
    !BBC_CAPTION.test(next.text) &&
    TERMINAL.test(next.text) &&
    !CREDIT_LINE.test(content[cursor + 1]?.text ?? '')
  ) {
    const sentences = splitSentences(next.text).length;
    const following = content[cursor + 1];
    const metadataFollows = next.blankAfter && following && isPersonName(following.text);
    const gapToNext = following !== undefined && following.line - next.line > 2;
    if (sentences >= 2 || metadataFollows || gapToNext) {
      standfirst = inlineMarkdown(next.text).text;
      cursor++;
      warnings.push('Chapô : le paragraphe qui suit le titre est pris pour le chapô, à vérifier.');
    }
  }
  for (let unit = content[cursor]; unit && isPersonName(unit.text) && !author; unit = content[cursor]) {
    const name = unit.text;
    author = { value: name.replace(/^Par\s+/, ''), provenance: 'stated' };
    removeOnce(removedPiece(name, 'metadata', words.removed.byline));
    cursor++;
  }

  // 4. Body blocks.
  const body = content.slice(cursor);
  const rubric = (text: string) => /^(\p{Lu}[^:.!?\d]{0,30}?) : (.+)$/u.exec(text);
  const rubricPrefixes = body.filter((u) => {
    const label = BULLET.test(u.raw) ? undefined : rubric(u.text)?.[1];
    return label !== undefined && label.split(/\s+/).length <= 4;
  });
  const useRubrics = rubricPrefixes.length >= 2;
  const bulletIndents = [
    ...new Set(
      body.flatMap((u) => {
        const indent = BULLET.exec(u.raw)?.[1];
        return indent === undefined ? [] : [indent.length];
      }),
    ),
  ].sort((a, b) => a - b);
  const blocks: Block[] = [];
  let seen = [title, kicker ?? '', standfirst ?? ''].join(' ');
  let deadLinks = false;
  body.forEach((unit, index) => {
    const bullet = BULLET.exec(unit.raw);
    if (bullet) {
      const [, indent = '', item = ''] = bullet;
      const inline = inlineMarkdown(item);
      deadLinks ||= inline.deadLinks;
      blocks.push({ kind: 'item', depth: bulletIndents.indexOf(indent.length), text: inline.text, markdown: inline.markdown });
      seen += ` ${inline.text}`;
      return;
    }
    const bbc = BBC_CAPTION.exec(unit.text);
    if (bbc) {
      const [, credit = '', label = '', caption = ''] = bbc;
      bbcCaptions = true;
      removeOnce(removedPiece(label, 'debris', words.removed.captionLabel));
      blocks.push({
        kind: 'figure',
        parts: [
          { role: 'credit', text: credit },
          { role: 'legende', text: caption },
        ],
        text: `${credit} ${caption}`,
      });
      return;
    }
    const nextUnit = body[index + 1];
    if (CREDIT_LINE.test(unit.text) && blocks.at(-1)?.kind === 'figure') return;
    if (nextUnit && CREDIT_LINE.test(nextUnit.text) && !unit.blankAfter) {
      blocks.push({
        kind: 'figure',
        parts: [
          { role: 'legende', text: unit.text },
          { role: 'credit', text: nextUnit.text },
        ],
        text: `${unit.text} ${nextUnit.text}`,
      });
      return;
    }
    const inline = inlineMarkdown(unit.text);
    deadLinks ||= inline.deadLinks;
    const standalone = unit.blankBefore && unit.blankAfter;
    const wordCount = inline.text.split(/\s+/).length;
    const headingLike =
      standalone &&
      nextUnit !== undefined &&
      inline.text.length <= 140 &&
      wordCount <= 18 &&
      !/[.,;:…]$/.test(inline.text) &&
      !(useRubrics && rubric(unit.text));
    if (headingLike) {
      const shared = contentWords(inline.text);
      const before = new Set(contentWords(seen));
      const echoes = shared.length > 0 ? shared.filter((w) => before.has(w)).length / shared.length : 0;
      if (wordCount >= 6 && !/[?!«»"“”]/.test(inline.text) && echoes >= 0.8) {
        removeOnce(removedPiece(unit.text, 'debris', words.removed.related));
        warnings.push(`Ligne « ${unit.text} » retirée comme titre d’article lié (elle reprend des mots du texte qui précède), à vérifier.`);
        return;
      }
      blocks.push({ kind: 'heading', text: inline.text, markdown: inline.markdown });
    } else {
      const r = useRubrics ? rubric(inline.markdown) : null;
      const [, label, rest] = r ?? [];
      const markdown =
        label !== undefined && label.split(/\s+/).length <= 4 && !OPENS_QUOTE.test(label) ? `**${label} :** ${rest}` : inline.markdown;
      blocks.push({ kind: 'paragraph', text: inline.text, markdown });
    }
    seen += ` ${inline.text}`;
  });
  if (deadLinks) notes.push(words.notes.markdownLinks);
  if (blocks.some((b) => b.kind === 'item')) notes.push(words.notes.bullets);

  // 5. Outlet, truncation.
  let outlet: OutletField = statedOutlet ?? { value: null, provenance: 'unknown', clue: words.clue.outletUnknown };
  const byDomain = url ? outletOfUrl(url.value) : undefined;
  if (!statedOutlet && byDomain)
    outlet = { value: byDomain.outlet.name, provenance: 'inferred', clue: words.clue.outletDomain(byDomain.domain) };
  else if (!statedOutlet && paywallFormula && /de cet article à lire/.test(paywallFormula))
    outlet = { value: 'Le Monde', provenance: 'inferred', clue: words.clue.outletPaywall(paywallFormula) };
  else if (!statedOutlet && bbcCaptions) outlet = { value: 'BBC News Afrique', provenance: 'inferred', clue: words.clue.outletBbc };
  if (outlet.provenance !== 'stated')
    warnings.push(`Média : ${outlet.value ?? 'inconnu'} (${outlet.provenance === 'unknown' ? 'aucun indice' : 'déduit'}), à vérifier.`);

  // A date shown without « Publié » is only an upper bound: the latest day the text reports is the lower one.
  if (published && shownDateLine && published.date.length === 10) {
    const publishedDate = published.date;
    const reported = [standfirst ?? '', ...blocks.filter((b) => b.kind !== 'heading').map((b) => b.text)]
      .flatMap((text) => findDateMentions(text, { date: publishedDate }))
      .filter((m) => m.date.length === 10 && m.date <= publishedDate && /\d{4}|\d{1,2}\s+\p{L}/u.test(m.text))
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1);
    if (reported && reported.date.slice(0, 7) !== published.date.slice(0, 7)) {
      published = {
        date: reported.date.slice(0, 7),
        notBefore: reported.date,
        notAfter: published.date,
        provenance: 'inferred',
        clue: words.clue.shownDateBounds(shownDateLine, reported.date, reported.text),
      };
    }
  }

  let truncated: ParsedArticle['truncated'];
  const last = [...blocks].reverse().find((b) => b.kind === 'paragraph' || b.kind === 'item' || b.kind === 'quote');
  if (paywallFormula) truncated = { reason: 'paywall', note: words.truncated.paywall(paywallFormula) };
  else if (last && (/:$/.test(last.text) || !TERMINAL.test(last.text))) {
    truncated = { reason: 'cut-off', note: words.truncated.cutOff(splitSentences(last.text).at(-1) ?? last.text) };
  }

  return parsedArticle(
    { title, kicker: kicker ? inlineMarkdown(kicker).text : undefined, standfirst: standfirst || undefined, blocks, removed, truncated },
    { outlet, author, url, published, updated },
    { transcriptionNotes: notes, warnings },
  );
}

/** The Markdown body of an article's blocks: paragraphs, headings, nested lists, figures, quotations. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  let previous: Block['kind'] | undefined;
  for (const block of blocks) {
    const inList = block.kind === 'item' && previous === 'item';
    if (out.length > 0) out.push(inList ? '\n' : '\n\n');
    if (block.kind === 'heading') out.push(`## ${block.markdown}`);
    else if (block.kind === 'item') out.push(`${'  '.repeat(Math.max(0, block.depth))}${block.ordered ? '1.' : '-'} ${block.markdown}`);
    else if (block.kind === 'figure') out.push(figureMarkdown(block.parts));
    else if (block.kind === 'quote')
      out.push(
        block.markdown
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n'),
      );
    else out.push(block.markdown);
    previous = block.kind;
  }
  return `${out.join('')}\n`;
}
