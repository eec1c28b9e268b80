// Date expressions resolved against the publication time: the article's timeline.
//
// One event per (sentence, date), oldest first. Each sentence is read on its own (bounded work, no date leaks
// across sentences) by one chrono pipeline (dates-pipeline.ts): chrono-node's parsers with ours for what it lacks.
// Conventions, all general news usage:
// - A month, day or weekday without a year is the last one at or before publication in a past-tense clause and the
//   next one in a future-tense clause ("will vote on Sunday"); "last"/"next" force the direction.
// - "next year" is the whole year (`2024`), "earlier this year" the year, "last month" the month: the precision the
//   words give. Seasons give the month they start in ("last fall" → `YYYY-09`).
// - Without a publication time, relative expressions are left out; dates with a written year still count.
// - The publication day is the newsroom's: a timestamp's own offset, else the `timeZone` option (ARTICLE_TIMEZONE).
// - Headings (titles, bylines, datelines) are skipped: they repeat the body or carry only the publication date.

import type { Article, DatedEvent, Paragraph, Sentence } from '../article/model.ts';
import {
  type Antecedent,
  type DateAntecedent,
  inEarlierReport,
  isAttributionOnly,
  type ParagraphState,
  quotedSpans,
  withAnaphors,
  withoutSpans,
} from './dates-anaphors.ts';
import { type Day, formatDate, precisionOf, publicationDay, sortKey } from './dates-calendar.ts';
import type { Candidate, SentenceContext } from './dates-patterns.ts';
import { sentenceCandidates } from './dates-pipeline.ts';
import { isEventNoun } from '../lexicon/wordnet.ts';
import { inInfinitiveAfterPast, REPORTED_ON, inPresentFrame, inPresentOrFuture, inPresentState, modalFutureAt, tenseAt, unmarkedAt } from './dates-tense.ts';

export { quotedSpans } from './dates-anaphors.ts';

/** chrono needs a reference even when the article has none; only results with a written year are kept then. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

interface Reference {
  day: Day | null;
  instant: Date;
  offsetMinutes: number;
}

function referenceOf(article: Article, timeZone: string): Reference {
  const pub = article.published ? publicationDay(article.published.instant, timeZone) : null;
  if (!pub) return { day: null, instant: NO_REFERENCE, offsetMinutes: 0 };
  return { day: pub.day, instant: new Date(pub.instantMs), offsetMinutes: pub.offsetMinutes };
}

/** An expression opening with "before": an upper bound (see eventsOf). */
const BEFORE_BOUND = /^before\b/i;
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/i;

const POSSESSIVE_AFTER = /^['’]s\b/;
const POSSESSIVE_NOT_EVENT = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night)$/i;
/**
 * A time preposition before the possessive: "just before Tuesday's vote", "after Monday's meeting" are time
 * adverbials, a preposition of time with an event noun (Quirk et al., prepositions of time), that date the clause.
 */
const TIME_PREPOSITION = /\b(?:before|after|since|until|till|during|following|ahead\s+of)\s+(?:\w+\s+)?$/i;

/**
 * "Saturday's blast", "Wednesday's hearing": a possessive weekday before a noun for an event (WordNet: a kind of
 * "event", which takes in human acts) dates that event, unlike "Monday's alert" or "the Sunday edition".
 */
function namesEvent(after: string): boolean {
  const words = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
  return [words?.[1], words?.[2]].some((w) => w !== undefined && isEventNoun(w));
}

/** What joins a written year to a clause about that time: "in 2018, when a strike in June …". */
const WHEN_CLAUSE = /^\s*,?\s*when\b[^;:.!?]*$/i;

const SINCE = /^since\b/i;

/** "last March", "next June", "this May": the words fix the year from the publication day. */
const DEICTIC_MONTH = /\b(?:last|next|this|past|coming)\b/i;

/**
 * Years for months written without one.
 * - A month inside a "when" clause that follows a written year is in that year ("last walked out in 2018, when a
 *   strike in June …"), whatever the publication day says.
 * - The narrative year: once a month is written with its year ("in September 1986", "March 18 1986", "the spring of
 *   1986"), a later month written without one, in a past-tense clause, is in that year ("… after Sir X stepped down
 *   in May", "However on March 6 …"), in the same paragraph and in the following ones told in the past
 *   (paragraphEvents). Style guides omit the year only when it is the current one or clear from the context (AP:
 *   "Use the year only if it is not the current year"); here the context gives it. Another year written alone, a
 *   date counted from the publication ("last month", "yesterday"), or a paragraph in the present ends it.
 * Months left without any year are dropped. Returns the narrative year in force at the end of the sentence.
 */
