// The learned scorer's parts: the regressions (deterministic, right on data made for the test), the feature vectors
// of a small article written for the test, the committed model's shape, and the corpus splits.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dirname, resolve } from 'node:path';
import { norm } from '../scripts/bench.ts';
import { REPORT_SPLITS, reportSplitsOf, splitFiles } from '../scripts/splits.ts';
import { type Item, separation } from '../scripts/train.ts';
import { annotate } from '../src/annotate/annotate.ts';
import { parseArticle } from '../src/article/parse.ts';
import {
  FEATURE_NAMES,
  GATE_FEATURE_NAMES,
  questionClass,
  type ScorerModel,
  orderByRank,
  rankByModel,
} from '../src/search/learned.ts';
import { fitConditionalLogit, fitLogistic, probability, solve } from '../src/search/logistic.ts';
import { buildSearchIndex, candidateFeatures, search } from '../src/search/search.ts';

const ARTICLE = `Harbour town opens new ferry terminal

The town of Eastmere opened a new ferry terminal on Monday after two years of building work.

The terminal cost 40 million pounds and was paid for by the regional council, said mayor Ruth Ellery.

Ferries to the islands will leave every hour from the new quay, the operator Northsea Lines said.

Local shops expect more visitors in the summer, when the island festival takes place.`;

describe('solve', () => {
  it('solves a small linear system', () => {
    const x = solve(
      [
        [4, 1],
        [1, 3],
      ],
      [1, 2],
    );
    expect(x[0]).toBeCloseTo(1 / 11, 9);
    expect(x[1]).toBeCloseTo(7 / 11, 9);
  });
});

describe('fitLogistic', () => {
  // y = 1 mostly when the first feature is high; the second is noise.
  const rows = Array.from({ length: 60 }, (_, i) => [(i % 10) / 10, ((i * 7) % 5) / 5]);
  const labels = rows.map((r, i) => ((r[0] as number) + (i % 3 === 0 ? 0.25 : 0) > 0.5 ? 1 : 0));

  it('learns the sign of the deciding feature, and probabilities in (0, 1)', () => {
    const m = fitLogistic(['x', 'noise'], rows, labels, { l2: 1e-2 });
    expect(m.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(m.weights[1] as number)).toBeLessThan(m.weights[0] as number);
    expect(probability(m, [0.9, 0.5])).toBeGreaterThan(0.8);
    expect(probability(m, [0.1, 0.5])).toBeLessThan(0.2);
  });

  it('is deterministic: the same rows give the same weights', () => {
    expect(fitLogistic(['x', 'noise'], rows, labels)).toEqual(fitLogistic(['x', 'noise'], rows, labels));
  });
});

describe('fitConditionalLogit', () => {
  it('learns which candidate of a group is the right one, and converges on separable data without NaN', () => {
    const groups = Array.from({ length: 20 }, (_, g) => ({
      rows: [
        [1 + (g % 3), g % 2],
        [g % 3, 1 - (g % 2)],
        [0, 0],
      ],
      labels: [1, 0, 0],
    }));
    const m = fitConditionalLogit(['good', 'noise'], groups, { l2: 1e-2 });
    expect(m.weights.every(Number.isFinite)).toBe(true);
    expect(m.weights[0]).toBeGreaterThan(0);
    expect(probability(m, [2, 0])).toBeGreaterThan(probability(m, [0, 0]));
  });
});

