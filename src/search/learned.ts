// The ranker's factors as named features of (question, sentence) candidates, for a learned scorer
// (scripts/train.ts). Every factor the hand-tuned score multiplies becomes a feature (as its logarithm, so that a
// linear model over them generalises the product), with the question-level evidence (how much of the question the
// article holds) and the candidate's place among the others.
import { type LogisticModel, logit } from './logistic.ts';
import { detailsOf } from './match.ts';
import type { SearchIndex } from './index.ts';
import { type ParsedQuestion, parseQuestion } from './question.ts';
import { isContent, tokenize } from './text.ts';
import { unitCount } from './expand.ts';
import { BM25_K1 } from './tuning.ts';

/**
 * Plain BM25 over the index's own postings (the question's content terms as written, stemmed; no typo correction,
 * no equivalences): a second opinion on every candidate, independent of the hand-tuned coverage. Per unit: its
 * score, rank and share of the question's terms; and the best score. Reads the postings the index already holds, so
 * a library of articles costs no second index.
 */
function bm25View(index: SearchIndex, question: string, doc: number | null) {
  const terms = [
    ...new Set(
      tokenize(question)
        .filter(isContent)
        .map((t) => t.term),
    ),
  ];
  const n = unitCount(index);
  const [from, to] = doc === null ? [0, n] : [index.docStart[doc] as number, index.docStart[doc + 1] as number];
  const score = new Map<number, { score: number; matched: number }>();
  const { start, unit, tf, weight } = index.postings;
  for (const term of terms) {
    const id = index.termId.get(term);
    if (id === undefined) continue;
    const lo = start[id] as number;
    const hi = start[id + 1] as number;
    const idf = Math.log(1 + (n - (hi - lo) + 0.5) / (hi - lo + 0.5));
    for (let i = lo; i < hi; i++) {
      const u = unit[i] as number;
      if (u < from || u >= to) continue;
      const f = tf[i] as number;
      const s = score.get(u) ?? { score: 0, matched: 0 };
      s.score += ((weight[i] as number) * idf * f * (BM25_K1 + 1)) / (f + BM25_K1 * (index.lengthNorm[u] as number));
      s.matched++;
      score.set(u, s);
    }
  }
  const results = [...score].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
  const byUnit = new Map<number, { score: number; rank: number; share: number }>();
  results.forEach(([u, s], rank) => {
    byUnit.set(u, { score: s.score, rank, share: Math.min(1, s.matched / Math.max(1, terms.length)) });
  });
  return { byUnit, best: results[0]?.[1].score ?? 0, top: results.slice(0, 5).map(([u]) => u) };
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

/** Question classes by their opening words (key words alone are 'keywords'). */
const QUESTION_CLASSES = ['who', 'when', 'where', 'why', 'how_much', 'how', 'what', 'yes_no', 'keywords'] as const;
type QuestionClass = (typeof QUESTION_CLASSES)[number];

export function questionClass(question: string): QuestionClass {
  const q = question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .trim();
  if (/^(?:who|whom|whose)\b/.test(q)) return 'who';
  if (/^when\b|^what (?:time|day|date|year|month)\b/.test(q)) return 'when';
  if (/^where\b|^what (?:city|country|place|town|state)\b/.test(q)) return 'where';
  if (/^why\b|^how come\b|^what (?:caused|led)\b/.test(q)) return 'why';
  if (/^how (?:much|many|long|old|far|big|fast|deep|high|tall|large|often)\b/.test(q)) return 'how_much';
  if (/^how\b/.test(q)) return 'how';
  if (/^(?:what|which)\b|^wh?at\b/.test(q)) return 'what';
  if (/^(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/.test(q)) return 'yes_no';
  return 'keywords';
}

/** What a sentence offers, from the features the short answers use (src/search/features.ts). */
const SENTENCE_CUES = ['person', 'organisation', 'place', 'date', 'figure', 'reason', 'quoted'] as const;

function sentenceCues(index: SearchIndex, unit: number): number[] {
  const f = detailsOf(index, unit).features;
  const has = (kind: string) => (f.mentions.some((m) => m.kind === kind) ? 1 : 0);
  // A length of time is a figure too ("a decades-long conflict", "for three years"): it answers "how long".
  const figure =
    f.numbers.length + f.money.length + f.percents.length + f.measures.length + f.ages.length + f.durations.length > 0;
  return [
    has('person'),
    has('organisation'),
    has('place'),
    f.dates.length || f.clocks.length ? 1 : 0,
    figure ? 1 : 0,
    f.reason / 2,
    f.quoted ? 1 : 0,
  ];
}

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
  'log_prev_score',
  'log_next_score',
  'log_length',
  // Which kind of question meets which kind of sentence: the model learns the pairings from the data instead of
  // the hand-set typeFit table (a why-question and a "because" clause, a who-question and a person's name…).
  ...QUESTION_CLASSES.flatMap((q) => SENTENCE_CUES.map((c) => `${q}_x_${c}`)),
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

/** One candidate as the hand-tuned stages score it (search.ts), its factors in `parts`. */
export interface FactorRow {
  /** Index unit (sentence number across the indexed articles). */
  unit: number;
  text: string;
  base: number;
  typeFit: number;
  held: number;
  score: number;
  parts?: Record<string, number>;
}

/**
 * The best `limit` of the hand-scored rows (best first; `doc` null when all articles are searched), and whatever
 * plain BM25 puts in its top 5, each with its feature vector (FEATURE_NAMES).
 */
export function featuresOf(
  index: SearchIndex,
  question: string,
  rows: readonly FactorRow[],
  doc: number | null,
  limit: number,
  /** The question as search() parsed it, when it has: parsing again costs as much as the rest. */
  given?: Pick<ParsedQuestion, 'type' | 'want'>,
): Candidate[] {
  if (!rows.length) return [];
  const b = bm25View(index, question, doc);
  const bmTop = new Set(b.top);
  const top = rows.filter((r, i) => i < limit || bmTop.has(r.unit));
  const parsed = given ?? parseQuestion(question);
  const best = Math.max(FLOOR, top[0]?.score ?? 0);
  // Every scored sentence's hand score, for its neighbours: an answer often follows the sentence that names the
  // question's subject ("The strike began Tuesday. They have not said how long it will last.").
  const scoreOf = new Map(rows.map((r) => [r.unit, r.score]));
  const cls = QUESTION_CLASSES.indexOf(questionClass(question));
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
        log(scoreOf.get(r.unit - 1) ?? 0),
        log(scoreOf.get(r.unit + 1) ?? 0),
        Math.log(1 + r.text.split(/\s+/).length),
        ...crossed(cls, sentenceCues(index, r.unit)),
      ],
    };
  });
}

