// chrono-node for the dates it reads well (month names, weekdays, full dates, "yesterday", "three months ago"),
// with its results checked against news usage and re-resolved: chrono picks the nearest month or weekday, news
// means the last one when reporting and the next one when announcing.

import type * as chrono from 'chrono-node';
import {
  addDays,
  type CalDate,
  type Day,
  type Direction,
  resolveHoliday,
  resolveUnmarkedYear,
  resolveWeekday,
  resolveYear,
  weekdayOf,
  weekdayOfWeek,
  yearOnWeekday,
} from './dates-calendar.ts';
import { baseForms, isPlaceName } from '../lexicon/wordnet.ts';
import { isComparisonBaseline } from './dates-numbers.ts';
import { inHabitualClause } from './dates-tense.ts';
import { newsReadingOf, READ, toResult } from './dates-parsers.ts';
import { type Candidate, leadStart, SENTENCE_STARTER_BEFORE, type SentenceContext } from './dates-patterns.ts';

type Result = chrono.ParsedResult;

/** A weekday as news writes it: the full capitalised name, or a capitalised abbreviation with a full stop. */
const WEEKDAY_WORD =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!s)|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)/;

/** A month as news writes it: capitalised, full or abbreviated ("Sept.", "Jan 5"). */
const MONTH_WORD =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?)/;

/** Month names that are also common words or first names: alone they need a date context. */
const AMBIGUOUS_MONTH = /^(?:May|March|June|August)$/;

