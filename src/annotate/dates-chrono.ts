// chrono-node for the dates it reads well (month names, weekdays, full dates, "yesterday", "three months ago"),
// with its results checked against news usage and re-resolved: chrono picks the nearest month or weekday, news
// means the last one when reporting and the next one when announcing.

import * as chrono from 'chrono-node';
import {
  type CalDate,
  type Day,
  type Direction,
  holidayKey,
  resolveHoliday,
  resolveUnmarkedYear,
  resolveWeekday,
  resolveYear,
  weekdayOfWeek,
} from './dates-calendar.ts';
import { type Candidate, leadStart, type SentenceContext } from './dates-patterns.ts';

type Result = chrono.ParsedResult;

// ---------------------------------------------------------------------------------------------------------------
// Refiners on a clone of chrono.casual: what chrono reads that is no date in news, or is read at the wrong place,
// is settled inside chrono, so that its own overlap removal and merging see the corrected results.

/** A week, however qualified: no date at the precision of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (any one day is a guess). */
const WEEK = /\bweek\b/i;

/** A day word a date may restate: "tonight – Dec. 30". */
const RESTATED_DAY = /^(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)$/i;

/** Casual day words; capitalised after a capitalised word, or in capitals, they belong to a name ("USA TODAY"). */
const DAY_WORD = /^(?:today|tonight|tomorrow|yesterday)$/i;

/**
 * Labels on goods: "best by April 2", "use by", "sell by", "expiry date of". They say until when something keeps,
 * not that anything happens then.
 */
const LABEL_BEFORE =
  /\b(?:best\s+(?:by|before)|use\s+by|sell\s+by|expir(?:y|ation)\s+dates?)\b[^.;!?]{0,30}$/i;

/**
 * "USA TODAY", "USA Today", "NBC's Today": a casual day word written as part of a name, capitalised not because it
 * opens the sentence but because it is a name (English capitalises names, not adverbs), or in capitals in a text
 * that is not.
 */
function isDayWordInName(text: string, r: chrono.ParsingResult): boolean {
  const word = r.text.trim();
  if (!DAY_WORD.test(word)) return false;
  if (word === word.toUpperCase()) return true; // "TODAY": the adverb is never written in capitals in running text
  if (!/^\p{Lu}/u.test(word)) return false;
  const before = text.slice(Math.max(0, r.index - 30), r.index);
  return /\p{Lu}[\p{L}'’.-]*\s+$/u.test(before) && !/[.!?:“"]\s*$/.test(before) && !SENTENCE_STARTER_BEFORE.test(before);
}

/**
 * "tonight – Dec. 30", "today, March 4": a day word restated by the date itself, in apposition. chrono reads the
 * dash as a range from the day word to the date; the date is what the text gives, so the result becomes the date.
 */
function restated(r: chrono.ParsingResult): chrono.ParsingResult {
  const end = r.end;
  if (!end?.isCertain('day') || !end.isCertain('month')) return r;
  const joint = /^(\S+(?:\s+\S+)?)\s*[–—-]\s*/.exec(r.text);
  if (!joint || !RESTATED_DAY.test(joint[1] as string)) return r;
  const out = r.clone();
  out.index = r.index + joint[0].length;
  out.text = r.text.slice(joint[0].length);
  out.start = end;
  out.end = undefined;
  return out;
}

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

const newsRefiners: chrono.Refiner[] = [
  { refine: (ctx, results) => results.map((r) => partOfDayOf(ctx, r)) },
  { refine: (_ctx, results) => results.map(restated) },
  { refine: (_ctx, results) => results.filter((r) => !WEEK.test(r.text)) },
  { refine: (ctx, results) => results.filter((r) => !isDayWordInName(ctx.text, r)) },
  { refine: (ctx, results) => results.filter((r) => !LABEL_BEFORE.test(ctx.text.slice(Math.max(0, r.index - 60), r.index))) },
];

/** chrono.casual with the refiners above, run after its own. */
export const newsChrono: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers.push(HOLIDAY_PARSER, MONTH_PART_PARSER);
  c.refiners.push(...newsRefiners);
  return c;
})();

/** Longest text handed to chrono at once: its cost grows fast with length. */
const CHUNK = 2000;

/** Any chance of a date chrono can read: cheap test that spares chrono most sentences. */
const TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|ago|last\s+night|this\s+(?:morning|afternoon|evening)|thanksgiving|christmas|boxing|new\s+year|halloween|valentine|independence|labor|memorial|veterans)/i;

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

/**
 * What makes "a year ago" the baseline of a comparison ("up 5% from a year ago", "compared with the same period a
 * year ago", "higher than three months ago"): a figure measured against that time, not something that happened then.
 */
const COMPARED_BEFORE =
  /\b(?:than|compared\s+(?:to|with)|versus|vs\.?|from)\s+(?:(?:the\s+)?(?:same\s+)?(?:period|time|month|quarter|week|level|levels)\s+)?$/i;

/** "in two weeks" (future only): kept. "for two weeks", "within a year", "the past two weeks" are durations. */
const IN_UNITS = /^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?$/i;

/** "every Sunday", "each March": habits, not events. */
const HABITUAL_BEFORE = /\b(?:every|each)\s+$/i;

/** Capitalised only because they open the sentence: "But September was calm." */
const SENTENCE_STARTER_BEFORE = /^\W*(?:But|And|Or|So|Then|Yet|Also|Still|Even|Only|Until|Since|By|Before|After)\s+$/;

