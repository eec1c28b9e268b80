// The /ask ranker. Sentences are the units of answer. A question is matched through an inverted index of
// stemmed terms (plus abbreviation aliases), widened by synonyms and by typo correction against the index
// vocabulary, scored as IDF-weighted coverage of the question (BM25 term saturation), then re-ranked by how
// close together the words are and whether the sentence holds the kind of answer asked for.
import Fuse from 'fuse.js';
import SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';
import type { AnnotatedArticle, DatedEvent, Quote, Sentence } from '../article/model.ts';
import { type Abbreviation, COMMON, definedAbbreviations, PHRASAL_VERBS, synonymsOf } from './equivalences.ts';
import { articleFeatures, offersType, type SentenceFeatures, shortAnswer } from './features.ts';
import { type AnswerType, parseQuestion } from './question.ts';
import { baseForm, isContent, normalize, STOP_WORDS, type Token, termOf, tokenize } from './text.ts';

export interface SearchHit {
  article: string;
  sentence: number;
  paragraph: number;
  text: string;
  /** 0..1: how much of the question the sentence covers, adjusted for proximity and answer type. */
  score: number;
  short: string | null;
  /** Surface words of the sentence that matched, for bolding. */
  terms: string[];
  quote: Quote | null;
  event: DatedEvent | null;
}

export const INDEX_SCHEMA_VERSION = 1;

// ---------------------------------------------------------------------------------------------------------------
// Tuning constants (general, not per article).

/** A best hit scoring below this means the article does not answer: abstain. */
export const ABSTAIN_BELOW = 0.5;
/** Other hits are returned while they keep this fraction of the best score. */
const KEEP_RELATIVE = 0.5;
/** Weight of a match through a synonym, and through a typo correction at edit distance 1 and 2. */
const SYNONYM_WEIGHT = 0.6;
const FUZZY_WEIGHT = [1, 0.9, 0.75];
/** Weight of a person's name or role matched where the sentence names them only in part ("Smith said"). */
const COREFERENCE_WEIGHT = 0.8;
/** Headlines are compressed; a body sentence saying the same thing is the better answer. */
const HEADING_FACTOR = 0.8;
/** News puts the main facts first (inverted pyramid): the last paragraph keeps this share, the first all. */
const LAST_PARAGRAPH_FACTOR = 0.97;
/** A question word found elsewhere in the sentence's paragraph (a quote's "the statement reads") counts a little. */
const CONTEXT_WEIGHT = 0.3;
/** A sentence without the asked kind of answer (no date for "when") keeps this share of its score. */
const WRONG_TYPE_FACTOR = 0.75;
/** BM25 term-frequency saturation and length normalisation (sentences vary less than documents: small b). */
const BM25_K1 = 1.2;
const BM25_B = 0.3;
/** Only the best candidates by coverage are re-ranked by proximity and type. */
const RERANK = 50;

// ---------------------------------------------------------------------------------------------------------------
// Index.

/** A sentence's matching terms: content terms in order, plus aliases at positions. */
interface UnitTerms {
  terms: string[];
  /** Sentence-relative [start, end, start, end, …] of each term's word: for bolding without tokenising again. */
  spans: number[];
  /**
   * [position, alias term, weight]: the expansion of an acronym, the acronym of an expanded phrase, the verb of
   * a phrasal verb, or the full name and role of a person the sentence names in part.
   */
  aliases: [number, string, number][];
}

interface Unit extends UnitTerms {
  doc: number;
  heading: boolean;
  sentence: Sentence;
  /** Key of its paragraph across the whole index. */
  para: number;
  features: SentenceFeatures;
}

export interface SearchIndex {
  docs: AnnotatedArticle[];
  units: Unit[];
  /** term → flat [unit, tf, weight, unit, tf, weight, …] in unit order; weight < 1 when only an alias of lower weight. */
  postings: Map<string, number[]>;
  /** normalised word → its term: the vocabulary typos are corrected against. */
  vocabulary: SearchableMap<string>;
  avgLength: number;
  /** Lazily built topic lists per article (derived data, not serialised). */
  topics: Map<string, string[]>;
}

/** A person the article names, as terms: who they are and what they do. */
interface PersonTerms {
  name: string[];
  all: string[];
}

