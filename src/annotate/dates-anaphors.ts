// The paragraph's reading state (its quotes, the narrative year, the last day and date named) and the anaphors that
// count from them: "the next day", "that evening", "a day later", "that summer", "the following year".

import type { DatedEvent, Sentence } from '../article/model.ts';
import { addDays, addMonths, type CalDate, type Day, formatDate, precisionOf, weekdayOf } from './dates-calendar.ts';
import { CARDINAL_WORDS, cardinalValue } from './dates-numbers.ts';
import { inPresentOrFuture, markedPast } from './dates-tense.ts';

/**
 * Where a paragraph is inside quotation marks: “curly” pairs, or straight ones taken two by two. A quote left open
 * runs to the end of the paragraph (a quote running over several paragraphs closes only in the last).
 */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open < 0 && (ch === '“' || ch === '"')) open = i;
    else if (open >= 0 && (ch === '”' || (ch === '"' && text[open] === '"'))) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** The text with the spans blanked out. */
export function withoutSpans(text: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += `${text.slice(at, s)} `;
    at = e;
  }
  return out + text.slice(at);
}

/** A verb of saying in the present, as features attribute quotes ("…," he says). */
const SAYING_PRESENT = /\b(?:says|adds|explains|recalls|insists|notes|admits|tells\s+\p{L}+)\b/iu;

/**
 * Whether a paragraph's own words (`own`: its text with the quotes blanked out) are only the attribution of its
 * quotes: a few words with a verb of saying ("…," he says.). Features attribute in the present ("says") where news
 * writes "said" (AP Stylebook, "said": "says" fits features), a choice of style, not a return to the time of
 * writing: such a paragraph leaves the time of the narration as it was.
 */
export function isAttributionOnly(own: string, quotes: number): boolean {
  const words = own.match(/\p{L}+/gu) ?? [];
  return quotes > 0 && words.length <= 6 && SAYING_PRESENT.test(own);
}

export interface ParagraphState {
  /** Absolute spans of the paragraph inside quotation marks. */
  quoted: [number, number][];
  /** The narrative year in force (see anchorYears). */
  narrative: number | null;
  /** The last day the reporter's words named (see withAnaphors and paragraphEvents). */
  antecedent: Antecedent | null;
  /** The last date of any precision the reporter's words named: what "that year", "two months later" count from. */
  lastDate: DateAntecedent | null;
}

export interface Antecedent {
  day: Day;
  /** Number of the paragraph it was named in. */
  paragraph: number;
}

export interface DateAntecedent {
  date: CalDate;
  paragraph: number;
}

/**
 * Time adverbials that point back to a day already named: "that evening", "the same day", "later that night", "the
 * next day", "the following morning", "the day before", "that week" ("a day later": ANAPHORIC_PERIOD). English
 * uses them anaphorically: they take their time from the last time the text gave, as "he", "she" take their person
 * from the last one named (TimeML anchors them to that time). Only as an adverbial: at the end of the clause, before
 * punctuation or a preposition or conjunction ("returned home that evening, hours before…", "was arrested the next
 * day."); "said that night fell" is a conjunction and a subject, and "the day before the vote" counts from the vote
 * (withDayAfter).
 */
const ADVERBIAL_END = String.raw`(?=\s*(?:[,.;:!?)\u2014\u2013]|-\s|$)|\s+(?:at|in|on|to|when|after|before|and|but|as|with|for|from|by)\b)`;
const ANAPHORIC_DAY = new RegExp(
  String.raw`\b(?:(?:later|earlier)\s+)?(?:(?:that|the\s+same)\s+(day|morning|afternoon|evening|night|week)|the\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night)|the\s+day\s+(before|after))${ADVERBIAL_END}`,
  'gi',
);

/**
 * The same for longer times: "that year", "later that summer", "the following year", and distances from the last
 * time named, "a day later", "two weeks later", "12 months earlier" ("later", "earlier" as adverbs always count from
 * a time given before: Quirk et al., anaphoric time adverbials). "the following year" is no adverbial when
 * possessive ("the following year's budget").
 */
