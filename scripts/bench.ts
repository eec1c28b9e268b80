// Ranking benchmark: for each question set, top-1 / top-3 / abstention accuracy and per-question latency of
// our ranker beside two baselines (fuse.js with defaults, MiniSearch BM25 with fuzzy 0.2 and prefix).
// Scoring follows ../shared/eval/score.mjs: the first answer's text must contain a gold sentence's key phrase,
// an answer covering more than two gold sentences is a miss, and a question with gold [] wants no answers.
//
//   npm run bench                 # the real-article corpus per split (train, dev), every ranker side by side,
//                                 # with today's ranker (commit 54e18ef) from a worktree, and the bundled gold set
//   npm run bench -- --report     # the same plus the report splits (report14), in aggregate only
//                                 # (when an issue closes); --report=report14 scores only the named ones
//   npm run bench -- --sets       # per set: bundled gold + test/questions/*.json + test/gold/ask-*.gold.json
//                                 # + the blind-written dev sets test/heldout/ … test/heldout14/ (marked [held-out])
//                                 # and, where test/shorts/ has them, short-answer accuracy
//   npm run bench -- FILE.json…   # per set, only these question sets
//   npm run bench -- --scale [--sizes 1,100,1000,10000]   # many articles: build, disk, RSS, start-up, p50/p99
//   npm run bench -- --pipeline   # preprocessing time against input size (it must stay linear)
//   npm run bench -- --annotations [--report]  # /quotes and /timeline per split beside plain baselines
//   npm run bench -- --limits     # /ask on a 1 MB one-line article, autocomplete at 1,000 articles, first answer
//   npm run bench -- --servers    # servers' own articles: ingestion time, store with 1 and 20,000 articles
// The default run prints the per-split table, then the annotation, limits and servers sections.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { annotate } from '../src/annotate/annotate.ts';
import type { AnnotatedArticle } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';
import { buildSearchIndex, search } from '../src/search/search.ts';
import { formatTally, runAnnotationBench } from './annotations-bench.ts';
import { runFirstAnswer, runLimits } from './limits.ts';
import { reportSplitsOf, type Split } from './splits.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLED_GOLD = resolve(ROOT, 'test/bundled/article-000.gold.json');

export interface Question {
  q: string;
  gold: string[];
}

export interface QuestionSet {
  name: string;
  articlePath: string;
  /** Gold sentence id → distinctive phrase. */
  sentences: Record<string, string>;
  questions: Question[];
}

/** A ranker answers a question with sentence texts, best first ([] = abstain). */
export type Ranker = (question: string) => string[];

export interface Result {
  top1: number;
  top3: number;
  abstention: number | null;
  p50: number;
  p99: number;
}

/** Reads a gold file; its article path is taken relative to the file, else to the repository root. */
export function loadQuestionSet(file: string): QuestionSet {
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    article: string;
    sentences: Record<string, string>;
    questions: Question[];
  };
  const nearFile = resolve(dirname(file), json.article);
  const articlePath = existsSync(nearFile) ? nearFile : resolve(ROOT, json.article);
  return { name: basename(file), articlePath, sentences: json.sentences, questions: json.questions };
}

export function loadArticle(path: string): AnnotatedArticle {
  return annotate(parseArticle(readFileSync(path, 'utf8'), basename(path).replace(/\.txt$/, '')));
}

// ---------------------------------------------------------------------------------------------------------------
// Rankers.

export function oursRanker(docs: AnnotatedArticle[]): Ranker {
  const index = buildSearchIndex(docs);
  return (q) => search(index, q).map((h) => h.text);
}

/** The hand-set factors alone (the ranker before the learned scorer served). */
export function handSetRanker(docs: AnnotatedArticle[]): Ranker {
  const index = buildSearchIndex(docs);
  return (q) => search(index, q, { scorer: null }).map((h) => h.text);
}

export function fuseRanker(docs: AnnotatedArticle[]): Ranker {
  const sentences = docs.flatMap((d) => d.article.sentences.map((s) => ({ text: s.text })));
  const fuse = new Fuse(sentences, { keys: ['text'] });
  return (q) => fuse.search(q, { limit: 5 }).map((r) => r.item.text);
}

