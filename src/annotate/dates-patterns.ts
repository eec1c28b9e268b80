// Date expressions chrono-node does not parse, or parses wrongly, recognised with news conventions: relative
// periods ("earlier this year", "last month", "next week"), seasons ("last fall", "the summer of 2022"), quarters
// and distances ("a month away"), each a Recogniser that dates-parsers.ts runs as a chrono parser. Years written as
// numbers are in dates-years.ts.

import {
  addDays,
  addMonths,
  type CalDate,
  type Day,
  type Direction,
  nthWeekday,
  resolveWeekday,
  resolveYear,
  weekdayOfWeek,
} from './dates-calendar.ts';
import { CARDINAL_WORDS, cardinalValue } from './dates-numbers.ts';
import { isEventNoun } from '../lexicon/wordnet.ts';

/** What a recogniser knows about the sentence it reads. */
export interface SentenceContext {
  text: string;
  /** The publication day, or null: then relative expressions stay unresolved and are left out. */
  ref: Day | null;
  /** Tense of the clause around `text[start, end)`. */
  tense(start: number, end: number): Direction;
  /** Whether the future tense of the clause around `text[start, end)` rests only on a modal of possibility ("can"). */
  modalFuture(start: number, end: number): boolean;
  /** Whether the clause around `text[start, end)` is in the present or present perfect (dates-tense.ts inPresentFrame). */
  presentFrame(start: number, end: number): boolean;
  /** Whether the clause around `text[start, end)` states the present: no past or future, a stative verb. */
  presentState(start: number, end: number): boolean;
  /** Whether nothing in the sentence marks the tense of the clause around `text[start, end)` (dates-tense.ts). */
  unmarked(start: number, end: number): boolean;
  /** Whether `text[start, end)` is in an infinitive clause governed by a past verb (dates-tense.ts). */
  infinitive(start: number, end: number): boolean;
}

/** A date expression found in a sentence: `text[start, end)` gave `date`. */
export interface Candidate {
  start: number;
  end: number;
  date: CalDate;
  /**
   * The year is not written but inferred from the publication day (`date.y` is 0 when there is none): another
   * written year in the sentence may claim it ("in 2018, when a strike in June …").
   */
  yearInferred?: boolean;
  /**
   * Deictic: the date is counted from the moment of speaking ("today", "last month", "two weeks ago", "this year"),
   * which is the publication only in the reporter's own words; inside a quote a day so counted is dropped.
   */
  relative?: boolean;
}

/**
 * One of our own date recognisers, in the shape of a chrono parser (dates-parsers.ts makes it one): a pattern that
 * matches one expression (no `g` flag), and what one match reads in the sentence's terms. chrono runs it beside its
 * own parsers, so overlaps and merges are settled by chrono's refiners.
 */
export interface Recogniser {
  pattern: RegExp;
  /** The candidate `match` gives, or null; `match.index` and `match.input` are the whole sentence's. */
  read(ctx: SentenceContext, match: RegExpExecArray): Candidate | null;
}

/** Capitalised only because they open the sentence: "But September was calm." */
export const SENTENCE_STARTER_BEFORE =
  /^\W*(?:But|And|Or|So|Then|Yet|Also|Still|Even|Only|Until|Since|By|Before|After)\s+$/;

/** Words written before a date that belong in its expression: "In September", "before Thursday", "in early 2024". */
const LEAD_WORDS =
  /(?:\b(?:in|on|since|by|until|till|before|after|during|from|between|through|throughout|of|last|next|this|early|late|mid|around|as\s+of|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)\s+|\bmid-)+$/i;

/** Prepositions that, right before another preposition, are a verb's particle: "sworn in on", "signed on in". */
const PARTICLES_BEFORE_PREPOSITION =
  /^(?:(?:in|on|by|through)\s+)+(?=(?:in|on|since|by|until|till|before|after|during|from|between|through|throughout)\s)/i;

/** Where an expression found at `index` starts once the words written before it are included. */
export function leadStart(text: string, index: number): number {
  const lead = LEAD_WORDS.exec(text.slice(Math.max(0, index - 40), index))?.[0];
  if (!lead) return index;
  // "last"/"next"/"this" qualify only the date right after them: in "last until March", "last" is the verb.
  // A preposition right before another is a verb's particle: "sworn in on Jan. 2", "signed on in May".
  return index - lead.replace(/^(?:last|next|this)\s+(?=\S+\s)/i, '').replace(PARTICLES_BEFORE_PREPOSITION, '').length;
}

