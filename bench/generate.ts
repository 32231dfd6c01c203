/**
 * Deterministic synthetic corpus: N French articles in the project's own format, with events,
 * quotes and claims that cite them, so that a build at N articles does the same kind of work as
 * the real one (schema, Markdown pipeline, citation checks, entity mentions, timeline, search).
 *
 * Text comes from a word-level Markov chain trained on the real articles' bodies: the vocabulary
 * and the rhythm of the corpus, without copying it whole. A few template sentences put the real
 * entities (content/entities.yaml) in every paragraph. Every passage an event, quote or claim
 * cites is one whole sentence of the generated body, used once, so the build's checks pass.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { hash32, Random } from './prng.ts';
// The schema's own vocabularies: the synthetic corpus can use every value the site accepts.
import { attributions, eventKinds, eventStatuses } from '../src/schemas/enums.ts';

export interface GeneratedCorpus {
  articles: number;
  events: number;
  citations: number;
  quotes: number;
  claims: number;
  words: number;
}

interface Entity {
  id: string;
  kind: string;
  name: string;
  variants: string[];
}

/** A sentence of an article body, and whether a citation already uses it. */
interface Sentence {
  text: string;
  used: boolean;
  /** Set for the template sentences that quote someone or carry a figure. */
  quote?: { speaker: string; words: string };
  figure?: { claimant: string; words: string };
}

interface GeneratedArticle {
  id: string;
  published: string;
  sentences: Sentence[];
  /** How many times each sentence text occurs in the body: only unique ones can be cited. */
  counts: Map<string, number>;
}

const OUTLETS = ['Le Monde', 'Blick', 'La Libre Belgique', 'BBC News Afrique', 'Le Figaro', 'Libération', 'Ouest-France', 'RFI'];
const THEMES = [
  'diplomatie',
  'armement',
  'munitions',
  'sanctions',
  'guerre en Ukraine',
  'nucléaire',
  'aide alimentaire',
  'satellites',
  'isolement',
  'traité',
];
const AUTHORS = ['Marie Lefèvre', 'Jean Dumas', 'Claire Rousseau', 'Paul Girard', 'Anne Martin', 'Louis Bernard'];
/** Countries with their French article, so that template sentences read as French. */
const COUNTRY_FORMS: Record<string, string> = {
  russie: 'la Russie',
  'coree-du-nord': 'la Corée du Nord',
  'coree-du-sud': 'la Corée du Sud',
  'etats-unis': 'les États-Unis',
  ukraine: "l'Ukraine",
  chine: 'la Chine',
  iran: "l'Iran",
  mongolie: 'la Mongolie',
  bresil: 'le Brésil',
  inde: "l'Inde",
};
const CITIES = new Set(['vladivostok', 'pyongyang', 'khasan', 'moscou', 'washington', 'munich']);
const FIGURES = [
  "un million d'obus",
  "plus de 500 000 obus d'artillerie",
  'près de 11 000 conteneurs',
  'des dizaines de missiles balistiques',
  '3 000 soldats',
  "deux millions d'obus",
  'plusieurs centaines de wagons',
];

// ---------------------------------------------------------------------------------------------
// Vocabulary: a first-order Markov chain over the real bodies' words.

interface Chain {
  starts: string[];
  next: Map<string, string[]>;
}

