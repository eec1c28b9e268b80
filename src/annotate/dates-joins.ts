// Joins between neighbouring candidates of one sentence: a day counted from a written day ("the day after
// Dec. 30"), a weekday or a day word restated by its date ("Friday, Dec. 12", "tonight – Dec. 30"), a month with a
// relative year ("in May next year"), the two ends of a span ("from June 5 to June 9", "on Friday and until
// Saturday"). Each runs as a refiner at the end of the chrono pipeline (dates-pipeline.ts).

import { addDays, type CalDate, type Day, yearOnWeekday } from './dates-calendar.ts';
import type { Candidate } from './dates-patterns.ts';

const DAY_AFTER = /\bthe\s+(day|night|morning|evening)\s+(after|before)\s+(?:the\s+|an?\s+)?$/i;

/**
 * "the day after the Dec. 30 shooting", "the night before Thanksgiving": a day named by its distance from a
 * written day is that day plus or minus one (calendar arithmetic). Both days stay events of the sentence: the
 * written one ("the Dec. 30 shooting") and the one it counts to.
 */
export function withDayAfter(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    out.push(c);
    const { y, m, d } = c.date;
    if (m === undefined || d === undefined || y === 0) continue;
    const lead = DAY_AFTER.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!lead) continue;
    const step = (lead[2] as string).toLowerCase() === 'after' ? 1 : -1;
    out.push({ ...c, start: c.start - lead[0].length, date: addDays({ y, m, d }, step) });
  }
  return out;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_THEN_DATE = /^\s*(?:\(|,)?\s*$/;

/**
 * "On Friday (Dec. 12)", "Friday, Dec. 12": a weekday written with its month and day is one date, in the year
 * nearest the publication day in which that day falls on that weekday (a calendar fact, whatever the tense).
 */
export function withWeekdayDates(text: string, sorted: Candidate[], ref: Day | null): Candidate[] {
  if (!ref) return sorted;
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    const next = sorted[i + 1];
    const wd = WEEKDAYS.indexOf(
      text
        .slice(c.start, c.end)
        .replace(/^\W*(?:on\s+)?/i, '')
        .toLowerCase(),
    );
    const nd = next?.date;
    if (
      wd >= 0 &&
      next &&
      nd?.m !== undefined &&
      nd.d !== undefined &&
      next.yearInferred &&
      WEEKDAY_THEN_DATE.test(text.slice(c.end, next.start))
    ) {
      const year = yearOnWeekday(ref.y, nd.m, nd.d, wd, 1);
      if (year !== null) {
        out.push({ ...next, start: c.start, date: { y: year, m: nd.m, d: nd.d }, yearInferred: false });
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * "in May next year", "on April 1 last year": a month or day followed by a relative year is in that year, one
 * date; not a month in the publication's year and a separate year.
 */
export function withRelativeYears(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    const next = sorted[i + 1];
    if (
      next &&
      c.date.m !== undefined &&
      next.date.m === undefined &&
      next.date.y !== 0 &&
      /^\s+(?:of\s+)?$/.test(text.slice(c.end, next.start)) &&
      /^(?:next|last|this|the\s+following|the\s+previous)\s+year$/i.test(text.slice(next.start, next.end).trim())
    ) {
      out.push({ ...c, end: next.end, date: { ...c.date, y: next.date.y }, yearInferred: false });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A day word a date may restate: "tonight – Dec. 30", "today (Oct. 28)". */
const RESTATED_DAY = /^(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)$/i;

/**
 * "tonight – Dec. 30", "today, March 4", "today (Oct. 28)": a day word restated by the date right after it, in
 * apposition or in brackets, is that date; the date is what the text gives, so the day word goes.
 */
export function withoutRestatedDays(text: string, sorted: Candidate[]): Candidate[] {
  return sorted.filter((c, i) => {
    const next = sorted[i + 1];
    return !(
      next?.date.d !== undefined &&
      RESTATED_DAY.test(text.slice(c.start, c.end).replace(/^\W+/, '')) &&
      /^\s*[–—,(-]\s*$/.test(text.slice(c.end, next.start))
    );
  });
}

/** What makes two dates the ends of one span: "from June 5 to June 9", "May 2–June 9", "March through May". */
const SPAN_JOINT = /^\s*(?:[-–—]|to|through|thru|until|till)\s*$/i;

/**
 * "from June 5 to June 9": both ends of a span written without a year lie in one stretch of time, the second after
 * the first (a span runs forward), so the second takes its year from the first: the same year, or the next when its
 * month and day come earlier ("from November to February"). Each end was read by its own clause's tense, which may
 * have sent them to different years.
 */
export function withSpanYears(text: string, sorted: Candidate[]): Candidate[] {
  return sorted.map((c, i) => {
    const prev = sorted[i - 1];
    if (!prev || !c.yearInferred || !prev.yearInferred || prev.date.m === undefined || c.date.m === undefined) return c;
    if (!SPAN_JOINT.test(text.slice(prev.end, c.start))) return c;
    const order = (d: { m?: number; d?: number }): number => (d.m as number) * 32 + (d.d ?? 0);
    const y = order(c.date) < order(prev.date) ? prev.date.y + 1 : prev.date.y;
    return y === c.date.y ? c : { ...c, date: { ...c.date, y } };
  });
}

/**
 * "on August 6 and 9, 1945", "On 7 and 11 April": two days of one month joined by "and" are two dates, the month
 * (and a year written after the second) shared by both, as English coordinates the days of one month.
 */
export function withCoordinatedDays(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    const { m, d } = c.date;
    if (m === undefined || d === undefined) {
      out.push(c);
      continue;
    }
    // The second day ends its phrase ("and 9, 1945", "and 9 when …"), unlike a count ("and 5 people").
    const after =
      /^\s+and\s+(\d{1,2})(?:,\s*(\d{4})\b)?(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|in|at|on|when|while|before|after|to|from|the|a|an)\b)/.exec(
        text.slice(c.end),
      );
    // "7 and 11 April": only before a day written first, whose month comes after it (not "March 3 and April 5").
    const dayFirst = /^\d/.test(text.slice(c.start, c.end).replace(/^\W*(?:on|by|from|until|since)\s+/i, ''));
    const before = dayFirst ? /\b(\d{1,2})\s+and\s+$/.exec(text.slice(Math.max(0, c.start - 12), c.start)) : null;
    const day = Number(after?.[1] ?? before?.[1]);
    if (!(day >= 1 && day <= 31) || day === d) {
      out.push(c);
      continue;
    }
    const year = after?.[2] ? Number(after[2]) : undefined;
    const y = year ?? c.date.y;
    const shared = { ...c.date, y };
    const own = year !== undefined ? { ...c, date: shared, yearInferred: false } : c;
    const at = after ? c.end + after[0].indexOf(after[1] as string) : c.start - (before as RegExpExecArray)[0].length;
    const other: Candidate = { ...own, start: at, end: at + String(day).length, date: { ...shared, d: day } };
    out.push(...(after ? [own, other] : [other, own]));
  }
  return out;
}

const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** What opens the end of a span after its start: "on Friday and until 8am on Saturday", "from Monday to Friday". */
const SPAN_END_BEFORE = /\b(?:until|till|through|to)\b[^.;:!?]{0,14}$/i;
const SPAN_END_OPENS = /^(?:until|till|through)\b/i;

/**
 * "on Friday and until 8am on Saturday": a weekday that ends a span runs on from the day that starts it, so it lies
 * after it, in the same week or the next, whatever the verb's tense picked for it alone.
 */
export function withSpanEnds(text: string, sorted: Candidate[]): Candidate[] {
  return sorted.map((c, i) => {
    const prev = sorted[i - 1];
    if (!prev || prev.date.d === undefined || c.date.d === undefined) return c;
    const own = text.slice(c.start, c.end);
    const spanEnd = SPAN_END_BEFORE.test(text.slice(prev.end, c.start)) || SPAN_END_OPENS.test(own);
    if (!WEEKDAY_NAME.test(own) || !spanEnd) return c;
    const at = (d: CalDate): number => Date.UTC(d.y, (d.m ?? 1) - 1, d.d ?? 1);
    return at(c.date) >= at(prev.date) ? c : { ...c, date: addDays(c.date as Day, 7) };
  });
}