const ANAPHORIC_PERIOD = new RegExp(
  String.raw`\b(?:(?:later|earlier)\s+)?(?:(?:that|the\s+same)\s+(year|spring|summer|fall|autumn|winter)${ADVERBIAL_END}|the\s+(following|next|previous|preceding)\s+year(?!['’])|(${CARDINAL_WORDS}|an?|\d{1,3})\s+(day|week|month|year)s?\s+(later|earlier)\b)`,
  'gi',
);

const DURATION_BEFORE = /\b(?:for|over|throughout|within)\s+$/i;

/** Month a season starts in (as seasons in dates-patterns.ts); winter, across the new year, gives only the year. */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9 };

interface Anaphor {
  start: number;
  end: number;
  /** Days from the antecedent, or null for its week. */
  step: number | null;
}

/** An anaphor counted from the last date of any precision: its date from that one, or null when too coarse. */
interface PeriodAnaphor {
  start: number;
  end: number;
  from: (date: CalDate) => CalDate | null;
  /** A distance in days or weeks: counted from the last day named, as the anaphoric days are. */
  byDay?: boolean;
}

function periodAnaphorsIn(text: string): PeriodAnaphor[] {
  const out: PeriodAnaphor[] = [];
  for (const m of text.matchAll(ANAPHORIC_PERIOD)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const season = m[1]?.toLowerCase();
    if (season) {
      const month = SEASON_START[season];
      out.push({ ...span, from: (d) => (month === undefined ? { y: d.y } : { y: d.y, m: month }) });
      continue;
    }
    if (m[2]) {
      // "a cut for the next year", "over the following year": a duration, the months after that time, not a date in
      // the year after it (Quirk et al.: "for", "over", "throughout", "within" with a period express duration).
      if (DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const step = /^(?:following|next)$/i.test(m[2]) ? 1 : -1;
      out.push({ ...span, from: (d) => ({ y: d.y + step }) });
      continue;
    }
    const words = (m[3] as string).toLowerCase();
    const n = (/^an?$/.test(words) ? 1 : (cardinalValue(words) ?? Number(words))) * ((m[5] as string).toLowerCase() === 'later' ? 1 : -1);
    const unit = (m[4] as string).toLowerCase();
    out.push({ ...span, from: (d) => distanceFrom(d, n, unit), byDay: unit === 'day' || unit === 'week' });
  }
  return out;
}

/** `date` moved by `n` units, at the precision both give; null when the date is too coarse for the unit. */
function distanceFrom(date: CalDate, n: number, unit: string): CalDate | null {
  if (unit === 'year') return { y: date.y + n };
  if (unit === 'month') {
    if (date.m !== undefined) {
      const d = addMonths({ y: date.y, m: date.m, d: 1 }, n);
      return { y: d.y, m: d.m };
    }
    return n % 12 === 0 ? { y: date.y + n / 12 } : null; // "12 months later" than a year is the next year
  }
  if (date.m === undefined || date.d === undefined) return null;
  return addDays({ y: date.y, m: date.m, d: date.d }, unit === 'week' ? 7 * n : n);
}

function anaphorsIn(text: string): Anaphor[] {
  const out: Anaphor[] = [];
  for (const m of text.matchAll(ANAPHORIC_DAY)) {
    const unit = (m[1] ?? m[3] ?? 'day').toLowerCase();
    const dir = (m[2] ?? m[4] ?? m[5] ?? '').toLowerCase();
    const step = unit === 'week' ? null : /^(?:next|following|after|later)$/.test(dir) ? 1 : dir ? -1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, step });
  }
  return out;
}

/** The day an anaphor points to from its antecedent; a week only as its month, when the whole week lies in one. */
function anaphorDate(a: Anaphor, day: Day): CalDate | null {
  if (a.step !== null) return addDays(day, a.step);
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  const sunday = addDays(monday, 6);
  return monday.m === sunday.m ? { y: monday.y, m: monday.m } : null;
}

const dayOfEvent = (e: DatedEvent): Day => {
  const [y, m, d] = e.date.split('-').map(Number);
  return { y: y as number, m: m as number, d: d as number };
};

/**
 * The sentence's events with those of its anaphors ("was arrested the next day", "by the following year"), each
 * counted from the last time named before it in the reporter's words: earlier in the sentence, else before it
 * (para.antecedent and para.lastDate, carried across paragraphs by paragraphEvents). An anaphoric day or week counts
 * from the last day, the others from the last date of any precision fine enough for their unit. Only in a clause
 * told in the past (a past form decides it), and for the days in a sentence whose own words (quotes aside) have no
 * present or future verb: "Guests check out the next day" is a habit with no day to count from. Quoted words count
 * from the speaking. Leaves para.antecedent at the last day named and para.lastDate at the last date.
 */
