// The /ask ranker. Sentences are the units of answer. A question is matched through an inverted index of
// stemmed terms (plus abbreviation aliases), widened by synonyms and by typo correction against the index
// vocabulary, scored as IDF-weighted coverage of the question (BM25 term saturation), then re-ranked by how
// close together the words are and whether the sentence holds the kind of answer asked for.
import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
import Fuse from 'fuse.js';
import SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';
import type { AnnotatedArticle, DatedEvent, Quote, Sentence } from '../article/model.ts';
import { baseForms, isKnownWord, type Relation, relatedWords, spellingOf } from '../lexicon/wordnet.ts';
import {
  type Abbreviation,
  COMMON,
  definedAbbreviations,
  PHRASAL_VERBS,
  phrasalVerb,
  SHORTHAND,
  synonymsOf,
} from './equivalences.ts';
import {
  annotationsBySentence,
  coordinated,
  MAX_WANT_FIT,
  type Mention,
  offersType,
  offersWant,
  type SentenceAnnotations,
  type SentenceFeatures,
  sentenceFeatures,
  shortAnswer,
  wantSpans,
} from './features.ts';
import { type AnswerType, type ParsedQuestion, parseQuestion, SPEECH_VERBS, type Want } from './question.ts';
import { baseForm, contentSpans, isContent, normalize, STOP_WORDS, type Token, termOf, tokenize } from './text.ts';

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

export const INDEX_SCHEMA_VERSION = 9;

// ---------------------------------------------------------------------------------------------------------------
// Tuning constants (general, not per article).

/** A best hit scoring below this means the article does not answer: abstain. */
export const ABSTAIN_BELOW = 0.4;
/**
 * A best hit scoring below this is offered as the closest sentence, not as the answer: on the 14 development
 * sets, 42% of best hits scoring 0.40–0.55 answered the question, against 77% of those scoring more.
 */
export const TENTATIVE_BELOW = 0.55;
/** Other hits are returned while they keep this fraction of the best score. */
const KEEP_RELATIVE = 0.5;
/** Weight of a match through a synonym, and through a typo correction at edit distance 1 and 2. */
const SYNONYM_WEIGHT = 0.6;
const FUZZY_WEIGHT = [1, 0.9, 0.75];
/** Weight of a match through WordNet, below the curated synonyms: same synset or derived form, then one step. */
const WORDNET_WEIGHT: Record<Relation, number> = { synonym: 0.5, derived: 0.5, hypernym: 0.35, hyponym: 0.35 };
const SYNONYM_DERIVED_WEIGHT = 0.4;
/** "how many X": a number right before X (within this many words) counts X. */
const COUNT_REACH = 4;
/** Count questions: the sentence counts the asked noun, holds only other numbers, or none. */
const COUNT_FIT = [1.25, 0.6, 0.2];
/** "who is X": the sentence introduces X with a role, names X with an apposition, or only names X. */
const IDENTITY_FIT = [1.2, 1.1, 0.9];
/** "who is the governor of X": a person with the role near, another person, no person (see roleFit). */
const ROLE_FIT = [1.2, 1, 0.6];
/** The focus noun matched below this weight (absent, or only through a WordNet neighbour) costs FOCUS_MISSING. */
const FOCUS_FIRM = 0.5;
const FOCUS_MISSING = 0.35;
/** A name in the question (capitalised past its first word, or an acronym) found nowhere in the articles. */
const NAME_MISSING = 0.4;
/** A sentence without any of the names the question is about (see anchorTerms). */
const ANCHOR_MISSING = 0.6;
/**
 * The words that decide the answer (the question's words beyond the names it is about: its predicate and what
 * it asks for) must mostly be in the sentence itself, exactly or through a close equivalence (weight ≥ KEY_FIRM):
 * a sentence holding less than KEY_SHARE of their weight so keeps KEY_MISSING of its score (inside the square
 * root of the calibrated score).
 */
const KEY_FIRM = 0.6;
const KEY_SHARE = 0.34;
const KEY_MISSING = 0.7;
/** None of the key terms anywhere in the searched articles: every sentence keeps this share more. */
const KEYS_ABSENT = 0.5;
/** A question word in at least this share of the searched sentences is what the article is about: not evidence. */
const SUBJECT_SHARE = 0.15;
/** A question about what will happen, answered by a sentence with no sign of the future, keeps this share. */
const TENSE_MISMATCH = 0.85;
/** "When will…" answered by a sentence with no word of the future: its dates are likely past ones. */
const DATE_TENSE_MISMATCH = 0.6;
const FUTURE =
  /\b(?:will|would|could|may|might|shall|plans to|planned|planning|expected|expects|next|upcoming|later|set to|due to|due (?:on|in|by)|going to|scheduled|intends?|aims? to|hopes? to|soon|from now|to be)\b|['’]ll\b/i;

/**
 * "the trust aimed to reopen the unit by the end of June": a sentence with a date after publication looks ahead,
 * whatever its verbs' tense.
 */
function datesAhead(doc: AnnotatedArticle, sentence: Sentence): boolean {
  const published = doc.article.published?.instant;
  if (!published) return false;
  return doc.events.some((e) => e.sentence === sentence.n && e.date > published.slice(0, e.date.length));
}

/** A detail sentence referring back takes this share of the fit of the sentence it refers to (see carryForward). */
const CARRY = 0.9;
const CARRY_SOURCES = 8;
/** Weight of a person's name or role matched where the sentence names them only in part ("Smith said"). */
const COREFERENCE_WEIGHT = 0.8;
/** A sentence holding the question's words only in other forms ("vote" for "voted") keeps this share at worst. */
const FORM_FIT = 0.9;
/** Headlines are compressed; a body sentence saying the same thing, even more loosely, is the better answer. */
const HEADING_FACTOR = 0.5;
/** News puts the main facts first (inverted pyramid): the last paragraph keeps this share, the first all. */
const LAST_PARAGRAPH_FACTOR = 0.97;
/** A question word found elsewhere in the sentence's paragraph (a quote's "the statement reads") counts a little. */
const CONTEXT_WEIGHT = 0.3;
/** A sentence without the asked kind of answer (no date for "when") keeps this share of its score. */
const WRONG_TYPE_FACTOR = 0.5;
/** "how much/how many" and a sentence with no figure at all: it can hardly say how much. */
const NO_NUMBER_FACTOR = 0.5;
/** BM25 term-frequency saturation and length normalisation (sentences vary less than documents: small b). */
const BM25_K1 = 1.2;
const BM25_B = 0.3;
/** The most one term can add to a sentence's coverage, however often it occurs. */
const MAX_SATURATION = 1.2;
/** Only the best candidates by coverage are re-ranked by proximity and type. */
const RERANK = 50;
/** Sentences whose answer features are kept for the next question. */
const MAX_CACHED_DETAILS = 20_000;
/** Topic finders kept (one per article asked about). */
const MAX_TOPIC_FINDERS = 256;
/**
 * The most of a typed value matched fuzzily against topics, which are a few words each: fuse.js's Bitap matches 32
 * characters in one pass and averages longer patterns over several (field notes), which only costs time here.
 */
const MAX_TYPED_TOPIC = 32;

// ---------------------------------------------------------------------------------------------------------------
// Index. Units (sentences) are numbered in article then sentence order; everything about them is kept in flat
// typed arrays, compact in memory and cheap to save and restore. Terms are numbered too.

/** A sentence's matching terms: content terms in order, plus aliases at positions. */
interface UnitTerms {
  terms: string[];
  /**
   * [position, alias term, weight]: the expansion of an acronym, the acronym of an expanded phrase, the verb of
   * a phrasal verb, or the full name and role of a person the sentence names in part.
   */
  aliases: [number, string, number][];
}

/** What is saved: the expensive part (tokenising, stemming, aliases). Postings are rebuilt from it. */
interface IndexData {
  /** Term id → term. */
  terms: string[];
  /** Per unit, the number of its content terms; then all units' term ids one after another. */
  termCounts: Int32Array;
  termIds: Int32Array;
  /** Per unit, the number of its aliases; then all units' aliases: position, term id, weight. */
  aliasCounts: Int32Array;
  aliasPos: Int32Array;
  aliasTerm: Int32Array;
  aliasWeight: Float64Array;
  /** Normalised words of the articles and their term ids: the vocabulary typos are corrected against. */
  words: string[];
  wordTerms: Int32Array;
}

/** Postings of term t at start[t] … start[t + 1], in unit order. */
interface Postings {
  start: Int32Array;
  unit: Int32Array;
  /** Occurrences of the term (or an alias standing for it) in the unit. */
  tf: Int32Array;
  /** 1, or less when the unit only holds an alias of lower weight. */
  weight: Float64Array;
}

/**
 * The candidate sentences of one query and, per question term, the best match strength in each and the best
 * match weight in each one's paragraph. One table per index, reused by every query (a search runs to
 * completion, so never two at once): stamps tell this query's slots from earlier ones without clearing.
 */
class Candidates {
  private epoch = 0;
  private readonly unitStamp: Int32Array;
  private readonly unitSlot: Int32Array;
  private readonly paraStamp: Int32Array;
  private readonly paraSlot: Int32Array;
  private terms = 0;
  count = 0;
  private paras = 0;
  /** Per slot: the unit, its paragraph's slot, and its coverage by the terms walked so far. */
  units: Int32Array = new Int32Array(0);
  paraOf: Int32Array = new Int32Array(0);
  partial: Float64Array = new Float64Array(0);
  /** Scratch copy of `partial` for finding its k-th largest value (reordered in place). */
  scratch: Float64Array = new Float64Array(0);
  /** [slot * terms + term]: best strength in the sentence; [paragraph slot * terms + term]: best weight in it. */
  direct: Float64Array = new Float64Array(0);
  context: Float64Array = new Float64Array(0);

  constructor(units: number, paragraphs: number) {
    this.unitStamp = new Int32Array(units);
    this.unitSlot = new Int32Array(units);
    this.paraStamp = new Int32Array(paragraphs);
    this.paraSlot = new Int32Array(paragraphs);
  }

  /** Starts a query of `terms` terms that will have at most `most` candidates. */
  reset(terms: number, most: number): void {
    this.epoch++;
    this.terms = terms;
    this.count = 0;
    this.paras = 0;
    if (most > this.units.length) {
      const size = Math.max(most, 2 * this.units.length, 256);
      this.units = new Int32Array(size);
      this.paraOf = new Int32Array(size);
      this.partial = new Float64Array(size);
      this.scratch = new Float64Array(size);
    }
    if (most * terms > this.direct.length) {
      this.direct = new Float64Array(Math.max(most * terms, 2 * this.direct.length));
      this.context = new Float64Array(this.direct.length);
    }
  }

  /** The slot of a unit, made (with zero strengths) when the unit is new to this query. */
  slotOf(unit: number, para: number): number {
    if (this.unitStamp[unit] === this.epoch) return this.unitSlot[unit] as number;
    const n = this.terms;
    if (this.paraStamp[para] !== this.epoch) {
      this.paraStamp[para] = this.epoch;
      this.paraSlot[para] = this.paras;
      for (let i = this.paras * n; i < (this.paras + 1) * n; i++) this.context[i] = 0;
      this.paras++;
    }
    const slot = this.count++;
    this.unitStamp[unit] = this.epoch;
    this.unitSlot[unit] = slot;
    this.units[slot] = unit;
    this.paraOf[slot] = this.paraSlot[para] as number;
    for (let i = slot * n; i < (slot + 1) * n; i++) this.direct[i] = 0;
    return slot;
  }
}

export interface SearchIndex {
  docs: AnnotatedArticle[];
  data: IndexData;
  termId: Map<string, number>;
  /** Article id → article number (the first, if an id repeats). */
  docNumber: Map<string, number>;
  /** First unit of each article, then the unit count. */
  docStart: Int32Array;
  /** Per unit: its article, its sentence's place in the article's sentences, its paragraph (numbered over the index). */
  unitDoc: Int32Array;
  unitSentence: Int32Array;
  unitPara: Int32Array;
  /** First unit of each paragraph, then the unit count. */
  paraStart: Int32Array;
  /** Per unit: where its terms and aliases start in data.termIds and data.alias*, then the totals. */
  termStart: Int32Array;
  aliasStart: Int32Array;
  postings: Postings;
  /** Per term: its best posting weight. */
  termWeight: Float64Array;
  /** Per unit: BM25 length normalisation of its term frequencies. */
  lengthNorm: Float64Array;
  /** normalised word → its term: the vocabulary typos are corrected against. */
  vocabulary: SearchableMap<string>;
  /** Terms of the words of people's, organisations' and places' names that are not English words ("osei"). */
  nameTerms: Set<string>;
  avgLength: number;
  /** Derived lazily, when first needed, never saved: what sentences offer as answers, topic lists. */
  annotations: Map<number, SentenceAnnotations>;
  details: Map<number, UnitDetails>;
  topics: Map<string, string[]>;
  /** Fuzzy finders of topics: '' for all articles, else one per article id; made on first need. */
  topicFinders: Map<string, Fuse<string>>;
  candidates: Candidates | null;
}

/** What a candidate sentence offers as an answer, and where its content words are (for bolding). */
interface UnitDetails {
  features: SentenceFeatures;
  spans: [number, number][];
  /** All words of the sentence, stop words included. */
  tokens: Token[];
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
    const verb = PHRASAL_VERBS[`${baseForm(t.norm)} ${all[i + 1]?.norm}`] ?? phrasalVerb(t.term, all[i + 1]?.norm);
    if (verb) aliases.push([Math.max(0, tokens.indexOf(t)), termOf(verb), 1]);
  });
  // A person named by surname ("Smith said") brings their full name and role, weighted lower. The surname only:
  // two people who share a first name must not take each other's names and roles.
  const present = new Set(terms);
  for (const p of people) {
    const surname = p.name.at(-1);
    const at = surname && !STOP_WORDS.has(surname) ? terms.indexOf(surname) : -1;
    if (at < 0) continue;
    for (const x of p.all) if (!present.has(x)) aliases.push([at, x, COREFERENCE_WEIGHT]);
  }
  return { terms, aliases };
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