const contentTermsOf = (text: string): string[] =>
  tokenize(text)
    .filter(isContent)
    .map((t) => t.term);

/** Terms and aliases of one sentence. */
function unitTerms(text: string, abbreviations: Abbreviation[], people: PersonTerms[]): UnitTerms {
  const all = tokenize(text);
  const tokens = all.filter(isContent);
  const terms = tokens.map((t) => t.term);
  const aliases: [number, string, number][] = [];
  for (const a of abbreviations) {
    terms.forEach((t, i) => {
      // The acronym written: it also stands for its words.
      if (t === a.short && tokens[i]?.acronym) for (const x of a.terms) aliases.push([i, x, 1]);
      // The words written in full: they also stand for the acronym.
      if (a.terms.length > 1 && a.terms.every((x, k) => terms[i + k] === x)) aliases.push([i, a.short, 1]);
    });
  }
  // "broke out" also says "started".
  all.forEach((t, i) => {
    const verb = PHRASAL_VERBS[`${baseForm(t.norm)} ${all[i + 1]?.norm}`];
    if (verb) aliases.push([Math.max(0, tokens.indexOf(t)), termOf(verb), 1]);
  });
  // A person named in part ("Smith said") brings their full name and role, weighted lower.
  const present = new Set(terms);
  for (const p of people) {
    const at = terms.findIndex((t) => p.name.includes(t) && !STOP_WORDS.has(t));
    if (at < 0 || !p.name.some((t) => present.has(t))) continue;
    for (const x of p.all) if (!present.has(x)) aliases.push([at, x, COREFERENCE_WEIGHT]);
  }
  return { terms, spans: tokens.flatMap((t) => [t.start, t.end]), aliases };
}

/**
 * Who speaks in each sentence of a quotation: the Quote annotator's speaker and role where it found the quote,
 * else the attribution after the closing quote mark ("…,” the minister said.") for every sentence since the
 * opening one in the same paragraph. Sentence number → words.
 */
function speakers(doc: AnnotatedArticle): Map<number, string> {
  const out = new Map<number, string>();
  for (const q of doc.quotes) {
    for (const s of doc.article.sentences) {
      if (q.start < s.end && q.end > s.start) out.set(s.n, `${q.speaker} ${q.role ?? ''}`);
    }
  }
  for (const p of doc.article.paragraphs) {
    let open: number[] = [];
    for (const s of p.sentences) {
      const opens = s.text.lastIndexOf('“') > s.text.lastIndexOf('”');
      const close = s.text.lastIndexOf('”');
      if (open.length && close >= 0 && !opens) {
        const attribution = s.text.slice(close + 1);
        if (/\p{L}/u.test(attribution)) for (const n of open) if (!out.has(n)) out.set(n, attribution);
        open = [];
      }
      if (opens) open.push(s.n);
      else if (open.length) open.push(s.n);
    }
  }
  return out;
}

/** Every sentence's terms, with the common abbreviations and those each article defines. */
function termsOf(docs: AnnotatedArticle[]): UnitTerms[][] {
  return docs.map((d) => {
    const abbreviations = [...COMMON, ...definedAbbreviations(d.article.text)];
    const people = d.entities
      .filter((e) => e.kind === 'person')
      .map((e) => ({ name: contentTermsOf(e.name), all: contentTermsOf(`${e.name} ${e.role ?? ''}`) }));
    const speaker = speakers(d);
    return d.article.sentences.map((s) => {
      const ut = unitTerms(s.text, abbreviations, people);
      // A sentence of a quotation is also what its speaker said.
      const present = new Set(ut.terms);
      for (const x of contentTermsOf(speaker.get(s.n) ?? '')) {
        if (!present.has(x)) ut.aliases.push([0, x, COREFERENCE_WEIGHT]);
      }
      return ut;
    });
  });
}

