// Calendar arithmetic for the date annotator: plain year/month/day values, no time zones, no Date objects
// leaking out. Everything here is pure and works on the publication day as the reference.

import type { DatePrecision } from '../article/model.ts';

/** A calendar day; `m` is 1–12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** Which way an unanchored "September" or "Thursday" points from the publication day. */
export type Direction = 'past' | 'future';

/** A resolved date at the precision the text gives. */
export interface CalDate {
  y: number;
  m?: number;
  d?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatDate(date: CalDate): string {
  if (date.m === undefined) return String(date.y);
  if (date.d === undefined) return `${date.y}-${pad(date.m)}`;
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

export function precisionOf(date: CalDate): DatePrecision {
  if (date.m === undefined) return 'year';
  return date.d === undefined ? 'month' : 'day';
}

/** Truncates a day to the given precision. */
export function atPrecision(day: Day, precision: DatePrecision): CalDate {
  if (precision === 'year') return { y: day.y };
  if (precision === 'month') return { y: day.y, m: day.m };
  return day;
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string as a sortable key: start day, then coarser first. */
export function sortKey(date: string): string {
  const [y = '0000', m, d] = date.split('-');
  const rank = d !== undefined ? 2 : m !== undefined ? 1 : 0;
  return `${y.padStart(4, '0')}-${m ?? '01'}-${d ?? '01'}#${rank}`;
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

/**
 * "Monday, Dec. 14": the year nearest `y` (at most `reach` years away, the nearer first, the earlier on a tie) in
 * which `m`/`d` falls on weekday `wd` (a calendar fact, whatever the tense); null when none does.
 */
export function yearOnWeekday(y: number, m: number, d: number, wd: number, reach: number): number | null {
  for (let k = 0; k <= reach; k++)
    for (const cand of k === 0 ? [y] : [y - k, y + k]) if (weekdayOf({ y: cand, m, d }) === wd) return cand;
  return null;
}

/** Formatters by zone name: building one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `name` is a time zone this runtime knows (an IANA name such as "America/New_York", or "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The offset from UTC, in minutes, of the zone's local time at the instant `ms` (daylight saving included). */
export function zoneOffsetMinutes(timeZone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = Number(p.value);
  const local = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The local calendar day of an ISO 8601 publication timestamp, the instant it names and the offset (minutes) of the
 * place it was written in.
 * - With its own offset ("…T23:00-05:00"), the day is the one where it was published (still the 8th), whatever
 *   `timeZone` says.
 * - In UTC ("…Z") the instant is known but not the newsroom's day: a story stamped 02:00Z in New York was written
 *   the evening before. `timeZone` (ARTICLE_TIMEZONE, an IANA name; default UTC) gives that day.
 * - Without any offset ("2024-03-10T21:30", "2024-03-10") the written date and time are the local ones of
 *   `timeZone`: the day is the one written, and the instant follows from the zone. Never the process's own zone.
 * An unknown zone counts as UTC (the configuration refuses one before it gets here).
 */
export function publicationDay(
  stamp: string,
  timeZone = 'UTC',
): { day: Day; offsetMinutes: number; instantMs: number } | null {
  const m = STAMP.exec(stamp.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', designator] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
  if (Number.isNaN(wall)) return null;
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  let instantMs: number;
  let offsetMinutes: number;
  if (designator && designator.toUpperCase() !== 'Z') {
    const n = /([+-])(\d{2}):?(\d{2})/.exec(designator) as RegExpExecArray;
    offsetMinutes = (n[1] === '-' ? -1 : 1) * (Number(n[2]) * 60 + Number(n[3]));
    instantMs = wall - offsetMinutes * 60_000;
  } else if (designator) {
    instantMs = wall;
    offsetMinutes = zoneOffsetMinutes(zone, instantMs);
  } else {
    // The wall clock is local: its offset is the zone's at the instant it names (two steps settle a DST change).
    offsetMinutes = zoneOffsetMinutes(zone, wall);
    offsetMinutes = zoneOffsetMinutes(zone, wall - offsetMinutes * 60_000);
    instantMs = wall - offsetMinutes * 60_000;
  }
  const local = new Date(instantMs + offsetMinutes * 60_000);
  return {
    day: { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() },
    offsetMinutes,
    instantMs,
  };
}

/**
 * The weekday `wd` nearest the reference in the given direction. `strict` excludes the reference day itself
 * ("last Friday" written on a Friday is a week back; a plain "Friday" in a past-tense sentence may be today,
 * as wire style names the day instead of saying "today").
 */
export function resolveWeekday(ref: Day, wd: number, dir: Direction, strict: boolean): Day {
  const refWd = weekdayOf(ref);
  let diff = dir === 'past' ? (refWd - wd + 7) % 7 : (wd - refWd + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return addDays(ref, dir === 'past' ? -diff : diff);
}

/** The weekday `wd` (0 = Sunday) of the Monday-to-Sunday week that holds `ref`. */
export function weekdayOfWeek(ref: Day, wd: number): Day {
  const mondayBased = (d: number): number => (d + 6) % 7;
  return addDays(ref, mondayBased(wd) - mondayBased(weekdayOf(ref)));
}

/**
 * The year of a month (and day) given without a year: the most recent one at or before the reference for the
 * past, the next one at or after it for the future (strictly before/after when `strict`, as in "last March").
 */
export function resolveYear(ref: Day, m: number, d: number | undefined, dir: Direction, strict: boolean): number {
  // Compare (month, day) pairs; a month alone compares by month only.
  const cmp = m !== ref.m ? m - ref.m : d === undefined ? 0 : d - ref.d;
  const y =
    dir === 'past'
      ? cmp < 0 || (cmp === 0 && !strict)
        ? ref.y
        : ref.y - 1
      : cmp > 0 || (cmp === 0 && !strict)
        ? ref.y
        : ref.y + 1;
  return d === undefined || d <= daysInMonth(y, m) ? y : nearestYearWith(ref, m, d);
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "Feb. 29" without a year: the leap day nearest the reference day, before or after it (one exists within 4 years). */
function nearestYearWith(ref: Day, m: number, d: number): number {
  const at = (y: number): number => Math.abs(Date.UTC(y, m - 1, d) - Date.UTC(ref.y, ref.m - 1, ref.d));
  let best = ref.y;
  for (let y = ref.y - 4; y <= ref.y + 4; y++)
    if (d <= daysInMonth(y, m) && (d > daysInMonth(best, m) || at(y) < at(best))) best = y;
  return best;
}

/**
 * The year of a month (and day) written without a year, for a clause that looks ahead only through a modal of
 * possibility ("can", "could", "may"): the next one, except across the new year when that one is farther ahead than
 * the last one is behind; then the last one. AP style writes the year of any date outside the current year ("Use
 * the year only if it is not the current year"); news drops it for a month just past the new year ("could meet in
 * January", written in December), not for one most of a year away, which it writes "next June" or "June 2025". And
 * such a modal also states what is possible now ("shows it can act alone after backing the sanctions in June"), so
 * the clause may well be about the past. "will", "is scheduled for" keep the plain next one (resolveYear).
 */
export function resolveUnmarkedYear(ref: Day, m: number, d: number | undefined, dir: Direction): number {
  const y = resolveYear(ref, m, d, dir, false);
  if (dir === 'past' || y === ref.y) return y;
  const dayOfYear = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;
  const at = (year: number): number => dayOfYear({ y: year, m, d: d ?? 1 });
  const ahead = at(y) - dayOfYear(ref);
  const behind = dayOfYear(ref) - at(y - 1);
  return ahead > behind ? y - 1 : y;
}

/** The `n`th (1-based; -1 = last) weekday `wd` (0 = Sunday) of month `m` in year `y`. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n > 0) {
    const first = weekdayOf({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = weekdayOf({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - wd + 7) % 7) };
}

/**
 * Holidays on a fixed day, or on a rule of the calendar (US federal holidays, 5 U.S.C. 6103: Thanksgiving is the
 * fourth Thursday of November, Labor Day the first Monday of September, Memorial Day the last Monday of May).
 */
const HOLIDAYS: Record<string, (y: number) => Day> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'black friday': (y) => addDays(nthWeekday(y, 11, 4, 4), 1),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  'fourth of july': (y) => ({ y, m: 7, d: 4 }),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'veterans day': (y) => ({ y, m: 11, d: 11 }),
};

/** The holiday's canonical key ("Thanksgiving Day" → "thanksgiving"), or null when it is not one we know. */
export function holidayKey(name: string): string | null {
  const key = name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/^(thanksgiving|christmas) day$/, '$1');
  return key in HOLIDAYS ? key : null;
}

/** The holiday nearest the reference in the given direction, the reference day itself included. */
export function resolveHoliday(ref: Day, key: string, dir: Direction): Day | null {
  const rule = HOLIDAYS[key];
  if (!rule) return null;
  const refKey = ref.y * 10000 + ref.m * 100 + ref.d;
  const days = [ref.y - 1, ref.y, ref.y + 1].map(rule);
  const keyOf = (d: Day): number => d.y * 10000 + d.m * 100 + d.d;
  if (dir === 'past') return days.filter((d) => keyOf(d) <= refKey).at(-1) ?? null;
  return days.find((d) => keyOf(d) >= refKey) ?? null;
}
