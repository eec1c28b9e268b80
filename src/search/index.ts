// Stage: the inverted index. Sentences (units) and their terms, built once per set of articles.
import type Fuse from 'fuse.js';
import SearchableMap from 'minisearch/SearchableMap';
import type { AnnotatedArticle } from '../article/model.ts';
import { type Abbreviation, COMMON, definedAbbreviations, PHRASAL_VERBS, phrasalVerb } from './equivalences.ts';
import { isEnglish } from './expand.ts';
import type { SentenceAnnotations, SentenceFeatures } from './features.ts';
import type { Candidates } from './retrieve.ts';
import { baseForm, isContent, STOP_WORDS, termOf, type Token, tokenize } from './text.ts';
import { BM25_B, COREFERENCE_WEIGHT } from './tuning.ts';

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
export interface UnitDetails {
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
export function assemble(docs: AnnotatedArticle[], data: IndexData): SearchIndex {
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
