// Trains the learned scorer of /ask (src/search/learned.ts) from the train split of the real-article corpus:
//
//   npm run train                       # fit on the train split + the invented-article sets (test/heldout …
//                                       # heldout14, test/gold/ask-*; never heldout15/16, earlier report sets), print
//                                       # article-grouped cross-validation on train and the dev figures,
//                                       # write src/search/model.json
//   npm run train -- --real-only        # the train split's real articles only (on dev: worse than with them)
//   npm run train -- --dry              # print only, write nothing
//   npm run train -- --dry --no-cv      # dev figures only (quick, while trying features)
//
// Rows: for every train question, the hand-tuned ranker's best CANDIDATES sentences, labelled 1 when the sentence
// answers the question (scored as ../shared/eval/score.mjs scores an answer). Two models, fitted with no randomness
// (Newton's method; folds by article in a fixed order): a conditional logit orders a question's candidates, a
// logistic regression gives P(answers | features) for abstention. The abstention threshold is the
// probability that maximises answer-or-abstain accuracy on dev. The report splits are never read here.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex, candidateFeatures, search } from '../src/search/search.ts';
import {
  type Candidate,
  FEATURE_NAMES,
  GATE_FEATURE_NAMES,
  orderByRank,
  type ScorerModel,
} from '../src/search/learned.ts';
import { fitConditionalLogit, fitLogistic, type LogisticModel, probability } from '../src/search/logistic.ts';
import { isHit, loadArticle, loadQuestionSet } from './bench.ts';
import { ROOT, splitFiles } from './splits.ts';

export const CANDIDATES = 20;
/** L2 penalty on standardised weights: the ranking model's, and the gate's (chosen on dev from 0.01, 1, 10). */
export const L2 = 1e-2;
export const GATE_L2 = 1;
export const FOLDS = 6;
export const MODEL_FILE = resolve(ROOT, 'src/search/model.json');

/** One question, ready to score under any model: its candidates with labels, and the hand-tuned answers. */
export interface Item {
  article: string;
  answerable: boolean;
  candidates: (Candidate & { hit: boolean })[];
  /** The hand-tuned ranker's answer texts, hits marked. */
  current: boolean[];
}

export function itemsOf(files: string[]): Item[] {
  const out: Item[] = [];
  for (const file of files) {
    const set = loadQuestionSet(file);
    const index = buildSearchIndex([loadArticle(set.articlePath)]);
    for (const q of set.questions) {
      out.push({
        article: file,
        answerable: q.gold.length > 0,
        candidates: candidateFeatures(index, q.q, { limit: CANDIDATES }).map((c) => ({
          ...c,
          hit: q.gold.length > 0 && isHit(set, q, c.text),
        })),
        current: search(index, q.q, { scorer: null }).map((h) => q.gold.length > 0 && isHit(set, q, h.text)),
      });
    }
  }
  return out;
}

export interface Outcome {
  answerable: number;
  top1: number;
  top3: number;
  silent: number;
  unanswerable: number;
  abstained: number;
}

/**
 * Counts one question's outcome: `hits` marks each answer given (best first) right or wrong; none given is an
 * abstention (right for an unanswerable question) or silence (for an answerable one).
 */
export function countOutcome(o: Outcome, answerable: boolean, hits: readonly boolean[]): void {
  if (!answerable) {
    o.unanswerable++;
    if (!hits.length) o.abstained++;
    return;
  }
  o.answerable++;
  if (!hits.length) o.silent++;
  if (hits[0]) o.top1++;
  if (hits.slice(0, 3).some(Boolean)) o.top3++;
}

/** Answer-or-abstain accuracy: a right best answer to an answerable question, or nothing for an unanswerable one. */
export const answerOrAbstain = (o: Outcome): number =>
  (o.top1 + o.abstained) / Math.max(1, o.answerable + o.unanswerable);

