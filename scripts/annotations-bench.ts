// Quotes and timeline on the real-article corpus (test/corpus), scored exactly as ../shared/eval/score.mjs scores
// the CLI's JSON, beside two plain baselines:
//   (a) quotes: the text between quote marks, speaker = the nearest capitalised name next to "said/says/told" in
//       the quote's sentence, else "unknown";
//   (b) timeline: chrono-node's casual parser alone on each sentence (reference = the publication instant in its
//       own offset), first result, at the precision chrono marks as certain.
//
//   npx tsx scripts/annotations-bench.ts train|dev [-v]      # -v lists the misses (never for the report split)
//   npx tsx scripts/annotations-bench.ts report               # scored once, when an issue is closed
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { annotate } from '../src/annotate/annotate.ts';
import { publicationDay } from '../src/annotate/dates-calendar.ts';
import { decodeArticleBytes } from '../src/article/decode.ts';
import type { Article } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';
import { norm } from './bench.ts';
import { isSplit, REPORT_SPLITS, type Split, splitFiles } from './splits.ts';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../test/corpus');

interface Gold {
  article: string;
  sentences: Record<string, string>;
  quotes?: { key: string; speaker: string[] }[];
  quotesAlsoAcceptable?: string[];
  timeline?: { date: string; key: string }[];
  timelineAlsoAcceptable?: { date: string; key: string }[];
}

interface QuoteOut {
  text: string;
  speaker: string;
}
interface EventOut {
  date: string;
  text: string;
}

/** score.mjs's containment test, through the bench's copy of its normalisation. */
const has = (text: string, key: string): boolean => norm(String(text ?? '')).includes(norm(key));

export interface Tally {
  quotesGold: number;
  quotesFound: number;
  quotesRight: number;
  quotesOut: number;
  quotesExtra: number;
  eventsGold: number;
  eventsFound: number;
  eventsOut: number;
  eventsWrong: number;
}

const emptyTally = (): Tally => ({
  quotesGold: 0,
  quotesFound: 0,
  quotesRight: 0,
  quotesOut: 0,
  quotesExtra: 0,
  eventsGold: 0,
  eventsFound: 0,
  eventsOut: 0,
  eventsWrong: 0,
});

function add(t: Tally, u: Tally): void {
  for (const k of Object.keys(t) as (keyof Tally)[]) t[k] += u[k];
}

/** score.mjs's quote and timeline scoring of one article; `miss` receives each miss line. */
function score(gold: Gold, quotes: QuoteOut[], events: EventOut[], miss: ((line: string) => void) | null): Tally {
  const t = emptyTally();
  for (const g of gold.quotes ?? []) {
    t.quotesGold++;
    const m = quotes.find((q) => has(q.text, g.key));
    if (!m) {
      miss?.(`quote missing: ${g.key}`);
      continue;
    }
    t.quotesFound++;
    if (g.speaker.some((s) => norm(m.speaker).includes(norm(s)))) t.quotesRight++;
    else miss?.(`speaker "${m.speaker}" for: ${g.key}  (gold: ${g.speaker.join(' | ')})`);
  }
  const ok = [...(gold.quotes ?? []).map((g) => g.key), ...(gold.quotesAlsoAcceptable ?? [])];
  const extra = quotes.filter((q) => !ok.some((k) => has(q.text, k)));
  for (const q of extra) miss?.(`not a gold quote: ${q.text.slice(0, 70)}  [${q.speaker}]`);
  t.quotesOut = quotes.length;
  t.quotesExtra = extra.length;

  const timeline = gold.timeline ?? [];
  const match = (e: EventOut, g: { date: string; key: string }): boolean =>
    e.date.startsWith(g.date) && has(e.text, gold.sentences[g.key] ?? '\u0000');
  const okEvents = [...timeline, ...(gold.timelineAlsoAcceptable ?? [])];
  for (const g of timeline) {
    t.eventsGold++;
    if (events.some((e) => match(e, g))) t.eventsFound++;
    else miss?.(`event missing: ${g.date} ${gold.sentences[g.key]}`);
  }
  const wrong = events.filter((e) => !okEvents.some((g) => match(e, g)));
  for (const e of wrong) miss?.(`wrong event: ${e.date} ${e.text.slice(0, 90)}`);
  t.eventsOut = events.length;
  t.eventsWrong = wrong.length;
  return t;
}

// ---- the project's own pipeline (as `cli quotes|timeline --json --article FILE` produces them) ----

function ours(article: Article): { quotes: QuoteOut[]; events: EventOut[] } {
  const doc = annotate(article);
  return {
    quotes: doc.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
    events: doc.events.map((e) => ({ date: e.date, text: article.sentences[e.sentence - 1]?.text ?? '' })),
  };
}

// ---- baseline (a): quote marks + nearest "said" name ----