export function miniSearchRanker(docs: AnnotatedArticle[]): Ranker {
  const ms = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: ['text'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  ms.addAll(docs.flatMap((d) => d.article.sentences).map((s, id) => ({ id, text: s.text })));
  return (q) =>
    ms
      .search(q)
      .slice(0, 5)
      .map((r) => r.text as string);
}

export const RANKERS: Record<string, (docs: AnnotatedArticle[]) => Ranker> = {
  ours: oursRanker,
  'hand-set factors': handSetRanker,
  'fuse.js default': fuseRanker,
  'MiniSearch BM25': miniSearchRanker,
};

// ---------------------------------------------------------------------------------------------------------------
// Scoring, as score.mjs does it.

export const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Gold ids whose key phrase the text contains. */
export function goldIds(set: QuestionSet, text: string): string[] {
  return Object.entries(set.sentences)
    .filter(([, key]) => norm(text).includes(norm(key)))
    .map(([id]) => id);
}

/** Does an answer text count for a question? One sentence: covering more than two gold sentences is a miss. */
export function isHit(set: QuestionSet, q: Question, text: string | undefined): boolean {
  if (!text) return false;
  const ids = goldIds(set, text);
  return ids.length <= 2 && ids.some((id) => q.gold.includes(id));
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Answer latencies in ms over `rounds` passes of all questions, after a warm-up pass. */
export function latencies(rank: Ranker, questions: Question[], rounds: number): number[] {
  for (let i = 0; i < 10; i++) for (const q of questions) rank(q.q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      rank(q.q);
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

export interface Accuracy {
  top1: number;
  top3: number;
  /** Share of unanswerable questions answered with nothing; null when the set has none. */
  abstention: number | null;
  misses: string[];
}

/** top-1, top-3 and abstention accuracy of a ranker on a question set (no timing). */
export function accuracy(set: QuestionSet, rank: Ranker): Accuracy {
  let top1 = 0;
  let top3 = 0;
  let answerable = 0;
  let abstainOk = 0;
  let abstainN = 0;
  const misses: string[] = [];
  for (const q of set.questions) {
    const texts = rank(q.q);
    if (!q.gold.length) {
      abstainN++;
      if (!texts.length) abstainOk++;
      else misses.push(`should abstain: ${q.q} -> ${texts[0]?.slice(0, 70)}`);
      continue;
    }
    answerable++;
    if (isHit(set, q, texts[0])) top1++;
    else misses.push(`miss: ${q.q} -> ${texts[0]?.slice(0, 70) ?? '(nothing)'}`);
    if (texts.slice(0, 3).some((t) => isHit(set, q, t))) top3++;
  }
  return {
    top1: top1 / Math.max(1, answerable),
    top3: top3 / Math.max(1, answerable),
    abstention: abstainN ? abstainOk / abstainN : null,
    misses,
  };
}

export function evaluate(set: QuestionSet, rank: Ranker, rounds = 50): Result & { misses: string[] } {
  const times = latencies(rank, set.questions, rounds);
  return { ...accuracy(set, rank), p50: percentile(times, 50), p99: percentile(times, 99) };
}

// ---------------------------------------------------------------------------------------------------------------
// Short answers: test/shorts/*.json hold, per gold file ("heldout3/x.gold.json") and question, the strings one of
// which a right short answer contains ("Angela Whitford", "£15 and £30"), written by helpers from the articles.

let shortGold: Map<string, Record<string, string[]>> | null = null;

function shortsFor(file: string): Record<string, string[]> | null {
  if (!shortGold) {
    shortGold = new Map();
    const dir = resolve(ROOT, 'test/shorts');
    for (const f of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [])
      for (const [key, qs] of Object.entries(
        JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Record<string, Record<string, string[]>>,
      ))
        shortGold.set(key, qs);
  }
  return shortGold.get(`${basename(dirname(file))}/${basename(file)}`) ?? null;
}

/** Of the short-answer questions whose best sentence is right, how many get a right short answer. */
export function shortAccuracy(
  file: string,
  set: QuestionSet,
  docs: AnnotatedArticle[],
): { right: number; of: number; misses: string[] } | null {
  const shorts = shortsFor(file);
  if (!shorts) return null;
  const index = buildSearchIndex(docs);
  let right = 0;
  let of = 0;
  const misses: string[] = [];
  for (const q of set.questions) {
    const accept = shorts[q.q];
    const best = search(index, q.q)[0];
    if (!accept?.length || !best || !isHit(set, q, best.text)) continue;
    of++;
    if (best.short && accept.some((a) => norm(best.short as string).includes(norm(a)))) right++;
    else misses.push(`short: ${q.q} -> ${best.short ?? '(none)'} (want ${accept.join(' | ')})`);
  }
  return { right, of, misses };
}

// ---------------------------------------------------------------------------------------------------------------
// Report.

const pct = (x: number | null): string => (x === null ? '-' : `${Math.round(x * 100)}%`);
const ms = (x: number): string => `${x.toFixed(3)} ms`;

export function defaultSets(): string[] {
  const inDir = (dir: string, re: RegExp) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => re.test(f))
          .sort()
          .map((f) => resolve(dir, f))
      : [];
  return [
    ...(existsSync(BUNDLED_GOLD) ? [BUNDLED_GOLD] : []),
    ...inDir(resolve(ROOT, 'test/questions'), /\.json$/),
    ...inDir(resolve(ROOT, 'test/gold'), /^ask-.*\.gold\.json$/),
    // Sets written blind (by helpers who never saw the ranker), marked [held-out]: each was scored once as unseen
    // (README), then used to find general faults. The newest set is left out here: it is scored on its own.
    ...DEV_BLIND_SETS.flatMap((dir) => inDir(resolve(ROOT, 'test', dir), /\.gold\.json$/)),
  ];
}

/** Blind sets already used to find faults; test/heldout15 and 16 are report sets, run on their own. */
const DEV_BLIND_SETS = ['heldout', ...Array.from({ length: 13 }, (_, i) => `heldout${i + 2}`)];

/**
 * Steady state, as in a bot that has been up a while: V8 needs seconds, not a few rounds, to finish optimising the
 * ranker (with 10 rounds only, the first set measured showed p99 4.4 ms and the same set measured again 0.3 ms).
 */
function warmUpOurs(files: string[]): void {
  const sets = files.map(loadQuestionSet);
  const ranks = sets.map((set) => oursRanker([loadArticle(set.articlePath)]));
  const until = performance.now() + 2000;
  while (performance.now() < until)
    sets.forEach((set, i) => {
      for (const q of set.questions) ranks[i]?.(q.q);
    });
}

export function runSets(files: string[], verbose: boolean): void {
  warmUpOurs(files);
  for (const file of files) {
    const set = loadQuestionSet(file);
    const docs = [loadArticle(set.articlePath)];
    const unanswerable = set.questions.filter((q) => !q.gold.length).length;
    const heldOut = /\/heldout\d*\//.test(file) ? ' [held-out]' : '';
    console.log(`\n== ${set.name}${heldOut} (${set.questions.length} questions, ${unanswerable} unanswerable)`);
    console.log(
      `  ${'ranker'.padEnd(18)}${'top-1'.padStart(7)}${'top-3'.padStart(7)}${'abstain'.padStart(9)}${'p50'.padStart(12)}${'p99'.padStart(12)}`,
    );
    for (const [name, make] of Object.entries(RANKERS)) {
      const r = evaluate(set, make(docs));
      console.log(
        `  ${name.padEnd(18)}${pct(r.top1).padStart(7)}${pct(r.top3).padStart(7)}${pct(r.abstention).padStart(9)}${ms(r.p50).padStart(12)}${ms(r.p99).padStart(12)}`,
      );
      if (verbose && name === 'ours') for (const m of r.misses) console.log(`      ${m}`);
    }
    const shorts = shortAccuracy(file, set, docs);
    if (shorts) {
      console.log(`  ours short answers ${shorts.right}/${shorts.of} right (questions whose best sentence is right)`);
      if (verbose) for (const m of shorts.misses) console.log(`      ${m}`);
    }
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--scale')) {
    const at = argv.indexOf('--sizes');
    const sizes =
      at >= 0
        ? String(argv[at + 1])
            .split(',')
            .map(Number)
            .filter((n) => n > 0)
        : [1, 100, 1000, 10000];
    const { runScale } = await import('./scale.ts');
    runScale(sizes);
    return;
  }
  if (argv.includes('--limits')) {
    await runLimitSections();
    return;
  }
  if (argv.includes('--servers')) {
    await runServerSections();
    return;
  }
  if (argv.includes('--annotations')) {
    runAnnotationSections(reportSplitsOf(argv));
    return;
  }
  if (argv.includes('--pipeline')) {
    const { runPipeline } = await import('./pipeline.ts');
    runPipeline();
    return;
  }
  const verbose = !argv.includes('--quiet');
  const files = argv.filter((a) => a.endsWith('.json'));
  if (files.length || argv.includes('--sets')) {
    runSets(files.length ? files : defaultSets(), verbose);
    return;
  }
  const { runSplits } = await import('./bench-splits.ts');
  await runSplits(reportSplitsOf(argv));
  runAnnotationSections(reportSplitsOf(argv));
  await runLimitSections();
  await runServerSections();
}

/** /quotes and /timeline per split of the real-article corpus, beside plain baselines (report: aggregates only). */
function runAnnotationSections(report: readonly Split[]): void {
  console.log(
    '\n== /quotes and /timeline on the real-article corpus (ours; baseline: quote marks + nearest "said" name, chrono alone)',
  );
  for (const split of ['train', 'dev', ...report] as Split[]) {
    const r = runAnnotationBench(split, { verbose: false });
    console.log(`${split} (${r.articles} articles)`);
    console.log(formatTally('ours', r.ours));
    console.log(formatTally('baseline', r.baseline));
  }
}

/** What a hostile or careless request costs (bounded), and the first answer after start. */
async function runLimitSections(): Promise<void> {
  console.log('\n== Limits');
  runLimits();
  await runFirstAnswer();
}

/** Server managers' articles: ingestion time, and the store with 1 and 20,000 stored articles over 1,000 servers. */
async function runServerSections(): Promise<void> {
  console.log("\n== Servers' own articles");
  const { printStoreScale, runIngestTimes, runStoreScale } = await import('./store-scale.ts');
  await runIngestTimes();
  printStoreScale(runStoreScale({ articles: 1, guilds: 1 }));
  printStoreScale(runStoreScale({ articles: 20_000, guilds: 1_000 }));
}

// Not awaited at top level: scripts/bench-splits.ts imports this module, which must finish evaluating first.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
