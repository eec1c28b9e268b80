// chrono's parsers for what chrono.casual lacks (holidays, parts of a month) and refiners for what it reads that is
// no date in news, or reads at the wrong place; dates-pipeline.ts puts them in the one chrono pipeline.

import * as chrono from 'chrono-node';
import { holidayKey, resolveHoliday } from './dates-calendar.ts';
import { SENTENCE_STARTER_BEFORE } from './dates-patterns.ts';

/**
 * A week, however qualified: no date at the precision of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (any one day is a guess);
 * but "a week ago" counts back seven days from the day of writing, as "two weeks ago" does.
 */
const WEEK = /\bweek\b(?!\s+ago\b)/i;

/** Casual day words; capitalised after a word, or in capitals, they belong to a name ("USA TODAY"). */
const DAY_WORD = /^(?:today|tonight|tomorrow|yesterday)$/i;

/**
 * Labels on goods: "best by April 2", "use by", "sell by", "expiry date of". They say until when something keeps,
 * not that anything happens then.
 */
const LABEL_BEFORE =
  /\b(?:best\s+(?:by|before)|use\s+by|sell\s+by|expir(?:y|ation)\s+dates?)\b[^.;!?]{0,30}$/i;

/**
 * "USA TODAY", "NBC's Today", "told BBC Radio 4's Today", "told Today:": a casual day word written as part of a name,
 * capitalised after a word, not because it opens the sentence, but because it is a name (English capitalises names,
 * not adverbs), or in capitals in a text that is not.
 */
function isDayWordInName(text: string, r: chrono.ParsingResult): boolean {
  const word = r.text.trim();
  if (!DAY_WORD.test(word)) return false;
  if (word === word.toUpperCase()) return true; // "TODAY": the adverb is never written in capitals in running text
  if (!/^\p{Lu}/u.test(word)) return false;
  const before = text.slice(Math.max(0, r.index - 30), r.index);
  return (
    /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\s+$/u.test(before) && !/[.!?:“"]\s*$/.test(before) && !SENTENCE_STARTER_BEFORE.test(before)
  );
}

/**
 * Source: Wikipedia, "List of newspapers in the United Kingdom": the titles that end in "on Sunday" (The Mail on
 * Sunday, The Independent on Sunday, Scotland on Sunday, Wales on Sunday). "an article for the Mail on Sunday" names
 * the paper, not a day.
 */
const NEWSPAPER_ON = /\b(?:Mail|Independent|Scotland|Wales)\s+$/;
const inNewspaperTitle = (text: string, r: chrono.ParsingResult): boolean =>
  /^on\s+Sunday$/.test(r.text.trim()) && NEWSPAPER_ON.test(text.slice(Math.max(0, r.index - 20), r.index));

/** What joins two dates into one span or one list: "May to September 2024", "March 3 and April 5, 2020". */
const PAIR_JOINT = /^\s*(?:[-–—]|,?\s*(?:to|through|thru|until|till|into|and|or))\s*$/i;
const LIST_JOINT = /\b(?:and|or)\b/i;

/**
 * A month or day written without its year, joined to a date written with one, shares that year: "between May and
 * September 2024", "from March 3 to April 5, 2020" (the writer gives the year once, for both). A span that runs
 * backwards ("from November to February 2024") starts the year before. chrono's own range merging does the same
 * but keeps only one result for the two dates; here both stay dates of their own, each at its own place.
 */
export const shareYearInPairs: chrono.Refiner = {
  refine: (context, results) => {
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i] as chrono.ParsingResult;
      const b = results[i + 1] as chrono.ParsingResult;
      if (!a.start.isCertain('month') || a.start.isCertain('year') || !b.start.isCertain('year') || !b.start.isCertain('month')) continue;
      const joint = context.text.slice(a.index + a.text.length, b.index);
      if (!PAIR_JOINT.test(joint)) continue;
      const span = !LIST_JOINT.test(joint) || /\bbetween\s+$/i.test(context.text.slice(Math.max(0, a.index - 12), a.index));
      const order = (r: chrono.ParsingResult): number => (r.start.get('month') as number) * 32 + (r.start.isCertain('day') ? (r.start.get('day') as number) : 0);
      const y = b.start.get('year') as number;
      a.start.assign('year', span && order(a) > order(b) ? y - 1 : y);
    }
    return results;
  },
};

/**
 * Holidays chrono does not know: "on Thanksgiving", "before Christmas", "since Labor Day". Only after a time
 * preposition, so that "Christmas trees" and "the Thanksgiving menu" stay nouns; "the Christmas holidays", "the
 * Thanksgiving weekend" are spans, not the day. The year is settled like a month's, by tense (fromChrono).
 */