const QUOTE_SPAN = /[“"]([^“”"]{2,}?)[”"]/g;
const CAP_RUN = "[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3}";
const NAME_BEFORE_VERB = new RegExp(`(${CAP_RUN})\\s+(?:said|says|told)\\b`, 'g');
const VERB_BEFORE_NAME = new RegExp(`\\b(?:said|says|told)\\s+(${CAP_RUN})`, 'g');

function baselineQuotes(article: Article): QuoteOut[] {
  const out: QuoteOut[] = [];
  for (const p of article.paragraphs) {
    for (const m of p.text.matchAll(QUOTE_SPAN)) {
      const at = p.start + (m.index ?? 0);
      const sentence = p.sentences.find((s) => s.start <= at && at < s.end) ?? p.sentences[0];
      // The sentence with the quote's own words blanked out, so a name inside the quote is not its speaker.
      const rest = (sentence?.text ?? '').replace(m[0], ' … ');
      const names: { name: string; distance: number }[] = [];
      const quoteAt = rest.indexOf(' … ');
      for (const re of [NAME_BEFORE_VERB, VERB_BEFORE_NAME]) {
        for (const n of rest.matchAll(re)) {
          const name = (n[1] ?? '').replace(/[.,]+$/, '');
          if (name) names.push({ name, distance: Math.abs((n.index ?? 0) - quoteAt) });
        }
      }
      names.sort((a, b) => a.distance - b.distance);
      out.push({ text: m[1] ?? '', speaker: names[0]?.name ?? 'unknown' });
    }
  }
  return out;
}

// ---- baseline (b): chrono casual alone ----

const pad = (n: number): string => String(n).padStart(2, '0');

function baselineEvents(article: Article): EventOut[] {
  if (!article.published) return [];
  const pub = publicationDay(article.published.instant);
  const ref = { instant: new Date(Date.parse(article.published.instant)), timezone: pub?.offsetMinutes ?? 0 };
  const out: EventOut[] = [];
  for (const s of article.sentences) {
    const r = chrono.casual.parse(s.text, ref)[0];
    if (!r) continue;
    const c = r.start;
    const y = c.get('year');
    const mo = c.get('month');
    const d = c.get('day');
    if (y === null || mo === null || d === null) continue;
    let date: string | null = null;
    if (c.isCertain('day') || c.isCertain('weekday')) date = `${y}-${pad(mo)}-${pad(d)}`;
    else if (c.isCertain('month')) date = `${y}-${pad(mo)}`;
    else if (c.isCertain('year')) date = String(y);
    if (date) out.push({ date, text: s.text });
  }
  return out;
}

// ---- the run ----

export interface BenchResult {
  split: Split;
  articles: number;
  ours: Tally;
  baseline: Tally;
}

export function runAnnotationBench(split: Split, opts: { verbose: boolean }): BenchResult {
  if (opts.verbose && REPORT_SPLITS.includes(split)) {
    throw new Error('misses are never listed for the report split: run it without -v');
  }
  return { split, ...benchFiles(splitFiles(split), opts) };
}

/** Scores gold files outside the corpus (a local analysis set): every `*.gold.json` in `dir`. */
export function runAnnotationBenchOn(dir: string, opts: { verbose: boolean }): Omit<BenchResult, 'split'> {
  // The corpus is scored by split only, so that no report article is ever listed or scored by the way.
  if (`${resolve(dir)}/`.startsWith(`${CORPUS}/`)) throw new Error('score the corpus by its splits, not by folder');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => resolve(dir, f));
  return benchFiles(files, opts);
}

function benchFiles(files: string[], opts: { verbose: boolean }): Omit<BenchResult, 'split'> {
  const total = emptyTally();
  const base = emptyTally();
  for (const goldPath of files) {
    const file = relative(CORPUS, goldPath);
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const decoded = decodeArticleBytes(readFileSync(resolve(dirname(goldPath), gold.article)));
    if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
    const article = parseArticle(decoded.text, file);
    const lines: string[] = [];
    const mine = ours(article);
    const t = score(gold, mine.quotes, mine.events, opts.verbose ? (l) => lines.push(l) : null);
    add(total, t);
    add(base, score(gold, baselineQuotes(article), baselineEvents(article), null));
    if (opts.verbose) {
      console.log(
        `== ${file}: quotes ${t.quotesFound}/${t.quotesGold} found, ${t.quotesRight} right, ${t.quotesExtra} extra; ` +
          `timeline ${t.eventsFound}/${t.eventsGold}, ${t.eventsWrong} wrong`,
      );
      for (const l of lines) console.log(`    ${l}`);
    }
  }
  return { articles: files.length, ours: total, baseline: base };
}

const pct = (a: number, b: number): string => (b ? `${Math.round((a / b) * 1000) / 10}%` : '-');

export function formatTally(name: string, t: Tally): string {
  return (
    `  ${name.padEnd(9)} quotes ${t.quotesFound}/${t.quotesGold} found, right full-name speaker ${pct(t.quotesRight, t.quotesGold)} ` +
    `(${t.quotesRight}), precision ${pct(t.quotesOut - t.quotesExtra, t.quotesOut)} (${t.quotesExtra} extra of ${t.quotesOut}); ` +
    `timeline found ${pct(t.eventsFound, t.eventsGold)} (${t.eventsFound}/${t.eventsGold}), precision ` +
    `${pct(t.eventsOut - t.eventsWrong, t.eventsOut)} (${t.eventsWrong} wrong of ${t.eventsOut})`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v') || args.includes('--verbose');
  const splits = args.filter(isSplit);
  // A folder of gold files outside the corpus (a local analysis set, e.g. one whose licence keeps it out of the repo).
  const dirs = args.filter((a) => !a.startsWith('-') && !isSplit(a));
  if (!splits.length && !dirs.length) {
    console.error('usage: npx tsx scripts/annotations-bench.ts train|dev|report14|DIR [-v]');
    process.exit(2);
  }
  const runs = [
    ...splits.map((split) => ({ name: split, run: () => runAnnotationBench(split, { verbose }) })),
    ...dirs.map((dir) => ({ name: dir, run: () => runAnnotationBenchOn(dir, { verbose }) })),
  ];
  for (const { name, run } of runs) {
    const r = run();
    console.log(`${name} (${r.articles} articles)`);
    console.log(formatTally('ours', r.ours));
    console.log(formatTally('baseline', r.baseline));
  }
}
