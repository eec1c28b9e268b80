// Numeric facts: a number (digits or words), its qualifier ("more than") and the noun it counts.
import type { Article, NumericFact } from '../article/model.ts';

/** Source: English cardinal, collective and fractional number words. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  fifth: 0.2,
  tenth: 0.1,
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };

const QUALIFIER =
  '(?:(?:more|fewer|less|greater|higher|lower)\\s+than|nearly|almost|about|around|roughly|approximately|some|over|under|at\\s+least|at\\s+most|up\\s+to|as\\s+many\\s+as|just|only|a|an)';
const WORD_NUMBER = Object.keys(NUMBER_WORDS).join('|');
const NUMERAL = `(?:[$€£¥]\\s?)?\\d+(?:[.,]\\d+)*(?:\\s?(?:${Object.keys(SCALES).join('|')})\\b)?`;
const UNIT = '(?:\\s?%|\\s?(?:percent|per\\s+cent|percentage\\s+points?)\\b|\\s?°?C\\b|-[\\p{Ll}]+(?:-[\\p{Ll}]+)*)?';

/** Words that end a number's noun phrase: verbs, prepositions and other function words. */
const PHRASE_STOP = new Set(
  `to in on at by for from with over into since and or but as that which who than after before during while is are
  was were be been has have had will would can could should may might said says say told according this these those
  it its their his her our more most the a an last next this`
    .split(/\s+/)
    .filter(Boolean),
);

const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\d.,])(?<!\\p{L}-)(?:${QUALIFIER}\\s+)?(?:${NUMERAL}|(?:${WORD_NUMBER})(?:[\\s-]+(?:${WORD_NUMBER}|thousand|million|billion|trillion))*)${UNIT}(?![\\p{L}\\d])`,
  'giu',
);

function numericValue(expr: string): number {
  const clean = expr.toLowerCase();
  const digits = /\d+(?:[.,]\d+)*/.exec(clean);
  if (digits) {
    // "12,000" and "3.6": commas group thousands, a dot is a decimal point.
    const v = Number(digits[0].replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '.'));
    const after = clean.slice(digits.index + digits[0].length);
    // "2.3 million", "$5m", "4bn"; but "5 m" with a space is five metres.
    const scale = /^\s?(thousand|million|billion|trillion)\b|^(bn|m)\b/.exec(after);
    return v * (SCALES[scale?.[1] ?? scale?.[2] ?? ''] ?? 1);
  }
  // "two hundred thousand": units and tens add up, "hundred" multiplies them, a larger scale closes a group.
  let total = 0;
  let group = 0;
  for (const w of clean.split(/[\s-]+/)) {
    const scale = SCALES[w];
    if (scale && scale >= 1e3 && /^[a-z]{4,}$/.test(w)) {
      total += (group || 1) * scale;
      group = 0;
    } else if (w === 'hundred') group = (group || 1) * 100;
    else if (NUMBER_WORDS[w] !== undefined) {
      const n = NUMBER_WORDS[w] as number;
      group = group < 1 && n < 1 ? n : group + n;
    }
  }
  return total + group;
}

/** Is this bare number a year or a day of a date ("in 2024", "June 18"), which the date annotator owns? */
function isDatePart(sentence: string, start: number, end: number, expr: string): boolean {
  if (!/^\d+$/.test(expr)) return false;
  const before = sentence.slice(Math.max(0, start - 12), start);
  const after = sentence.slice(end, end + 12);
  if (/^(?:1[89]|20)\d\d$/.test(expr) && !/^\s*(?:%|percent|per cent)/.test(after)) return true;
  const month = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;
  return month.test(before) || /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(after);
}

/** The noun phrase after a number: "prisoners of war", "of its exports", "of the 31 economists". */
function phraseAfter(rest: string): string {
  const m = /^(?:\s+(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?)?(?:\d+\s+)?)?((?:[\p{Ll}][\p{Ll}'’-]*)(?:\s+[\p{Ll}][\p{Ll}'’-]*){0,2})/u.exec(
    rest,
  );
  if (!m?.[1]) return '';
  const words = m[1].split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (PHRASE_STOP.has(w)) break;
    // "prisoners of war": keep one "of" followed by a noun.
    if (w === 'of') {
      const next = words[i + 1];
      if (!next || PHRASE_STOP.has(next)) break;
      kept.push(w, next);
      break;
    }
    kept.push(w);
    // "two countries work": a plural noun ends the phrase, the next word is likely its verb.
    if (/[^s]s$/.test(w) && words[i + 1] !== 'of') break;
  }
  if (!kept.length) return '';
  const head = m[0].slice(0, m[0].length - m[1].length);
  return head + kept.join(' ');
}

/** Finds numeric facts: a number (digits or words), its qualifier ("more than") and the noun it counts. */
export function findNumbers(article: Article): NumericFact[] {
  const out: NumericFact[] = [];
  for (const sentence of article.sentences) {
    const text = sentence.text;
    NUMBER_RE.lastIndex = 0;
    for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
      const expr = m[0];
      const core = expr.replace(new RegExp(`^${QUALIFIER}\\s+`, 'i'), '');
      // A lone article ("a", "an") is not a number; "a third" is.
      if (/^(?:a|an)$/i.test(expr.trim())) continue;
      if (!/\d/.test(core) && !new RegExp(`^(?:${WORD_NUMBER})`, 'i').test(core)) continue;
      if (isDatePart(text, m.index + expr.length - core.length, m.index + expr.length, core)) continue;
      // Number words are also ordinary words: "one of", "half" need a noun or "of" after them to count.
      const tail = phraseAfter(text.slice(m.index + expr.length));
      if (!/\d/.test(core) && !tail && !/%|percent|half/i.test(expr)) continue;
      // "a third of", "a fifth of" are fractions; "a third day" is an ordinal.
      if (/^(?:third|quarter|fifth|tenth)/i.test(core) && !/^\s+of\b/i.test(text.slice(m.index + expr.length))) continue;
      // A leading "a"/"an" is kept only before fractions ("a third"), not before plain numbers.
      let start = m.index;
      let phrase = expr;
      if (/^an?\s/i.test(expr) && !/^an?\s+(?:third|quarter|fifth|tenth|half|dozen|hundred)/i.test(expr)) {
        const skip = expr.indexOf(' ') + 1;
        start += skip;
        phrase = expr.slice(skip);
      }
      const full = phrase + tail;
      out.push({
        text: full,
        value: numericValue(core),
        sentence: sentence.n,
        start: sentence.start + start,
        end: sentence.start + start + full.length,
      });
    }
  }
  return out;
}
