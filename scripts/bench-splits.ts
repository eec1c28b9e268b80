// `npm run bench` on the real-article corpus, per split: every ranker on the same questions, pooled over the
// split's articles. Figures: top-1 and top-3 over answerable questions, abstention (share of unanswerable questions
// answered with nothing), silence (share of answerable questions answered with nothing), p50/p99 per question.
// The report split runs only with --report, and prints aggregates only: never a question, an answer or a miss.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AnnotatedArticle } from '../src/article/model.ts';
import {
  BUNDLED_GOLD,
  isHit,
  latencies,
  loadArticle,
  loadQuestionSet,
  percentile,
  type QuestionSet,
  RANKERS,
  type Ranker,
} from './bench.ts';
import { type Split, splitFiles } from './splits.ts';
import { countOutcome, type Outcome, pct } from './train.ts';

/** Today's ranker (before the learned scorer), checked out by `git worktree add /tmp/ranker-54e18ef 54e18ef`. */
export const BASELINE_COMMIT = '54e18ef';
export const BASELINE_TREE = process.env.BASELINE_TREE ?? `/tmp/ranker-${BASELINE_COMMIT}`;

export interface Tally extends Outcome {
  times: number[];
}

const emptyTally = (): Tally => ({
  answerable: 0,
  top1: 0,
  top3: 0,
  silent: 0,
  unanswerable: 0,
  abstained: 0,
  times: [],
});

/** Adds one set's answers (texts per question, best first) to a tally. */
export function tallyAnswers(t: Tally, set: QuestionSet, answers: string[][]): void {
  set.questions.forEach((q, i) => {
    countOutcome(
      t,
      q.gold.length > 0,
      (answers[i] ?? []).map((x) => isHit(set, q, x)),
    );
  });
}

const ms = (x: number): string => `${x.toFixed(3)} ms`;

function row(name: string, t: Tally): string {
  const times = [...t.times].sort((a, b) => a - b);
  const lat = times.length ? [ms(percentile(times, 50)), ms(percentile(times, 99))] : ['-', '-'];
  return `  ${name.padEnd(22)}${pct(t.top1, t.answerable).padStart(8)}${pct(t.top3, t.answerable).padStart(8)}${pct(t.abstained, t.unanswerable).padStart(9)}${pct(t.silent, t.answerable).padStart(8)}${lat[0]?.padStart(12)}${lat[1]?.padStart(12)}`;
}

const HEADER = `  ${'ranker'.padEnd(22)}${'top-1'.padStart(8)}${'top-3'.padStart(8)}${'abstain'.padStart(9)}${'silent'.padStart(8)}${'p50'.padStart(12)}${'p99'.padStart(12)}`;

/** Steady state first (see bench.ts warmUpOurs): V8 needs a couple of seconds to finish optimising a ranker. */
function warm(ranks: Ranker[], sets: QuestionSet[], millis: number): void {
  const until = performance.now() + millis;
  while (performance.now() < until)
    sets.forEach((set, i) => {
      for (const q of set.questions) ranks[i]?.(q.q);
    });
}

interface Baseline {
  /** Answers through the CLI contract, batch mode, one process per article. */
  answers(set: QuestionSet): string[][];
  /** The same ranker in-process, for per-question latency (the CLI's start-up is not the ranker's cost). */
  ranker(set: QuestionSet): Ranker;
}

async function loadBaseline(): Promise<Baseline | null> {
  const src = `${BASELINE_TREE}/src`;
  if (!existsSync(`${src}/search/search.ts`) || !existsSync(`${BASELINE_TREE}/node_modules`)) return null;
  const at = (p: string) => pathToFileURL(`${src}/${p}`).href;
  const { annotate } = (await import(at('annotate/annotate.ts'))) as typeof import('../src/annotate/annotate.ts');
  const { parseArticle } = (await import(at('article/parse.ts'))) as typeof import('../src/article/parse.ts');
  const { buildSearchIndex, search } = (await import(at('search/search.ts'))) as {
    buildSearchIndex: (docs: unknown[]) => unknown;
    search: (index: unknown, q: string) => { text: string }[];
  };
  const { readFileSync } = await import('node:fs');
  const { basename } = await import('node:path');
  return {
    answers(set) {
      const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'ask', '--json', '--article', set.articlePath], {
        cwd: BASELINE_TREE,
        input: `${set.questions.map((q) => q.q.replace(/\n/g, ' ')).join('\n')}\n`,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        timeout: 120_000,
      });
      const lines = (r.stdout ?? '')
        .split('\n')
        .filter((l) => l.trim().startsWith('{'))
        .map((l) => JSON.parse(l) as { answers?: { text: string }[] });
      if (lines.length !== set.questions.length)
        throw new Error(`baseline CLI gave ${lines.length} lines for ${set.questions.length} questions`);
      return lines.map((l) => (l.answers ?? []).map((a) => a.text));
    },
    ranker(set) {
      const doc = annotate(parseArticle(readFileSync(set.articlePath, 'utf8'), basename(set.articlePath, '.txt')));
      const index = buildSearchIndex([doc]);
      return (q) => search(index, q).map((h) => h.text);
    },
  };
}

