// The publication time a pasted article states on a line of its own near the top ("Published September 27, 2016
// 9:21 AM EDT", "Updated 12:41 PM ET, Tue September 27, 2016", "27 September 2016"), for an article without a
// metadata line. Without it, "on Tuesday" and "Dec. 9" in the story could not be dated at all.
import type { Published } from './model.ts';

/** How many paragraphs from the top a date line may sit in: the headline, a standfirst, a byline, the date. */
export const DATE_LINE_REACH = 6;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** "September 27, 2016", "Sept. 27 2016". */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, 'i');
/** "27 September 2016". */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH},?\s+(\d{4})\b`, 'i');
/** "9:21 AM EDT", "21:15 GMT", "9 a.m. ET", "9:21 AM" (a clock time: minutes or a.m./p.m.; the zone optional). */
const TIME =
  /\b(\d{1,2})(?::(\d{2})|(?=\s*[ap]\.?m\b))\s*(?:([ap])\.?m\.?)?(?:\s*\b(UTC|GMT|BST|CEST|CET|[ECMP][SD]?T)\b)?/i;
/** What else a date line may hold: a label, a weekday, "at", "on", separators. */
const FILLER =
  /\b(?:published|updated|posted|last|first|date|on|at|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b|[\s.,:;|·•–—/-]+/gi;

/**
 * Offsets of the zone abbreviations news sites print (US zones as the AP Stylebook writes them, UTC, and the British
 * and central European ones), in minutes east of UTC.
 */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EST: -300,
  EDT: -240,
  ET: -240,
  CST: -360,
  CDT: -300,
  CT: -300,
  MST: -420,
  MDT: -360,
  MT: -360,
  PST: -480,
  PDT: -420,
  PT: -420,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The publication time a date line states, or null when the line holds anything but a label, a date with its year,
 * a time and a zone. With the time and zone both written the instant is exact; else it is noon UTC of the day (the
 * day is what dating needs, and noon stays on that day in every zone from UTC−11 to UTC+11).
 */
export function publishedFromDateLine(line: string): Published | null {
  const text = line.trim();
  if (text.length > 80) return null;
  const mdy = MONTH_DAY_YEAR.exec(text);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(text);
  const found = mdy ?? dmy;
  if (!found) return null;
  const [monthWord, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : [dmy?.[2], dmy?.[1], dmy?.[3]];
  const month = MONTHS.indexOf((monthWord ?? '').slice(0, 3).toLowerCase()) + 1;
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  if (month < 1 || Number.isNaN(Date.parse(date)) || new Date(date).getUTCDate() !== Number(day)) return null;
  const withoutDate = text.replace(found[0], ' ');
  const time = TIME.exec(withoutDate);
  if (withoutDate.replace(time?.[0] ?? '', ' ').replace(FILLER, '')) return null;
  const offset = time?.[4] ? ZONES[time[4].toUpperCase()] : undefined;
  const ampm = time?.[3]?.toLowerCase();
  const hour = time ? (ampm ? (Number(time[1]) % 12) + (ampm === 'p' ? 12 : 0) : Number(time[1])) : 0;
  if (!time || offset === undefined || hour > 23) return { instant: `${date}T12:00:00Z`, id: null };
  const sign = offset < 0 ? '-' : '+';
  const off = Math.abs(offset);
  const clock = `${pad(hour)}:${pad(Number(time[2] ?? 0))}:00${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
  return { instant: `${date}T${clock}`, id: null };
}