function anchorYears(
  ctx: SentenceContext,
  candidates: Candidate[],
  narrative: number | null,
  quoted: (c: Candidate) => boolean,
): { kept: Candidate[]; narrative: number | null } {
  const text = ctx.text;
  const out: Candidate[] = [];
  let written: Candidate | null = null;
  let story = narrative;
  for (const c of candidates) {
    const expression = text.slice(c.start, c.end);
    // Words quoted while the story is set in a past year were spoken or written then: "two years ago", "next month"
    // in them count from that time, which the text does not give. Dropped, and the story goes on.
    if (c.relative && story !== null && ctx.ref !== null && story < ctx.ref.y && quoted(c)) continue;
    if (!c.yearInferred) {
      const yearWritten = /\d{4}/.test(expression);
      // A year, or a date with its year written out; not a weekday, whose year is only the publication's.
      if (c.date.m === undefined || yearWritten) written = c;
      // "since the spring of 2024" opens a span that runs up to now: the story is not set in that year.
      if (yearWritten && c.date.m !== undefined && !SINCE.test(expression)) story = c.date.y;
      else if (c.relative || (yearWritten && c.date.y !== story)) story = null;
      out.push(c);
      continue;
    }
    if (written && WHEN_CLAUSE.test(text.slice(written.end, c.start))) {
      out.push({ ...c, date: { ...c.date, y: written.date.y } });
    } else if (
      story !== null &&
      c.date.m !== undefined &&
      (ctx.ref === null || story < ctx.ref.y) &&
      !DEICTIC_MONTH.test(expression) &&
      ctx.tense(c.start, c.end) === 'past'
    ) {
      out.push({ ...c, date: { ...c.date, y: story } });
    } else if (written?.date.d !== undefined && story === written.date.y && c.date.m !== undefined && c.date.d !== undefined) {
      // "On Friday, September 6, 2013, he told staff of the closures scheduled to begin on Monday, September 9": a
      // day ahead of a day written with its year, in the same sentence, is the first such day after it, not one
      // counted from the publication.
      const w = written.date;
      const after = c.date.m > (w.m as number) || (c.date.m === w.m && c.date.d >= (w.d as number));
      out.push({ ...c, date: { ...c.date, y: after ? w.y : w.y + 1 } });
    } else if (c.date.y !== 0) out.push(c);
  }
  return { kept: out, narrative: story };
}

/**
 * The dateline that opens a wire story ("LISBON, Aug 14 -", "PORT CARRICK, Scotland, March 10 (Reuters) -",
 * "WASHINGTON (Aug. 13) --") says
 * where and when it was filed, not when something happened.
 */