/** Casual day words chrono reads: kept. "now", "in the morning" and the like are not dates. */
const CASUAL_DAY = /\b(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;

/** "three months ago", "a year ago": kept, at the precision of the unit. */
const AGO = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?\s+ago$/i;

/** "in two weeks" (future only): kept. "for two weeks", "within a year", "the past two weeks" are durations. */
const IN_UNITS = /^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?$/i;

/**
 * A superlative or "first", "only" in the noun phrase right before "in two years": "the fastest rise in 22 years",
 * "the first such vote in a decade". There "in" says how long it has been since the last time (Cambridge Dictionary,
 * "in": "used to say how long it has been since something last happened"), a span up to now, not a date ahead. No
 * verb between the two: in "the first team will land in two weeks" the span dates the landing.
 */
const SUPERLATIVE_PHRASE_BEFORE =
  /\b(?:the|its|their|his|her|our|a|an|\w+['’]s)\s+(?:[\w-]+\s+)?(first|only|most|least|best|worst|\p{Ll}{3,}est)\s+((?:[\w-]+\s+){0,3})$/iu;

/** Common words in -est that are no superlative. */
const NOT_SUPERLATIVE = new Set([
  'interest', 'protest', 'request', 'contest', 'conquest', 'inquest', 'harvest', 'arrest', 'forest', 'guest', 'quest',
  'test', 'west', 'rest', 'chest', 'midwest', 'priest', 'manifest', 'suggest', 'digest', 'invest', 'honest', 'modest',
]);

/** Verbs and auxiliaries that end the noun phrase: after them the span belongs to a verb. */
const VERB_IN_PHRASE = /\b(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|be|been|to|has|have|had)\b/i;

/** Whether `before` (the text before "in N years") ends in a superlative noun phrase (SUPERLATIVE_PHRASE_BEFORE). */
function isSinceLast(before: string): boolean {
  const m = SUPERLATIVE_PHRASE_BEFORE.exec(before);
  return !!m && !NOT_SUPERLATIVE.has((m[1] as string).toLowerCase()) && !VERB_IN_PHRASE.test(m[2] as string);
}

/**
 * "between now and April", "from now until June": a span that opens at the moment of speaking ends at a time ahead
 * of it, whatever the tense of the reporting verb ("…, the firm said").
 */
const FROM_NOW_BEFORE = /\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+$/i;

/** "every Sunday", "each March": habits, not events. */
const HABITUAL_BEFORE = /\b(?:every|each)\s+$/i;


/** A verb of scheduling before a month or weekday makes it a date even without a preposition: "scheduled for March". */
const SCHEDULED_FOR =
  /\b(?:scheduled|set|slated|planned|targeted|due|expected|earmarked|pencil+ed\s+in|postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off|adjourned|brought\s+forward)\s+(?:until|till|to|for)\s+$/i;

/** "for" right before a date, and a time of day between them ("for 2pm Monday, January 3"). */
const APPOINTED_BEFORE = /\bfor\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s+)?$/i;

/** chrono sometimes includes the preposition in its match ("On Monday"). */
const LEADING_PREPOSITION = /^(?:in|on|since|by|until|till|before|after|during|from|through|last|next|this)\s/i;

/**
 * A month or weekday alone that is part of a name: "the Sunday Times", "Black Friday", "the October Revolution".
 * Only when no preposition introduces it ("On Monday Biden announced" is a date).
 */
function isPartOfName(text: string, start: number, end: number, month: boolean): boolean {
  const followedByName = /^\s+[A-Z]/.test(text.slice(end, end + 3));
  if (followedByName) return true;
  if (month && isAttributiveMonth(text, start, end)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const modifiesNoun =
    /(?:^|\W)(?:the|a|an|its|their|his|her|our)\s+$/i.test(before) && /^\s+\p{Ll}{3,}/u.test(text.slice(end, end + 12));
  // "The January leave", "the March vote": a month before a common noun dates it (the leave taken in January); a
  // weekday there is a habit ("the Saturday rate", "a Sunday edition"), unless a possessive makes the phrase one
  // event ("her Monday ruling") or a part of the day narrows it to one ("a Sunday afternoon showing").
  const oneEvent =
    /(?:^|\W)(?:its|their|his|her|our)\s+$/i.test(before) ||
    /\s(?:morning|afternoon|evening|night)$/i.test(text.slice(start, end)) ||
    /^\s+(?:morning|afternoon|evening|night)\s+\p{Ll}{3,}/u.test(text.slice(end, end + 24));
  if (modifiesNoun) return !month && !oneEvent;
  // "in Southern California Sunday, a man …": a weekday after the place where something happened dates it (news
  // style puts the day right after the place), unlike a capitalised word that opens a name ("Good Friday").
  const capitalBefore = /([A-Z][\w'’-]*)\s+$/.exec(before)?.[1];
  // "fleeing Berlin Monday after the attack": a lower-case word after the weekday ends the name before it too.
  const ends = /^\s*[,.;]|^\s+(?:after|before|when|while|and|as|to|in|at|on|for|with|amid|during|that)\b/;
  if (!month && capitalBefore && isPlaceName(capitalBefore) && ends.test(text.slice(end, end + 8))) return false;
  // "told CBS Monday.", "said on CNN Tuesday that", "to Beck Monday that": a weekday that ends its phrase after a
  // name that is no English adjective dates the clause, as after a place; "Super Tuesday", "Good Friday" (an
  // adjective naming the day) stay names.
  const adjective = capitalBefore !== undefined && baseForms(capitalBefore.toLowerCase(), 'adj').length > 0;
  if (!month && capitalBefore && !adjective && ends.test(text.slice(end, end + 8))) return false;
  return capitalBefore !== undefined && !SENTENCE_STARTER_BEFORE.test(before);
}

/** A determiner or a possessive, and up to two lower-case modifiers: "the", "its", "the country's botched". */
const DETERMINED_BEFORE = /(?:(?:^|\W)(?:the|a|an|its|their|his|her|our)|\p{L}['’]s)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu;

/**
 * A month that modifies the noun after it in a noun phrase: "the August election", "the party’s March conference",
 * "a botched March vote". In a determined phrase, between a modifier and a lower-case noun, even the month names
 * that are also words or names ("March", "August") are the month: the verb, the noun and the adjective are
 * written in lower case, and a name would be followed by a capitalised word.
 */
function isAttributiveMonth(text: string, start: number, end: number): boolean {
  return DETERMINED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && /^\s+\p{Ll}{3,}/u.test(text.slice(end, end + 12));
}

function certain(r: Result, c: chrono.Component): boolean {
  return r.start.isCertain(c);
}

function dayOf(r: Result): Day {
  return { y: r.start.get('year') ?? 0, m: r.start.get('month') ?? 1, d: r.start.get('day') ?? 1 };
}

/** The date of a relative result at the precision of its unit. */
function byUnit(day: Day, unit: string): CalDate {
  if (unit === 'year') return { y: day.y };
  if (unit === 'month') return { y: day.y, m: day.m };
  return day;
}

/** chrono's match without the punctuation it swallows ("September,"), keeping an abbreviation's full stop. */
function trimMatch(raw: string): string {
  const t = raw.replace(/[\s,;:]+$/, '');
  return t.endsWith('.') && !/\b[A-Z][a-z]{2,4}\.$/.test(t) ? t.slice(0, -1) : t;
}

/**
 * One chrono result as a candidate, or null when it is not a date in news usage. `offset` is where the text
 * chrono read starts in the sentence. `ctx.ref` null means no publication time: only results with a year
 * written out are kept, and months without one (year 0, `yearInferred`) that a written year in their sentence
 * may still date.
 */
export function fromChrono(r: Result, ctx: SentenceContext, offset = 0): Candidate | null {
  const matched = trimMatch(r.text);
  const index = r.index + offset;
  const end = index + matched.length;
  const tags = r.tags();
  const range = { start: leadStart(ctx.text, index), end };
  const ref = ctx.ref;

  // Clock times alone, "now", "in the morning": not days.
  const casual = [...tags].some((t) => t.startsWith('casualReference/'));
  const named = WEEKDAY_WORD.test(matched) || MONTH_WORD.test(matched); // "Tuesday night": read below as a weekday
  if (casual && !named) {
    if (!CASUAL_DAY.test(matched) || !ref) return null;
    // "The company today employs 700", "Today the firm is valued at $1bn": "today" in a clause that states the
    // present is "nowadays", not the publication day as an event's date (dates-tense.ts).
    // "available to download from today", "as of today": a start or a bound is the day itself, never "nowadays".
    const bound = /\b(?:from|as\s+of|until|till|since|starting)\s+$/i.test(ctx.text.slice(Math.max(0, index - 12), index));
    if (/^today$/i.test(matched) && !bound && ctx.presentState(index, end)) return null;
    return { ...range, date: dayOf(r), relative: true };
  }
  // "9/11", "24/7", "1/2": a slash date without a year is too often not a date at all.
  if (tags.has('parser/SlashDateFormatParser') && !certain(r, 'year')) return null;

  if (tags.has('result/relativeDate')) {
    // "the day before March 3, 2021": chrono counts from the written date (withDayAfter in dates.ts does the same
    // where chrono does not, as in "the day after the Dec. 30 shooting").
    if (/^the\s+day\s+(?:after|before)\s+.*\d{4}$/i.test(matched)) return { ...range, start: index, date: dayOf(r) };
    if (!ref) return null;
    const ago = AGO.exec(matched);
    if (ago) {
      // "down 7% compared with a year ago", "higher than three months ago": the baseline of a comparison.
      if (isComparisonBaseline(ctx.text, index)) return null;
      return { ...range, start: index, date: byUnit(dayOf(r), (ago[1] as string).toLowerCase()), relative: true };
    }
    const ahead = IN_UNITS.exec(matched);
    if (ahead && ctx.tense(index, end) === 'future' && !isSinceLast(ctx.text.slice(Math.max(0, index - 60), index))) {
      return { ...range, start: index, date: byUnit(dayOf(r), (ahead[1] as string).toLowerCase()), relative: true };
    }
    return null; // "for two weeks", "in the years", "a day earlier": durations or relative to another event
  }

  const hasDay = certain(r, 'day');
  const hasMonth = certain(r, 'month');
  // "the end of March": chrono invents the 31st; the text gives the month.
  const dayPrecise = hasDay && !tags.has('refiner/ENEndOfPeriodRefiner');

  if (certain(r, 'year')) {
    // "this year" without a publication time: chrono calls the year certain, but none is written.
    if (!ref && !/\d/.test(matched)) return null;
    // "has cut rates this year": the present frame, as relativePeriods (dates-patterns.ts) reads it.
    if (/^this\s+(?:year|month)$/i.test(matched) && ctx.presentFrame(index, end)) return null;
    const d = dayOf(r);
    return { ...range, date: dayPrecise ? d : hasMonth ? { y: d.y, m: d.m } : { y: d.y } };
  }
  // Without a publication day only a month may still get a year, from a year written in its sentence.
  if (!ref && !hasMonth) return null;

  const before = ctx.text.slice(Math.max(0, index - 12), index).toLowerCase();
  if (HABITUAL_BEFORE.test(before) || inHabitualClause(ctx.text, index, end)) return null;
  // "this past Sunday", "this coming Friday": the most recent and the next one (Merriam-Webster, "past", "coming").
  const modifier =
    /\b(?:last|past)\s+$/.test(before) || /^(?:last|(?:this\s+)?past)\b/i.test(matched)
      ? 'last'
      : /\b(?:next|coming)\s+$/.test(before) || /^(?:next|(?:this\s+)?coming)\b/i.test(matched)
        ? 'next'
        : null;
  // "this Friday": the Friday of the publication week, whatever the verb's tense ("had been due this Friday"); "this
  // September" the September of the publication year, as "this summer" is (dates-patterns.ts thisSeason).
  const thisOne = modifier === null && (/\bthis\s+$/i.test(before) || /^this\b/i.test(matched));
  const lead = ctx.text.slice(range.start, index);
  // "since" looks back whatever the verb's tense; "last"/"next" fix the direction; so does "between now and".
  const direction = (): Direction =>
    modifier === 'last' || /\bsince\b/i.test(lead)
      ? 'past'
      : modifier === 'next' || FROM_NOW_BEFORE.test(ctx.text.slice(Math.max(0, index - 30), index))
        ? 'future'
        : ctx.tense(index, end);
  // A clause that states the present, with no tense marker of its own, takes a day as likely ahead as behind
  // ("has a game on Saturday", "is on newsstands Dec. 20"); "since Monday" looks back (direction).
  const inPresent = (): boolean => modifier === null && !/\bsince\b/i.test(lead) && ctx.presentState(index, end);
  // A month or weekday with neither a day nor a preposition ("early May", "the end of March" are qualified).
  const alone =
    !hasDay &&
    !tags.has('parser/MonthPartParser') &&
    range.start === index &&
    !LEADING_PREPOSITION.test(matched) &&
    !SCHEDULED_FOR.test(ctx.text.slice(Math.max(0, index - 40), index));
  if (alone && isPartOfName(ctx.text, index, end, hasMonth)) return null;
  // "Mar-a-Lago", "Jan-Erik": a hyphen and a letter after the word make it part of a compound, not a date; a range
  // of months ("May-June") goes on with a month.
  const compound = /^-(\p{L}+)/u.exec(ctx.text.slice(end, end + 12))?.[1];
  if (compound && !MONTH_WORD.test(compound)) return null;

  const holiday = [...tags].find((t) => t.startsWith('holiday/'))?.slice('holiday/'.length);
  if (holiday) {
    if (!ref) return null;
    const day = resolveHoliday(ref, holiday, direction());
    return day ? { ...range, date: day } : null;
  }

  if (hasMonth) {
    const monthWord = MONTH_WORD.exec(matched)?.[0];
    if (!monthWord) return null; // "march", "may": the noun and the verb
    // "May I", "March organisers said"; not "the August election".
    if (alone && AMBIGUOUS_MONTH.test(monthWord) && !isAttributiveMonth(ctx.text, index, end)) return null;
    const m = r.start.get('month') as number;
    const d = dayPrecise ? (r.start.get('day') as number) : undefined;
    // Across the new year a future read from a modal of possibility alone reaches half a year at most.
    const dir = ref ? direction() : 'past';
    // "forcing him to announce a March 11 date for an election", "the Nov. 8 vote": a day that modifies a noun
    // dates that noun's event, not the clause's verb; the clause's tense says nothing of it, so the nearest one.
    // A month alone keeps the clause's tense ("The January leave was his third").
    const attributive =
      d !== undefined && modifier === null && range.start === index && isAttributiveMonth(ctx.text, index, end);
    // "set a trial for Nov. 18", "a hearing for Jan. 6": "for" before a time names the time appointed for something
    // (Merriam-Webster, "for", 7: "at the time of: an appointment for two o'clock"), which the clause's verb, the
    // making of the appointment, does not date: the nearest one.
    const appointed = d !== undefined && modifier === null && range.start === index && APPOINTED_BEFORE.test(before);
    const prospective = modifier === null && ctx.infinitive(index, end);
    // "The issue is on newsstands Dec. 20" (inPresent): the nearest one, as a weekday there is the coming one; so is a
    // month alone ("who graces the magazine's January cover").
    const present = inPresent() || (modifier === null && ctx.unmarked(index, end));
    const y = !ref
      ? 0
      : thisOne
        ? ref.y
        : attributive || appointed || prospective || present
        ? nearestYear(ref, m, d)
        : modifier === null && dir === 'future' && ctx.modalFuture(index, end)
        ? resolveUnmarkedYear(ref, m, d, dir)
        : resolveYear(ref, m, d, dir, modifier !== null);
    // "Monday, Dec. 14": a weekday written with the day fixes the year, the nearest one whose day it is.
    const wd = d !== undefined && certain(r, 'weekday') ? (r.start.get('weekday') as number) : undefined;
    const year = ref && wd !== undefined ? (yearOnWeekday(y, m, d as number, wd, 3) ?? y) : y;
    return { ...range, date: d === undefined ? { y, m } : { y: year, m, d }, yearInferred: true };
  }
  if (!ref) return null;
  if (certain(r, 'weekday')) {
    if (!WEEKDAY_WORD.test(matched)) return null; // "sat before me", "sun-drenched", "the Sun reported"
    const wd = r.start.get('weekday') as number;
    if (thisOne) return { ...range, date: weekdayOfWeek(ref, wd) };
    // "next Wednesday" written on a Tuesday: the Wednesday of next week, not tomorrow (the gold of three corpus
    // articles, each read so; the week as a US or UK calendar prints it, Sunday to Saturday). "this coming Friday"
    // is the nearest one.
    const nextWeek = /\bnext\s+$/.test(before) || /^next\b/i.test(matched);
    if (nextWeek) return { ...range, date: addDays(ref, 7 - weekdayOf(ref) + wd) };
    // "the team has a game on Saturday" (inPresent): the coming weekday, not a past one borrowed from another
    // clause's verb. A weekday is within a week either way (AP style: days of the week for dates within seven days
    // before or after the current date), and the present tense does not take a past time ("*has a game last
    // Saturday").
    return { ...range, date: resolveWeekday(ref, wd, inPresent() ? 'future' : direction(), modifier !== null) };
  }
  return null; // times of day alone
}

/**
 * The news reading of chrono's own results, as a refiner after chrono's: each result becomes its candidate
 * (fromChrono) or goes. Results our recognisers made already hold their reading and pass.
 */
export const readAsNews: chrono.Refiner = {
  refine: (context, results) => {
    const news = newsReadingOf(context);
    if (!news) return results;
    const out: chrono.ParsingResult[] = [];
    for (const r of results) {
      if (r.tags().has(READ)) out.push(r);
      else {
        const c = fromChrono(r, news.sentence, news.offset);
        if (c) out.push(toResult(context, c, news.offset, 'chrono'));
      }
    }
    return out;
  },
};


/** The year of `m`/`d` nearest the reference day, behind or ahead. */
function nearestYear(ref: Day, m: number, d: number | undefined): number {
  const at = (y: number): number => Math.abs(Date.UTC(y, m - 1, d ?? 15) - Date.UTC(ref.y, ref.m - 1, ref.d));
  const past = resolveYear(ref, m, d, 'past', false);
  const future = resolveYear(ref, m, d, 'future', false);
  return at(future) < at(past) ? future : past;
}