/** Two models: one orders a question's candidates (conditional logit), one says whether the best answers (logistic). */
export interface Pair {
  rank: LogisticModel;
  gate: LogisticModel;
}

/** The candidates in the ranking model's order, each with the gate's probability. */
function order(pair: Pair, candidates: Item['candidates']) {
  return orderByRank(pair.rank, candidates).map((c) => ({ c, p: probability(pair.gate, c.gateFeatures) }));
}

/** One item under a model: the best candidate's gate probability and the hits of the first five, computed once. */
interface Ranked {
  top: number;
  hits: boolean[];
}

function rankAll(items: Item[], model: Pair): Ranked[] {
  return items.map((it) => {
    const ranked = order(model, it.candidates);
    return { top: ranked[0]?.p ?? 0, hits: ranked.slice(0, 5).map((r) => r.c.hit) };
  });
}

/**
 * What each question gets: the model's order and abstention (null model: the hand-tuned ranker; threshold 'hand':
 * the model's order where the hand-tuned ranker answers).
 */
function judge(items: Item[], model: Pair | null, threshold: number | 'hand'): Outcome {
  return judgeRanked(items, model ? rankAll(items, model) : null, threshold);
}

/** As judge, from rankings made once: choosing a threshold scores every cut, and ranking per cut was quadratic. */
function judgeRanked(items: Item[], ranked: Ranked[] | null, threshold: number | 'hand'): Outcome {
  const o: Outcome = { answerable: 0, top1: 0, top3: 0, silent: 0, unanswerable: 0, abstained: 0 };
  items.forEach((it, i) => {
    let hits: boolean[];
    const r = ranked?.[i];
    if (!r || !it.candidates.length) hits = it.current;
    else {
      const abstain = threshold === 'hand' ? !it.current.length : r.top < threshold;
      hits = abstain ? [] : r.hits;
    }
    countOutcome(o, it.answerable, hits);
  });
  return o;
}

/** The threshold (a best-candidate probability, or 0) maximising answer-or-abstain accuracy on the items. */
export function chooseThreshold(items: Item[], model: Pair): number {
  const ranked = rankAll(items, model);
  const tops = ranked.filter((_, i) => items[i]?.candidates.length).map((r) => r.top);
  const cuts = [0, ...new Set(tops)].sort((a, b) => a - b);
  let best = 0;
  let bestAcc = -1;
  for (const t of cuts) {
    const acc = answerOrAbstain(judgeRanked(items, ranked, t));
    if (acc > bestAcc + 1e-12) {
      bestAcc = acc;
      best = t;
    }
  }
  return best;
}

/**
 * The ranking model orders each question's candidates; the gate then learns, from each question's best candidate,
 * whether the article answers the question: abstention is a question-level decision.
 */
export function fitScorer(items: Item[]): Pair {
  const rank = fitConditionalLogit(
    [...FEATURE_NAMES],
    items.map((it) => ({
      rows: it.candidates.map((c) => c.features),
      labels: it.candidates.map((c) => (c.hit ? 1 : 0)),
    })),
    { l2: L2 },
  );
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const it of items) {
    const best = orderByRank(rank, it.candidates)[0];
    if (!best) continue;
    rows.push(best.gateFeatures);
    // Whether the article answers the question at all, not whether this candidate is right: abstention is about
    // the article (on dev this label abstains more at every level of silence than the best candidate's hit).
    labels.push(it.answerable ? 1 : 0);
  }
  const gate = fitLogistic([...GATE_FEATURE_NAMES], rows, labels, { l2: GATE_L2 });
  return { rank, gate };
}

/**
 * How well a question-level signal (higher: more likely answerable) separates answerable questions from the rest:
 * the area under the ROC curve, the share of unanswerable questions abstained on when at most 5% of answerable ones
 * go silent, and the silence it takes to abstain on 80% (issue 12's targets).
 */
