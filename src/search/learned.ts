// The ranker's factors as named features of (question, sentence) candidates, for a learned scorer
// (scripts/train.ts). Every factor the hand-tuned score multiplies becomes a feature (as its logarithm, so that a
// linear model over them generalises the product), with the question-level evidence (how much of the question the
// article holds) and the candidate's place among the others.
import MiniSearch from 'minisearch';
import { type LogisticModel, probability } from './logistic.ts';
import { parseQuestion } from './question.ts';
import { type SearchIndex, search, type TraceRow } from './search.ts';
import { STOP_WORDS } from './text.ts';

/**
 * A plain BM25 view of the same sentences (MiniSearch: BM25+, fuzzy 0.2, prefix, stop words dropped): a second
 * opinion on every candidate, independent of the hand-tuned coverage. Built per index on first need.
 */
const bm25Of = new WeakMap<SearchIndex, MiniSearch<{ id: number; text: string; doc: number }>>();
function bm25(index: SearchIndex): MiniSearch<{ id: number; text: string; doc: number }> {
  let ms = bm25Of.get(index);
  if (!ms) {
    ms = new MiniSearch<{ id: number; text: string; doc: number }>({
      fields: ['text'],
      storeFields: ['doc'],
      processTerm: (t) => {
        const w = t.toLowerCase();
        return STOP_WORDS.has(w) ? null : w;
      },
      searchOptions: { fuzzy: 0.2, prefix: true },
    });
    const rows: { id: number; text: string; doc: number }[] = [];
    for (let unit = 0; unit < index.unitDoc.length; unit++) {
      const doc = index.unitDoc[unit] as number;
      const text = index.docs[doc]?.article.sentences[index.unitSentence[unit] as number]?.text ?? '';
      rows.push({ id: unit, text, doc });
    }
    ms.addAll(rows);
    bm25Of.set(index, ms);
  }
  return ms;
}

/** Per unit: BM25 score, rank and share of the question's terms matched; and the question's best score. */
function bm25View(index: SearchIndex, question: string, doc: number | null) {
  const ms = bm25(index);
  const terms = question
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP_WORDS.has(w));
  const results = ms.search(question, doc === null ? {} : { filter: (r) => r.doc === doc });
  const byUnit = new Map<number, { score: number; rank: number; share: number }>();
  const distinct = new Set(terms).size;
  results.forEach((r, rank) => {
    byUnit.set(r.id as number, { score: r.score, rank, share: Math.min(1, r.queryTerms.length / Math.max(1, distinct)) });
  });
  return { byUnit, best: results[0]?.score ?? 0, top: results.slice(0, 5).map((r) => r.id as number) };
}

/** Factors of the hand-tuned score, in the order search() reports them (TraceRow.parts). */
const FACTORS = [
  'cov',
  'near',
  'position',
  'typeFit',
  'tenseFit',
  'focusFit',
  'keyFit',
  'nameFit',
  'anchorFit',
  'keysAbsentFit',
  'formFit',
  'speakerFit',
] as const;

export const FEATURE_NAMES: readonly string[] = [
  ...FACTORS.map((f) => `log_${f}`),
  'heading',
  'log_held',
  'log_base',
  'log_fit',
  'log_score',
  'log_gap_to_best',
  'is_first',
  'inverse_rank',
  'exact_share',
  'matched_share',
  'question_words',
  'asks_type',
  'asks_finer',
  'bm25_relative',
  'bm25_inverse_rank',
  'bm25_share',
  'log_bm25_best',
];

/** Logs are floored here: a factor of 0 would be −∞. */
const FLOOR = 1e-3;
const log = (x: number | undefined): number => Math.log(Math.max(FLOOR, x ?? 1));

export interface Candidate {
  unit: number;
  text: string;
  /** The hand-tuned score. */
  score: number;
  features: number[];
}

/**
 * The best `limit` candidates of the hand-tuned ranker for a question (before abstention), each with its feature
 * vector (FEATURE_NAMES). [] when the question takes no candidates (no words of its own, or none in the article).
 */
export function candidateFeatures(
  index: SearchIndex,
  question: string,
  opts: { article?: string; limit?: number } = {},
): Candidate[] {
  const rows: TraceRow[] = [];
  search(index, question, { article: opts.article, trace: (r) => rows.push(r) });
  if (!rows.length) return [];
  const doc = opts.article === undefined ? null : (index.docNumber.get(opts.article) ?? -1);
  const b = bm25View(index, question, doc);
  // The hand-tuned ranker's best, and whatever plain BM25 puts in its top 5 that the ranker also scored.
  const bmTop = new Set(b.top);
  const top = rows.filter((r, i) => i < (opts.limit ?? 20) || bmTop.has(r.unit));
  const parsed = parseQuestion(question);
  const best = Math.max(FLOOR, top[0]?.score ?? 0);
  return top.map((r, i) => {
    const p = r.parts ?? {};
    const words = Math.max(1, p.words ?? 1);
    return {
      unit: r.unit,
      text: r.text,
      score: r.score,
      features: [
        ...FACTORS.map((f) => log(p[f])),
        p.heading ?? 0,
        log(r.held),
        log(r.base),
        log(r.typeFit),
        log(r.score),
        log(r.score) - Math.log(best),
        i === 0 ? 1 : 0,
        1 / (1 + i),
        (p.same ?? 0) / words,
        ((p.same ?? 0) + (p.stemOnly ?? 0)) / words,
        Math.min(words, 12) / 12,
        parsed.type ? 1 : 0,
        parsed.want ? 1 : 0,
        (b.byUnit.get(r.unit)?.score ?? 0) / Math.max(1e-9, b.best),
        1 / (1 + (b.byUnit.get(r.unit)?.rank ?? 1e9)),
        b.byUnit.get(r.unit)?.share ?? 0,
        Math.log(1 + b.best),
      ],
    };
  });
}

/**
 * A learned scorer: `rank` orders a question's candidates (a conditional logit over them), `gate` gives the
 * probability that a candidate answers the question (a logistic regression); below `threshold` the bot abstains.
 */
export interface ScorerModel {
  features: string[];
  rank: LogisticModel;
  gate: LogisticModel;
  threshold: number;
  /** Candidates per question the models were trained on and rank. */
  candidates: number;
}

/** Candidates in the model's order, best first, each with its probability of answering (`p`). */
export function rankByModel(
  model: ScorerModel,
  index: SearchIndex,
  question: string,
  opts: { article?: string } = {},
): (Candidate & { p: number })[] {
  return candidateFeatures(index, question, { article: opts.article, limit: model.candidates })
    .map((c) => ({ ...c, s: probability(model.rank, c.features), p: probability(model.gate, c.features) }))
    .sort((a, b) => b.s - a.s || a.unit - b.unit)
    .map(({ s: _, ...c }) => c);
}
