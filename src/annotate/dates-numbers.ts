// Cardinal numbers written in words ("seventy", "twenty-five", "a hundred and ten") and the distances back in time
// they give: "Seventy years ago". chrono reads only the words up to twelve.

import { addDays, addMonths, type CalDate } from './dates-calendar.ts';
import type { Recogniser } from './dates-patterns.ts';

/** English cardinal number words; the compounds from twenty-one to ninety-nine take a hyphen (Chicago Manual of Style). */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const UNIT_WORD = Object.keys(UNITS).join('|');
const TENS_WORD = Object.keys(TENS).join('|');
const BELOW_HUNDRED = `(?:(?:${TENS_WORD})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${UNIT_WORD})`;

/** A cardinal below a thousand in words: "seventy", "forty-two", "a hundred", "two hundred and five". */
export const CARDINAL_WORDS = `(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?|${BELOW_HUNDRED})`;

const WHOLE = new RegExp(`^${CARDINAL_WORDS}$`, 'i');

/** The value of a cardinal written in words (CARDINAL_WORDS), or null when the phrase is not one. */
export function cardinalValue(phrase: string): number | null {
  const text = phrase.trim().toLowerCase();
  if (!WHOLE.test(text)) return null;
  let total = 0;
  for (const word of text.split(/[-\s]+/)) {
    if (word === 'and') continue;
    if (word === 'hundred') total = (total || 1) * 100;
    else total += word === 'a' ? 1 : (UNITS[word] ?? TENS[word] ?? 0);
  }
  return total;
}

/**
 * What makes "a year ago" the baseline of a comparison ("up 5% from a year ago", "compared with the same period a
 * year ago", "higher than three months ago"): a figure measured against that time, not something that happened then.
 */
const COMPARED_BEFORE =
  /\b(?:than|compared\s+(?:to|with)|versus|vs\.?|from)\s+(?:(?:the\s+)?(?:same\s+)?(?:period|time|month|quarter|week|level|levels)\s+)?$/i;

/** "down from about 10% just over a week ago", "up from 3.2% a year ago": the figure a change starts from, then when. */
const FROM_FIGURE_BEFORE =
  /\bfrom\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[mb]n?)?\s+(?:(?:just\s+)?(?:over|under|about|around|more\s+than|less\s+than)\s+)?$/i;

/** Whether the distance back in time at `text[index]` is the baseline of a comparison (COMPARED_BEFORE). */
export function isComparisonBaseline(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  return COMPARED_BEFORE.test(before.slice(-40)) || FROM_FIGURE_BEFORE.test(before);
}

const WORDS_AGO = new RegExp(`\\b(${CARDINAL_WORDS})\\s+(day|week|month|year)s?\\s+ago\\b`, 'i');

/** The words chrono reads itself in "N units ago" (its English number words stop at twelve). */
const CHRONO_READS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;

/**
 * "Seventy years ago", "twenty-five days ago": a distance back from the publication day in number words above
 * twelve, which chrono does not read. Dated at the precision of the unit, as chrono's own "three months ago" is
 * (dates-chrono.ts); not when it is the baseline of a comparison.
 */
export const unitsAgo: Recogniser = {
  pattern: WORDS_AGO,
  read(ctx, m) {
    const ref = ctx.ref;
    const words = m[1] as string;
    const n = cardinalValue(words);
    if (!ref || n === null || CHRONO_READS.test(words) || isComparisonBaseline(ctx.text, m.index)) return null;
    const unit = (m[2] as string).toLowerCase();
    let date: CalDate;
    if (unit === 'year') date = { y: ref.y - n };
    else if (unit === 'month') {
      const d = addMonths(ref, -n);
      date = { y: d.y, m: d.m };
    } else date = addDays(ref, unit === 'week' ? -7 * n : -n);
    return { start: m.index, end: m.index + m[0].length, date, relative: true };
  },
};