/** Assembles the index from the per-sentence terms (computed, or restored from disk). */
function assemble(docs: AnnotatedArticle[], terms: UnitTerms[][]): SearchIndex {
  const units: Unit[] = [];
  const postings = new Map<string, number[]>();
  const vocabulary = new SearchableMap<string>();
  let totalLength = 0;
  let paraBase = 0;
  docs.forEach((doc, di) => {
    const features = articleFeatures(doc);
    doc.article.sentences.forEach((sentence, si) => {
      const ut = terms[di]?.[si] as UnitTerms;
      const id = units.length;
      const heading = doc.article.paragraphs[sentence.paragraph - 1]?.kind === 'heading';
      const f = features.get(sentence.n) as SentenceFeatures;
      units.push({ ...ut, doc: di, heading, sentence, para: paraBase + sentence.paragraph, features: f });
      totalLength += ut.terms.length;
      const tf = new Map<string, [number, number]>();
      const occurrences: [string, number][] = [...ut.terms.map((t) => [t, 1] as [string, number]), ...ut.aliases.map(([, a, w]) => [a, w] as [string, number])];
      for (const [t, w] of occurrences) {
        const [n, best] = tf.get(t) ?? [0, 0];
        tf.set(t, [n + 1, Math.max(best, w)]);
      }
      for (const [t, [n, w]] of tf) {
        const list = postings.get(t) ?? [];
        list.push(id, n, w);
        postings.set(t, list);
      }
    });
    paraBase += doc.article.paragraphs.length + 1;
    for (const t of tokenize(doc.article.text)) if (isContent(t) && !/^\d/.test(t.norm)) vocabulary.set(t.norm, t.term);
  });
  return { docs, units, postings, vocabulary, avgLength: totalLength / Math.max(1, units.length), topics: new Map() };
}

export function buildSearchIndex(docs: AnnotatedArticle[]): SearchIndex {
  return assemble(docs, termsOf(docs));
}

// ---------------------------------------------------------------------------------------------------------------
// Serialisation: the expensive part (tokenising, stemming, aliases) is saved; the rest is rebuilt from docs.

const serialSchema = z.object({
  schema: z.literal(INDEX_SCHEMA_VERSION),
  docs: z.array(z.object({ id: z.string(), sentences: z.number(), length: z.number() })),
  terms: z.array(
    z.array(
      z.object({
        terms: z.array(z.string()),
        spans: z.array(z.number()),
        aliases: z.array(z.tuple([z.number(), z.string(), z.number()])),
      }),
    ),
  ),
});

const signature = (d: AnnotatedArticle) => ({ id: d.article.id, sentences: d.article.sentences.length, length: d.article.text.length });

export function serializeIndex(index: SearchIndex): unknown {
  const terms: UnitTerms[][] = index.docs.map(() => []);
  for (const u of index.units) terms[u.doc]?.push({ terms: u.terms, spans: u.spans, aliases: u.aliases });
  return { schema: INDEX_SCHEMA_VERSION, docs: index.docs.map(signature), terms };
}

/** Rebuilds an index saved by serializeIndex; throws when it does not fit these docs or this schema. */
export function restoreIndex(json: unknown, docs: AnnotatedArticle[]): SearchIndex {
  const saved = serialSchema.parse(json);
  if (saved.docs.length !== docs.length) throw new Error('index: article count differs');
  docs.forEach((d, i) => {
    const s = saved.docs[i];
    const now = signature(d);
    if (!s || s.id !== now.id || s.sentences !== now.sentences || s.length !== now.length)
      throw new Error(`index: article ${now.id} changed`);
    if (saved.terms[i]?.length !== now.sentences) throw new Error(`index: sentences of ${now.id} differ`);
  });
  return assemble(docs, saved.terms);
}

// ---------------------------------------------------------------------------------------------------------------
// Query.

interface Variant {
  term: string;
  weight: number;
}

interface QueryTerm {
  token: Token;
  variants: Variant[];
  /** IDF of what it can match; the highest IDF when nothing in the index matches it. */
  importance: number;
}