export function withAnaphors(sentence: Sentence, para: ParagraphState, events: DatedEvent[]): DatedEvent[] {
  const offset = sentence.start;
  const quotedAt = (at: number): boolean => para.quoted.some(([s, e]) => s <= at && at < e);
  const own = (e: DatedEvent): boolean => !quotedAt(e.start);
  const ownDay = (e: DatedEvent): boolean => e.precision === 'day' && own(e);
  const unquoted = <T extends { start: number }>(a: T): boolean => !quotedAt(offset + a.start);
  const local = para.quoted
    .filter(([s, e]) => e > offset && s < sentence.end)
    .map(([s, e]): [number, number] => [Math.max(0, s - offset), Math.min(sentence.text.length, e - offset)]);
  const told = !inPresentOrFuture(withoutSpans(sentence.text, local));
  const out = [...events];
  const seen = new Set(events.map((e) => e.date));
  const add = (date: CalDate | null, a: { start: number; end: number }): void => {
    if (!date || seen.has(formatDate(date))) return;
    seen.add(formatDate(date));
    out.push({
      date: formatDate(date),
      precision: precisionOf(date),
      expression: sentence.text.slice(a.start, a.end),
      paragraph: sentence.paragraph,
      sentence: sentence.n,
      start: offset + a.start,
      end: offset + a.end,
    });
  };
  const past = (a: { start: number; end: number }): boolean => markedPast(sentence.text, a.start, a.end);
  for (const a of told ? anaphorsIn(sentence.text).filter(unquoted) : []) {
    if (!past(a)) continue;
    const before = events.filter((e) => ownDay(e) && e.end <= offset + a.start).at(-1);
    const day = before ? dayOfEvent(before) : para.antecedent?.day;
    add(day ? anaphorDate(a, day) : null, a);
  }
  for (const a of periodAnaphorsIn(sentence.text).filter(unquoted)) {
    if (!past(a)) continue;
    const fits = a.byDay ? ownDay : own;
    const before = out.filter((e) => fits(e) && e.end <= offset + a.start).sort((x, y) => x.start - y.start).at(-1);
    const date = before ? calDateOf(before) : a.byDay ? para.antecedent?.day : para.lastDate?.date;
    add(date ? a.from(date) : null, a);
  }
  const ordered = out.filter(own).sort((a, b) => a.start - b.start);
  const lastDay = ordered.filter(ownDay).at(-1);
  if (lastDay) para.antecedent = { day: dayOfEvent(lastDay), paragraph: sentence.paragraph };
  const last = ordered.at(-1);
  if (last) para.lastDate = { date: calDateOf(last), paragraph: sentence.paragraph };
  return out;
}

const calDateOf = (e: DatedEvent): CalDate => {
  const [y, m, d] = e.date.split('-').map(Number);
  return { y: y as number, m, d };
};

/** A past verb of saying or writing and the "that" opening its reported clause, up to the text's end. */
const REPORTED_CLAUSE =
  /\b(?:said|wrote|replied|answered|responded|added|texted|told\s+[\p{L}-]+)\s+that\b[^.;:!?“”"]*$/iu;

/**
 * Whether a day word at `text[at]` ("tonight", "tomorrow") is in indirect speech that reports a day before
 * publication: the clause of a past verb of saying ("replied that he was set for tonight") while the paragraph tells
 * of an earlier day (para.antecedent). Indirect speech keeps the speaker's own "today", "tonight" only when the
 * saying and the reporting share the day; otherwise English shifts them ("that night", Quirk et al., indirect
 * speech, back-shift of time adverbials). Left unshifted, they count from the speaking, as inside a quote.
 */
export function inEarlierReport(text: string, at: number, para: ParagraphState, ref: Day | null): boolean {
  const told = para.antecedent?.day;
  if (!told || !ref || formatDate(told) >= formatDate(ref)) return false;
  return REPORTED_CLAUSE.test(text.slice(Math.max(0, at - 200), at));
}