// ---------------------------------------------------------------------------------------------------------------
// Relative periods: "this year", "earlier this year", "last month", "next week".

const RELATIVE_PERIOD =
  /\b(?:(?:earlier|later|early|late|mid-?|(?:at\s+|by\s+)?the\s+(?:end|start|beginning|middle)\s+of)\s+)?(this|last|next)\s+(year|month|week)\b/i;

/**
 * "this/last/next year|month|week" relative to the publication day. Precision follows the unit: a year gives
 * `YYYY`, a month `YYYY-MM`. A week has no notation of its own in `YYYY`, `YYYY-MM`, `YYYY-MM-DD`: it gives the
 * month when the whole week (Monday to Sunday, ISO 8601) lies in one month, the finest notation that holds it and
 * no guessed day; a week across two months is left out. "this week", the publication's own week, is the frame the
 * story is told in rather than a date ("officials said this week"), as the gold on real articles treats it. chrono's own reading of weeks (a single day) is dropped
 * (dates-chrono.ts). "the last year", "over the next month" are spans of time, not dates, and are skipped.
 */
export const relativePeriods: Recogniser = {
  pattern: RELATIVE_PERIOD,
  read(ctx, m) {
    const ref = ctx.ref;
    if (!ref) return null;
    const which = (m[1] as string).toLowerCase();
    const unit = (m[2] as string).toLowerCase();
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    // "the last year", "the next month": durations ("over the past year" never matches at all).
    if (m[0].toLowerCase().startsWith(which) && /\bthe\s+$/i.test(before)) return null;
    const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    // "has raised more this year", "it's a record this month": the present perfect or the present frames the period
    // up to now, as "this week" does; "earlier this year" and a past or future verb date an event in it.
    const bare = m[0].toLowerCase().startsWith(which);
    if (step === 0 && bare && ctx.presentFrame(m.index, m.index + m[0].length)) return null;
    let date: CalDate;
    if (unit === 'year') date = { y: ref.y + step };
    else if (unit === 'month') {
      const d = addMonths(ref, step);
      date = { y: d.y, m: d.m };
    } else {
      if (step === 0) return null; // "this week": the reporting frame ("detailed this week"), like "now"
      const monday = weekdayOfWeek(addDays(ref, 7 * step), 1);
      const sunday = addDays(monday, 6);
      if (monday.m !== sunday.m) return null;
      date = { y: monday.y, m: monday.m };
    }
    return { start: m.index, end: m.index + m[0].length, date, relative: true };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Weekends: "over the weekend", "last weekend", "this past weekend", "next weekend".

const WEEKEND = /\b(?:(?:over|at|during)\s+the|this\s+past|this\s+coming|last|this|next|the|a)\s+weekend\b(?!['’]s)/i;
/** "the weekend bombings", "a weekend attack": the weekend as a modifier, of a noun for an event (WordNet). */
const ATTRIBUTIVE_WEEKEND = /^(?:the|a)\s/i;

/**
 * A weekend counted from the publication day: the last one ("last weekend", "this past weekend", and "over the
 * weekend", "at the weekend", "this weekend" in a past clause) or the next one ("next weekend", "this coming
 * weekend", or those in a future clause). Like a week it has no notation of its own: it gives the month when its
 * Saturday and Sunday lie in one month, else nothing. "this weekend's" qualifies a noun and is left out; "the weekend"
 * modifying a noun for an event ("the weekend bombings") dates that event, by the clause's tense.
 */
export const weekends: Recogniser = {
  pattern: WEEKEND,
  read(ctx, m) {
    const ref = ctx.ref;
    if (!ref) return null;
    const words = m[0].toLowerCase();
    const end = m.index + m[0].length;
    if (ATTRIBUTIVE_WEEKEND.test(words) && !isEventNoun(/^\s+(\p{Ll}+)/u.exec(ctx.text.slice(end))?.[1] ?? '')) return null;
    const dir: Direction = /\b(?:last|past)\b/.test(words)
      ? 'past'
      : /\b(?:next|coming)\b/.test(words)
        ? 'future'
        : ctx.tense(m.index, end);
    const saturday = resolveWeekday(ref, 6, dir, false);
    const sunday = addDays(saturday, 1);
    if (saturday.m !== sunday.m) return null;
    return { start: m.index, end, date: { y: saturday.y, m: saturday.m }, relative: true };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Seasons: "last fall", "this summer", "in the spring", "the summer of 2022", "winter 2021".

/** Month a season starts in (meteorological, northern hemisphere). */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

const SEASON =
  /\b(?:(last|this\s+past|this|next|(?:in|during|by|until|since|through|over)\s+the(?:\s+(?:early|late))?)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(1[89]\d\d|20\d\d))?\b/i;

/** Month index (y * 12 + m - 1) of the season start nearest `ref` in a direction; `strict` skips the current one. */
function seasonStart(ref: Day, startMonth: number, dir: Direction, strict: boolean): number {
  const refIndex = ref.y * 12 + ref.m - 1;
  // The current season's start: a season lasts three months.
  const currentStart = refIndex - ((ref.m - 3 + 12) % 3);
  if (dir === 'past') {
    let i = currentStart - (((currentStart % 12) - (startMonth - 1) + 12) % 12);
    if (strict && i === currentStart) i -= 12;
    return i;
  }
  let i = currentStart + ((startMonth - 1 - (currentStart % 12) + 12) % 12);
  if (strict && i === currentStart) i += 12;
  return i;
}

/**
 * Seasons, dated `YYYY-MM` of the month the season starts in (my call: the gold a reader writes for "last fall"
 * is the season, and its first month is the closest notation; a year would lose which half of it). "winter"
 * with an explicit year ("winter 2021") is ambiguous across the new year and gives only the year. A season word
 * counts only with a qualifier ("last", "this", "next", "in the") or a year, so "fall silent" and "Arab Spring"
 * are not dates.
 */
export const seasons: Recogniser = {
  pattern: SEASON,
  read(ctx, m) {
    const qualifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const word = m[2] as string;
    const year = m[3] ? Number(m[3]) : null;
    const startMonth = SEASON_START[word.toLowerCase()] as number;
    // A capitalised season after a capitalised word is a name: "Arab Spring", "Prague Spring".
    if (
      /^[A-Z]/.test(word) &&
      !qualifier &&
      /[A-Z][\w'’-]*\s+$/.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))
    )
      return null;
    const range = { start: m.index, end: m.index + m[0].length };
    if (year !== null) return { ...range, date: startMonth === 12 ? { y: year } : { y: year, m: startMonth } };
    if (!qualifier || !ctx.ref) return null;
    // "in the fall of Kabul": the noun, not the season.
    if (/^\s+of\b/.test(ctx.text.slice(range.end))) return null;
    let index: number;
    if (qualifier === 'last' || qualifier === 'this past') index = seasonStart(ctx.ref, startMonth, 'past', true);
    else if (qualifier === 'next') index = seasonStart(ctx.ref, startMonth, 'future', true);
    else if (qualifier === 'this') index = thisSeason(ctx.ref, startMonth);
    else index = seasonStart(ctx.ref, startMonth, ctx.tense(range.start, range.end), false);
    return { ...range, date: { y: Math.floor(index / 12), m: (index % 12) + 1 }, relative: true };
  },
};

/** "this summer": the season of the publication year ("this winter" in January is the one that began in December). */
function thisSeason(ref: Day, startMonth: number): number {
  const y = startMonth === 12 && ref.m <= 2 ? ref.y - 1 : ref.y;
  return y * 12 + startMonth - 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Quarters of the year: "in the first quarter", "during the fourth quarter".

const QUARTER =
  /\b(?:in|during|for|over|through|throughout)\s+the\s+(first|second|third|fourth|final)\s+quarter\b(?![-\w]|\s+(?:of|century)\b)/i;

const QUARTER_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };

/**
 * WordNet's two senses of "quarter" as a time: "a fourth part of a year" (business and economic reporting) and "one
 * of four periods of play in certain games". Only the first is a date: a figure or a word of accounts must be in the
 * sentence, and no word of a game.
 */
const ACCOUNTS =
  /[$€£¥%]|\b(?:percent|per\s+cent|revenue|sales|profits?|earnings|losses|growth|economy|GDP|investment|billion|million|deals|fund\w*|output|inflation|results)\b/i;
const GAME =
  /\b(?:scored|scoring|points?|touchdowns?|goals?|yards|innings|game|match|half|halftime|quarterback|lead|trailed|basket)\b/i;

/**
 * "fell in the first quarter", "will book the charges in the fourth quarter": a calendar quarter (Q1 = January to
 * March) without a year is, like a month, the last one before publication when reporting, a finished one (results
 * come after the quarter ends), and the current or next one when announcing. It gives the year: the notation has no
 * quarter, and three months are no one month. "the first quarter of 2016" is left to the year; "of last year" to
 * relativePeriods.
 */
export const quarters: Recogniser = {
  pattern: QUARTER,
  read(ctx, m) {
    const ref = ctx.ref;
    if (!ref || !ACCOUNTS.test(ctx.text) || GAME.test(ctx.text)) return null;
    const lastMonth = 3 * (QUARTER_NUMBER[(m[1] as string).toLowerCase()] as number);
    const end = m.index + m[0].length;
    const y =
      ctx.tense(m.index, end) === 'past'
        ? lastMonth < ref.m
          ? ref.y
          : ref.y - 1
        : lastMonth >= ref.m
          ? ref.y
          : ref.y + 1;
    return { start: m.index, end, date: { y }, relative: true };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Distances ahead: "the vote is still a month away", "the launch is two weeks away".

const UNITS_AWAY = new RegExp(`\\b(${CARDINAL_WORDS}|an?|\\d{1,2})\\s+(day|week|month|year)s?\\s+away\\b`, 'i');

/** A present or future copula right before the distance, with its adverbs: "is still", "will be only", "are now". */
const COPULA_BEFORE_DISTANCE =
  /\b(?:is|are|remains?|will\s+be|['’]s|['’]re)\s+(?:(?:still|now|only|just|about|almost|nearly|roughly|barely|at\s+least|less\s+than|more\s+than|under|over)\s+)*$/i;

/**
 * "X is a month away", "the election is two weeks away": English states when something will happen by its distance
 * from now, as "in a month" does (fromChrono reads that one). The date is the publication day plus the distance, at
 * the precision of the unit (a week, like "in two weeks", gives the day). Only after a present or future copula:
 * "was a year away" measures from the story's time, which the text does not date.
 */
export const unitsAway: Recogniser = {
  pattern: UNITS_AWAY,
  read(ctx, m) {
    const ref = ctx.ref;
    if (!ref || !COPULA_BEFORE_DISTANCE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    const word = (m[1] as string).toLowerCase();
    const n = /^an?$/.test(word) ? 1 : (cardinalValue(word) ?? Number(word));
    const unit = (m[2] as string).toLowerCase();
    let date: CalDate;
    if (unit === 'year') date = { y: ref.y + n };
    else if (unit === 'month') {
      const d = addMonths(ref, n);
      date = { y: d.y, m: d.m };
    } else date = addDays(ref, unit === 'week' ? 7 * n : n);
    return { start: m.index, end: m.index + m[0].length, date, relative: true };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// A weekday by its place in a month: "the first Tuesday in November", "the last Monday of May 2027".

const ORDINAL_PLACE: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

const NTH_WEEKDAY =
  /\b(first|second|third|fourth|last)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+(?:in|of)\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+((?:19|20)\d\d))?\b/;

/**
 * "the first Tuesday in November": one day, the calendar's rule for it (TimeML dates such a phrase as that day), in
 * the year written after it, else the month's year by the clause's tense as for a month alone. Read whole, so the
 * weekday in it is not also read as the nearest Tuesday.
 */
export const nthWeekdays: Recogniser = {
  pattern: NTH_WEEKDAY,
  read(ctx, m) {
    const ref = ctx.ref;
    const end = m.index + m[0].length;
    const month = MONTH_NAMES.indexOf((m[3] as string).slice(0, 3).toLowerCase()) + 1;
    const written = m[4] ? Number(m[4]) : null;
    if (written === null && !ref) return null;
    // A clause that states the present ("voters go to the polls on …") takes the coming one, as a weekday does.
    const dir = ctx.presentState(m.index, end) ? 'future' : ctx.tense(m.index, end);
    const y = written ?? resolveYear(ref as Day, month, undefined, dir, false);
    const wd = WEEKDAY_NAMES.indexOf((m[2] as string).toLowerCase());
    const date = nthWeekday(y, month, wd, ORDINAL_PLACE[(m[1] as string).toLowerCase()] as number);
    return { start: m.index, end, date, relative: written === null };
  },
};
