/**
 * Draft evidence from an article's text: quotes (in « … » or "…", and reported speech after a verb
 * of speech), figures (numbers in digits or in words) with their claimant, candidate events (date
 * expressions resolved against publication), and names not yet in entities.yaml. Every candidate
 * carries the exact passage it comes from (a sentence or run of sentences of one block), so the
 * build verifies it like hand-made evidence. Nothing here is a judgement: a person reviews it all.
 */
import { splitSentences } from '../sentences.ts';
import { fold } from '../text.ts';
import type { EntityMatcher, Mention } from '../entity-matcher.ts';
import { findDateMentions } from './french-dates.ts';

/** A block of text that passages may cite: title, standfirst, or a body block. */
export interface TextBlock {
  text: string;
  /** Body blocks give events; the title and standfirst do not. */
  body: boolean;
}

export interface KnownEntity {
  id: string;
  name: string;
  kind: string;
  /** entities.yaml's description (« Ministre russe de la Défense… »): what a description in the text is matched against. */
  description?: string;
}

export interface QuoteCandidate {
  speaker: string | undefined;
  speakerAs?: string;
  passage: string;
  quote: string;
  indirect: boolean;
}

export interface FigureCandidate {
  figure: string;
  /** undefined: someone the entity list does not know says it. */
  claimant: string | 'outlet' | undefined;
  attribution: 'affirme' | 'estime' | 'selon' | 'dément' | 'rapporte' | 'soupçonne' | 'prévoit' | 'constate';
  passage: string;
}

export interface EventCandidate {
  date: string;
  endDate?: string;
  dateNote: string;
  /** The words of the date as written. */
  when: string;
  passage: string;
  people: string[];
  places: string[];
  kind: string;
  status: 'announced' | 'reported';
}

export interface EntityProposal {
  name: string;
  variants: string[];
  kind: 'person' | 'place' | 'organisation' | 'country' | 'media';
  /** A passage where the name appears, to judge it by. */
  seenIn: string;
}

/** A sentence of a block, with its offsets in the block's text. */
interface Sentence {
  text: string;
  start: number;
  end: number;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const piece of splitSentences(text)) {
    const start = text.indexOf(piece, from);
    if (start < 0) continue;
    out.push({ text: piece, start, end: start + piece.length });
    from = start + piece.length;
  }
  return out;
}

/** The sentences of `text` that overlap [start, end), joined as they are written. */
function passageAround(text: string, sentences: Sentence[], start: number, end: number): string {
  const hit = sentences.filter((s) => s.end > start && s.start < end);
  const first = hit[0];
  const last = hit.at(-1);
  if (first === undefined || last === undefined) return text.trim();
  return text.slice(first.start, last.end).trim();
}