export function separation(
  items: Item[],
  signal: (it: Item) => number,
): { auc: number; abstainAt5: number; silentAt80: number } {
  const pos = items.filter((it) => it.answerable).map(signal);
  const neg = items.filter((it) => !it.answerable).map(signal);
  let auc = 0;
  for (const p of pos) for (const n of neg) auc += p > n ? 1 : p === n ? 0.5 : 0;
  auc /= Math.max(1, pos.length * neg.length);
  // Abstain below a cut: the largest cut silencing at most 5% of answerable questions, the smallest abstaining on 80%.
  const sortedPos = [...pos].sort((a, b) => a - b);
  const cut5 = sortedPos[Math.floor(0.05 * sortedPos.length)] ?? 0;
  const sortedNeg = [...neg].sort((a, b) => a - b);
  const cut80 = sortedNeg[Math.ceil(0.8 * sortedNeg.length) - 1] ?? 0;
  return {
    auc,
    abstainAt5: neg.filter((n) => n < cut5).length / Math.max(1, neg.length),
    silentAt80: pos.filter((p) => p <= cut80).length / Math.max(1, pos.length),
  };
}

/** n of `of` as a percentage with one decimal. */
export const pct = (n: number, of: number): string => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');
const line = (name: string, o: Outcome): string =>
  `  ${name.padEnd(30)} top-1 ${pct(o.top1, o.answerable).padStart(6)}  top-3 ${pct(o.top3, o.answerable).padStart(6)}  abstain ${pct(o.abstained, o.unanswerable).padStart(6)}  silent ${pct(o.silent, o.answerable).padStart(6)}  answer-or-abstain ${pct(o.top1 + o.abstained, o.answerable + o.unanswerable).padStart(6)}`;

const add = (a: Outcome, b: Outcome): Outcome => ({
  answerable: a.answerable + b.answerable,
  top1: a.top1 + b.top1,
  top3: a.top3 + b.top3,
  silent: a.silent + b.silent,
  unanswerable: a.unanswerable + b.unanswerable,
  abstained: a.abstained + b.abstained,
});

/** Article-grouped cross-validation: articles in sorted order, dealt round-robin into FOLDS folds. */
export function crossValidate(
  items: Item[],
  extra: Item[],
): { learned: Outcome; current: Outcome; ranking: Outcome; served: Outcome } {
  const articles = [...new Set(items.map((it) => it.article))].sort();
  let learned: Outcome = { answerable: 0, top1: 0, top3: 0, silent: 0, unanswerable: 0, abstained: 0 };
  let current = { ...learned };
  let ranking = { ...learned };
  let served = { ...learned };
  for (let f = 0; f < FOLDS; f++) {
    const held = new Set(articles.filter((_, i) => i % FOLDS === f));
    const trainItems = [...items.filter((it) => !held.has(it.article)), ...extra];
    const testItems = items.filter((it) => held.has(it.article));
    const model = fitScorer(trainItems);
    // The threshold from the training folds only: the held-out fold is unseen.
    const threshold = chooseThreshold(trainItems, model);
    learned = add(learned, judge(testItems, model, threshold));
    ranking = add(ranking, judge(testItems, model, 0));
    served = add(served, judge(testItems, model, 'hand'));
    current = add(current, judge(testItems, null, 0));
  }
  return { learned, current, ranking, served };
}

function inventedFiles(): string[] {
  const dirs = ['gold', 'heldout', ...Array.from({ length: 13 }, (_, i) => `heldout${i + 2}`)];
  return dirs.flatMap((d) => {
    const dir = resolve(ROOT, 'test', d);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => (d === 'gold' ? /^ask-.*\.gold\.json$/ : /\.gold\.json$/).test(f))
      .sort()
      .map((f) => resolve(dir, f));
  });
}

const roundModel = (m: LogisticModel): LogisticModel => {
  const r = (x: number) => Number(x.toPrecision(8));
  return { features: [], mean: m.mean.map(r), scale: m.scale.map(r), weights: m.weights.map(r), bias: r(m.bias) };
};