const HOLIDAY_PARSER: chrono.Parser = {
  pattern: () =>
    /\b(?:on|at|before|after|since|by|until|till|over|during|around|through|from|ahead\s+of)\s+((?:the\s+)?(?:Thanksgiving(?:\s+Day)?|Black\s+Friday|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Fourth\s+of\s+July|Labor\s+Day|Memorial\s+Day|Veterans\s+Day))\b(?!['’]s|\s+(?:week|weekend|holidays?|season|break|period|shopping|rush|party|parties|dinner|menu|tree|trees|sales?|deals?|parade|card|cards|gifts?|lights|market)\b)/i,
  extract: (context, match) => {
    const name = match[1] as string;
    if (!/^\p{Lu}/u.test(name.replace(/^the\s+/i, ''))) return null; // a name is capitalised
    const key = holidayKey(name);
    if (!key) return null;
    const ref = context.reference.instant;
    const day = resolveHoliday({ y: ref.getUTCFullYear(), m: ref.getUTCMonth() + 1, d: ref.getUTCDate() }, key, 'past');
    if (!day) return null;
    return context
      .createParsingComponents({ month: day.m, day: day.d })
      .imply('year', day.y)
      .addTag(`holiday/${key}`);
  },
};

/** Month names and their news abbreviations, to their number. */
const MONTH_NUMBER: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/**
 * A part of a month: "early May", "mid-June", "mid June", "late Sept. 2021", "the end of March", "the start of
 * May", "the beginning of June", "the middle of July". A day number after the month ("early May 5") is left to
 * chrono's own parsers.
 */
const MONTH_PART =
  /\b(?:(?:early|late|mid)(?:\s+|-)|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)(?:,?\s+(1[5-9]\d\d|20\d\d))?(?![\w'’])(?!\s*\d)/i;

/**
 * "in early May", "by mid-June", "at the end of March 2021": the part of a month is the month, at month precision (a
 * day inside it would be a guess). chrono reads "early June" as June, but nothing at all in "in early May": its
 * ENUnlikelyFormatFilter drops a result whose whole text is "May" (the modal verb) unless "in" is written right
 * before it, and "early", "mid-", "the beginning of" are not "in". This parser reads the qualifier with the month, so
 * the result's text is no longer the bare word, and it wins chrono's overlap removal over the bare month (and over
 * ENEndOfPeriodRefiner's "end of March", which invents the 31st). The month must be capitalised: "late may" is the
 * modal. The year, when not written, is settled like any month's, by the tense of the clause (fromChrono).
 */
const MONTH_PART_PARSER: chrono.Parser = {
  pattern: () => MONTH_PART,
  extract: (context, match) => {
    const word = match[1] as string;
    if (!/^\p{Lu}/u.test(word)) return null;
    const month = MONTH_NUMBER[word.replace(/\.$/, '').toLowerCase()];
    if (month === undefined) return null;
    const out = context.createParsingComponents({ month }).imply('day', 1).addTag('parser/MonthPartParser');
    if (match[2]) out.assign('year', Number(match[2]));
    else out.imply('year', context.reference.instant.getUTCFullYear());
    return out;
  },
};

const PART_OF_DAY_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;

/**
 * "the evening of June 17, 2015", "the morning of Sept. 11": chrono merges the part of the day with the date after
 * it and loses the date (the merged result keeps only the reference day). The date is re-read on its own.
 */
function partOfDayOf(ctx: chrono.ParsingContext, r: chrono.ParsingResult): chrono.ParsingResult {
  const lead = PART_OF_DAY_OF.exec(r.text);
  if (!lead) return r;
  const rest = r.text.slice(lead[0].length);
  const zone = ctx.reference.timezoneOffset;
  const reference = zone === undefined || zone === null ? ctx.reference.instant : { instant: ctx.reference.instant, timezone: zone };
  const sub = chrono.casual.parse(rest, reference)[0];
  if (sub?.index !== 0) return r;
  const out = r.clone();
  out.index = r.index + lead[0].length;
  out.text = sub.text;
  out.start = (sub as chrono.ParsingResult).start;
  out.end = undefined;
  return out;
}

/** Parsers for what chrono.casual lacks. */
export const newsParsers: chrono.Parser[] = [HOLIDAY_PARSER, MONTH_PART_PARSER];


/** Refiners on chrono's own results, after chrono's: what is no date in news, or is read at the wrong place. */
export const newsRefiners: chrono.Refiner[] = [
  { refine: (ctx, results) => results.map((r) => partOfDayOf(ctx, r)) },
  { refine: (_ctx, results) => results.filter((r) => !WEEK.test(r.text)) },
  { refine: (ctx, results) => results.filter((r) => !isDayWordInName(ctx.text, r) && !inNewspaperTitle(ctx.text, r)) },
  { refine: (ctx, results) => results.filter((r) => !LABEL_BEFORE.test(ctx.text.slice(Math.max(0, r.index - 60), r.index))) },
];
