// The paragraph's reading state (its quotes, the narrative year, the last day named) and the anaphoric days that
// count from that last day: "the next day", "that evening", "a day later".

import type { DatedEvent, Sentence } from '../article/model.ts';
import { addDays, type CalDate, type Day, formatDate, precisionOf, weekdayOf } from './dates-calendar.ts';
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

export interface ParagraphState {
  /** Absolute spans of the paragraph inside quotation marks. */
  quoted: [number, number][];
  /** The narrative year in force (see anchorYears). */
  narrative: number | null;
  /** The last day the reporter's words named (see withAnaphors and paragraphEvents). */
  antecedent: Antecedent | null;
}

export interface Antecedent {
  day: Day;
  /** Number of the paragraph it was named in. */
  paragraph: number;
}

/**
 * Time adverbials that point back to a day already named: "that evening", "the same day", "later that night", "the
 * next day", "the following morning", "a day later", "the day before", "that week". English uses them anaphorically:
 * they take their time from the last time the text gave, as "he", "she" take their person from the last one named
 * (TimeML anchors them to that time). Only as an adverbial: at the end of the clause, before punctuation or a
 * preposition or conjunction ("returned home that evening, hours before…", "was arrested the next day."); "said that
 * night fell" is a conjunction and a subject, and "the day before the vote" counts from the vote (withDayAfter).
 */
const ANAPHORIC_DAY =
  /\b(?:(?:later|earlier)\s+)?(?:(?:that|the\s+same)\s+(day|morning|afternoon|evening|night|week)|the\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night)|the\s+day\s+(before|after)|an?\s+day\s+(later|earlier))(?=\s*(?:[,.;:!?)\u2014\u2013]|-\s|$)|\s+(?:at|in|on|to|when|after|before|and|but|as|with|for|from|by)\b)/gi;

interface Anaphor {
  start: number;
  end: number;
  /** Days from the antecedent, or null for its week. */
  step: number | null;
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
 * The sentence's events with those of its anaphoric days ("was arrested the next day"), each counted from the last
 * day named before it in the reporter's words: earlier in the sentence, else before it (para.antecedent, carried
 * across paragraphs by paragraphEvents). Only in a sentence told in the past: its own words (quotes aside) have no
 * present or future verb, and a past form decides the anaphor's clause; "Guests check out the next day" is a habit
 * with no day to count from. Quoted words count from the speaking. Leaves para.antecedent at the last day named.
 */
export function withAnaphors(sentence: Sentence, para: ParagraphState, events: DatedEvent[]): DatedEvent[] {
  const offset = sentence.start;
  const quotedAt = (at: number): boolean => para.quoted.some(([s, e]) => s <= at && at < e);
  const own = (e: DatedEvent): boolean => e.precision === 'day' && !quotedAt(e.start);
  const anaphors = anaphorsIn(sentence.text).filter((a) => !quotedAt(offset + a.start));
  const out = [...events];
  if (anaphors.length) {
    const local = para.quoted
      .filter(([s, e]) => e > offset && s < sentence.end)
      .map(([s, e]): [number, number] => [Math.max(0, s - offset), Math.min(sentence.text.length, e - offset)]);
    const told = !inPresentOrFuture(withoutSpans(sentence.text, local));
    const seen = new Set(events.map((e) => e.date));
    for (const a of told ? anaphors : []) {
      if (!markedPast(sentence.text, a.start, a.end)) continue;
      const before = events.filter((e) => own(e) && e.end <= offset + a.start).at(-1);
      const day = before ? dayOfEvent(before) : para.antecedent?.day;
      const date = day ? anaphorDate(a, day) : null;
      if (!date || seen.has(formatDate(date))) continue;
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
    }
  }
  const last = out.filter(own).sort((a, b) => a.start - b.start).at(-1);
  if (last) para.antecedent = { day: dayOfEvent(last), paragraph: sentence.paragraph };
  return out;
}

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
