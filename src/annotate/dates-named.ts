// Events that news names by their date, whatever the year of the story: "the Sept. 11 attacks" are those of 2001,
// not the last Sept. 11 before publication.

import type { CalDate } from './dates-calendar.ts';
import type { Candidate, SentenceContext } from './dates-patterns.ts';

interface NamedDate {
  /** The name as news writes it; the date in it alone would be resolved against the publication day. */
  pattern: RegExp;
  date: CalDate;
}

/**
 * Source: AP Stylebook, "9/11" ("acceptable in all references to the Sept. 11, 2001, terrorist attacks"). The date
 * is the name only with the attacks written after it ("the Sept. 11 attacks", "the 9/11 hijackers"): "on Sept. 11"
 * alone may be any year's.
 */
const NAMED_DATES: NamedDate[] = [
  {
    pattern:
      /\b(?:9\/11|Sept\.?\s+11|September\s+11)(?:th)?(?:,?\s+2001,?)?\s+(?=(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ings?|ers))\b)/g,
    date: { y: 2001, m: 9, d: 11 },
  },
];

/** Dates written as the name of a well-known event (NAMED_DATES): that event's own date. */
export function namedDates(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  for (const { pattern, date } of NAMED_DATES) {
    for (const m of ctx.text.matchAll(pattern)) {
      out.push({ start: m.index, end: m.index + m[0].trimEnd().length, date });
    }
  }
  return out;
}