function idf(index: SearchIndex, df: number): number {
  const n = index.units.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

const dfOf = (index: SearchIndex, term: string): number => (index.postings.get(term)?.length ?? 0) / 3;

/** "cabels" / "cables": two neighbouring letters swapped, the commonest typo (edit distance 2 for Levenshtein). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === (diff[0] as number) + 1 && a[diff[0] as number] === b[diff[1] as number];
}

/**
 * Typo corrections from the vocabulary: same first letter, the smallest edit distance found. Words of 5–6
 * letters allow one edit or a swap of neighbours, longer words two edits; shorter words are not corrected.
 */
function corrections(index: SearchIndex, word: string): Variant[] {
  if (word.length < 5 || /\d/.test(word)) return [];
  const found = [...index.vocabulary.fuzzyGet(word, 2)]
    .filter(([w, [, d]]) => w[0] === word[0] && (d <= 1 || word.length >= 7 || isTransposition(word, w)))
    .map(([, [term, d]]) => ({ term, d }));
  const best = Math.min(...found.map((f) => f.d));
  const terms = new Set(found.filter((f) => f.d === best).map((f) => f.term));
  return [...terms].map((term) => ({ term, weight: FUZZY_WEIGHT[best] ?? 0 }));
}

function queryTerms(index: SearchIndex, tokens: Token[]): QueryTerm[] {
  return tokens.map((token) => {
    const variants: Variant[] = [];
    if (dfOf(index, token.term) > 0) variants.push({ term: token.term, weight: 1 });
    else if (!token.acronym) variants.push(...corrections(index, token.norm));
    for (const base of variants.length ? variants.map((v) => v.term) : [token.term]) {
      for (const s of synonymsOf(base)) {
        if (dfOf(index, s) > 0 && !variants.some((v) => v.term === s)) variants.push({ term: s, weight: SYNONYM_WEIGHT });
      }
    }
    // The word's own rarity when it is in the index; else the rarest of what stands for it.
    const exact = variants.find((v) => v.weight === 1);
    const present = (exact ? [exact] : variants).map((v) => idf(index, dfOf(index, v.term)));
    // A word found nowhere weighs as much as the rarest word that is found: enough for a question made mostly
    // of absent words to fall below the abstention threshold, not so much that one paraphrased word sinks it.
    return { token, variants, importance: present.length ? Math.max(...present) : idf(index, 1) };
  });
}

/** BM25 term weight for a term occurring tf times in a sentence of this length, about 1 for tf 1 at average length. */
function saturation(index: SearchIndex, tf: number, length: number): number {
  const norm = 1 - BM25_B + (BM25_B * length) / index.avgLength;
  return Math.min(1.2, (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm));
}

interface Candidate {
  unit: number;
  /** Best match weight per question term in the sentence itself. */
  direct: Float64Array;
}

/**
 * Sentences sharing at least one (variant of a) question term, with per-term match strengths; the best match
 * weight of each term in each paragraph; and over the whole scope (how much of the question the articles hold).
 */
function gather(index: SearchIndex, query: QueryTerm[], doc: number | null) {
  const candidates = new Map<number, Candidate>();
  const context = new Map<number, Float64Array>();
  const inScope = new Float64Array(query.length);
  query.forEach((q, qi) => {
    for (const v of q.variants) {
      const list = index.postings.get(v.term) ?? [];
      for (let i = 0; i < list.length; i += 3) {
        const id = list[i] as number;
        const unit = index.units[id] as Unit;
        if (doc !== null && unit.doc !== doc) continue;
        const weight = v.weight * (list[i + 2] as number);
        if (weight > (inScope[qi] as number)) inScope[qi] = weight;
        const strength = weight * saturation(index, list[i + 1] as number, unit.terms.length);
        let c = candidates.get(id);
        if (!c) {
          c = { unit: id, direct: new Float64Array(query.length) };
          candidates.set(id, c);
        }
        if (strength > (c.direct[qi] as number)) c.direct[qi] = strength;
        let p = context.get(unit.para);
        if (!p) {
          p = new Float64Array(query.length);
          context.set(unit.para, p);
        }
        if (weight > (p[qi] as number)) p[qi] = weight;
      }
    }
  });
  return { candidates, context, inScope };
}

/** IDF-weighted share of the question the sentence covers (words in its paragraph count a little). */
function coverage(query: QueryTerm[], direct: Float64Array, context: Float64Array | undefined): number {
  let got = 0;
  let total = 0;
  query.forEach((q, i) => {
    total += q.importance;
    got += q.importance * Math.max(direct[i] as number, CONTEXT_WEIGHT * ((context?.[i] as number) ?? 0));
  });
  return total ? got / total : 0;
}

/** Variant term → the question terms it stands for: built once per question. */
function variantOwners(query: QueryTerm[]): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  query.forEach((q, qi) => {
    for (const v of q.variants) owners.set(v.term, [...(owners.get(v.term) ?? []), qi]);
  });
  return owners;
}