/** Characters that would turn plain words into Markdown or HTML, or unbalanced quotes. */
const UNSAFE = /[*_`<>[\]\\|#&«»"“”„()]/g;

/** The prose lines of a Markdown body: paragraphs only (no headings, figures, lists). */
function proseLines(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block && !/^(#|<|[-*+>] |\d+[.)] )/.test(block));
}

function trainChain(bodies: string[]): Chain {
  const starts: string[] = [];
  const next = new Map<string, string[]>();
  for (const line of bodies.flatMap(proseLines)) {
    const words: string[] = [];
    for (const raw of line.split(' ')) {
      const word = raw.replace(UNSAFE, '');
      if (!word) continue;
      // Lone punctuation left by a removed quotation mark joins the previous word.
      if (/^[.,;:!?…]+$/.test(word)) {
        if (words.length > 0) words[words.length - 1] += word;
        continue;
      }
      words.push(word);
    }
    let previous: string | undefined;
    for (const word of words) {
      if (previous === undefined || /[.!?]$/.test(previous)) {
        if (/^\p{Lu}/u.test(word)) starts.push(word);
      } else {
        const list = next.get(previous) ?? [];
        list.push(word);
        next.set(previous, list);
      }
      previous = word;
    }
  }
  return { starts, next };
}

function markovWords(chain: Chain, random: Random, minWords: number, maxWords: number): string[] {
  for (;;) {
    const words = [random.pick(chain.starts)];
    while (words.length < maxWords) {
      const last = words[words.length - 1]!;
      if (/[.!?]$/.test(last)) break;
      const followers = chain.next.get(last);
      if (!followers) break;
      words.push(random.pick(followers));
    }
    if (words.length >= minWords) return words;
  }
}

/** A whole sentence, ending in terminal punctuation, never starting like a Markdown list. */
function markovSentence(chain: Chain, random: Random): string {
  for (;;) {
    const words = markovWords(chain, random, 8, 34);
    let text = words.join(' ').replace(/[,;:]+$/, '');
    if (!/[.!?]$/.test(text)) text += '.';
    if (!/^\d/.test(text)) return text;
  }
}

/** A phrase for a title or heading: no final full stop. */
function markovPhrase(chain: Chain, random: Random, minWords: number, maxWords: number): string {
  for (;;) {
    const words = markovWords(chain, random, minWords, maxWords).slice(0, maxWords);
    const text = words.join(' ').replace(/[.,;:…]+$/, '');
    if (!/^\d/.test(text) && text.length >= 12) return text;
  }
}

// ---------------------------------------------------------------------------------------------
// Template sentences: the real entities, quotes and figures.

interface Cast {
  people: Entity[];
  cities: Entity[];
  media: Entity[];
  countries: { id: string; form: string }[];
  placeIds: string[];
}

/** One of the entity's spellings; the canonical name most often, as the articles do. */
function spelling(entity: Entity, random: Random): string {
  return entity.variants.length > 0 && random.chance(0.3) ? random.pick(entity.variants) : entity.name;
}

function entitySentence(cast: Cast, random: Random): string {
  const [a, b] = random.sample(cast.people, 2);
  const person = spelling(a!, random);
  const other = spelling(b!, random);
  const city = spelling(random.pick(cast.cities), random);
  const medium = random.pick(cast.media).name;
  const [c1, c2] = random.sample(cast.countries, 2);
  const templates = [
    () => `Selon ${medium}, ${person} doit se rendre à ${city} dans les prochains jours.`,
    () => `${person} s'est entretenu avec ${other} à ${city}, a rapporté ${medium}.`,
    () => `La visite de ${person} à ${city} a été confirmée par ${other}.`,
    () => `Les discussions entre ${person} et ${other} ont porté sur la coopération militaire entre ${c1!.form} et ${c2!.form}.`,
    () => `D'après ${medium}, ${c1!.form} suit de près le rapprochement entre ${c2!.form} et ses voisins.`,
    () => `À ${city}, ${person} a évoqué les sanctions visant ${c1!.form}.`,
  ];
  return random.pick(templates)();
}

function quoteSentence(chain: Chain, cast: Cast, random: Random): Sentence {
  const speaker = random.pick(cast.people);
  const words = markovSentence(chain, random).replace(/[.!?]$/, '');
  const verb = random.pick(['a déclaré', 'a affirmé', 'estime', 'a prévenu', 'ajoute']);
  return { text: `« ${words} », ${verb} ${spelling(speaker, random)}.`, used: false, quote: { speaker: speaker.id, words } };
}

function figureSentence(cast: Cast, random: Random): Sentence {
  const outletVoice = random.chance(0.4);
  const claimant = outletVoice ? undefined : random.pick(cast.people);
  const figure = random.pick(FIGURES);
  const country = random.pick(cast.countries).form;
  const text = claimant
    ? `Selon ${spelling(claimant, random)}, ${country} aurait reçu ${figure} depuis l'été.`
    : `Au total, ${country} aurait reçu ${figure} depuis l'été.`;
  return { text, used: false, figure: { claimant: claimant?.id ?? 'outlet', words: figure } };
}

/**
 * YAML with every string double-quoted: a plain `2023-09-12` or `16:00` would be read back as a
 * date or a number by a YAML 1.1 parser, and the schema wants strings.
 */