function isDateline(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  return (
    (/^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s+[\p{Lu}][\p{L}\s.'’-]*)?,\s*$/u.test(before) &&
      /^\s*(?:\([^)]{1,40}\)\s*)?[-—–]/u.test(after)) ||
    // "WASHINGTON (Aug. 13) --": the date in brackets after the place.
    (/^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s+[\p{Lu}][\p{L}\s.'’-]*)?\s*\(\s*$/u.test(before) && /^\s*\)\s*[-—–]/u.test(after))
  );
}

function eventsOf(sentence: Sentence, ref: Reference, para: ParagraphState): DatedEvent[] {
  const ctx: SentenceContext = {
    text: sentence.text,
    ref: ref.day,
    tense: (start, end) => tenseAt(sentence.text, start, end),
    modalFuture: (start, end) => modalFutureAt(sentence.text, start, end),
    presentFrame: (start, end) => inPresentFrame(sentence.text, start, end),
    presentState: (start, end) => inPresentState(sentence.text, start, end),
    unmarked: (start, end) => unmarkedAt(sentence.text, start, end),
    infinitive: (start, end) => inInfinitiveAfterPast(sentence.text, start, end),
  };
  const offset = sentence.start;
  const seen = new Set<string>();
  const events: DatedEvent[] = [];
  const inQuote = (c: Candidate): boolean => para.quoted.some(([s, e]) => s <= offset + c.start && offset + c.start < e);
  const { kept, narrative } = anchorYears(ctx, sentenceCandidates(ctx, ref.instant, ref.offsetMinutes), para.narrative, inQuote);
  para.narrative = narrative;
  for (const c of kept) {
    if (isDateline(sentence.text, c.start, c.end)) continue;
    // "today", "yesterday", "tonight" inside a quote count from the day the words were spoken, which the article
    // seldom gives (an interview, a briefing the day before, a letter): only in the reporter's own words is it the
    // publication day. A month or a year counted from the speaking ("next month", "this year") is the same one
    // unless the words are old, so those stay.
    const at = offset + c.start;
    if (c.relative && c.date.d !== undefined && para.quoted.some(([s, e]) => s <= at && at < e)) continue;
    if (c.relative && c.date.d !== undefined && inEarlierReport(sentence.text, c.start, para, ref.day)) continue;
    // "Monday's alert", "this morning's briefing": a possessive weekday or part of a day qualifies a noun, as "the
    // Saturday rate" does; the sentence is about the thing, not an event that day. ("Today's progress", "2023's
    // harvest" stay dated; so does "before Monday's vote", a time adverbial.)
    const expression = sentence.text.slice(c.start, c.end);
    if (
      POSSESSIVE_AFTER.test(sentence.text.slice(c.end, c.end + 3)) &&
      POSSESSIVE_NOT_EVENT.test(expression) &&
      !TIME_PREPOSITION.test(sentence.text.slice(Math.max(0, c.end - 40), c.end).replace(/\S+$/, '')) &&
      // "said on Sunday’s “Reliable Sources”": the programme's day is the day the words were said.
      !REPORTED_ON.test(sentence.text.slice(Math.max(0, c.start - 40), c.start)) &&
      !namesEvent(sentence.text.slice(c.end + 2, c.end + 40))
    ) {
      continue;
    }
    // "before 2050", "shortly before March": a year or month after "before" bounds the event from above; the event
    // itself lies at some earlier, unsaid time, not in the year or month named. Negated, it is the earliest time
    // ("will not open before 2029": in 2029 at the soonest), which stays; so does a day ("just before 8 on Monday").
    if (
      c.date.d === undefined &&
      BEFORE_BOUND.test(expression) &&
      !NEGATION.test(sentence.text.slice(Math.max(0, c.start - 40), c.start))
    ) {
      continue;
    }
    const date = formatDate(c.date);
    if (seen.has(date)) continue; // one event per (sentence, date)
    seen.add(date);
    events.push({
      date,
      precision: precisionOf(c.date),
      expression: sentence.text.slice(c.start, c.end),
      paragraph: sentence.paragraph,
      sentence: sentence.n,
      start: offset + c.start,
      end: offset + c.end,
    });
  }
  return withAnaphors(sentence, para, events);
}

/**
 * One paragraph's events. `carried.story` is the narrative year the paragraphs before left in force (see
 * anchorYears): it holds here only when this paragraph is told in the past, as the story of that year goes on; a
 * paragraph whose own words (quotes aside) are in the present or future has come back to the time of writing, and
 * ends it; one whose own words only attribute its quotes ("…," he says) leaves it (isAttributionOnly).
 * `carried.antecedent` and `carried.lastDate` are the last day and date named before (withAnaphors). Returns all
 * three to hand on.
 */
function paragraphEvents(p: Paragraph, ref: Reference, carried: Carried, out: DatedEvent[]): Carried {
  const quoted = quotedSpans(p.text);
  const own = withoutSpans(p.text, quoted);
  const narratesPast = !inPresentOrFuture(own) || isAttributionOnly(own, quoted.length);
  const state: ParagraphState = {
    quoted: quoted.map(([s, e]) => [p.start + s, p.start + e]),
    narrative: narratesPast ? carried.story : null,
    antecedent: carried.antecedent,
    lastDate: carried.lastDate,
  };
  for (const s of p.sentences) out.push(...eventsOf(s, ref, state));
  // The day and the date last named reach into the next paragraph, and on through paragraphs that go on telling the
  // past, as the narrative year does; a paragraph back at the time of writing ends them.
  const antecedent = state.antecedent && (narratesPast || state.antecedent.paragraph === p.n) ? state.antecedent : null;
  const lastDate = state.lastDate && (narratesPast || state.lastDate.paragraph === p.n) ? state.lastDate : null;
  return { story: narratesPast ? state.narrative : null, antecedent, lastDate };
}

/** What one paragraph hands the next: the narrative year (anchorYears), the last day and date named (withAnaphors). */
interface Carried {
  story: number | null;
  antecedent: Antecedent | null;
  /** The last date of any precision named before (withAnaphors). */
  lastDate: DateAntecedent | null;
}

export interface DateOptions {
  /**
   * The time zone (IANA name) the articles are written in: it gives the publication day of a timestamp in UTC
   * ("…Z") or without an offset, from which "today", "on Monday", "last month" count. Default UTC.
   */
  timeZone?: string;
}

/** The article's timeline: dated events sorted by start date, coarser first on ties, then in article order. */
export function findDates(article: Article, opts: DateOptions = {}): DatedEvent[] {
  try {
    const ref = referenceOf(article, opts.timeZone ?? 'UTC');
    const events: DatedEvent[] = [];
    let carried: Carried = { story: null, antecedent: null, lastDate: null };
    for (const p of article.paragraphs) if (p.kind !== 'heading') carried = paragraphEvents(p, ref, carried, events);
    const keyed = events.map((e, i) => ({ e, key: sortKey(e.date), i }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
    return keyed.map((k) => k.e);
  } catch {
    return []; // the timeline is an extra: a bug here must not take the bot down
  }
}