/** The committed form: 8 significant digits, feature names once. */
export function toScorer(pair: Pair, threshold: number): ScorerModel {
  return {
    features: pair.gate.features,
    rank: roundModel(pair.rank),
    gate: roundModel(pair.gate),
    threshold: Number(threshold.toPrecision(8)),
    candidates: CANDIDATES,
  };
}

async function main(argv: string[]): Promise<void> {
  const withInvented = !argv.includes('--real-only');
  const t0 = performance.now();
  const train = itemsOf(splitFiles('train'));
  const dev = itemsOf(splitFiles('dev'));
  const extra = withInvented ? itemsOf(inventedFiles()) : [];
  const rows = [...train, ...extra].reduce((a, it) => a + it.candidates.length, 0);
  console.log(
    `train: ${train.length} questions (${new Set(train.map((i) => i.article)).size} articles)${withInvented ? ` + ${extra.length} invented-article questions` : ''}, ${rows} candidate rows; dev: ${dev.length} questions  [${((performance.now() - t0) / 1000).toFixed(1)} s]`,
  );

  if (!argv.includes('--no-cv')) {
    const cv = crossValidate(train, extra);
    console.log(`\nArticle-grouped ${FOLDS}-fold cross-validation on train (threshold chosen on the training folds):`);
    console.log(line('hand-tuned ranker', cv.current));
    console.log(line('learned scorer', cv.learned));
    console.log(line('learned, never abstaining', cv.ranking));
    // What production serves, so comparable with the report splits' figures for "ours".
    console.log(line('learned order, hand abstention', cv.served));
  }

  const model = fitScorer([...train, ...extra]);
  const threshold = chooseThreshold(dev, model);
  const scorer = toScorer(model, threshold);
  const rounded: Pair = { rank: scorer.rank, gate: scorer.gate };
  console.log(`\nDev (threshold ${scorer.threshold} chosen here to maximise answer-or-abstain accuracy):`);
  const cur = judge(dev, null, 0);
  const mine = judge(dev, rounded, scorer.threshold);
  console.log(line('hand-tuned ranker', cur));
  console.log(line('learned scorer', mine));
  console.log(line('learned, never abstaining', judge(dev, rounded, 0)));
  console.log(line('learned order, hand abstention', judge(dev, rounded, 'hand')));
  console.log(line('learned, train threshold', judge(dev, scorer, chooseThreshold([...train, ...extra], model))));
  console.log('\nDev, how well each score tells answerable questions from the rest (abstention is question-level):');
  const handScore = (it: Item) => Math.max(0, ...it.candidates.map((c) => c.score));
  const gateScore = (it: Item) => order(rounded, it.candidates)[0]?.p ?? 0;
  for (const [name, signal] of [
    ['hand-set score', handScore],
    ['gate probability', gateScore],
  ] as const) {
    const s = separation(dev, signal);
    console.log(
      `  ${name.padEnd(30)} AUC ${s.auc.toFixed(3)}  abstain at 5% silence ${pct(s.abstainAt5, 1)}  silence at 80% abstention ${pct(s.silentAt80, 1)}`,
    );
  }
  console.log('\nWeights (standardised features):');
  console.log(`  ${'feature'.padEnd(20)} ${'rank'.padStart(8)} ${'gate'.padStart(8)}`);
  for (const [i, name] of scorer.features.entries())
    console.log(
      `  ${name.padEnd(20)} ${(scorer.rank.weights[i]?.toFixed(3) ?? '').padStart(8)} ${(scorer.gate.weights[i] as number).toFixed(3).padStart(8)}`,
    );
  if (!argv.includes('--dry')) {
    writeFileSync(MODEL_FILE, `${JSON.stringify(scorer, null, 1)}\n`);
    console.log(`\nwrote ${MODEL_FILE}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'scripts/train.ts'))
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