/** Every sentence's terms, with the common abbreviations and those each article defines; and the vocabulary. */
function indexData(docs: AnnotatedArticle[]): IndexData {
  const terms: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      ids.set(term, id);
    }
    return id;
  };
  const termCounts: number[] = [];
  const termIds: number[] = [];
  const aliasCounts: number[] = [];
  const aliasPos: number[] = [];
  const aliasTerm: number[] = [];
  const aliasWeight: number[] = [];
  const vocabulary = new Map<string, string>();
  for (const d of docs) {
    const abbreviations = [...COMMON, ...definedAbbreviations(d.article.text)];
    const people = d.entities
      .filter((e) => e.kind === 'person')
      .map((e) => ({ name: contentTermsOf(e.name), all: contentTermsOf(`${e.name} ${e.role ?? ''}`) }));
    const speaker = speakers(d);
    for (const s of d.article.sentences) {
      const ut = unitTerms(s.text, abbreviations, people);
      // A sentence of a quotation is also what its speaker said.
      const present = new Set(ut.terms);
      for (const x of contentTermsOf(speaker.get(s.n) ?? '')) {
        if (!present.has(x)) ut.aliases.push([0, x, COREFERENCE_WEIGHT]);
      }
      termCounts.push(ut.terms.length);
      for (const t of ut.terms) termIds.push(idOf(t));
      aliasCounts.push(ut.aliases.length);
      for (const [at, t, w] of ut.aliases) {
        aliasPos.push(at);
        aliasTerm.push(idOf(t));
        aliasWeight.push(w);
      }
    }
    for (const t of tokenize(d.article.text)) if (isContent(t) && !/^\d/.test(t.norm)) vocabulary.set(t.norm, t.term);
  }
  const words = [...vocabulary.keys()];
  return {
    terms,
    termCounts: Int32Array.from(termCounts),
    termIds: Int32Array.from(termIds),
    aliasCounts: Int32Array.from(aliasCounts),
    aliasPos: Int32Array.from(aliasPos),
    aliasTerm: Int32Array.from(aliasTerm),
    aliasWeight: Float64Array.from(aliasWeight),
    words,
    wordTerms: Int32Array.from(words, (w) => idOf(vocabulary.get(w) as string)),
  };
}

/** Running sums: [0, a0, a0 + a1, …]; throws on a negative count (a corrupt index). */
function offsets(counts: Int32Array): Int32Array {
  const out = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    if (c < 0) throw new Error('index: negative count');
    out[i + 1] = (out[i] as number) + c;
  }
  return out;
}

function checkIds(ids: Int32Array, size: number): void {
  for (const id of ids) if (id < 0 || id >= size) throw new Error('index: term id out of range');
}

/**
 * Postings from the units' terms and aliases: per unit and term, the occurrences and the best weight. Two
 * passes over the units: the first counts each term's units, the second fills the postings in place.
 */
function buildPostings(data: IndexData, termStart: Int32Array, aliasStart: Int32Array): Postings {
  const nTerms = data.terms.length;
  const units = data.termCounts.length;
  /** Per term: the last unit it was seen in, and that unit's entry in the postings (second pass). */
  const lastUnit = new Int32Array(nTerms).fill(-1);
  const entry = new Int32Array(nTerms);
  const eachOccurrence = (u: number, visit: (t: number, w: number) => void) => {
    for (let i = termStart[u] as number; i < (termStart[u + 1] as number); i++) visit(data.termIds[i] as number, 1);
    for (let i = aliasStart[u] as number; i < (aliasStart[u + 1] as number); i++) {
      visit(data.aliasTerm[i] as number, data.aliasWeight[i] as number);
    }
  };
  const count = new Int32Array(nTerms);
  for (let u = 0; u < units; u++) {
    eachOccurrence(u, (t) => {
      if (lastUnit[t] === u) return;
      lastUnit[t] = u;
      count[t] = (count[t] as number) + 1;
    });
  }
  const start = offsets(count);
  const next = start.slice(0, nTerms);
  const n = start[nTerms] as number;
  const out: Postings = { start, unit: new Int32Array(n), tf: new Int32Array(n), weight: new Float64Array(n) };
  lastUnit.fill(-1);
  for (let u = 0; u < units; u++) {
    eachOccurrence(u, (t, w) => {
      if (lastUnit[t] === u) {
        const at = entry[t] as number;
        out.tf[at] = (out.tf[at] as number) + 1;
        if (w > (out.weight[at] as number)) out.weight[at] = w;
        return;
      }
      lastUnit[t] = u;
      const at = next[t] as number;
      next[t] = at + 1;
      entry[t] = at;
      out.unit[at] = u;
      out.tf[at] = 1;
      out.weight[at] = w;
    });
  }
  return out;
}