/** Positions (in content words) where each question term matched in the sentence. */
function matchPositions(unit: Unit, owners: Map<string, number[]>, size: number): number[][] {
  const pos: number[][] = Array.from({ length: size }, () => []);
  unit.terms.forEach((t, i) => {
    for (const qi of owners.get(t) ?? []) pos[qi]?.push(i);
  });
  // Coreference aliases (weight < 1) have no place of their own in the sentence: not used for proximity or bold.
  for (const [i, a, w] of unit.aliases) {
    if (w === 1) for (const qi of owners.get(a) ?? []) pos[qi]?.push(i);
  }
  return pos;
}

/**
 * Proximity: matched words close together beat the same words scattered. The smallest window holding one
 * match of every matched term; factor 0.85 (scattered) … 1 (adjacent).
 */
function proximity(positions: number[][]): number {
  const events = positions.flatMap((ps, term) => ps.map((p) => [p, term] as const)).sort((a, b) => a[0] - b[0]);
  const need = positions.filter((p) => p.length).length;
  if (need < 2) return 0.925;
  const count = new Map<number, number>();
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    const [, term] = events[right] as readonly [number, number];
    count.set(term, (count.get(term) ?? 0) + 1);
    while (count.size === need) {
      const [lp, lt] = events[left] as readonly [number, number];
      best = Math.min(best, (events[right] as readonly [number, number])[0] - lp + 1);
      const c = (count.get(lt) as number) - 1;
      if (c) count.set(lt, c);
      else count.delete(lt);
      left++;
    }
  }
  return 0.85 + 0.15 * Math.min(1, need / best);
}

function positionPrior(index: SearchIndex, unit: Unit): number {
  const paragraphs = (index.docs[unit.doc] as AnnotatedArticle).article.paragraphs.length;
  return 1 - ((1 - LAST_PARAGRAPH_FACTOR) * (unit.sentence.paragraph - 1)) / Math.max(1, paragraphs - 1);
}

function docIndex(index: SearchIndex, article: string | undefined): number | null {
  if (article === undefined) return null;
  const i = index.docs.findIndex((d) => d.article.id === article);
  return i < 0 ? -1 : i;
}

/** Finds the sentences that answer a question, best first; [] when the indexed articles do not answer it. */
export function search(index: SearchIndex, question: string, opts: { article?: string; limit?: number } = {}): SearchHit[] {
  const limit = opts.limit ?? 5;
  const doc = docIndex(index, opts.article);
  if (doc === -1 || limit <= 0) return [];
  const parsed = parseQuestion(question);
  if (!parsed.tokens.length) return [];
  const query = queryTerms(index, parsed.tokens);
  const { candidates, context, inScope } = gather(index, query, doc);
  // How much of the question the searched articles hold at all: mostly absent words mean "not answered here".
  const held = coverage(query, inScope, undefined);

  const pre = [...candidates.values()]
    .map((c) => ({ c, cov: coverage(query, c.direct, context.get((index.units[c.unit] as Unit).para)) }))
    .sort((a, b) => b.cov - a.cov || a.c.unit - b.c.unit)
    .slice(0, RERANK);

  const questionWords = new Set(parsed.tokens.map((t) => t.norm));
  const owners = variantOwners(query);
  const ranked = pre
    .map(({ c, cov }) => {
      const unit = index.units[c.unit] as Unit;
      const positions = matchPositions(unit, owners, query.length);
      const typeFit = parsed.type ? Math.max(WRONG_TYPE_FACTOR, offersType(parsed.type, unit.features, questionWords)) : 1;
      const fit =
        Math.min(1, cov) * proximity(positions) * typeFit * (unit.heading ? HEADING_FACTOR : 1) * positionPrior(index, unit);
      // Calibrated: the sentence's fit and the articles' share of the question; both must be about half or more.
      const score = Math.min(1, Math.sqrt(fit * held));
      return { unit, positions, score };
    })
    .sort((a, b) => b.score - a.score || a.unit.doc - b.unit.doc || a.unit.sentence.n - b.unit.sentence.n);

  const best = ranked[0]?.score ?? 0;
  if (best < ABSTAIN_BELOW) return [];
  return ranked
    .filter((r) => r.score >= best * KEEP_RELATIVE)
    .slice(0, limit)
    .map((r) => toHit(index, r.unit, r.positions, r.score, parsed.type, questionWords));
}