describe('candidateFeatures', () => {
  const index = buildSearchIndex([annotate(parseArticle(ARTICLE, 'eastmere'))]);

  it('gives one finite vector of FEATURE_NAMES per candidate, the ranker’s best first', () => {
    const c = candidateFeatures(index, 'how much did the ferry terminal cost');
    expect(c.length).toBeGreaterThan(0);
    for (const x of c) {
      expect(x.features).toHaveLength(FEATURE_NAMES.length);
      expect(x.features.every(Number.isFinite)).toBe(true);
    }
    expect(c[0]?.text).toContain('40 million pounds');
    expect(c[0]?.features[FEATURE_NAMES.indexOf('is_first')]).toBe(1);
  });

  it('limits the candidates: the ranker’s best `limit`, plus any of plain BM25’s top 5', () => {
    const few = candidateFeatures(index, 'ferry terminal island', { limit: 1 });
    expect(few.length).toBeGreaterThanOrEqual(1);
    expect(few.length).toBeLessThanOrEqual(1 + 5);
    expect(few.length).toBeLessThanOrEqual(candidateFeatures(index, 'ferry terminal island').length);
  });

  it('crosses the question’s class with what the sentence offers: a why-question meets a “because” clause', () => {
    const c = candidateFeatures(index, 'why did the terminal open');
    const at = FEATURE_NAMES.indexOf('why_x_reason');
    expect(at).toBeGreaterThan(-1);
    const byText = new Map(c.map((x) => [x.text, x.features[at]]));
    expect([...byText.entries()].some(([t, v]) => /after two years/.test(t) && (v as number) > 0)).toBe(true);
    expect(FEATURE_NAMES.indexOf('who_x_reason')).toBeGreaterThan(-1);
    for (const x of c) expect(x.features[FEATURE_NAMES.indexOf('who_x_reason')]).toBe(0);
  });

  it('gives a candidate its neighbours’ hand scores', () => {
    const c = candidateFeatures(index, 'how much did the ferry terminal cost');
    const prev = FEATURE_NAMES.indexOf('log_prev_score');
    expect(c.every((x) => Number.isFinite(x.features[prev]))).toBe(true);
  });

  it('feature names are unique', () => {
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
  });
});

const MODEL = new URL('../src/search/model.json', import.meta.url).pathname;
describe.skipIf(!existsSync(MODEL))('committed model (npm run train)', () => {
  const load = () => JSON.parse(readFileSync(MODEL, 'utf8')) as ScorerModel;

  it('matches the features, with a threshold in [0, 1]', () => {
    const model = load();
    expect(model.features).toEqual(GATE_FEATURE_NAMES);
    for (const [m, names] of [
      [model.rank, FEATURE_NAMES],
      [model.gate, GATE_FEATURE_NAMES],
    ] as const) {
      expect(m.weights).toHaveLength(names.length);
      expect(m.mean).toHaveLength(names.length);
      expect(m.scale).toHaveLength(names.length);
    }
    expect(model.threshold).toBeGreaterThanOrEqual(0);
    expect(model.threshold).toBeLessThanOrEqual(1);
  });

  it('ranks candidates with probabilities', () => {
    const model = load();
    const index = buildSearchIndex([annotate(parseArticle(ARTICLE, 'eastmere'))]);
    const ranked = orderByRank(model.rank, candidateFeatures(index, 'who paid for the terminal'));
    expect(ranked.length).toBeGreaterThan(0);
    for (const r of ranked) expect(probability(model.gate, r.gateFeatures)).toBeGreaterThanOrEqual(0);
    for (const r of ranked) expect(probability(model.gate, r.gateFeatures)).toBeLessThanOrEqual(1);
    // Serving's order (no gate features) is the same order.
    expect(rankByModel(model.rank, candidateFeatures(index, 'who paid for the terminal')).map((c) => c.unit)).toEqual(
      ranked.map((c) => c.unit),
    );
  });
});

describe('questionClass', () => {
  it('classes a question by its opening words, typos of “what” included, key words alone as keywords', () => {
    expect(questionClass('Who paid for it?')).toBe('who');
    expect(questionClass('when does the ferry leave')).toBe('when');
    expect(questionClass('what year was it built')).toBe('when');
    expect(questionClass('where is the quay')).toBe('where');
    expect(questionClass('why was it late')).toBe('why');
    expect(questionClass('how much did it cost')).toBe('how_much');
    expect(questionClass('how did they pay')).toBe('how');
    expect(questionClass('wat is the terminal')).toBe('what');
    expect(questionClass('is the quay open')).toBe('yes_no');
    expect(questionClass('terminal cost')).toBe('keywords');
  });
});