/** Latency rounds per question in the split tables (after the warm-up). */
const ROUNDS = 10;

/** One split's table: every in-process ranker, then today's ranker through its CLI. */
async function runSplit(split: Split, baseline: Baseline | null): Promise<void> {
  const sets = splitFiles(split).map(loadQuestionSet);
  const docs: AnnotatedArticle[][] = sets.map((s) => [loadArticle(s.articlePath)]);
  const n = sets.reduce((a, s) => a + s.questions.length, 0);
  const u = sets.reduce((a, s) => a + s.questions.filter((q) => !q.gold.length).length, 0);
  console.log(`\n== ${split} split: ${sets.length} articles, ${n} questions (${u} unanswerable)`);
  console.log(HEADER);
  for (const [name, make] of Object.entries(RANKERS)) {
    const ranks = docs.map((d) => make(d));
    if (name === 'ours' || name.startsWith('hand')) warm(ranks, sets, 2000);
    const t = emptyTally();
    sets.forEach((set, i) => {
      const rank = ranks[i] as Ranker;
      tallyAnswers(
        t,
        set,
        set.questions.map((q) => rank(q.q)),
      );
      t.times.push(...latencies(rank, set.questions, ROUNDS));
    });
    console.log(row(name, t));
  }
  const label = `today (${BASELINE_COMMIT}, CLI)`;
  if (!baseline) {
    console.log(
      `  ${label.padEnd(22)}skipped: no worktree at ${BASELINE_TREE} (git worktree add ${BASELINE_TREE} ${BASELINE_COMMIT})`,
    );
    return;
  }
  const t = emptyTally();
  const ranks = sets.map((s) => baseline.ranker(s));
  warm(ranks, sets, 2000);
  sets.forEach((set, i) => {
    tallyAnswers(t, set, baseline.answers(set));
    t.times.push(...latencies(ranks[i] as Ranker, set.questions, ROUNDS));
  });
  console.log(row(label, t));
}

/** The bundled article's gold set: top-1, top-3, abstention, p99 (ours, and today's ranker in-process). */
async function runBundled(baseline: Baseline | null): Promise<void> {
  if (!existsSync(BUNDLED_GOLD)) return;
  const set = loadQuestionSet(BUNDLED_GOLD);
  const u = set.questions.filter((q) => !q.gold.length).length;
  console.log(`\n== bundled article gold: ${set.questions.length} questions (${u} unanswerable)`);
  console.log(HEADER);
  const docs = [loadArticle(set.articlePath)];
  const runs: [string, Ranker][] = [['ours', (RANKERS.ours as (d: AnnotatedArticle[]) => Ranker)(docs)]];
  runs.push(['hand-set factors', (RANKERS['hand-set factors'] as (d: AnnotatedArticle[]) => Ranker)(docs)]);
  if (baseline) runs.push([`today (${BASELINE_COMMIT})`, baseline.ranker(set)]);
  for (const [name, rank] of runs) {
    warm([rank], [set], 2000);
    const t = emptyTally();
    tallyAnswers(
      t,
      set,
      set.questions.map((q) => rank(q.q)),
    );
    t.times = latencies(rank, set.questions, 50);
    console.log(row(name, t));
  }
}

export async function runSplits(report: readonly Split[]): Promise<void> {
  const baseline = await loadBaseline();
  console.log('Real-article corpus (test/corpus/splits.json). top-1/top-3 over answerable questions; abstain = share');
  console.log(
    'of unanswerable questions answered with nothing; silent = share of answerable ones answered with nothing.',
  );
  for (const split of ['train', 'dev', ...report] as Split[]) await runSplit(split, baseline);
  await runBundled(baseline);
}
