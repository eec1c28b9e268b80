// The ranker on the bundled article's gold questions, scored as ../shared/eval/score.mjs scores the CLI.
import { describe, expect, it } from 'vitest';
import { accuracy, loadArticle, loadQuestionSet, oursRanker } from '../scripts/bench.ts';

const GOLD = new URL('./bundled/article-000.gold.json', import.meta.url).pathname;
const PARAPHRASES = new URL('./questions/bundled-paraphrases.json', import.meta.url).pathname;

// A copy of the public gold (test/bundled/), so that a fresh clone runs this with nothing beside it: never skipped.
describe('bundled gold', () => {
  it('top-1 ≥ 95%, top-3 100%, abstains on the unanswerable question', () => {
    const set = loadQuestionSet(GOLD);
    const r = accuracy(set, oursRanker([loadArticle(set.articlePath)]));
    expect(r.top1).toBeGreaterThanOrEqual(0.95);
    expect(r.top3).toBe(1);
    expect(r.abstention).toBe(1);
  });
});

describe('own question sets', () => {
  it('paraphrases of the bundled article: abstains on every unanswerable question', () => {
    const set = loadQuestionSet(PARAPHRASES);
    const r = accuracy(set, oursRanker([loadArticle(set.articlePath)]));
    expect(r.abstention).toBe(1);
    expect(r.top1).toBeGreaterThanOrEqual(0.85);
  });
});