/** A verb of scheduling before a month or weekday makes it a date even without a preposition: "scheduled for March". */
const SCHEDULED_FOR =
  /\b(?:scheduled|set|slated|planned|targeted|due|expected|earmarked|pencil+ed\s+in|postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off|adjourned|brought\s+forward)\s+(?:until|till|to|for)\s+$/i;

/** chrono sometimes includes the preposition in its match ("On Monday"). */
const LEADING_PREPOSITION = /^(?:in|on|since|by|until|till|before|after|during|from|through|last|next|this)\s/i;

/**
 * A month or weekday alone that is part of a name: "the Sunday Times", "Black Friday", "the October Revolution".
 * Only when no preposition introduces it ("On Monday Biden announced" is a date).
 */
function isPartOfName(text: string, start: number, end: number, month: boolean): boolean {
  const followedByName = /^\s+[A-Z]/.test(text.slice(end, end + 3));
  if (followedByName) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  const modifiesNoun =
    /(?:^|\W)(?:the|a|an|its|their|his|her|our)\s+$/i.test(before) && /^\s+\p{Ll}{3,}/u.test(text.slice(end, end + 12));
  // "The January leave", "the March vote": a month before a common noun dates it (the leave taken in January); a
  // weekday there is a habit ("the Saturday rate", "a Sunday edition").
  if (modifiesNoun) return !month;
  return /[A-Z][\w'’-]*\s+$/.test(before) && !SENTENCE_STARTER_BEFORE.test(before);
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
    if (/^today$/i.test(matched) && ctx.presentState(index, end)) return null;
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
      if (COMPARED_BEFORE.test(ctx.text.slice(Math.max(0, index - 40), index))) return null;
      return { ...range, start: index, date: byUnit(dayOf(r), (ago[1] as string).toLowerCase()), relative: true };
    }
    const ahead = IN_UNITS.exec(matched);
    if (ahead && ctx.tense(index, end) === 'future') {
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
  if (HABITUAL_BEFORE.test(before)) return null;
  const modifier = /\blast\s+$/.test(before) || /^last\b/i.test(matched) ? 'last' : /\bnext\s+$/.test(before) || /^next\b/i.test(matched) ? 'next' : null;
  // "this Friday": the Friday of the publication week, whatever the verb's tense ("had been due this Friday").
  const thisWeek = /\bthis\s+$/i.test(before) || /^this\b/i.test(matched);
  const lead = ctx.text.slice(range.start, index);
  // "since" looks back whatever the verb's tense; "last"/"next" fix the direction.
  const direction = (): Direction =>
    modifier === 'last' || /\bsince\b/i.test(lead) ? 'past' : modifier === 'next' ? 'future' : ctx.tense(index, end);
  // A month or weekday with neither a day nor a preposition ("early May", "the end of March" are qualified).
  const alone =
    !hasDay &&
    !tags.has('parser/MonthPartParser') &&
    range.start === index &&
    !LEADING_PREPOSITION.test(matched) &&
    !SCHEDULED_FOR.test(ctx.text.slice(Math.max(0, index - 40), index));
  if (alone && isPartOfName(ctx.text, index, end, hasMonth)) return null;

  const holiday = [...tags].find((t) => t.startsWith('holiday/'))?.slice('holiday/'.length);
  if (holiday) {
    if (!ref) return null;
    const day = resolveHoliday(ref, holiday, direction());
    return day ? { ...range, date: day } : null;
  }

  if (hasMonth) {
    const monthWord = MONTH_WORD.exec(matched)?.[0];
    if (!monthWord) return null; // "march", "may": the noun and the verb
    if (alone && AMBIGUOUS_MONTH.test(monthWord)) return null; // "May I", "March organisers said"
    const m = r.start.get('month') as number;
    const d = dayPrecise ? (r.start.get('day') as number) : undefined;
    // Across the new year a future read from a modal of possibility alone reaches half a year at most.
    const dir = ref ? direction() : 'past';
    const y = !ref
      ? 0
      : modifier === null && dir === 'future' && ctx.modalFuture(index, end)
        ? resolveUnmarkedYear(ref, m, d, dir)
        : resolveYear(ref, m, d, dir, modifier !== null);
    return { ...range, date: d === undefined ? { y, m } : { y, m, d }, yearInferred: true };
  }
  if (!ref) return null;
  if (certain(r, 'weekday')) {
    if (!WEEKDAY_WORD.test(matched)) return null; // "sat before me", "sun-drenched", "the Sun reported"
    const wd = r.start.get('weekday') as number;
    if (thisWeek) return { ...range, date: weekdayOfWeek(ref, wd) };
    return { ...range, date: resolveWeekday(ref, wd, direction(), modifier !== null) };
  }
  return null; // times of day alone
}

/** chrono on one sentence, a chunk at a time so that a huge "sentence" costs linear time. */
export function chronoCandidates(ctx: SentenceContext, instant: Date, offsetMinutes: number): Candidate[] {
  const out: Candidate[] = [];
  const reference = { instant, timezone: offsetMinutes };
  for (let from = 0; from < ctx.text.length; from += CHUNK) {
    // "now" is never a date here, and chrono glues it to a neighbour ("on Thursday, now goes" → today): blank it.
    const chunk = ctx.text.slice(from, from + CHUNK).replace(/\bnow\b/gi, '   ');
    if (!TRIGGER.test(chunk)) continue;
    let results: Result[];
    try {
      results = newsChrono.parse(chunk, reference);
    } catch {
      continue; // a parser bug must not cost the article its other dates
    }
    for (const r of results) {
      const c = fromChrono(r, ctx, from);
      if (c) out.push(c);
    }
  }
  return out;
}
