// The bridge between chrono and the news reading of dates: our own recognisers run as chrono parsers, and steps
// that work on candidates run as chrono refiners, so that one chrono pipeline (dates-refiners.ts) finds, merges and
// settles every date expression of a sentence. What a parser or refiner needs to know about the sentence (its
// tenses, the publication day) travels in chrono's parsing option.

import type * as chrono from 'chrono-node';
import type { Candidate, Recogniser, SentenceContext } from './dates-patterns.ts';

/** The sentence a chunk of text handed to chrono comes from, and where the chunk starts in it. */
export interface NewsReading {
  sentence: SentenceContext;
  offset: number;
}

/** chrono's parsing option with the sentence being read; without it the news steps stand aside (plain chrono). */
export interface NewsOption extends chrono.ParsingOption {
  news?: NewsReading;
}

export function newsReadingOf(context: chrono.ParsingContext): NewsReading | null {
  return (context.option as NewsOption).news ?? null;
}

/** Tags of a result that already holds a news reading (a Candidate), and of what the reading says about it. */
export const READ = 'news/read';
const RELATIVE = 'news/relative';
const YEAR_INFERRED = 'news/yearInferred';

/** chrono's order of results, by where they start; on a tie ours (holding a news reading) first, so they win it. */
export function byIndexOursFirst(a: chrono.ParsingResult, b: chrono.ParsingResult): number {
  return a.index - b.index || Number(b.tags().has(READ)) - Number(a.tags().has(READ));
}

/** A candidate as a chrono result: its span in the chunk, its date as certain components, its flags as tags. */
export function toResult(
  context: chrono.ParsingContext,
  c: Candidate,
  offset: number,
  source: string,
): chrono.ParsingResult {
  const start = Math.max(0, c.start - offset);
  const end = Math.max(start + 1, c.end - offset);
  const components = context.createParsingComponents().assign('year', c.date.y).addTag(READ).addTag(`news/${source}`);
  if (c.date.m !== undefined) components.assign('month', c.date.m);
  else components.imply('month', 1);
  if (c.date.d !== undefined) components.assign('day', c.date.d);
  else components.imply('day', 1);
  if (c.relative) components.addTag(RELATIVE);
  if (c.yearInferred) components.addTag(YEAR_INFERRED);
  return context.createParsingResult(start, context.text.slice(start, end), components);
}

/** A result that holds a news reading (toResult) back as a candidate of the sentence. */
export function toCandidate(r: chrono.ParsedResult, offset: number): Candidate {
  const s = r.start;
  const tags = r.tags();
  const c: Candidate = {
    start: r.index + offset,
    end: r.index + offset + r.text.length,
    date: {
      y: s.get('year') ?? 0,
      ...(s.isCertain('month') ? { m: s.get('month') as number } : {}),
      ...(s.isCertain('day') ? { d: s.get('day') as number } : {}),
    },
  };
  if (tags.has(RELATIVE)) c.relative = true;
  if (tags.has(YEAR_INFERRED)) c.yearInferred = true;
  return c;
}

/**
 * A recogniser as a chrono parser. chrono runs the pattern on what is left of its chunk, so lookbehinds and the
 * words before a match are not seen there: the match is taken again at the same place in the whole sentence.
 */
export function recogniserParser(name: string, r: Recogniser): chrono.Parser {
  const flags = r.pattern.flags.replace(/[gy]/g, '');
  const pattern = new RegExp(r.pattern.source, flags);
  const sticky = new RegExp(r.pattern.source, `${flags}y`);
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const news = newsReadingOf(context);
      if (!news) return null;
      sticky.lastIndex = news.offset + (match.index ?? 0);
      const whole = sticky.exec(news.sentence.text);
      const c = whole && r.read(news.sentence, whole);
      return c ? toResult(context, c, news.offset, name) : null;
    },
  };
}

/**
 * A step over the candidates of a chunk, in start order, as a chrono refiner. Results that hold no news reading yet
 * (plain chrono) pass through untouched; the step sees and returns candidates.
 */
export function candidateRefiner(
  step: (ctx: SentenceContext, sorted: Candidate[]) => Candidate[],
  name: string,
): chrono.Refiner {
  return {
    refine: (context, results) => {
      const news = newsReadingOf(context);
      if (!news) return results;
      const read = results.filter((r) => r.tags().has(READ)).map((r) => toCandidate(r, news.offset));
      const rest = results.filter((r) => !r.tags().has(READ));
      read.sort((a, b) => a.start - b.start || b.end - a.end);
      const out = [...rest, ...step(news.sentence, read).map((c) => toResult(context, c, news.offset, name))];
      return out.sort(byIndexOursFirst);
    },
  };
}
