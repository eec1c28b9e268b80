// Events that news names by their date, whatever the year of the story: "the Sept. 11 attacks" are those of 2001,
// not the last Sept. 11 before publication.

import type { CalDate } from './dates-calendar.ts';
import type { Recogniser } from './dates-patterns.ts';

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
      /\b(?:9\/11|Sept\.?\s+11|September\s+11)(?:th)?(?:,?\s+2001,?)?\s+(?=(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ings?|ers))\b)/,
    date: { y: 2001, m: 9, d: 11 },
  },
];

/** Dates written as the name of a well-known event (NAMED_DATES): that event's own date. */
export const namedDates: Recogniser[] = NAMED_DATES.map(({ pattern, date }) => ({
  pattern,
  read: (_ctx, m) => ({ start: m.index, end: m.index + m[0].trimEnd().length, date }),
}));