// Verbs of speech and judgement, by stem; the attribution a figure or claim gets from them.
const SPEECH = [
  ['déclar', 'affirme'],
  ['affirm', 'affirme'],
  ['ajout', 'affirme'],
  ['précis', 'affirme'],
  ['annonc', 'affirme'],
  ['expliqu', 'affirme'],
  ['soulign', 'affirme'],
  ['indiqu', 'affirme'],
  ['assur', 'affirme'],
  ['prév', 'affirme'],
  ['avert', 'affirme'],
  ['répond', 'affirme'],
  ['rappel', 'rapporte'],
  ['confi', 'affirme'],
  ['reconn', 'affirme'],
  ['insist', 'affirme'],
  ['martel', 'affirme'],
  ['lanc', 'affirme'],
  ['écri', 'affirme'],
  ['qualifi', 'affirme'],
  ['critiqu', 'affirme'],
  ['dénonc', 'affirme'],
  ['dément', 'dément'],
  ['démenti', 'dément'],
  ['nié', 'dément'],
  ['nie', 'dément'],
  ['soupçonn', 'soupçonne'],
  ['persuad', 'estime'],
  ['estim', 'estime'],
  ['jug', 'estime'],
  ['pens', 'estime'],
  ['croi', 'estime'],
  ['cit', 'rapporte'],
  ['laiss', 'estime'],
  ['propos', 'affirme'],
  ['avanc', 'rapporte'],
  ['évoqu', 'estime'],
  ['confirm', 'affirme'],
  ['racont', 'rapporte'],
  ['poursui', 'affirme'],
  ['conclu', 'affirme'],
  ['observ', 'constate'],
  ['relev', 'constate'],
  ['prétend', 'affirme'],
  ['accus', 'affirme'],
  ['menac', 'affirme'],
  ['promet', 'affirme'],
  ['exig', 'affirme'],
  ['réclam', 'affirme'],
  ['dit', 'affirme'],
  ['dis', 'affirme'],
  ['rapport', 'rapporte'],
] as const;
/** Words with a verb's stem and ending that are not verbs of speech here (« prévu », « à propos », « la menace »). */
const NOT_SPEECH = new Set([
  'prévu',
  'prévue',
  'prévus',
  'prévues',
  'propos',
  'menace',
  'menaces',
  'juges',
  'rappel',
  'pensée',
  'lancée',
  'avancée',
  'avancées',
  'dis',
  'dit',
]);
const SPEECH_WORD = /[\p{L}’'-]+/gu;
const VERB_ENDING = /^(?:|e|es|ent|ait|aient|ais|é|ée|és|ées|er|ant|ons|ez|a|ai|it|is|i|ie|u|ue|us|ra|ront|rait|èrent|enu|ient|t)$/;

function speechVerbs(text: string): { index: number; word: string; attribution: FigureCandidate['attribution'] }[] {
  const found: { index: number; word: string; attribution: FigureCandidate['attribution'] }[] = [];
  for (const m of text.matchAll(SPEECH_WORD)) {
    const word = m[0].toLowerCase().replace(/-t-(?:il|elle|ils|elles)$|-(?:il|elle|ils|elles)$/, '');
    if (NOT_SPEECH.has(word) && !(word === 'dit' && /\b(?:a|avait|aurait)\s+$/.test(text.slice(0, m.index)))) continue;
    // A verb is its stem and a verb ending; nouns that share the stem (« conclusion », « déclaration ») are not.
    const hit = SPEECH.find(([stem]) => word.startsWith(stem) && VERB_ENDING.test(word.slice(stem.length)));
    if (hit) found.push({ index: m.index, word: m[0], attribution: hit[1] });
  }
  // « Selon X », « D’après X » anywhere; « Pour X, … » only where it opens a sentence.
  for (const m of text.matchAll(/(?<![\p{L}])(?:[Ss]elon|[Dd]’après|[Dd]'après)\s|(?:^|(?<=[.!?:]\s))Pour\s/gu)) {
    found.push({ index: m.index, word: m[0].trim(), attribution: 'selon' });
  }
  return found.sort((a, b) => a.index - b.index);
}

const SPEAKER_KINDS = new Set(['person', 'organisation', 'country', 'media']);
/** A pronoun subject (« a-t-il déclaré », « il rappelle »): the speaker is someone named before. */
const PRONOUN_VERB = /-t-(?:il|elle)|-(?:il|elle)$/;
const PRONOUN_BEFORE =
  /(?:\b(?:[Ii]l|[Ee]lle)\s+(?:a\s+|avait\s+|aurait\s+)?|\b(?:a|avait|aurait)-t-(?:il|elle)\s+)(?:également\s+|aussi\s+|à nouveau\s+)?$/;
/**
 * A subject that describes someone already named (« le président russe a déclaré », « le ministre
 * de la Défense a laissé entendre »): press style for a back-reference, read like a pronoun.
 */
const DESCRIPTION_BEFORE =
  /(?:^|[\s,])((?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:ancien(?:ne)?\s+)?(?:président|présidente|ministre|porte-parole|chef|dirigeant|dirigeante|leader|diplomate|journal|tabloïd|premier ministre)\b[^,.;:«»"]{0,60}?)\s+(?:a|avait|aurait|ont)?\s*(?:également\s+|aussi\s+|à nouveau\s+|ensuite\s+)?$/;
/** The same after an inverted verb (« …, explique la membre du service d’étude »). */
const DESCRIPTION_AFTER =
  /^\s+((?:le|la|l['’])\s*(?:ancien(?:ne)?\s+)?(?:président|présidente|ministre|porte-parole|chef|dirigeant|dirigeante|leader|diplomate|membre|chercheur|chercheuse|experte?|spécialiste|analyste|professeure?)\b[^,.;:«»"]{0,60})/;
/** Whether the words around a verb point back to someone named earlier; the description, if any, is how the article presents them. */
function backReference(before: string, verbWord: string, after = ''): { description?: string } | undefined {
  if (PRONOUN_VERB.test(verbWord) || PRONOUN_BEFORE.test(before)) return {};
  const described = DESCRIPTION_BEFORE.exec(before) ?? DESCRIPTION_AFTER.exec(after);
  return described ? { description: (described[1] ?? '').trim() } : undefined;
}

/** Finds quoted spans: « … », “ … ”, "…" (straight quotes paired by the spaces around them), nesting kept whole. */
export function quotedSpans(text: string): { start: number; end: number; inner: string }[] {
  const spans: { start: number; end: number; inner: string }[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const before = text[i - 1];
    const after = text[i + 1];
    const spaceBefore = before === undefined || /[\s([—–-]/.test(before);
    const spaceOrPunctAfter = after === undefined || /[\s,.;:!?)\]…]/.test(after);
    let opens = false;
    let closes = false;
    if (c === '«' || c === '“') opens = !(c === '«' && stack.length > 0 && !spaceBefore && spaceOrPunctAfter);
    if (c === '«' && !opens) closes = true;
    if (c === '»' || c === '”') closes = true;
    if (c === '"') {
      if (spaceBefore && !spaceOrPunctAfter) opens = true;
      else if (!spaceBefore && spaceOrPunctAfter) closes = true;
      else if (spaceBefore && spaceOrPunctAfter) opens = stack.length === 0;
      if (spaceBefore && spaceOrPunctAfter && !opens) closes = true;
      if (!spaceBefore && !spaceOrPunctAfter) closes = stack.length > 0;
    }
    if (opens) stack.push(i);
    else if (closes) {
      const start = stack.pop();
      if (start !== undefined && stack.length === 0) spans.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return spans;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The speaker of a quote or claim: the entity that is subject of the verb, else the one named after it, else the last one named before. */
function speakerOf(
  mentions: Mention[],
  entities: Map<string, KnownEntity>,
  verbIndex: number | undefined,
  span: { start: number; end: number },
  previous: Mention[],
  back?: { description?: string },
  seen: readonly Mention[] = previous,
): Mention | undefined {
  // A place speaks only as the subject right before the verb (« Washington soupçonne »).
  const speaks = (m: Mention) =>
    SPEAKER_KINDS.has(entities.get(m.entityId)?.kind ?? '') ||
    (entities.get(m.entityId)?.kind === 'place' && verbIndex !== undefined && verbIndex - m.end >= 0 && verbIndex - m.end <= 8);
  const candidates = mentions.filter((m) => speaks(m) && (m.end <= span.start || m.start >= span.end));
  const people = (list: Mention[]) => list.filter((m) => entities.get(m.entityId)?.kind === 'person');
  if (verbIndex !== undefined) {
    // « …, a déclaré X » / « …, estime X » : the name right after the verb.
    const after = candidates.filter((m) => m.start > verbIndex && m.start - verbIndex < 80);
    const before = candidates.filter((m) => m.end <= verbIndex);
    const isInverted = verbIndex > span.end;
    if (isInverted && after.length > 0) return people(after)[0] ?? after[0];
    if (before.length > 0) return people(before).at(-1) ?? before.at(-1);
    if (after.length > 0) return people(after)[0] ?? after[0];
  }
  const outside = candidates.filter((m) => m.end <= span.start);
  if (outside.length > 0) return people(outside).at(-1) ?? outside.at(-1);
  // Only a pronoun points back to a speaker named earlier; a subject the list does not know
  // (« une commerçante », « le gouvernement américain ») leaves the speaker to the reviewer.
  if (!back) return undefined;
  // « le ministre russe de la Défense » is the entity named so far whose description says so.
  if (back.description) {
    const wanted = new Set(contentWordsOf(back.description));
    let best: { mention: Mention; score: number } | undefined;
    for (const mention of seen) {
      const entity = entities.get(mention.entityId);
      if (!entity || !SPEAKER_KINDS.has(entity.kind)) continue;
      const score = contentWordsOf(`${entity.name} ${entity.description ?? ''}`).filter((w) => wanted.has(w)).length;
      if (score >= 2 && score >= (best?.score ?? 0)) best = { mention, score };
    }
    if (best) return best.mention;
  }
  const earlier = previous.filter((m) => SPEAKER_KINDS.has(entities.get(m.entityId)?.kind ?? ''));
  return people(earlier).at(-1) ?? earlier.at(-1);
}

/** Folded words of four letters or more, each once. */
const contentWordsOf = (s: string) => [
  ...new Set(
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  ),
];

/** Quotes: direct (quotation marks) and reported (« X affirme que … », « Selon X, … », « …, selon X »). */
export function findQuotes(blocks: readonly TextBlock[], matcher: EntityMatcher, entities: Map<string, KnownEntity>): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  let previous: Mention[] = [];
  /** Every mention so far, in order: what a description (« le président russe ») can point back to. */
  const mentionedSoFar: Mention[] = [];
  /** Who spoke last: a quote with no verb of speech goes on in that voice. */
  let lastSpeaker: Mention | undefined;
  for (const block of blocks) {
    const text = block.text;
    const sentences = sentencesOf(text);
    const mentions = matcher.findMentions(text);
    const verbs = speechVerbs(text);
    const spans = quotedSpans(text);
    for (const span of spans) {
      const inner = span.inner
        .trim()
        .replace(/^[\s"«»“”]+|[\s"«»“”,]+$/g, '')
        .trim();
      if (inner.length < 3) continue;
      const passage = passageAround(text, sentences, span.start, span.end);
      const sentence = sentences.filter((s) => s.end > span.start && s.start < span.end);
      const from = sentence[0]?.start ?? 0;
      const to = sentence.at(-1)?.end ?? text.length;
      const verb = verbs.filter((v) => v.index >= from && v.index < to && (v.index < span.start || v.index >= span.end));
      const nearest = verb
        // A passive (« ont été accusées de ») says nothing of who speaks; a few quoted words need their verb just before or right after them.
        .filter(
          (v) =>
            !/(?<!\p{L})été\s+$/u.test(text.slice(0, v.index)) &&
            (wordCount(inner) >= 4 ||
              (v.index < span.start && span.start - v.index < 90) ||
              (v.index >= span.end && v.index - span.end <= 6)),
        )
        .sort((a, b) => Math.abs(a.index - span.start) - Math.abs(b.index - span.start))[0];
      // Short quoted words with no verb of speech are terms quoted as names (« traité de partenariat stratégique global »).
      const isClause = wordCount(inner) >= 6 && /[.!?…]$|\s/.test(inner);
      if (!nearest && !(isClause && wordCount(inner) >= 8)) continue;
      if (!nearest && /^[\p{Ll}]/u.test(inner) && wordCount(inner) < 10) continue;
      // A paragraph that is nothing but a quote continues the previous speaker's words.
      const continuation = !nearest && span.start <= 2 && span.end >= text.trimEnd().length - 3;
      // No verb of speech in the passage: the quote follows the sentence that introduces its speaker.
      const back = nearest
        ? backReference(text.slice(from, nearest.index), nearest.word, text.slice(nearest.index + nearest.word.length, to))
        : {};
      // The speaker is named in the passage itself, or pointed back to; never taken from a neighbouring sentence.
      const inPassage = mentions.filter((m) => m.start >= from && m.end <= to);
      const earlier = mentions.filter((m) => m.end <= from);
      // Without a verb, the voice is the one introduced in the block (« Selon X, … ») or the last one heard.
      const introduced = nearest
        ? undefined
        : verbs
            .filter((v) => v.attribution === 'selon' && v.index < span.start)
            .map((v) => mentions.find((m) => m.start > v.index && m.start - v.index < 40 && entities.get(m.entityId)?.kind === 'person'))
            .filter((m) => m !== undefined)
            .at(-1);
      const speaker =
        introduced ??
        (nearest ? undefined : lastSpeaker) ??
        speakerOf(inPassage, entities, nearest?.index, span, earlier.length > 0 ? earlier : previous, back, [
          ...mentionedSoFar,
          ...earlier,
        ]);
      if (!speaker && !nearest && !continuation) continue;
      if (speaker) lastSpeaker = speaker;
      const as = speaker && speaker.start >= from && speaker.end <= to ? speaker.text : back?.description;
      out.push({ speaker: speaker?.entityId, ...(speaker && as ? { speakerAs: as } : {}), passage, quote: inner, indirect: false });
    }
    // Reported speech, sentence by sentence.
    for (const sentence of sentences) {
      const s = sentence.text;
      const local = mentions
        .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
        .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
      const localVerbs = speechVerbs(s);
      const strip = (q: string) =>
        q
          .trim()
          .replace(/[\s.,;:…]+$/, '')
          .trim();
      const push = (quote: string, verbAt: number, named?: Mention) => {
        const q = strip(quote);
        // Too short, or nothing but quoted words (the direct quote already has them).
        if (wordCount(q) < 3 || /^[«"“][^«»"“”]*[»"”]$/.test(q)) return;
        const at = s.indexOf(q);
        const word = localVerbs.find((v) => v.index === verbAt)?.word ?? '';
        const back = backReference(s.slice(0, verbAt), word);
        const sameBlock = mentions.filter((m) => m.end <= sentence.start);
        const speaker =
          named ??
          speakerOf(local, entities, verbAt, { start: at, end: at + q.length }, sameBlock.length > 0 ? sameBlock : previous, back, [
            ...mentionedSoFar,
            ...sameBlock,
          ]);
        const inSentence = speaker !== undefined && local.includes(speaker);
        const as = inSentence ? speaker.text : back?.description;
        out.push({ speaker: speaker?.entityId, ...(speaker && as ? { speakerAs: as } : {}), passage: s, quote: q, indirect: true });
      };
      for (const verb of localVerbs) {
        // A verb inside someone's quoted words is part of their quote, not reported speech.
        if (spans.some((q) => sentence.start + verb.index > q.start && sentence.start + verb.index < q.end)) continue;
        if (verb.attribution === 'selon') {
          const isPour = /^pour$/i.test(verb.word);
          const named = local.filter((m) => m.start > verb.index && m.start - verb.index < 90);
          const person = named.find((m) => entities.get(m.entityId)?.kind === 'person') ?? (isPour ? undefined : named[0]);
          if (!person) continue;
          // « Selon X, … » opens the sentence (after a rubric such as « Dans l’actu : »), or « …, selon X » closes it.
          if (/^(?:[^.!?:]{0,30}:\s*)?$/.test(s.slice(0, verb.index))) {
            const comma = s.indexOf(', ', person.end);
            if (comma > 0 && (!isPour || comma - person.end < 120)) push(s.slice(comma + 2), verb.index, person);
          } else if (/,\s*$/.test(s.slice(0, verb.index)) && !isPour) {
            push(s.slice(0, verb.index).replace(/,\s*$/, ''), verb.index, person);
          }
          continue;
        }
        const rest = s.slice(verb.index + verb.word.length);
        const que = /^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:que\s|qu['’])/u.exec(rest);
        if (que) {
          push(rest.slice(que[0].length), verb.index);
          continue;
        }
        // « …, a-t-il déclaré » / « …, avance le New York Times » : the clause before the comma.
        const before = s.slice(0, verb.index);
        const inverted = /,\s*(?:(?:a|ont|avait|aurait)(?:-t-(?:il|elle))?)?\s*$/.exec(before);
        if (inverted && (/-t-|-il|-elle/.test(verb.word) || /-t-(?:il|elle)\s*$/.test(before) || local.some((m) => m.start > verb.index))) {
          const clause = before.slice(0, inverted.index);
          if (!/[«»"“”]/.test(clause)) push(clause.replace(/^[^,]{0,40}?,\s*mais\s+/, ''), verb.index);
        }
      }
    }
    if (mentions.length > 0) previous = mentions;
    mentionedSoFar.push(...mentions);
  }
  // One candidate per (passage, quote).
  const seen = new Set<string>();
  return out.filter((q) => {
    const key = `${q.passage}\u0000${q.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const NUMBER_WORDS =
  'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|dix-sept|dix-huit|dix-neuf|vingt-[\\p{L}-]+|trente-[\\p{L}-]+|quarante-[\\p{L}-]+|cinquante-[\\p{L}-]+|soixante-[\\p{L}-]+|quatre-vingts?(?:-[\\p{L}-]+)?';
const QUANTIFIER = "(?:(?:jusqu['’]à|plus d['’]|plus de|moins de|au moins|près de|environ|quelque|quelques|plusieurs|des|de|d['’])\\s*)?";
const STOP =
  'et|ou|à|en|le|la|les|du|des|de|dans|pour|par|sur|au|aux|qui|que|a|est|sont|après|avant|sa|son|ses|leur|leurs|chaque|depuis|entre|avec|sans|ce|cette|ces|il|elle|ils|elles|dont|mais|plus|moins|pourraient|pourrait|devrait|doit|doivent|seront|sera|ont|avait|été';
const UNIT_WORD = `(?:\\s+(?:de\\s+|d['’])?(?!(?:${STOP})(?![\\p{L}’'-]))[\\p{L}’'-]{2,}){1,2}`;
const FIGURE_PATTERNS: RegExp[] = [
  // « plus de 50 % », « 73,13 % », « 20 heures », « 5 millions d’obus »
  new RegExp(
    `${QUANTIFIER}\\d+(?:[.,]\\d+)?(?:\\s?%|\\s+(?:millions?|milliards?|mille)(?:\\s+(?:de\\s+|d['’])[\\p{L}’'-]+)?|${UNIT_WORD})`,
    'giu',
  ),
  // « 70e anniversaire »
  /\b\d+(?:e|ème|er)\s+[\p{L}]+/giu,
  // « cinq millions d’obus », « des dizaines de missiles », « plus de dix-huit mois », « plusieurs centaines de kilomètres carrés »
  new RegExp(
    `${QUANTIFIER}(?:(?:${NUMBER_WORDS})\\s+)?(?:dizaines?|centaines?|milliers?|millions?|milliards?)(?:\\s+(?:de|d['’])\\s*[\\p{L}’'-]+)?`,
    'giu',
  ),
  new RegExp(`${QUANTIFIER}(?<![\\p{L}-])(?:${NUMBER_WORDS})(?![\\p{L}-])${UNIT_WORD}`, 'giu'),
  /(?:plus d['’]|près d['’]|moins d['’])?un an et demi/giu,
];
const NOT_FIGURES = /^(?:les|des|ces|leurs|aux|tous|toutes)?\s*deux\s/i;
const DATE_LIKE = new RegExp(
  '^(?:\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|(?:19|20)\\d{2}$|\\d{1,2}\\s+au\\s+\\d)',
  'iu',
);

/** Figures, each with its passage and, when a verb of speech says whose it is, its claimant. */
export function findFigures(blocks: readonly TextBlock[], matcher: EntityMatcher, entities: Map<string, KnownEntity>): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  for (const block of blocks) {
    const mentions = matcher.findMentions(block.text);
    for (const sentence of sentencesOf(block.text)) {
      const s = sentence.text;
      if (s.length < 12) continue;
      const taken: [number, number][] = [];
      const figures: { at: number; text: string }[] = [];
      for (const pattern of FIGURE_PATTERNS) {
        for (const m of s.matchAll(pattern)) {
          let text = m[0].trim().replace(/[\s,;:.]+$/, '');
          const at = m.index + m[0].indexOf(text);
          if (DATE_LIKE.test(text.replace(/^(?:le|du|en|au)\s+/i, '')) || /^(?:de|des|d['’])\s*$/.test(text)) continue;
          if (
            NOT_FIGURES.test(text) ||
            (/^(?:de|d['’]|des)\s/i.test(text) && !/dizaines|centaines|milliers|millions|milliards/.test(text))
          ) {
            text = text.replace(/^(?:de|d['’])\s*/i, '');
            if (
              NOT_FIGURES.test(text) ||
              (!/[\p{N}]|dizaine|centaine|millier|million|milliard|un an/iu.test(text) && !new RegExp(NUMBER_WORDS, 'iu').test(text))
            )
              continue;
          }
          if (/^(?:19|20)\d{2}\b/.test(text) || /^\d{1,2}(?:h|:)\d{2}/.test(text)) continue;
          const end = at + text.length;
          if (taken.some(([a, b]) => !(end <= a || at >= b))) continue;
          taken.push([at, end]);
          figures.push({ at, text });
        }
      }
      const local = mentions
        .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
        .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
      const verbs = speechVerbs(s);
      for (const figure of figures.sort((a, b) => a.at - b.at)) {
        const verb = verbs[0];
        const speaker = verb
          ? speakerOf(local, entities, verb.index, { start: figure.at, end: figure.at + figure.text.length }, [])
          : undefined;
        out.push({
          figure: figure.text,
          // Someone says it (a verb of speech) but the entity list does not know who: left to the reviewer.
          claimant: speaker?.entityId ?? (verb ? undefined : 'outlet'),
          attribution: speaker && verb ? verb.attribution : 'constate',
          passage: s,
        });
      }
    }
  }
  return out;
}

const EVENT_KINDS: [RegExp, string][] = [
  [/\btraité/i, 'treaty'],
  [/\baccord|\bsign/i, 'agreement'],
  [/\bsanction/i, 'sanction'],
  [/\blivr|\bobus|\bmunitions/i, 'delivery'],
  [/\bforum|\bconférence|\bsommet/i, 'forum'],
  [/\brencontr|\bentretien|\bréuni/i, 'meeting'],
  [/\bvisite|\bvoyage|\bse rendr|\bs'est rendu|\bs’est rendu|\barriv/i, 'visit'],
  [/\bexercice|\bmissile|\boffensive|\bbombard|\binvasion|\bguerre/i, 'military'],
  [/\bdéclar|\bannonc|\baffirm|\bqualifi|\bnié|\bdément/i, 'statement'],
];

/** Future tense or an announcement: dates without a year are read forward from publication. */
const FUTURE =
  /\b(?:doit|doivent|devra|devront|devrait|devraient|sera|seront|va|vont|prévue?s?|prochaine?s?|compte|comptent)\b|\p{L}{3,}(?:era|eront|ira|iront|ra|ront)\b/u;

/** Candidate events: each date expression of a body sentence, resolved against publication. */
export function findEvents(
  blocks: readonly TextBlock[],
  published: string,
  matcher: EntityMatcher,
  entities: Map<string, KnownEntity>,
): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const block of blocks.filter((b) => b.body)) {
    for (const sentence of sentencesOf(block.text)) {
      if (sentence.text.length < 12) continue;
      const mentions = matcher.findMentions(sentence.text);
      const people = [...new Set(mentions.filter((m) => entities.get(m.entityId)?.kind === 'person').map((m) => m.entityId))];
      const places = [
        ...new Set(mentions.filter((m) => ['place', 'country'].includes(entities.get(m.entityId)?.kind ?? '')).map((m) => m.entityId)),
      ];
      const kind = EVENT_KINDS.find(([re]) => re.test(sentence.text))?.[1] ?? 'milestone';
      const future = FUTURE.test(sentence.text);
      const dates = findDateMentions(sentence.text, { date: published, future });
      for (const mention of dates) {
        if (out.some((e) => e.passage === sentence.text && e.date === mention.date)) continue;
        out.push({
          date: mention.date,
          ...(mention.endDate && mention.endDate !== mention.date ? { endDate: mention.endDate } : {}),
          dateNote: mention.note,
          when: mention.text,
          passage: sentence.text,
          people,
          places,
          kind,
          status: mention.date > published ? 'announced' : 'reported',
        });
      }
    }
  }
  return out;
}

const CAPITAL_WORDS =
  /(?<![\p{L}’'-])\p{Lu}[\p{Ll}\p{Lu}’'-]+(?:\s+(?:(?:de|du|des|d['’]|von|van|al|ben|bin|la|le)\s+)?\p{Lu}[\p{Ll}\p{Lu}’'-]+)*/gu;
const NOT_NAMES = new Set(
  (
    'Le La Les L Un Une Des De Du Il Elle Ils Elles On Nous Vous Je Tu Mais Et Ou Si Selon Pour Dans En Depuis Ce Cette Ces Cet ' +
    'Alors Après Avant Aucun Aucune Tous Toutes Tout Pas Plus Moins Lors Quand Que Qui Quoi Où Dont Sans Avec Sous Sur Entre Par ' +
    'Contrairement Jusqu Lorsque Leur Leurs Son Sa Ses Mon Ma Mes Notre Nos Votre Vos Ainsi Aussi Bien Déjà Enfin Encore Puis ' +
    'Certes Pourtant Cependant Toutefois Néanmoins Or Donc Car Ni Cela Ceci Celui Celle Ceux Voici Voilà Oui Non Est Sont ' +
    'Président Présidente Premier Première Ministre Chef État Etat États Etats Gouvernement Monsieur Madame Mme M Dr Pr ' +
    'Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche ' +
    'Photo Crédit Légende Image NdlR Home World Source Il Au Aux À Vladimir Kim Dans Une Un Cette Ce Interrogé Citant Washington'
  ).split(/\s+/),
);

/** Capitalised names the entity list does not know, with every spelling found, for the reviewer to accept or drop. */
export function proposeEntities(blocks: readonly TextBlock[], matcher: EntityMatcher): EntityProposal[] {
  const found = new Map<string, EntityProposal>();
  for (const block of blocks) {
    const known = matcher.findMentions(block.text);
    const sentenceStarts = new Set(sentencesOf(block.text).map((s) => s.start));
    for (const m of block.text.matchAll(CAPITAL_WORDS)) {
      let name = m[0];
      let at = m.index;
      // Drop leading words that are not names (« Selon Anne Delizée » → « Anne Delizée »).
      while (NOT_NAMES.has((name.split(/\s+/)[0] ?? '').replace(/['’].*$/, '')) && name.includes(' ')) {
        const cut = name.indexOf(' ') + 1;
        name = name.slice(cut);
        at += cut;
      }
      name = name.replace(/^(?:L|D)['’]/, '');
      if (NOT_NAMES.has(name) || name.length < 3) continue;
      if (known.some((k) => !(k.end <= at || k.start >= at + name.length))) continue;
      const single = !name.includes(' ');
      const key = fold(name);
      const existing = [...found.values()].find((p) => {
        const last = fold(p.name).split(' ').at(-1);
        return fold(p.name) === key || (single && last === key) || p.variants.some((v) => fold(v) === key);
      });
      if (existing) {
        if (existing.name !== name && !existing.variants.includes(name)) existing.variants.push(name);
        continue;
      }
      const lead = block.text.slice(0, at).replace(/[\s«"“(]+$/, '');
      if (single && (sentenceStarts.has(at) || lead === '' || /[.!?:]$/.test(lead))) continue;
      // A single capitalised word after an article is a common noun (« la Défense », « les Affaires »).
      if (single && /\b(?:la|le|les|l['’]|des|du|de la|son|sa|ses|au|aux|une|un)\s*$/i.test(block.text.slice(Math.max(0, at - 8), at)))
        continue;
      if (single && block.text.split(name).length - 1 < 2 && !blocks.some((b) => b !== block && b.text.includes(name))) continue;
      if (/-$/.test(name)) continue;
      if (/^\p{Lu}+$/u.test(name) && name.length <= 2) continue;
      const before = block.text.slice(Math.max(0, at - 25), at);
      const kind: EntityProposal['kind'] =
        /\b(?:Université|Conseil|Organisation|Agence|Ministère|Parti|Assemblée|Banque|Fondation|Institut|Commission)\b/.test(name)
          ? 'organisation'
          : /\b(?:à|vers|depuis|de)\s+$/.test(before) && single
            ? 'place'
            : 'person';
      found.set(key, {
        name,
        variants: [],
        kind,
        seenIn: sentencesOf(block.text).find((s) => s.start <= at && s.end > at)?.text ?? block.text,
      });
    }
  }
  // A single word that is the last word of a longer name is that name's variant.
  const proposals = [...found.values()];
  return proposals.filter((p) => {
    if (p.name.includes(' ')) return true;
    const longer = proposals.find((q) => q !== p && q.name.includes(' ') && fold(q.name).split(' ').at(-1) === fold(p.name));
    if (longer) {
      if (!longer.variants.includes(p.name)) longer.variants.push(p.name);
      return false;
    }
    return true;
  });
}