describe('search with a scorer', () => {
  const index = buildSearchIndex([annotate(parseArticle(ARTICLE, 'eastmere'))]);
  const model = (): ScorerModel => JSON.parse(readFileSync(MODEL, 'utf8')) as ScorerModel;

  it('orders the hits by the ranking model', () => {
    const m = model();
    const hits = search(index, 'how much did the ferry terminal cost', { scorer: m });
    const ranked = rankByModel(m.rank, candidateFeatures(index, 'how much did the ferry terminal cost'));
    expect(hits[0]?.text).toBe(ranked[0]?.text);
  });

  it('answers or abstains as the hand-set score does', () => {
    const m = model();
    for (const q of ['how much did the ferry terminal cost', 'who won the football match', 'when is the festival'])
      expect(search(index, q, { scorer: m }).length > 0).toBe(search(index, q, { scorer: null }).length > 0);
    expect(search(index, 'who won the football match', { scorer: m })).toEqual([]);
  });

  it('ranks by the hand-set factors when the scorer is null', () => {
    const hand = search(index, 'how much did the ferry terminal cost', { scorer: null });
    const rows: number[] = [];
    search(index, 'how much did the ferry terminal cost', { scorer: null, trace: (r) => rows.push(r.score) });
    expect(hand[0]?.score).toBeCloseTo(rows[0] as number, 3);
  });
});

describe('separation of answerable questions (npm run train)', () => {
  it('gives the AUC and the abstention and silence at the cuts the targets name', () => {
    const item = (answerable: boolean, score: number) =>
      ({ article: 'a', answerable, candidates: [], current: [], score }) as unknown as Item & { score: number };
    const items = [0.9, 0.8, 0.7].map((s) => item(true, s)).concat([0.1, 0.75].map((s) => item(false, s)));
    const s = separation(items, (it) => (it as Item & { score: number }).score);
    expect(s.auc).toBeCloseTo(5 / 6);
    // Silencing at most 5% of 3 answerable questions allows no cut above the lowest (0.7): only 0.1 is abstained on.
    expect(s.abstainAt5).toBeCloseTo(1 / 2);
    // Abstaining on 80% of 2 unanswerable questions needs both, so the cut at 0.75 silences the 0.7 one.
    expect(s.silentAt80).toBeCloseTo(1 / 3);
  });
});

describe('corpus splits', () => {
  it('train, dev and the report splits are disjoint sets of articles', () => {
    const train = splitFiles('train');
    const dev = splitFiles('dev');
    const reports = REPORT_SPLITS.map((s) => splitFiles(s));
    expect(train.length).toBeGreaterThan(dev.length);
    expect(dev.length).toBeGreaterThan(0);
    for (const r of reports) expect(r.length).toBeGreaterThan(0);
    const all = [train, dev, ...reports].flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('a bench run scores no report split, all of them, or only those named', () => {
    expect(reportSplitsOf(['--quiet'])).toEqual([]);
    expect(reportSplitsOf(['--report'])).toEqual([...REPORT_SPLITS]);
    expect(reportSplitsOf(['--report=report14'])).toEqual(['report14']);
    expect(() => reportSplitsOf(['--report=report13'])).toThrow(/not a report split/);
    expect(() => reportSplitsOf(['--report=dev'])).toThrow(/not a report split/);
  });

  it("every gold file's phrases, quotes and timeline keys are in its article", () => {
    const bad: string[] = [];
    for (const file of (['train', 'dev', ...REPORT_SPLITS] as const).flatMap((s) => splitFiles(s))) {
      const gold = JSON.parse(readFileSync(file, 'utf8')) as {
        article: string;
        sentences: Record<string, string>;
        quotes?: { key: string }[];
        timeline?: { key: string }[];
        timelineAlsoAcceptable?: { key: string }[];
      };
      const text = norm(readFileSync(resolve(dirname(file), gold.article), 'utf8'));
      for (const phrase of [...Object.values(gold.sentences), ...(gold.quotes ?? []).map((q) => q.key)])
        if (!text.includes(norm(phrase))) bad.push(`${file}: ${phrase}`);
      for (const t of [...(gold.timeline ?? []), ...(gold.timelineAlsoAcceptable ?? [])])
        if (!(t.key in gold.sentences)) bad.push(`${file}: timeline key ${t.key}`);
    }
    expect(bad).toEqual([]);
  });
});