function toHit(
  index: SearchIndex,
  unit: Unit,
  positions: number[][],
  score: number,
  type: AnswerType | null,
  questionWords: Set<string>,
): SearchHit {
  const doc = index.docs[unit.doc] as AnnotatedArticle;
  const s = unit.sentence;
  const matched = [...new Set(positions.flat())]
    .sort((a, b) => a - b)
    .map((p) => ({ start: unit.spans[2 * p] as number, end: unit.spans[2 * p + 1] as number }));
  return {
    article: doc.article.id,
    sentence: s.n,
    paragraph: s.paragraph,
    text: s.text,
    score: Math.round(score * 1000) / 1000,
    short: shortAnswer(type, unit.features, questionWords, matched.map((t) => t.start)),
    terms: [...new Set(matched.map((t) => s.text.slice(t.start, t.end)))],
    quote: linkedQuote(doc, s),
    event: doc.events.find((e) => e.sentence === s.n) ?? null,
  };
}

/** The quote that starts in this sentence, else one that runs through it. */
function linkedQuote(doc: AnnotatedArticle, s: Sentence): Quote | null {
  return doc.quotes.find((q) => q.sentence === s.n) ?? doc.quotes.find((q) => q.start < s.end && q.end > s.start) ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Topics: what an article covers, for abstention replies and autocomplete.

const MAX_TOPIC = 100;
const MAX_SUGGESTIONS = 25;

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_TOPIC ? t : `${t.slice(0, MAX_TOPIC - 1).replace(/\s+\S*$/, '')}…`;
}

/** Questions an article answers, built from what preprocessing found: speakers, people, dated events, figures. */
function topicsOf(doc: AnnotatedArticle): string[] {
  const out: string[] = [doc.article.title];
  for (const q of doc.quotes) out.push(`What did ${q.speaker} say?`);
  for (const e of doc.entities) {
    if (e.kind === 'person') out.push(`Who is ${e.name}?`);
    else if (e.kind === 'organisation' && e.name.length > 3) out.push(`What about ${e.name}?`);
  }
  for (const ev of doc.events) out.push(`What happened ${/^(?:in|on|at|by|since|before|after)\b/i.test(ev.expression) ? '' : 'in '}${ev.expression.replace(/[,.]$/, '')}?`);
  for (const n of doc.numbers) {
    const noun = n.text.replace(/^.*?\d[\d.,]*\s*(?:%|percent)?\s*/u, '').replace(/^of\s+(?:the|its|their)\s+/, '');
    if (/^\p{Ll}{3,}/u.test(noun)) out.push(`How many ${noun}?`);
  }
  const seen = new Set<string>();
  return out.map(clip).filter((t) => {
    const k = normalize(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Topics of one article (or all), fuzzy-matched on what the user typed so far (fuse.js), at most 25. */
export function suggestTopics(index: SearchIndex, opts: { article?: string; typed?: string; limit?: number } = {}): string[] {
  const limit = Math.min(MAX_SUGGESTIONS, opts.limit ?? MAX_SUGGESTIONS);
  const docs = opts.article === undefined ? index.docs : index.docs.filter((d) => d.article.id === opts.article);
  const topics = [
    ...new Set(
      docs.flatMap((d) => {
        let t = index.topics.get(d.article.id);
        if (!t) {
          t = topicsOf(d);
          index.topics.set(d.article.id, t);
        }
        return t;
      }),
    ),
  ];
  const typed = opts.typed?.trim();
  if (!typed) return topics.slice(0, limit);
  const fuse = new Fuse(topics, { ignoreLocation: true, threshold: 0.4, useTokenSearch: true });
  return fuse
    .search(typed, { limit })
    .map((r) => r.item);
}