/** The question's class one-hot, crossed with the sentence's cues: QUESTION_CLASSES × SENTENCE_CUES. */
function crossed(cls: number, cues: number[]): number[] {
  const out = new Array<number>(QUESTION_CLASSES.length * cues.length).fill(0);
  cues.forEach((c, j) => {
    out[cls * cues.length + j] = c;
  });
  return out;
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

/** The gate's extra features: the candidate's share of the ranking model's softmax, and its margin over the best other. */
export const GATE_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, 'rank_share', 'rank_margin'];

/**
 * Candidates in the ranking model's order, each with its features for the gate: a question-level decision (does the
 * best candidate answer?) needs to know how clearly it beat the others, which no single candidate's features say.
 */
export function orderByRank<C extends { unit: number; features: number[] }>(
  rank: LogisticModel,
  candidates: readonly C[],
): (C & { gateFeatures: number[] })[] {
  const z = candidates.map((c) => logit(rank, c.features));
  const top = Math.max(...z);
  const sum = z.reduce((a, v) => a + Math.exp(v - top), 0);
  return candidates
    .map((c, i) => {
      const zi = z[i] as number;
      const other = Math.max(-50, ...z.filter((_, j) => j !== i));
      return {
        c,
        z: zi,
        gateFeatures: [...c.features, Math.exp(zi - top) / sum, Math.max(-20, Math.min(20, zi - other))],
      };
    })
    .sort((a, b) => b.z - a.z || a.c.unit - b.c.unit)
    .map(({ c, gateFeatures }) => ({ ...c, gateFeatures }));
}

/**
 * Candidates in the ranking model's order, best first (ties: the earlier sentence), as orderByRank orders them but
 * without the gate's features: what serving needs, with one array per question instead of one per candidate.
 */
export function rankByModel<C extends { unit: number; features: number[] }>(
  rank: LogisticModel,
  candidates: readonly C[],
): C[] {
  return candidates
    .map((c) => ({ c, z: logit(rank, c.features) }))
    .sort((a, b) => b.z - a.z || a.c.unit - b.c.unit)
    .map(({ c }) => c);
}