/** Assembles the index from the per-sentence terms (computed, or restored from disk). */
function assemble(docs: AnnotatedArticle[], data: IndexData): SearchIndex {
  const units = docs.reduce((n, d) => n + d.article.sentences.length, 0);
  const termStart = offsets(data.termCounts);
  const aliasStart = offsets(data.aliasCounts);
  const sizes = [data.termCounts.length, data.aliasCounts.length];
  if (sizes.some((n) => n !== units)) throw new Error('index: sentence count differs');
  if (termStart[units] !== data.termIds.length) throw new Error('index: term count differs');
  const aliases = aliasStart[units];
  if ([data.aliasPos, data.aliasTerm, data.aliasWeight].some((a) => a.length !== aliases))
    throw new Error('index: alias count differs');
  if (data.wordTerms.length !== data.words.length) throw new Error('index: vocabulary differs');
  checkIds(data.termIds, data.terms.length);
  checkIds(data.aliasTerm, data.terms.length);
  checkIds(data.wordTerms, data.terms.length);

  const docStart = new Int32Array(docs.length + 1);
  const docNumber = new Map<string, number>();
  const unitDoc = new Int32Array(units);
  const unitSentence = new Int32Array(units);
  const unitPara = new Int32Array(units);
  const paraFirst: number[] = [];
  let u = 0;
  docs.forEach((doc, di) => {
    if (!docNumber.has(doc.article.id)) docNumber.set(doc.article.id, di);
    docStart[di] = u;
    let paragraph = Number.NaN;
    doc.article.sentences.forEach((s, si) => {
      // A paragraph's sentences are consecutive: a new paragraph number starts a new paragraph.
      if (s.paragraph !== paragraph) {
        paragraph = s.paragraph;
        paraFirst.push(u);
      }
      unitDoc[u] = di;
      unitSentence[u] = si;
      unitPara[u] = paraFirst.length - 1;
      u++;
    });
  });
  docStart[docs.length] = units;
  paraFirst.push(units);

  const postings = buildPostings(data, termStart, aliasStart);
  const termWeight = new Float64Array(data.terms.length);
  for (let t = 0; t < data.terms.length; t++) {
    for (let p = postings.start[t] as number; p < (postings.start[t + 1] as number); p++) {
      if ((postings.weight[p] as number) > (termWeight[t] as number)) termWeight[t] = postings.weight[p] as number;
    }
  }
  const avgLength = data.termIds.length / Math.max(1, units);
  const lengthNorm = new Float64Array(units);
  for (let i = 0; i < units; i++) {
    lengthNorm[i] = 1 - BM25_B + (BM25_B * ((termStart[i + 1] as number) - (termStart[i] as number))) / avgLength;
  }
  const vocabulary = new SearchableMap<string>();
  data.words.forEach((w, i) => {
    vocabulary.set(w, data.terms[data.wordTerms[i] as number] as string);
  });
  // Each distinct name word is looked up once: names repeat across articles, and the lookups are the cost.
  const nameWords = new Map<string, Token>();
  for (const doc of docs)
    for (const e of doc.entities) {
      if (e.kind === 'other') continue;
      for (const t of tokenize(e.name)) if (!t.acronym) nameWords.set(t.norm, t);
    }
  const nameTerms = new Set<string>();
  for (const [norm, t] of nameWords) if (!isEnglish(norm)) nameTerms.add(t.term);
  return {
    docs,
    data,
    termId: new Map(data.terms.map((t, i) => [t, i])),
    docNumber,
    docStart,
    unitDoc,
    unitSentence,
    unitPara,
    paraStart: Int32Array.from(paraFirst),
    termStart,
    aliasStart,
    postings,
    termWeight,
    lengthNorm,
    vocabulary,
    nameTerms,
    avgLength,
    annotations: new Map(),
    details: new Map(),
    topics: new Map(),
    topicFinders: new Map(),
    candidates: null,
  };
}

export function buildSearchIndex(docs: AnnotatedArticle[]): SearchIndex {
  return assemble(docs, indexData(docs));
}

// ---------------------------------------------------------------------------------------------------------------
// Serialisation: the index data as JSON, its number arrays as base64 of their bytes (fast to parse, compact).

const BYTE_ORDER = endianness();