function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

// ---------------------------------------------------------------------------------------------
// Dates

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A day between two months (inclusive), as YYYY-MM-DD. */
function randomDay(random: Random, from: [number, number], to: [number, number]): string {
  const months = (to[0] - from[0]) * 12 + (to[1] - from[1]);
  const offset = random.int(0, months);
  const year = from[0] + Math.floor((from[1] - 1 + offset) / 12);
  const month = ((from[1] - 1 + offset) % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(random.int(1, days))}`;
}

// ---------------------------------------------------------------------------------------------
// Articles

function generateArticle(
  index: number,
  seed: number,
  chain: Chain,
  cast: Cast,
): { article: GeneratedArticle; markdown: string; words: number; seed: string; source: string } {
  const random = new Random(hash32(`${seed}:article:${index}`));
  const number = String(index + 1).padStart(4, '0');
  const title = markovPhrase(chain, random, 6, 14);
  const slugWords = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, 6)
    .join('-');
  const id = `synthetique-${number}-${slugWords}`;

  const targetWords = random.int(600, 1150);
  const sentences: Sentence[] = [];
  const blocks: string[] = [];
  let words = 0;
  let paragraphsSinceHeading = 0;
  const seen = new Set<string>();
  while (words < targetWords) {
    if (paragraphsSinceHeading >= random.int(3, 6)) {
      const heading = markovPhrase(chain, random, 3, 8);
      blocks.push(`## ${heading}`);
      words += heading.split(' ').length;
      paragraphsSinceHeading = 0;
    }
    const paragraph: Sentence[] = [];
    const length = random.int(2, 5);
    for (let s = 0; s < length; s++) {
      const roll = random.next();
      let sentence: Sentence;
      if (s === 0 && roll < 0.35) sentence = { text: entitySentence(cast, random), used: false };
      else if (roll < 0.12) sentence = quoteSentence(chain, cast, random);
      else if (roll < 0.17) sentence = figureSentence(cast, random);
      else sentence = { text: markovSentence(chain, random), used: false };
      // The same sentence twice would make a citation ambiguous; draw another.
      if (seen.has(sentence.text)) continue;
      seen.add(sentence.text);
      paragraph.push(sentence);
      words += sentence.text.split(' ').length;
    }
    if (paragraph.length === 0) continue;
    sentences.push(...paragraph);
    blocks.push(paragraph.map((s) => s.text).join(' '));
    paragraphsSinceHeading++;
  }
  const body = blocks.join('\n\n');

  // A sentence may still occur inside a longer one (a short Markov sentence); those are not cited.
  const counts = new Map<string, number>();
  for (const sentence of sentences) counts.set(sentence.text, body.split(sentence.text).length - 1);

  const dayPrecision = random.chance(0.85);
  const day = randomDay(random, [2023, 9], [2024, 6]);
  const published = dayPrecision
    ? { date: day, ...(random.chance(0.6) ? { time: `${pad(random.int(6, 22))}:${pad(random.int(0, 59))}` } : {}), provenance: 'stated' }
    : { date: day.slice(0, 7), provenance: 'inferred', clue: 'Le texte recueilli ne donne que le mois de parution.' };
  const outletKnown = random.chance(0.9);
  const frontMatter: Record<string, unknown> = {
    ...(random.chance(0.3) ? { kicker: markovPhrase(chain, random, 3, 6) } : {}),
    title,
    standfirst: markovSentence(chain, random),
    outlet: outletKnown
      ? { value: random.pick(OUTLETS), provenance: random.chance(0.8) ? 'stated' : 'inferred', clue: 'Signature du média sous le titre.' }
      : { value: null, provenance: 'unknown', clue: 'Aucun indice du média dans le texte recueilli.' },
    ...(random.chance(0.6) ? { author: { value: random.pick(AUTHORS), provenance: 'stated' } } : {}),
    ...(random.chance(0.7) ? { url: { value: `https://example.org/articles/${id}`, provenance: 'stated' } } : {}),
    published,
    // Three digits then a hash, as the schema wants: past 1,000 articles the digits repeat, the hash keeps seeds apart.
    seed: `${String(index % 1000).padStart(3, '0')}_${random.hex(16)}`,
    lang: 'fr',
    themes: random.sample(THEMES, random.int(2, 6)),
    removed: [{ text: `Publié le ${day}`, kind: 'metadata', note: 'Date de parution, reportée dans l’en-tête.' }],
    transcriptionNotes: ['Article synthétique, généré pour le banc d’essai.'],
  };
  const markdown = `---\n${toYaml(frontMatter)}---\n\n${body}\n`;
  // The raw source as a reader would have copied it: title, standfirst, then the body as plain text.
  const source = [title, String(frontMatter.standfirst), body.replace(/^## /gm, '')].join('\n\n');
  const sourceSeed = String(frontMatter.seed);
  return { article: { id, published: published.date, sentences, counts }, markdown, words, seed: sourceSeed, source: `${source}\n` };
}

/** An unused, unique sentence of the article that satisfies `accept`, marked as used. */
function takeSentence(article: GeneratedArticle, random: Random, accept: (s: Sentence) => boolean): Sentence | undefined {
  const candidates = article.sentences.filter((s) => !s.used && accept(s) && article.counts.get(s.text) === 1 && s.text.length >= 40);
  if (candidates.length === 0) return undefined;
  const sentence = random.pick(candidates);
  sentence.used = true;
  return sentence;
}

// ---------------------------------------------------------------------------------------------
// The content folder

async function readEntities(contentDir: string): Promise<Entity[]> {
  const data = parse(await readFile(path.join(contentDir, 'entities.yaml'), 'utf8')) as Record<string, Omit<Entity, 'id'>>;
  return Object.entries(data).map(([id, entity]) => ({ id, kind: entity.kind, name: entity.name, variants: entity.variants ?? [] }));
}

async function readBodies(articlesDir: string): Promise<string[]> {
  const files = (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    files.map(async (name) => (await readFile(path.join(articlesDir, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '')),
  );
}

/** The Markov chain and the cast of entities, from the real corpus. */
async function prepare(realContent: string): Promise<{ chain: Chain; cast: Cast }> {
  const chain = trainChain(await readBodies(path.join(realContent, 'articles')));
  const entities = await readEntities(realContent);
  const cast: Cast = {
    people: entities.filter((e) => e.kind === 'person'),
    // Cities only: the templates say « à <place> ».
    cities: entities.filter((e) => e.kind === 'place' && CITIES.has(e.id)),
    media: entities.filter((e) => e.kind === 'media'),
    countries: entities.filter((e) => COUNTRY_FORMS[e.id]).map((e) => ({ id: e.id, form: COUNTRY_FORMS[e.id]! })),
    placeIds: entities.filter((e) => e.kind === 'place' || e.kind === 'country').map((e) => e.id),
  };
  if (cast.people.length < 2 || cast.cities.length === 0 || cast.media.length === 0 || cast.countries.length < 2) {
    throw new Error('entities.yaml lacks the people, places, media or countries the generator needs');
  }

  return { chain, cast };
}

/**
 * Writes article number `index` (0-based) of the corpus into a generated content folder, with
 * its source: the article `generateContent` would have written at that place. The benchmark adds
 * it to N articles to time a rebuild after one new article. Returns its id.
 */
export async function addArticle(realContent: string, target: string, index: number, seed: number): Promise<string> {
  const { chain, cast } = await prepare(realContent);
  const generated = generateArticle(index, seed, chain, cast);
  await writeFile(path.join(target, 'articles', `${generated.article.id}.md`), generated.markdown);
  await writeFile(path.join(target, 'sources', `${generated.seed}.txt`), generated.source);
  return generated.article.id;
}

/**
 * Copies `realContent` to `target`, then replaces its articles, events, quotes and claims with
 * `count` synthetic articles and what cites them. Same seed and count, same files.
 */
export async function generateContent(realContent: string, target: string, count: number, seed: number): Promise<GeneratedCorpus> {
  await rm(target, { recursive: true, force: true });
  await cp(realContent, target, { recursive: true });
  for (const folder of ['articles', 'events', 'quotes', 'claims', 'sources']) {
    await rm(path.join(target, folder), { recursive: true, force: true });
    await mkdir(path.join(target, folder), { recursive: true });
  }

  const { chain, cast } = await prepare(realContent);

  const articles: GeneratedArticle[] = [];
  let words = 0;
  for (let i = 0; i < count; i++) {
    const generated = generateArticle(i, seed, chain, cast);
    articles.push(generated.article);
    words += generated.words;
    await writeFile(path.join(target, 'articles', `${generated.article.id}.md`), generated.markdown);
    // Every article names its raw source by its seed, and the build checks that the file exists.
    await writeFile(path.join(target, 'sources', `${generated.seed}.txt`), generated.source);
  }

  // Events: about three for every five articles (the real corpus has six), 1 to 3 citations each.
  const random = new Random(hash32(`${seed}:events:${count}`));
  const eventCount = Math.max(3, Math.round(count * 0.6));
  let citations = 0;
  for (let e = 0; e < eventCount; e++) {
    const day = randomDay(random, [2023, 7], [2024, 6]);
    const precision = random.next();
    const date = precision < 0.7 ? day : day.slice(0, 7);
    const cited: { article: string; passage: string }[] = [];
    for (const article of random.sample(articles, random.int(1, 3))) {
      const sentence = takeSentence(article, random, (s) => !s.quote && !s.figure);
      if (sentence) cited.push({ article: article.id, passage: sentence.text });
    }
    if (cited.length === 0) continue;
    citations += cited.length;
    const title = markovPhrase(chain, random, 4, 10);
    const event = {
      date,
      title,
      description: markovSentence(chain, random),
      kind: random.pick(eventKinds),
      status: random.pick(eventStatuses),
      people: random.sample(cast.people, random.int(0, 2)).map((p) => p.id),
      places: random.sample(cast.placeIds, random.int(0, 2)),
      citations: cited,
    };
    const file = `${date}-synthetique-${String(e + 1).padStart(4, '0')}.yaml`;
    await writeFile(path.join(target, 'events', file), toYaml(event));
  }

  // Quotes and claims: one file each per article that has the sentences for them.
  let quotes = 0;
  let claims = 0;
  const claimKeys: string[] = [];
  for (const article of articles) {
    const articleRandom = new Random(hash32(`${seed}:analysis:${article.id}`));
    const quoteList = [];
    for (let q = 0; q < 3; q++) {
      const sentence = takeSentence(article, articleRandom, (s) => s.quote !== undefined);
      if (!sentence?.quote) break;
      quoteList.push({
        id: `citation-${q + 1}`,
        speaker: sentence.quote.speaker,
        passage: sentence.text,
        quote: sentence.quote.words,
        indirect: false,
      });
    }
    if (quoteList.length > 0) {
      quotes += quoteList.length;
      await writeFile(path.join(target, 'quotes', `${article.id}.yaml`), toYaml({ article: article.id, quotes: quoteList }));
    }

    const claimList = [];
    for (let c = 0; c < 3; c++) {
      const sentence = takeSentence(article, articleRandom, (s) => s.figure !== undefined || (!s.quote && articleRandom.chance(0.2)));
      if (!sentence) break;
      const id = `affirmation-${c + 1}`;
      // Now and then a claim contradicts an earlier article's, so the disagreements have data.
      const contradicts = claimKeys.length > 0 && articleRandom.chance(0.05) ? [articleRandom.pick(claimKeys)] : [];
      claimList.push(
        sentence.figure
          ? {
              id,
              kind: 'figure',
              statement: `L’article rapporte un chiffre : ${sentence.figure.words}.`,
              figure: sentence.figure.words,
              claimant: sentence.figure.claimant,
              attribution: sentence.figure.claimant === 'outlet' ? 'constate' : 'selon',
              passage: sentence.text,
              contradicts,
            }
          : {
              id,
              kind: 'claim',
              statement: 'L’article avance ce constat en son nom propre.',
              claimant: 'outlet',
              attribution: articleRandom.pick(attributions),
              passage: sentence.text,
              contradicts,
            },
      );
    }
    if (claimList.length > 0) {
      claims += claimList.length;
      for (const claim of claimList) claimKeys.push(`${article.id}/${claim.id}`);
      await writeFile(path.join(target, 'claims', `${article.id}.yaml`), toYaml({ article: article.id, claims: claimList }));
    }
  }

  const events = (await readdir(path.join(target, 'events'))).length;
  return { articles: count, events, citations, quotes, claims, words };
}
