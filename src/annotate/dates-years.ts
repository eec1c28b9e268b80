// Years written as numbers: "in 2024", "since 1991", "the 2024 election", "2023's", "'91". A 4-digit number is
// a year only in a date-like context; counts, measures and clock times are not.

import { leadStart, type Recogniser } from './dates-patterns.ts';

/** Time prepositions and period modifiers that make a following 4-digit number a year: "in 2024", "mid-2022". */
const YEAR_CONTEXT =
  /(?:^|[^\w'’])(?:in|since|by|until|till|through|throughout|of|before|after|during|from|between|early|late|mid|around|circa|as|least|back\s+to|year|fiscal|spring|summer|fall|autumn|winter|class\s+of|(?:in|of|during|for|by)\s+(?:both|either))\s+$|\b(?:mid|pre|post)-$/i;

/** Time prepositions only: what a year before 1800 needs. */
const EARLY_YEAR_CONTEXT = /(?:^|[^\w'’])(?:in|since|until|till|before|after|during|circa|around)\s+$/i;

/** Determiners before a number that modifies a noun: "the 2024 election", "a 2019 report", "Japan's 2011 tsunami". */
const DETERMINER_BEFORE = /(?:(?:^|[^\w'’])(?:the|a|an|his|her|its|their|our|my|your|this|that)|\w['’]s)\s+$/i;

/** A year right after another year: "2019 and 2020", "2019-2020", "1990 to 2000". */
const YEAR_CONTINUATION = /(?:,|\band\b|\bor\b|\bto\b|\bthrough\b|\buntil\b|[-–—/])\s*$/i;

/** What may follow a 4-digit number that is a quantity, a clock time or a measure rather than a year. */
const NOT_YEAR_AFTER = /^(?:\s*(?:%|percent\b|per\s*cent\b|GMT\b|UTC\b|hours?\b|hrs\b|h\b|[A-Z]{2,4}T\b|local\s+time\b)|[.:,]\d)/;

/** What ends the phrase right after a number, so that no noun it could count or measure follows. */
const YEAR_PHRASE_END = /^(?:\s*$|\s*[.,;:!?)\]”"’]|\s+(?:and|or|but|when|if|after|before|at|in|on|with|as)\b)/i;

/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'feet', 'cattle']);

/** Units: "the 1500 metres", "a 2000 mile trip" are measures even in the singular. */
const UNITS =
  /^(?:met(?:er|re)s?|km|kilomet(?:er|re)s?|miles?|yards?|foot|feet|inch(?:es)?|pounds?|kg|kilos?|kilograms?|tons?|tonnes?|acres?|hectares?|dollars?|euros?|calories|horsepower|cc|mph|degrees?)$/;

/** Lowercase words in -s that are not plural nouns. */
const NOT_PLURAL = new Set([
  'always', 'perhaps', 'whereas', 'unless', 'across', 'besides', 'towards', 'afterwards', 'sometimes', 'does', 'goes',
  'was', 'has', 'this', 'thus', 'plus', 'versus', 'its', 'his', 'hers', 'yes', 'alas', 'less', 'nevertheless',
]);

/** "2,000 troops" never matches; "2000 troops", "1999 votes" are counts: a number before a plural noun. */
function isCountNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  return word.length >= 4 && word.endsWith('s') && !/(?:ss|us|is|ics)$/.test(word) && !NOT_PLURAL.has(word);
}

/** Verbs that make a sentence-initial number a year: "2023 was the hottest year". */
const YEAR_SUBJECT_VERB = /^\s+(?:was|is|has|had|saw|will|marked|brought|became|proved|also)\b/;

/**
 * Source: WordNet's nouns for a contest (championship, tournament, games, olympics, open, cup) and for a public
 * gathering (exposition/expo, fair, festival, summit, conference, congress, convention), with the sports clipping
 * "worlds" (Wiktionary: "a world championship"). Capitalised before a year, they name one edition of a recurring
 * event: "Worlds 2017", "Expo 2020", "Championships 2019".
 */
const EDITION_HEADS = new Set([
  'championship', 'championships', 'worlds', 'tournament', 'games', 'olympics', 'open', 'cup', 'expo', 'exposition',
  'fair', 'festival', 'summit', 'conference', 'congress', 'convention',
]);

/** "At Worlds 2017", "during the Expo 2020 run": the capitalised head of an event's name right before the year. */
function isEditionYear(before: string): boolean {
  const head = /(?:^|[^\w'’-])(\p{Lu}\p{L}+)\s$/u.exec(before)?.[1];
  return head !== undefined && EDITION_HEADS.has(head.toLowerCase());
}

const FOUR_DIGIT = /(?<![\w$€£¥#.,])(1[5-9]\d\d|20\d\d|2100)(?![\w]|['’]\d)/;

/** A year, or a two-digit year after an apostrophe, right before what joins it to the next: "2019 and ", "'08, ". */
const YEAR_BEFORE = /(?:(?<![\w$€£¥#.,])(?:1[5-9]\d\d|20\d\d|2100)|(?<![\w'’])['’]\d\d)(\D{0,12})$/;

/** Whether the year at `text[start]` continues a list or span of years written just before it (YEAR_CONTINUATION). */
function continuesYears(text: string, start: number): boolean {
  const joint = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return joint !== undefined && YEAR_CONTINUATION.test(joint);
}

/** Why a 4-digit number at text[start, end) is a year, or null when it is not one. */
function yearReason(text: string, start: number, end: number, continues: boolean): string | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  if (NOT_YEAR_AFTER.test(after) || /^s\b/.test(after)) return null; // measures, times, decades ("the 1990s")
  const nextWord = /^\s+([a-z]+)\b/.exec(after)?.[1];
  if (nextWord && UNITS.test(nextWord)) return null;
  if (/^['’]s\b/.test(after)) return /\bthe\s+$/i.test(before) ? null : 'possessive'; // "the 1990's" is a decade
  if (DETERMINER_BEFORE.test(before)) {
    // "the 2024 election", "the 2022 floods", "the 2022-23 season"; a bare "the 2000" is a number.
    return nextWord || /^\s+[A-Z]|^[-–/]\d/.test(after) ? 'modifier' : null;
  }
  if (nextWord && isCountNoun(nextWord)) return null; // "of 2000 troops"
  if (YEAR_CONTEXT.test(before)) return 'context';
  if (isEditionYear(before)) return 'edition';
  // "a landing targeted for 2027.", "the budget for 2025, …": "for" and nothing after the number in its phrase.
  if (/(?:^|[^\w'’])for\s+$/i.test(before) && YEAR_PHRASE_END.test(after)) return 'context';
  if (continues) return 'continuation';
  if (/^\W{0,2}$/.test(before) && YEAR_SUBJECT_VERB.test(after)) return 'subject';
  return null;
}

/**
 * "2012-2014", "the 2007–2009 crisis": two full years joined by a dash name one period, written as a unit (Chicago
 * 6.78: the en dash stands for "up to and including"). The notation here (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) has no
 * period, and its two ends are not events: something held or was measured over the whole span. Neither year is
 * dated. Years joined by words ("in 2018 and 2019", "from 2010 to 2012") stay, each its own date.
 */
/**
 * "in November of 2005": a month, then "of", then its year, a common way to write a month with its year (chrono's
 * ENMonthNameParser reads it as one month; so does "November 2005"). The year belongs to the month, not to a date of
 * its own.
 */
const MONTH_OF_BEFORE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\s+of\s+$/;

const YEAR_RANGE_AFTER = /^\s?[-–—]\s?(?:1[5-9]\d\d|20\d\d)(?!\w)/;
const YEAR_RANGE_BEFORE = /(?<![\w.,])(?:1[5-9]\d\d|20\d\d)\s?[-–—]\s?$/;

/**
 * Four-digit years 1500–2100 in a date-like context (before 1800 only after a time preposition). A number is a year when a time preposition or modifier
 * precedes it ("in 2024", "by the end of 2025", "mid-2022"), when a determiner precedes it and a noun follows
 * ("the 2024 election", "a 2019 report"), after the head of an event's name ("Worlds 2017", EDITION_HEADS), when
 * it continues a list of years, in the possessive ("2023's"), or when it opens the sentence as a subject ("2023 was
 * …"). A plural noun or a unit after it makes it a count or a measure ("of 2000 troops", "the 1500 metres").
 */
export const bareYears: Recogniser = {
  pattern: FOUR_DIGIT,
  read(ctx, m) {
    const text = ctx.text;
    const start = m.index;
    const end = start + m[0].length;
    if (YEAR_RANGE_AFTER.test(text.slice(end, end + 8)) || YEAR_RANGE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
      return null;
    }
    // "November of 2005": left to chrono, which reads the month with its year.
    if (MONTH_OF_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
    // "4.5 billion more than in 2015", "up 3% compared with 2015": the year a figure is measured against.
    if (YEAR_BASELINE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
    const reason = yearReason(text, start, end, continuesYears(text, start));
    if (!reason) return null;
    // Before 1800 a four-digit number in news is more often a name or a count than a year ("managing director of
    // 1776", "1776's contest"): only a time preposition makes it one ("established in 1775").
    if (Number(m[1]) < 1800 && !(reason === 'context' && EARLY_YEAR_CONTEXT.test(text.slice(Math.max(0, start - 12), start)))) return null;
    return { start: reason === 'context' ? leadStart(text, start) : start, end, date: { y: Number(m[1]) } };
  },
};

/** A comparison's baseline right before a year: "than (in)", "compared with (in)", "versus". */
const YEAR_BASELINE_BEFORE = /\b(?:than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:in\s+)?$/i;

const TWO_DIGIT = /(?<![\w'’])['’](\d\d)(?![\w'’])/;

/**
 * "'91", "the '08 crash": a two-digit year after an apostrophe, in a date-like context. It is the latest year
 * ending in those digits that is not after publication (without a publication day, not after 2030).
 */
export const twoDigitYears: Recogniser = {
  pattern: TWO_DIGIT,
  read(ctx, m) {
    const pivot = ctx.ref ? ctx.ref.y : 2030;
    const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
    const continues = continuesYears(ctx.text, m.index);
    if (!(YEAR_CONTEXT.test(before) || DETERMINER_BEFORE.test(before) || continues)) return null;
    const yy = Number(m[1]);
    const y = 2000 + yy <= pivot ? 2000 + yy : 1900 + yy;
    return { start: continues ? m.index : leadStart(ctx.text, m.index), end: m.index + m[0].length, date: { y } };
  },
};