const base64 = (a: Int32Array | Float64Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromBase64<T extends Int32Array | Float64Array>(text: string, make: (length: number) => T): T {
  const bytes = Buffer.from(text, 'base64');
  const out = make(bytes.length / make(0).BYTES_PER_ELEMENT);
  if (out.byteLength !== bytes.length) throw new Error('index: truncated array');
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

const serialSchema = z.object({
  schema: z.literal(INDEX_SCHEMA_VERSION),
  byteOrder: z.literal(BYTE_ORDER),
  docs: z.array(z.object({ id: z.string(), sentences: z.number(), length: z.number() })),
  /** Terms and words are tokens: never a space in them. */
  terms: z.string(),
  words: z.string(),
  termCounts: z.string(),
  termIds: z.string(),
  aliasCounts: z.string(),
  aliasPos: z.string(),
  aliasTerm: z.string(),
  aliasWeight: z.string(),
  wordTerms: z.string(),
});

const signature = (d: AnnotatedArticle) => ({
  id: d.article.id,
  sentences: d.article.sentences.length,
  length: d.article.text.length,
});

const splitWords = (text: string): string[] => (text ? text.split(' ') : []);

export function serializeIndex(index: SearchIndex): unknown {
  const d = index.data;
  return {
    schema: INDEX_SCHEMA_VERSION,
    byteOrder: BYTE_ORDER,
    docs: index.docs.map(signature),
    terms: d.terms.join(' '),
    words: d.words.join(' '),
    termCounts: base64(d.termCounts),
    termIds: base64(d.termIds),
    aliasCounts: base64(d.aliasCounts),
    aliasPos: base64(d.aliasPos),
    aliasTerm: base64(d.aliasTerm),
    aliasWeight: base64(d.aliasWeight),
    wordTerms: base64(d.wordTerms),
  };
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
  });
  const ints = (text: string) => fromBase64(text, (n) => new Int32Array(n));
  return assemble(docs, {
    terms: splitWords(saved.terms),
    termCounts: ints(saved.termCounts),
    termIds: ints(saved.termIds),
    aliasCounts: ints(saved.aliasCounts),
    aliasPos: ints(saved.aliasPos),
    aliasTerm: ints(saved.aliasTerm),
    aliasWeight: fromBase64(saved.aliasWeight, (n) => new Float64Array(n)),
    words: splitWords(saved.words),
    wordTerms: ints(saved.wordTerms),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Query.

interface Variant {
  /** Term id. */
  term: number;
  weight: number;
}

interface QueryTerm {
  token: Token;
  variants: Variant[];
  /** IDF of what it can match; the highest IDF when nothing in the index matches it. */
  importance: number;
}

const unitCount = (index: SearchIndex): number => index.unitDoc.length;

function idf(index: SearchIndex, df: number): number {
  const n = unitCount(index);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

const dfOf = (index: SearchIndex, term: string): number => {
  const id = index.termId.get(term);
  return id === undefined ? 0 : (index.postings.start[id + 1] as number) - (index.postings.start[id] as number);
};

/** Two neighbouring letters swapped, exactly ("cabels" / "cables", "dose" / "does"): the commonest typo. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Typo corrections from the vocabulary: same first letter, the smallest edit distance found. Words of 5–6
 * letters allow one edit or a swap of neighbours, longer words two edits; shorter words are not corrected.
 */
function corrections(index: SearchIndex, word: string): { term: string; weight: number }[] {
  if (word.length < 5 || /\d/.test(word)) return [];
  const found = [...index.vocabulary.fuzzyGet(word, 2)]
    .filter(([w, [, d]]) => w[0] === word[0] && (d <= 1 || word.length >= 7 || isSwap(word, w)))
    .map(([, [term, d]]) => ({ term, d }));
  const best = Math.min(...found.map((f) => f.d));
  const terms = new Set(found.filter((f) => f.d === best).map((f) => f.term));
  return [...terms].map((term) => ({ term, weight: FUZZY_WEIGHT[best] ?? 0 }));
}

/** A word's WordNet relatives as matching terms with their weights, best first; kept per word. */
const relatedCache = new Map<string, { term: string; weight: number }[]>();
function relatedTerms(word: string): { term: string; weight: number }[] {
  let out = relatedCache.get(word);
  if (!out) {
    const best = new Map<string, number>();
    // The word as asked first ("died" is a verb, not the noun "die"), else its irregular base ("brought").
    const related = relatedWords(word);
    for (const r of related.length ? related : relatedWords(baseForm(word))) {
      // One word only: a multi-word lemma ("put off") has no single term to match.
      if (r.word.includes(' ') || r.word.includes('-')) continue;
      // Down the hierarchy only for nouns ("penalty" ~ "fine"): a verb's hyponyms are manners of it ("push" ~ "drive").
      if (r.relation === 'hyponym' && r.pos !== 'noun') continue;
      const term = termOf(r.word);
      const weight = WORDNET_WEIGHT[r.relation];
      if ((best.get(term) ?? 0) < weight) best.set(term, weight);
      // "sick" ~ "ill" ~ "illness": a synonym's derived forms, one step further, weigh less.
      if (r.relation !== 'synonym') continue;
      for (const d of relatedWords(r.word)) {
        if (d.relation !== 'derived' || d.word.includes(' ') || d.word.includes('-')) continue;
        const dt = termOf(d.word);
        if ((best.get(dt) ?? 0) < SYNONYM_DERIVED_WEIGHT) best.set(dt, SYNONYM_DERIVED_WEIGHT);
      }
    }
    out = [...best].map(([term, weight]) => ({ term, weight }));
    if (relatedCache.size > 50_000) relatedCache.clear();
    relatedCache.set(word, out);
  }
  return out;
}

/**
 * The other degrees of an adjective: low → lower, lowest; shorter → short, shortest; big → bigger; easy → easier.
 * Only for one-syllable-style adjectives WordNet knows, whose degrees are made with -er and -est.
 */
function gradedForms(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [];
  const base = baseForms(word, 'adj').at(-1);
  if (!base) return [];
  const stem = /[^aeiou][aeiou][bdgmnpt]$/.test(base)
    ? base + base.at(-1)
    : base.endsWith('e')
      ? base.slice(0, -1)
      : base.endsWith('y')
        ? `${base.slice(0, -1)}i`
        : base;
  return [base, `${stem}er`, `${stem}est`].filter((f) => f !== word);
}

/** A word of English (not a name or a typo): never "corrected" into another word of the article. */
const isEnglish = (word: string): boolean => baseForm(word) !== word || isKnownWord(word);

function queryTerms(index: SearchIndex, tokens: Token[]): QueryTerm[] {
  return tokens.map((asked) => {
    let token = asked;
    const variants: { term: string; weight: number }[] = [];
    const full = SHORTHAND[token.norm];
    if (dfOf(index, token.term) > 0) variants.push({ term: token.term, weight: 1 });
    else if (full && dfOf(index, termOf(full)) > 0) variants.push({ term: termOf(full), weight: 1 });
    else if (/in$/.test(token.norm) && !isEnglish(token.norm) && isEnglish(`${token.norm}g`)) {
      // "breakin", "goin": the dropped g of chat spelling.
      const term = termOf(`${token.norm}g`);
      if (dfOf(index, term) > 0) variants.push({ term, weight: 1 });
      else token = { ...token, norm: `${token.norm}g`, term };
    } else if (!token.acronym && !isEnglish(token.norm)) variants.push(...corrections(index, token.norm));
    // "happend", "holow": a misspelt English word the articles do not hold stands for the word it misspells, with
    // that word's synonyms and relatives. Names (capitalised) are left as they are.
    const correctable = !token.acronym && !/^\p{Lu}/u.test(token.surface) && !isEnglish(token.norm);
    const spelt = !variants.length && correctable ? spellingOf(token.norm) : null;
    if (spelt) {
      token = { ...token, norm: spelt, term: termOf(spelt) };
      if (dfOf(index, token.term) > 0) variants.push({ term: token.term, weight: FUZZY_WEIGHT[1] as number });
    }
    for (const base of variants.length ? variants.map((v) => v.term) : [token.term]) {
      for (const s of synonymsOf(base)) {
        if (dfOf(index, s) > 0 && !variants.some((v) => v.term === s))
          variants.push({ term: s, weight: SYNONYM_WEIGHT });
      }
    }
    // "how low" ~ "lowest", "big" ~ "bigger": an adjective's comparative and superlative are the same word.
    for (const form of gradedForms(token.norm)) {
      const term = termOf(form);
      if (dfOf(index, term) > 0 && !variants.some((v) => v.term === term)) variants.push({ term, weight: 1 });
    }
    // "start again" ~ "restart", "open" ~ "reopen": the verb with its prefix of repetition is the same act.
    const again = termOf(`re${token.norm}`);
    if (
      token.norm.length >= 3 &&
      isKnownWord(`re${token.norm}`) &&
      dfOf(index, again) > 0 &&
      !variants.some((v) => v.term === again)
    )
      variants.push({ term: again, weight: SYNONYM_WEIGHT });
    // "dose" for "does", "untill": a word not in the articles that is a stop word with two letters swapped or a
    // letter doubled, or that was mended into one, is that word.
    if (
      !variants.length &&
      (STOP_WORDS.has(token.norm.replace(/(.)\1/g, '$1')) || [...STOP_WORDS].some((w) => isSwap(token.norm, w)))
    )
      return { token, variants: [], importance: 0 };
    const light = GENERIC.has(token.term) || LIGHT_VERBS.has(token.term);
    // "find out" ~ "discover", "show up" ~ "register": the phrasal verb's relatives first, even of a light verb.
    const related = [...(token.phrase ? relatedTerms(token.phrase) : []), ...(light ? [] : relatedTerms(token.norm))];
    if (!token.acronym) {
      for (const r of related) {
        if (dfOf(index, r.term) > 0 && !variants.some((v) => v.term === r.term)) variants.push(r);
      }
    }
    // The word's own rarity when it is in the index; else the rarest of what stands for it.
    const exact = variants.find((v) => v.weight === 1);
    const present = (exact ? [exact] : variants).map((v) => idf(index, dfOf(index, v.term)));
    // A word found nowhere weighs as much as the rarest word that is found: enough for a question made mostly
    // of absent words to fall below the abstention threshold, not so much that one paraphrased word sinks it.
    return {
      token,
      variants: variants.map((v) => ({ term: index.termId.get(v.term) as number, weight: v.weight })),
      importance: (present.length ? Math.max(...present) : idf(index, 1)) * (light ? GENERIC_FACTOR : 1),
    };
  });
}

/** BM25 term weight for a term occurring tf times in a sentence, about 1 for tf 1 at average length. */
function saturation(index: SearchIndex, tf: number, unit: number): number {
  return Math.min(MAX_SATURATION, (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (index.lengthNorm[unit] as number)));
}

/** First position in sorted a[from, to) whose value is ≥ x. */
function lowerBound(a: Int32Array, x: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Units [from, to) searched: one article's or all. */
interface Scope {
  from: number;
  to: number;
  all: boolean;
}

/** The postings of a term within the scope: [first, end) positions in index.postings. */
function postingRange(index: SearchIndex, term: number, scope: Scope): [number, number] {
  const p = index.postings;
  const first = p.start[term] as number;
  const end = p.start[term + 1] as number;
  if (scope.all) return [first, end];
  const lo = lowerBound(p.unit, scope.from, first, end);
  return [lo, lowerBound(p.unit, scope.to, lo, end)];
}

function candidatesOf(index: SearchIndex, terms: number, most: number): Candidates {
  index.candidates ??= new Candidates(unitCount(index), index.paraStart.length - 1);
  index.candidates.reset(terms, most);
  return index.candidates;
}

interface Ranked {
  unit: number;
  cov: number;
}

/** Best first by coverage, then in index order. */
const byCoverage = (a: Ranked, b: Ranked): number => b.cov - a.cov || a.unit - b.unit;

/** The k best of a stream of candidates, without sorting them all. */
class TopK {
  private items: Ranked[] = [];
  /** Worst of the k best so far, once known: anything not better is dropped on arrival. */
  private floor: Ranked | null = null;
  constructor(private readonly k: number) {}
  add(unit: number, cov: number): void {
    const f = this.floor;
    if (f && (cov < f.cov || (cov === f.cov && unit > f.unit))) return;
    this.items.push({ unit, cov });
    if (this.items.length >= 4 * this.k) this.compact();
  }
  private compact(): void {
    this.items.sort(byCoverage);
    this.items.length = Math.min(this.items.length, this.k);
    if (this.items.length === this.k) this.floor = this.items[this.k - 1] as Ranked;
  }
  best(): Ranked[] {
    this.compact();
    return this.items;
  }
}

/** The k-th largest of values[0, count) (1-based k ≤ count), found in linear time; reorders `values`. */
function kthLargest(values: Float64Array, count: number, k: number): number {
  let lo = 0;
  let hi = count - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return values[want] as number;
}

/**
 * The sentences that cover the question best, and how much of it the searched articles hold at all.
 *
 * A sentence's coverage is the IDF-weighted share of the question it matches (a word elsewhere in its
 * paragraph counts a little). Candidates come from the postings of the rarest question terms first; a term's
 * postings are only walked while sentences without any of the terms walked so far could still be among the
 * best RERANK. The remaining (common) terms are then looked up, by binary search in their postings, for the
 * candidates that could still make the best RERANK. The result is the same as scoring every sentence that
 * matches any term, but the work grows with the rarer terms' postings, not with the corpus.
 */
function gather(index: SearchIndex, query: QueryTerm[], scope: Scope): { best: Ranked[]; held: number } {
  const n = query.length;
  const p = index.postings;
  const importance = query.map((q) => q.importance);
  const ranges = query.map((q) => q.variants.map((v) => postingRange(index, v.term, scope)));
  // The best weight of each question term in scope: how much of the question the articles hold.
  const inScope = query.map((q, qi) => {
    let best = 0;
    q.variants.forEach((v, vi) => {
      const [first, end] = (ranges[qi] as [number, number][])[vi] as [number, number];
      if (scope.all) best = Math.max(best, v.weight * (first < end ? (index.termWeight[v.term] as number) : 0));
      else for (let i = first; i < end; i++) best = Math.max(best, v.weight * (p.weight[i] as number));
    });
    return best;
  });
  let total = 0;
  let got = 0;
  query.forEach((q, i) => {
    total += q.importance;
    got += q.importance * (inScope[i] as number);
  });
  const held = total ? got / total : 0;

  const postingCount = ranges.flat().reduce((sum, [first, end]) => sum + end - first, 0);
  const c = candidatesOf(index, n, Math.min(postingCount, scope.to - scope.from));
  /** Coverage of a candidate by the walked terms, summed in question order (all of it once all are walked). */
  const walkedCoverage = (slot: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (!walked[i]) continue;
      const ctx = c.context[(c.paraOf[slot] as number) * n + i] as number;
      sum += (importance[i] as number) * Math.max(c.direct[slot * n + i] as number, CONTEXT_WEIGHT * ctx);
    }
    return total ? sum / total : 0;
  };
  /** The most that the terms not walked can add to any sentence's coverage. */
  const unwalkedAtMost = (): number => {
    let sum = 0;
    for (let i = 0; i < n; i++)
      if (!walked[i]) sum += (importance[i] as number) * (inScope[i] as number) * MAX_SATURATION;
    return total ? sum / total : 0;
  };

  const order = query.map((_, i) => i).sort((a, b) => (importance[b] as number) - (importance[a] as number) || a - b);
  const walked = new Array<boolean>(n).fill(false);
  let all = false;
  for (let k = 0; k < n; k++) {
    const qi = order[k] as number;
    walked[qi] = true;
    all = k === n - 1;
    const variants = (query[qi] as QueryTerm).variants;
    for (let vi = 0; vi < variants.length; vi++) {
      const vw = (variants[vi] as Variant).weight;
      const [first, end] = (ranges[qi] as [number, number][])[vi] as [number, number];
      for (let i = first; i < end; i++) {
        const unit = p.unit[i] as number;
        const weight = vw * (p.weight[i] as number);
        const slot = c.slotOf(unit, index.unitPara[unit] as number);
        const strength = weight * saturation(index, p.tf[i] as number, unit);
        if (strength > (c.direct[slot * n + qi] as number)) c.direct[slot * n + qi] = strength;
        const ctx = (c.paraOf[slot] as number) * n + qi;
        if (weight > (c.context[ctx] as number)) c.context[ctx] = weight;
      }
    }
    if (all || c.count < RERANK) continue;
    // A sentence holding none of the terms walked has at most this coverage: the others matched at their
    // best, the walked ones only in its paragraph.
    let contextOnly = 0;
    for (let i = 0; i < n; i++) if (walked[i]) contextOnly += (importance[i] as number) * (inScope[i] as number);
    const bound = (total ? (CONTEXT_WEIGHT * contextOnly) / total : 0) + unwalkedAtMost() + 1e-9;
    let above = 0;
    for (let slot = 0; slot < c.count && above < RERANK; slot++) if (walkedCoverage(slot) > bound) above++;
    if (above >= RERANK) break;
  }

  const top = new TopK(RERANK);
  for (let slot = 0; slot < c.count; slot++) c.partial[slot] = walkedCoverage(slot);
  // The RERANK-th best partial coverage, found in a scratch copy: no object made for candidates below it.
  let floor = 0;
  if (c.count > RERANK) {
    c.scratch.set(c.partial.subarray(0, c.count));
    floor = kthLargest(c.scratch, c.count, RERANK);
  }
  if (all) {
    for (let slot = 0; slot < c.count; slot++)
      if ((c.partial[slot] as number) >= floor) top.add(c.units[slot] as number, c.partial[slot] as number);
    return { best: top.best(), held };
  }
  // Candidates that cannot reach the RERANK-th best partial coverage even with every other term are left out.
  const extra = unwalkedAtMost() + 1e-9;
  for (let slot = 0; slot < c.count; slot++) {
    if ((c.partial[slot] as number) + extra < floor) continue;
    const unit = c.units[slot] as number;
    const para = index.unitPara[unit] as number;
    const paraFirst = index.paraStart[para] as number;
    const paraEnd = index.paraStart[para + 1] as number;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let d = c.direct[slot * n + i] as number;
      let ctx = c.context[(c.paraOf[slot] as number) * n + i] as number;
      if (!walked[i]) {
        // Not walked: look the term up in the postings of this sentence's paragraph.
        const variants = (query[i] as QueryTerm).variants;
        for (let vi = 0; vi < variants.length; vi++) {
          const v = variants[vi] as Variant;
          const [first, end] = (ranges[i] as [number, number][])[vi] as [number, number];
          for (let j = lowerBound(p.unit, paraFirst, first, end); j < end && (p.unit[j] as number) < paraEnd; j++) {
            const weight = v.weight * (p.weight[j] as number);
            if (weight > ctx) ctx = weight;
            if (p.unit[j] === unit) d = Math.max(d, weight * saturation(index, p.tf[j] as number, unit));
          }
        }
      }
      sum += (importance[i] as number) * Math.max(d, CONTEXT_WEIGHT * ctx);
    }
    top.add(unit, total ? sum / total : 0);
  }
  return { best: top.best(), held };
}

/** Variant term → the question terms it stands for: built once per question. */
function variantOwners(query: QueryTerm[]): Map<number, number[]> {
  const owners = new Map<number, number[]>();
  query.forEach((q, qi) => {
    for (const v of q.variants) owners.set(v.term, [...(owners.get(v.term) ?? []), qi]);
  });
  return owners;
}

/** Positions (in content words) where each question term matched in the sentence. */
function matchPositions(index: SearchIndex, unit: number, owners: Map<number, number[]>, size: number): number[][] {
  const d = index.data;
  const pos: number[][] = Array.from({ length: size }, () => []);
  const first = index.termStart[unit] as number;
  for (let i = first; i < (index.termStart[unit + 1] as number); i++) {
    for (const qi of owners.get(d.termIds[i] as number) ?? []) pos[qi]?.push(i - first);
  }
  // Coreference aliases (weight < 1) have no place of their own in the sentence: not used for proximity or bold.
  for (let i = index.aliasStart[unit] as number; i < (index.aliasStart[unit + 1] as number); i++) {
    if (d.aliasWeight[i] === 1)
      for (const qi of owners.get(d.aliasTerm[i] as number) ?? []) pos[qi]?.push(d.aliasPos[i] as number);
  }
  return pos;
}

/** Reused buffers for proximity, which runs for every candidate: events (position * terms + term) and counts. */
let proximityEvents = new Float64Array(256);
let proximityCounts = new Int32Array(32);

/**
 * Proximity: matched words close together beat the same words scattered. The smallest window holding one
 * match of every matched term; factor 0.85 (scattered) … 1 (adjacent). Read straight from the index into reused
 * buffers: nothing is allocated per candidate.
 */
function proximity(index: SearchIndex, unit: number, owners: Map<number, number[]>, terms: number): number {
  const d = index.data;
  if (proximityCounts.length < terms) proximityCounts = new Int32Array(2 * terms);
  const count = proximityCounts;
  count.fill(0, 0, terms);
  let total = 0;
  const push = (position: number, term: number) => {
    if (total === proximityEvents.length) {
      const grown = new Float64Array(2 * total);
      grown.set(proximityEvents);
      proximityEvents = grown;
    }
    proximityEvents[total++] = position * terms + term;
  };
  const first = index.termStart[unit] as number;
  for (let i = first; i < (index.termStart[unit + 1] as number); i++) {
    const qs = owners.get(d.termIds[i] as number);
    if (qs) for (const qi of qs) push(i - first, qi);
  }
  // Coreference aliases (weight < 1) have no place of their own in the sentence: not used for proximity or bold.
  for (let i = index.aliasStart[unit] as number; i < (index.aliasStart[unit + 1] as number); i++) {
    if (d.aliasWeight[i] !== 1) continue;
    const qs = owners.get(d.aliasTerm[i] as number);
    if (qs) for (const qi of qs) push(d.aliasPos[i] as number, qi);
  }
  let need = 0;
  for (let i = 0; i < total; i++) {
    const term = (proximityEvents[i] as number) % terms;
    if (count[term] === 0) need++;
    count[term] = 1;
  }
  if (need < 2) return 0.925;
  count.fill(0, 0, terms);
  const events = proximityEvents.subarray(0, total).sort();
  let have = 0;
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < total; right++) {
    const e = events[right] as number;
    const term = e % terms;
    if (count[term] === 0) have++;
    count[term] = (count[term] as number) + 1;
    while (have === need) {
      const l = events[left] as number;
      const lt = l % terms;
      best = Math.min(best, Math.floor(e / terms) - Math.floor(l / terms) + 1);
      count[lt] = (count[lt] as number) - 1;
      if (count[lt] === 0) have--;
      left++;
    }
  }
  return 0.85 + 0.15 * Math.min(1, need / best);
}

/** A unit's article and sentence. */
function located(index: SearchIndex, unit: number): { doc: AnnotatedArticle; sentence: Sentence } {
  const doc = index.docs[index.unitDoc[unit] as number] as AnnotatedArticle;
  return { doc, sentence: doc.article.sentences[index.unitSentence[unit] as number] as Sentence };
}

/** What the sentence offers as an answer and where its words are; computed on first need and kept. */
function detailsOf(index: SearchIndex, unit: number): UnitDetails {
  let details = index.details.get(unit);
  if (!details) {
    // A bounded cache: a long-running bot asked about everything does not keep every sentence's details.
    if (index.details.size >= MAX_CACHED_DETAILS) {
      index.details.clear();
      index.annotations.clear();
    }
    const di = index.unitDoc[unit] as number;
    const { doc, sentence } = located(index, unit);
    let found = index.annotations.get(di);
    if (!found) {
      found = annotationsBySentence(doc);
      index.annotations.set(di, found);
    }
    details = {
      features: sentenceFeatures(doc, sentence, found),
      spans: contentSpans(sentence.text),
      tokens: tokenize(sentence.text),
    };
    index.details.set(unit, details);
  }
  return details;
}

function positionPrior(doc: AnnotatedArticle, sentence: Sentence): number {
  const paragraphs = doc.article.paragraphs.length;
  return 1 - ((1 - LAST_PARAGRAPH_FACTOR) * (sentence.paragraph - 1)) / Math.max(1, paragraphs - 1);
}

/** One candidate's scoring factors, for tuning tools (scripts/explain.ts). */
export interface TraceRow {
  /** Index unit (sentence number across the indexed articles). */
  unit: number;
  text: string;
  base: number;
  typeFit: number;
  held: number;
  score: number;
  parts?: Record<string, number>;
}

/** Finds the sentences that answer a question, best first; [] when the indexed articles do not answer it. */
export function search(
  index: SearchIndex,
  question: string,
  opts: { article?: string; limit?: number; trace?: (row: TraceRow) => void } = {},
): SearchHit[] {
  const limit = opts.limit ?? 5;
  const doc = opts.article === undefined ? null : (index.docNumber.get(opts.article) ?? -1);
  if (doc === -1 || limit <= 0) return [];
  const parsed = parseQuestion(question);
  // "how long did he get", "when did it happen": only pronouns and light words; the article's subject is meant.
  if (parsed.tokens.every((t) => LIGHT_VERBS.has(t.term) || GENERIC.has(t.term)))
    return doc === null && index.docs.length !== 1 ? [] : leadAnswers(index, parsed, doc ?? 0, limit);
  const query = queryTerms(index, parsed.tokens);
  const scope: Scope =
    doc === null
      ? { from: 0, to: unitCount(index), all: true }
      : { from: index.docStart[doc] as number, to: index.docStart[doc + 1] as number, all: false };
  // How much of the question the searched articles hold at all: mostly absent words mean "not answered here".
  const { best: pre, held } = gather(index, query, scope);

  const questionWords = new Set(parsed.tokens.map((t) => t.norm));
  const owners = variantOwners(query);
  const focus = focusTerms(index, parsed, query);
  const generic = parsed.focus.some((f) => GENERIC.has(f));
  // The thing asked for ("the POPULATION of Athens", "his weekly WAGES") missing from the articles, or only
  // loosely related to a word of theirs: the question is likely about something they do not say.
  const head = query.find((q) => q.token.term === parsed.focus.at(-1));
  // A generic head ("how many PEOPLE") names no particular thing: any count of persons answers it.
  const focusFit =
    head && !GENERIC.has(head.token.term) && Math.max(0, ...head.variants.map((v) => v.weight)) < FOCUS_FIRM
      ? FOCUS_MISSING
      : 1;
  const keys = keyTerms(index, parsed, query, scope);
  const anchors = anchorTerms(index, query, scope);
  // Not one of the deciding words is in the articles, even through a close equivalent ("who FOUNDED the firm" of
  // an article that never says): whatever else matches, they likely do not say.
  const keysAbsentFit = keys.asked && !keys.heldAny ? KEYS_ABSENT : 1;
  const roleTerms = roleTermsOf(parsed, focus);
  // A name the question gives ("the house price in LONDON") that the articles never write: they are about
  // something else, whatever else matches.
  const nameFit = query.some(
    (q, i) => !q.variants.length && (q.token.acronym || (i > 0 && /^\p{Lu}/u.test(q.token.surface))),
  )
    ? NAME_MISSING
    : 1;
  const score = (unit: number, cov: number) => {
    const { doc, sentence } = located(index, unit);
    // "what did the opposition say": the speaker is the evidence, the quote need not repeat the question's words.
    const speakerFit = parsed.type === 'statement' ? saidBy(doc, sentence, questionWords) : 1;
    const keyFit =
      speakerFit <= 1 && keys.total && firmShare(index, unit, query, keys) < KEY_SHARE ? KEY_MISSING : 1;
    const anchorFit = anchors.size && !holdsAny(index, unit, anchors) ? ANCHOR_MISSING : 1;
    const details = detailsOf(index, unit);
    // "who VOTED against it": a sentence with the word as asked ("voted") over one with another form ("the vote").
    let same = 0;
    let stemOnly = 0;
    for (const t of parsed.tokens) {
      const forms = details.tokens.filter((w) => w.term === t.term);
      if (!forms.length) continue;
      if (forms.some((w) => w.norm === t.norm)) same++;
      else stemOnly++;
    }
    const formFit = same + stemOnly ? FORM_FIT + ((1 - FORM_FIT) * same) / (same + stemOnly) : 1;
    const wantFit =
      parsed.want === 'identity'
        ? identityFit(sentence.text, details.features, questionWords)
        : parsed.want === 'role'
          ? roleFit(details.features, questionWords, roleTerms)
          : parsed.want === 'which'
            ? whichFit(details.features, questionWords, parsed.focus.at(-1))
            : parsed.want
              ? offersWant(parsed.want, details.features)
              : 1;
    // "a decades-long conflict" answers "how long" with no digit: the finer kind found is the figure.
    const typeFit =
      parsed.want === 'count'
        ? countFit(sentence.text, details, focus, generic)
        : (!parsed.type || (parsed.type === 'number' && wantFit > 1)
            ? 1
            : Math.max(
                parsed.type === 'number' ? NO_NUMBER_FACTOR : WRONG_TYPE_FACTOR,
                offersType(parsed.type, details.features, questionWords),
              )) * wantFit;
    const tenseFit =
      parsed.tense === 'future' && !FUTURE.test(sentence.text) && !datesAhead(doc, sentence)
        ? parsed.type === 'date'
          ? DATE_TENSE_MISMATCH
          : TENSE_MISMATCH
        : 1;
    const heading = doc.article.paragraphs[sentence.paragraph - 1]?.kind === 'heading';
    /** Everything but the answer type: how well the sentence holds the question. */
    const near = proximity(index, unit, owners, query.length);
    const position = positionPrior(doc, sentence);
    const base = Math.min(1, cov) * near * (heading ? HEADING_FACTOR : 1) * position;
    const fit = typeFit * tenseFit * focusFit * keyFit * nameFit * anchorFit * keysAbsentFit * formFit * speakerFit;
    // Calibrated: the sentence's fit and the articles' share of the question; both must be about half or more.
    return {
      unit,
      doc,
      sentence,
      details,
      base,
      typeFit: fit,
      // The factors one by one, for scripts/explain.ts; not built unless asked for.
      parts: opts.trace
        ? {
            cov: Math.min(1, cov),
            near,
            heading: heading ? 1 : 0,
            position,
            typeFit,
            tenseFit,
            focusFit,
            keyFit,
            nameFit,
            anchorFit,
            keysAbsentFit,
            formFit,
            speakerFit,
            // Question words found in the sentence as asked / only through their stem, and the question's length.
            same,
            stemOnly,
            words: parsed.tokens.length,
          }
        : undefined,
      score: Math.min(1, Math.sqrt(base * fit * held)),
    };
  };
  const ranked = pre.map(({ unit, cov }) => score(unit, cov));
  if (parsed.want && parsed.want !== 'identity' && parsed.want !== 'role') carryForward(index, ranked, score, held);
  ranked.sort((a, b) => b.score - a.score || a.unit - b.unit);

  const best = ranked[0]?.score ?? 0;
  if (opts.trace)
    for (const r of ranked)
      opts.trace({
        unit: r.unit,
        text: r.sentence.text,
        base: r.base,
        typeFit: r.typeFit,
        held,
        score: r.score,
        parts: r.parts,
      });
  if (best < ABSTAIN_BELOW) return [];
  return ranked
    .filter((r) => r.score >= best * KEEP_RELATIVE)
    .slice(0, limit)
    .map((r) =>
      toHit(
        r.doc,
        r.sentence,
        r.details,
        matchPositions(index, r.unit, owners, query.length),
        r.score,
        parsed.type,
        parsed.want,
        questionWords,
        parsed.asksSubject,
        // A few key words name their thing last ("park and ride SPACES").
        parsed.focus.at(-1) ?? parsed.tokens.at(-1)?.term,
      ),
    );
}

/** A question with no words of its own: the lead sentence offering what it asks scores this, before its fit. */
const LEAD_BASE = 0.32;
/** …and each later body sentence this share of the one before. */
const LEAD_DECAY = 0.9;

/**
 * "how long did he get", "when was she fired": a question whose only words are pronouns asks about the person or
 * thing the article is about, which news names in its lead. The first body sentences that hold the kind of answer
 * asked for answer it, the lead best; past the first few, nothing does.
 */
function leadAnswers(index: SearchIndex, parsed: ParsedQuestion, doc: number, limit: number): SearchHit[] {
  const { type, want } = parsed;
  const finer = want && want !== 'count' && want !== 'identity' && want !== 'role' && want !== 'which' ? want : null;
  if (!type && !finer) return [];
  const none = new Set<string>();
  const hits: { unit: number; score: number }[] = [];
  let body = 0;
  for (let unit = index.docStart[doc] as number; unit < (index.docStart[doc + 1] as number); unit++) {
    // Past the sentence where even the best fit decays under the abstention cut, none can answer: stop there, so
    // that the cost does not grow with the article (a 1 MB article has thousands of sentences).
    if (Math.sqrt(LEAD_BASE * LEAD_DECAY ** body * MAX_WANT_FIT) < ABSTAIN_BELOW) break;
    const { doc: d, sentence } = located(index, unit);
    if (d.article.paragraphs[sentence.paragraph - 1]?.kind === 'heading') continue;
    const f = detailsOf(index, unit).features;
    const fit = finer ? offersWant(finer, f) : 1;
    const decay = LEAD_DECAY ** body++;
    if (fit >= 1 && (!type || offersType(type, f, none) >= 1))
      hits.push({ unit, score: Math.sqrt(LEAD_BASE * decay * fit) });
  }
  return hits
    .filter((h) => h.score >= ABSTAIN_BELOW)
    .slice(0, limit)
    .map((h) => {
      const { doc: d, sentence } = located(index, h.unit);
      return toHit(d, sentence, detailsOf(index, h.unit), [], h.score, type, want, none, false);
    });
}

/** The question terms that decide the answer, with their importance, and the sum of it. */
interface KeyTerms {
  importance: Float64Array;
  total: number;
  /** Term id of a firm variant of a key term → bit set of the key terms (question order, first 31) it stands for. */
  firm: Map<number, number>;
  /** How many words could decide the answer, subject words included, and whether the articles hold any of them. */
  asked: number;
  heldAny: boolean;
}

/**
 * Key terms: the question's words that are not names (capitalised past the first word, acronyms, or words in
 * SUBJECT_SHARE of the searched sentences: what the article is about), nor generic or light words.
 */
function keyTerms(index: SearchIndex, parsed: ParsedQuestion, query: QueryTerm[], scope: Scope): KeyTerms {
  const importance = new Float64Array(query.length);
  const firm = new Map<number, number>();
  let total = 0;
  let asked = 0;
  let heldAny = false;
  const size = Math.max(1, scope.to - scope.from);
  query.forEach((q, qi) => {
    const t = q.token;
    if (t.acronym || q.importance <= 0 || GENERIC.has(t.term) || LIGHT_VERBS.has(t.term)) return;
    if ((parsed.type || parsed.want) && TYPE_TERMS.has(t.term)) return;
    // "what did the minister PROMISE": the verb says a quotation is wanted.
    if (parsed.type === 'statement' && SPEECH_VERB.test(t.norm)) return;
    if (t !== parsed.tokens[0] && /^\p{Lu}/u.test(t.surface)) return;
    if (/^\d/.test(t.norm)) return;
    asked++;
    heldAny ||= q.variants.some((v) => {
      if (v.weight < KEY_FIRM) return false;
      const [first, end] = postingRange(index, v.term, scope);
      return first < end;
    });
    const exact = q.variants.find((v) => v.weight === 1);
    if (exact && scope.all === false) {
      const [first, end] = postingRange(index, exact.term, scope);
      if ((end - first) / size >= SUBJECT_SHARE) return;
    } else if (exact && dfOf(index, index.data.terms[exact.term] as string) / size >= SUBJECT_SHARE) return;
    importance[qi] = q.importance;
    total += q.importance;
    if (qi < 31)
      for (const v of q.variants) if (v.weight >= KEY_FIRM) firm.set(v.term, (firm.get(v.term) ?? 0) | (1 << qi));
  });
  return { importance, total, firm, asked, heldAny };
}

/**
 * The names the question is about ("how much was OSEI's bike worth"): its words that are words of a person's,
 * organisation's or place's name in the articles, as written there, and not what most sentences are about.
 */
function anchorTerms(index: SearchIndex, query: QueryTerm[], scope: Scope): Set<number> {
  const out = new Set<number>();
  const size = Math.max(1, scope.to - scope.from);
  for (const q of query) {
    if (!index.nameTerms.has(q.token.term)) continue;
    const exact = index.termId.get(q.token.term);
    if (exact === undefined) continue;
    const [first, end] = postingRange(index, exact, scope);
    if (end > first && (end - first) / size < SUBJECT_SHARE) out.add(exact);
  }
  return out;
}

/** Does the sentence hold one of the terms, itself or through a coreference ("Osei" for "Kevin Osei")? */
function holdsAny(index: SearchIndex, unit: number, terms: Set<number>): boolean {
  const d = index.data;
  for (let i = index.termStart[unit] as number; i < (index.termStart[unit + 1] as number); i++)
    if (terms.has(d.termIds[i] as number)) return true;
  for (let i = index.aliasStart[unit] as number; i < (index.aliasStart[unit + 1] as number); i++)
    if ((d.aliasWeight[i] as number) >= COREFERENCE_WEIGHT && terms.has(d.aliasTerm[i] as number)) return true;
  return false;
}

/** The share of the key terms' importance the sentence holds itself, exactly or through a close equivalence. */
function firmShare(index: SearchIndex, unit: number, query: QueryTerm[], keys: KeyTerms): number {
  const d = index.data;
  const firm = keys.firm;
  // A bit per key term found: the sentence's terms are looked up in the query's firm variants (no set per call).
  let found = 0;
  for (let i = index.termStart[unit] as number; i < (index.termStart[unit + 1] as number); i++)
    found |= firm.get(d.termIds[i] as number) ?? 0;
  for (let i = index.aliasStart[unit] as number; i < (index.aliasStart[unit + 1] as number); i++)
    if ((d.aliasWeight[i] as number) >= KEY_FIRM) found |= firm.get(d.aliasTerm[i] as number) ?? 0;
  let got = 0;
  for (let qi = 0; qi < query.length && qi < 31; qi++) if (found & (1 << qi)) got += keys.importance[qi] as number;
  return got / keys.total;
}

interface Scored {
  unit: number;
  sentence: Sentence;
  base: number;
  typeFit: number;
  score: number;
}

/** A sentence that refers back to the one before: "The 24-year-old …", "He …", "Harlow said the delay …". */
const ANAPHOR =
  /^[“"]?(?:he|she|they|it|this|that|these|those|the|its|his|her|their)\b|\bsaid (?:the|this|that|it|he|she|they)\b|\bsuch\b/i;

/**
 * News tells a fact, then its detail in the next sentences, which refer back ("The 24-year-old …", "the delay
 * would give staff time …"): a sentence holding the kind of answer asked for, referring back to one of the two
 * sentences before it that holds the question, takes CARRY of that sentence's fit.
 */
function carryForward<T extends Scored>(
  index: SearchIndex,
  ranked: T[],
  score: (unit: number, cov: number) => T,
  held: number,
): void {
  const byUnit = new Map(ranked.map((r) => [r.unit, r]));
  const sources = [...ranked].sort((a, b) => b.base - a.base).slice(0, CARRY_SOURCES);
  for (const src of sources) {
    const doc = index.unitDoc[src.unit];
    for (let u = src.unit + 1; u <= src.unit + 2 && u < unitCount(index) && index.unitDoc[u] === doc; u++) {
      let r = byUnit.get(u);
      if (!r) {
        r = score(u, 0);
        if (r.typeFit <= 1) continue;
        ranked.push(r);
        byUnit.set(u, r);
      }
      if (r.typeFit <= 1 || !ANAPHOR.test(r.sentence.text)) continue;
      const carried = CARRY * src.base;
      if (carried > r.base) {
        r.base = carried;
        r.score = Math.min(1, Math.sqrt(carried * r.typeFit * held));
      }
    }
  }
}

/** The terms that stand for the question's focus noun ("how many SPOTS": spot, and what matched for it). */
function focusTerms(index: SearchIndex, parsed: ParsedQuestion, query: QueryTerm[]): Set<string> {
  const out = new Set<string>(parsed.focus);
  query.forEach((q) => {
    if (parsed.focus.includes(q.token.term)) for (const v of q.variants) out.add(index.data.terms[v.term] as string);
  });
  // No focus found ("how many have died"): any word of the question may be what is counted.
  if (!parsed.focus.length)
    for (const q of query) for (const v of q.variants) out.add(index.data.terms[v.term] as string);
  return out;
}

const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens'.split(
    ' ',
  ),
);

const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`);

/** Words that say what kind of answer is wanted ("which YEAR", "what CAUSED"), not what it is about. */
const TYPE_TERMS = new Set(
  'year date day month time percentage percent proportion share number amount figure total cause reason most'
    .split(' ')
    .map((w) => termOf(w)),
);

/** Nouns that say little about what is meant ("people", "things"): they weigh half as much in a question. */
const GENERIC = new Set(['person', 'man', 'woman', 'individu', 'thing', 'stuff']);
/** Light verbs: "BROUGHT the lawsuit", "SENT out on loan" say little beyond their object; weighed like GENERIC. */
const LIGHT_VERBS = new Set(
  ['bring', 'take', 'put', 'go', 'come', 'keep', 'send', 'happen', 'occur', 'give', 'become'].map((w) => termOf(w)),
);
const GENERIC_FACTOR = 0.5;
/** Words that hedge a figure ("about 300", "nearly 40"): a capital on them is the sentence's, not a label's. */
const APPROXIMATORS = new Set('around nearly almost roughly approximately exactly fewer less least'.split(' '));

/**
 * "how many X": COUNT_FIT[0] when a number counts X ("340 parking spaces"; for "how many people", any number of
 * things: "11 cyclists"), [1] for other numbers, [2] for none. Years, sums of money and clock times are not counts.
 */
function countFit(text: string, details: UnitDetails, focus: Set<string>, generic: boolean): number {
  const t = details.tokens;
  const f = details.features;
  // "for four hours", "a 24-year-old": durations and ages measure, they count nothing.
  const notCount = [...f.money, ...f.clocks, ...f.dates, ...f.durations, ...f.ages];
  let numbers = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i] as Token;
    if (!/^\d/.test(w.norm) && !NUMBER_WORDS.has(w.norm)) continue;
    if (/^(?:1[89]|20)\d\d$/.test(w.norm) || notCount.some((m) => m.start <= w.start && w.end <= m.end)) continue;
    // "District 3", "Route 9", "Article 5": a number after a capitalised noun labels it, it counts nothing.
    // "About 300", "Nearly 40" open a sentence with a capital too: a common word is no label.
    const label = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, w.start - 20), w.start))?.[1]?.toLowerCase();
    if (label && !APPROXIMATORS.has(label) && !STOP_WORDS.has(label) && /^\d+$/.test(w.norm)) continue;
    numbers = true;
    // "four have been hospitalised", "two were killed": a number standing for people, right before their verb.
    const next = t[i + 1];
    if (
      generic &&
      next &&
      /^(?:have|had|has|were|are|was|remain|remained)$/.test(next.norm) &&
      !/[.,;:]/.test(text.slice(w.end, next.start))
    )
      return COUNT_FIT[0] as number;
    for (let j = i + 1; j <= i + COUNT_REACH && j < t.length; j++) {
      const x = t[j] as Token;
      // The counted noun follows in the same phrase: no punctuation between.
      if (/[.,;:!?"“”()]/.test(text.slice(w.end, x.start))) break;
      if (
        focus.has(x.term) ||
        (generic && j <= i + 2 && (GENERIC.has(x.term) || (/\p{Ll}s$/u.test(x.norm) && !STOP_WORDS.has(x.norm))))
      )
        return COUNT_FIT[0] as number;
      // "400 landlords who list …": the number counts the first plural noun after it, not a later word.
      if (/\p{Ll}s$/u.test(x.norm) && !STOP_WORDS.has(x.norm) && x.term !== x.norm) break;
    }
  }
  return (numbers ? COUNT_FIT[1] : COUNT_FIT[2]) as number;
}

/**
 * "who is X": the sentence that introduces X with a role ("said Dr. Jane Roe, director of …") beats one that
 * only names X ("Roe said …").
 */
function identityFit(text: string, f: SentenceFeatures, questionWords: Set<string>): number {
  const named = f.mentions.filter((m) => m.words.length && m.words.some((w) => questionWords.has(w)));
  if (!named.length) return IDENTITY_FIT[2] as number;
  const words = new Set(normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []);
  const roleShown = named.some((m) => {
    const role = m.roleWords.filter((w) => !STOP_WORDS.has(w));
    return role.length > 0 && role.filter((w) => words.has(w)).length * 2 >= role.length;
  });
  if (roleShown) return IDENTITY_FIT[0] as number;
  // "Jane Roe, 41, a nurse", "Jane Roe, the minister", "Jane Roe, who".
  const appositive = named.some((m) =>
    /^,\s+(?:\d{1,3},\s+)?(?:a|an|the|who|whose|director|chief|head)\b/i.test(text.slice(m.end)),
  );
  return (appositive ? IDENTITY_FIT[1] : IDENTITY_FIT[2]) as number;
}

/** "which stores sold it": a sentence naming something the question does not name, or listing things, or neither. */
const WHICH_FIT = [1.1, 0.9, 1.25];
const LIST = /\p{L}, [\p{L}-]+(?: [\p{L}-]+)?,? (?:and|or) \p{L}/u;
/** The term of the lower-case word right after a mention ("the Northern Reach REGION"), kept per mention. */
const termAfter = new WeakMap<Mention, string>();
function nounAfter(f: SentenceFeatures, m: Mention): string {
  let term = termAfter.get(m);
  if (term === undefined) {
    term = termOf(/^\s+(\p{Ll}+)/u.exec(f.text.slice(m.end, m.end + 40))?.[1] ?? '');
    termAfter.set(m, term);
  }
  return term;
}
const isOfKind = (f: SentenceFeatures, m: Mention, questionWords: Set<string>, head: string | undefined): boolean =>
  !!head &&
  /^\p{Lu}/u.test(m.text) &&
  !m.words.every((w) => questionWords.has(w)) &&
  (termOf(m.words.at(-1) ?? '') === head ||
    nounAfter(f, m) === head ||
    m.roleWords.some((w) => termOf(w) === head));

/** The answer to "which schools": the names of that kind, with names joined to them ("A, B and C"). */
function whichAnswer(f: SentenceFeatures, questionWords: Set<string>, head: string | undefined): string | null {
  const first = f.mentions.find((m) => isOfKind(f, m, questionWords, head));
  if (!first) return null;
  const names = f.mentions.filter((m) => /^\p{Lu}/u.test(m.text) && !m.words.every((w) => questionWords.has(w)));
  return coordinated(first, names, f.text);
}

/** The answer to "who is Jane Roe": the role the article gives the person the question names. */
function identityAnswer(f: SentenceFeatures, questionWords: Set<string>): string | null {
  return f.mentions.find((m) => m.kind === 'person' && m.role && m.words.some((w) => questionWords.has(w)))?.role ?? null;
}

function whichFit(f: SentenceFeatures, questionWords: Set<string>, head: string | undefined): number {
  // "which schools": a name that ends in the noun asked about ("Westbrook Elementary School") is one of them, as
  // is one the noun follows ("the Northern Reach region"), or a person the noun titles ("Council member Tomás Reyes").
  if (f.mentions.some((m) => isOfKind(f, m, questionWords, head))) return WHICH_FIT[2] as number;
  if (LIST.test(f.text)) return WHICH_FIT[0] as number;
  // A single capitalised word opening the sentence is likely just its first word.
  const named = f.mentions.some(
    (m) =>
      /^\p{Lu}/u.test(m.text) && (m.start > 0 || m.words.length > 1) && !m.words.every((w) => questionWords.has(w)),
  );
  return (named ? WHICH_FIT[0] : WHICH_FIT[1]) as number;
}

/**
 * "who is the governor of the bank": ROLE_FIT[0] for a person the question does not name, introduced with the
 * role asked about ("Governor Helen Marsh"), [1] for another person, [2] for no person at all (the bank alone).
 */
function roleFit(f: SentenceFeatures, questionWords: Set<string>, roleTerms: Set<string>): number {
  // Someone the question names even in part ("before Vosberg") is not who holds the role asked about.
  const people = f.mentions.filter((m) => m.kind === 'person' && !m.words.some((w) => questionWords.has(w)));
  if (!people.length) return ROLE_FIT[2] as number;
  const text = normalize(f.text);
  const roleNear = people.some((m) => {
    const near = text.slice(Math.max(0, m.start - 40), m.end + 60).match(/[\p{L}\p{N}]+/gu) ?? [];
    return m.roleWords.some((w) => roleTerms.has(termOf(w))) || near.some((w) => roleTerms.has(termOf(w)));
  });
  return (roleNear ? ROLE_FIT[0] : ROLE_FIT[1]) as number;
}

/**
 * The terms that name the role asked about ("who is the CEO of Acme": ceo, chief, executive): the question's
 * words and what its abbreviations stand for, without the names it gives (Acme is where, not what, the role is).
 */
function roleTermsOf(parsed: ParsedQuestion, focus: Set<string>): Set<string> {
  const out = new Set(focus);
  parsed.tokens.forEach((t, i) => {
    if (!t.acronym && i > 0 && /^\p{Lu}/u.test(t.surface)) return;
    out.add(t.term);
    for (const a of COMMON) if (a.short === t.norm) for (const term of a.terms) out.add(term);
  });
  return out;
}

function toHit(
  doc: AnnotatedArticle,
  s: Sentence,
  { features, spans }: UnitDetails,
  positions: number[][],
  score: number,
  type: AnswerType | null,
  want: Want | null,
  questionWords: Set<string>,
  asksSubject: boolean,
  head?: string,
): SearchHit {
  const wanted = want ? wantSpans(want, features) : [];
  const matched = [...new Set(positions.flat())]
    .sort((a, b) => a - b)
    .flatMap((p) => (spans[p] ? [{ start: spans[p][0], end: spans[p][1] }] : []));
  return {
    article: doc.article.id,
    sentence: s.n,
    paragraph: s.paragraph,
    text: s.text,
    score: Math.round(score * 1000) / 1000,
    short:
      want === 'identity'
        ? identityAnswer(features, questionWords)
        : ((want === 'which' ? whichAnswer(features, questionWords, head) : null) ??
          shortAnswer(
            type,
            // "how much money did he take": a sum, not the sentence's other figures ("seven years").
            wanted.length ? { ...features, numbers: wanted } : features,
            questionWords,
            matched,
            { asksSubject, head, want },
          )),
    terms: [...new Set(matched.map((t) => s.text.slice(t.start, t.end)))],
    quote: linkedQuote(doc, s),
    event: doc.events.find((e) => e.sentence === s.n) ?? null,
  };
}

/**
 * "what did the opposition say": when the article quotes someone the question names (by name or role: "the
 * opposition" → its leader), a sentence quoting them is what was said (SPEAKER_FIT[0]), and one saying nothing of
 * theirs is less likely to be ([1]). Questions naming no quoted speaker are left alone.
 */
const SPEAKER_FIT = [1.2, 0.85];
const named = (q: Quote, questionWords: Set<string>): boolean =>
  (normalize(`${q.speaker} ${q.role ?? ''}`).match(/[\p{L}\p{N}]+/gu) ?? []).some(
    (w) => !STOP_WORDS.has(w) && questionWords.has(w),
  );
function saidBy(doc: AnnotatedArticle, s: Sentence, questionWords: Set<string>): number {
  if (!doc.quotes.some((q) => named(q, questionWords))) return 1;
  const quote = linkedQuote(doc, s);
  return (quote && named(quote, questionWords) ? SPEAKER_FIT[0] : SPEAKER_FIT[1]) as number;
}

/** The quote that starts in this sentence, else one that runs through it. */
function linkedQuote(doc: AnnotatedArticle, s: Sentence): Quote | null {
  return (
    doc.quotes.find((q) => q.sentence === s.n) ?? doc.quotes.find((q) => q.start < s.end && q.end > s.start) ?? null
  );
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
  for (const ev of doc.events)
    out.push(
      `What happened ${/^(?:in|on|at|by|since|before|after)\b/i.test(ev.expression) ? '' : 'in '}${ev.expression.replace(/[,.]$/, '')}?`,
    );
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
export function suggestTopics(
  index: SearchIndex,
  opts: { article?: string; typed?: string; limit?: number } = {},
): string[] {
  const limit = Math.min(MAX_SUGGESTIONS, opts.limit ?? MAX_SUGGESTIONS);
  const all = opts.article === undefined;
  const docs = all ? index.docs : index.docs.filter((d) => d.article.id === opts.article);
  const typed = opts.typed?.trim();
  if (!typed) {
    // The first topics in article order: only as many articles are looked at as it takes.
    const first = new Set<string>();
    for (const d of docs) {
      for (const t of topicsOfDoc(index, d)) {
        if (first.size >= limit) return [...first];
        first.add(t);
      }
    }
    return [...first].slice(0, limit);
  }
  const key = all ? '' : (opts.article as string);
  let fuse = index.topicFinders.get(key);
  if (!fuse) {
    const topics = [...new Set(docs.flatMap((d) => topicsOfDoc(index, d)))];
    fuse = new Fuse(topics, { ignoreLocation: true, threshold: 0.4, useTokenSearch: true });
    // Bounded: one finder for all articles and one per article asked about, dropped together when too many.
    if (index.topicFinders.size >= MAX_TOPIC_FINDERS) index.topicFinders.clear();
    index.topicFinders.set(key, fuse);
  }
  // A topic is a few words: a long typed value (a pasted page) cannot match one better, only slower.
  return fuse.search(typed.slice(0, MAX_TYPED_TOPIC), { limit }).map((r) => r.item);
}

/** An article's topics, made on first need and kept. */
function topicsOfDoc(index: SearchIndex, d: AnnotatedArticle): string[] {
  let t = index.topics.get(d.article.id);
  if (!t) {
    t = topicsOf(d);
    index.topics.set(d.article.id, t);
  }
  return t;
}
