// Sentence splitting: Intl.Segmenter proposes boundaries; news-writing conventions veto the wrong ones
// (abbreviations, initials, a quoted question followed by its attribution). See field notes: every
// splitter fails somewhere, so we split paragraphs first and then merge back.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations that end with a period but rarely end a sentence. Lower-cased, without the period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'gov', 'sen', 'sens', 'rep', 'reps',
  'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'maj', 'adm', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'amb', 'atty',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn',
  'ave', 'blvd', 'rd', 'fig', 'vol', 'pp', 'al', 'cf', 'e.g', 'i.e', 'ca',
]);

const CALENDAR = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Words that start a new sentence after an initialism such as "U.S." ("… by the U.S. Officials said" is rare; "U.S. The" is a new sentence). */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and',
  'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'since', 'as', 'there',
  'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'no', 'not', 'one', 'two', 'what', 'who',
  'however', 'meanwhile', 'still', 'also', 'then', 'now', 'officials',
]);

export interface SentenceSpan {
  text: string;
  /** Offset within the string that was split. */
  start: number;
  end: number;
}

const CLOSERS = /^[\s"'”’»)\]]*/;

function lastWordBeforePeriod(segment: string): string | null {
  // After a hyphen too: "ex-U.S. Rep. Curt Weldon", "pro-U.N. groups".
  const m = /(?:^|[\s(“"‘'-])([A-Za-z][A-Za-z.]*)\.[”"’')\]]?\s*$/.exec(segment);
  return m?.[1] ?? null;
}

/** Only the ends of two segments decide a merge: looking no further keeps splitting linear in the text. */
const LOOK = 80;

function shouldMerge(prevFull: string, next: string): boolean {
  const prev = prevFull.slice(-LOOK);
  const nextTrim = next.slice(0, LOOK).trimStart();
  if (!nextTrim) return true;
  // No sentence-final mark: a hard-wrapped line or a cut made for speed, not a sentence end.
  if (!/[.!?…:;][”"’')\]]*\s*$/.test(prev)) return true;
  const firstWord = /^[“"‘'(]*([\p{L}\p{N}]+)/u.exec(nextTrim)?.[1] ?? '';
  // `“Is this the end?” she asked.` — a lower-case continuation after a quoted ? or ! belongs to the same sentence.
  if (/[?!][”"’']\s*$/.test(prev) && /^[a-z]/.test(firstWord)) return true;
  // A segment starting lower-case (not a list marker) continues the previous one: "… 5 p.m. local time".
  if (/^[a-z]/.test(nextTrim) && /\.\s*$/.test(prev)) return true;
  const word = lastWordBeforePeriod(prev);
  if (!word) return false;
  const lower = word.toLowerCase();
  // Initials: "George H.W. Bush", "Robert M. Danin", "J.R.R. Tolkien".
  // A new sentence often opens with a quote mark; a name after an initial does not.
  if (/^[“"‘]/.test(nextTrim)) return false;
  if (/^[A-Z]$/.test(word)) return !SENTENCE_STARTERS.has(firstWord.toLowerCase());
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // Initialisms such as U.S. or U.N.: keep going unless the next word clearly starts a sentence.
    return !SENTENCE_STARTERS.has(firstWord.toLowerCase());
  }
  // Month and weekday abbreviations are capitalised ("Jan. 5", "Sun."); "in the sun. Then" ends a sentence.
  if (ABBREVIATIONS.has(lower) && (!CALENDAR.has(lower) || /^[A-Z]/.test(word))) {
    // "No. 10" merges; "… said no. The" does not.
    if (lower === 'no' || lower === 'nos') return /^\d/.test(firstWord);
    // Month and weekday abbreviations merge before a number ("Jan. 5"); titles merge before a name.
    return /^[\p{Lu}\d]/u.test(firstWord) && !SENTENCE_STARTERS.has(firstWord.toLowerCase());
  }
  return false;
}

/**
 * V8's Intl.Segmenter takes time quadratic in the string's length (0.5 MB: 17 s), so long paragraphs are cut
 * into pieces of about CHUNK characters at a likely sentence end; the merge step below vetoes a wrong cut as it
 * vetoes any other boundary.
 */
const CHUNK = 2000;
/**
 * No sentence grows past this by merging: every later stage (quotes, search, short answers, highlighting) works
 * per sentence, so a bound here bounds the cost of a question on any text, even one line of 1 MB with no stop.
 * News sentences are far shorter (a 500-character sentence is rare), so real ones are never cut.
 */
export const MAX_SENTENCE_CHARS = 1500;

function* pieces(text: string): Generator<{ text: string; start: number }> {
  let start = 0;
  while (text.length - start > CHUNK) {
    const window = text.slice(start + CHUNK / 2, start + CHUNK);
    const cut = /[.!?…][”"’')\]]*\s+(?=\S)/g;
    let end = -1;
    for (let m = cut.exec(window); m; m = cut.exec(window)) end = m.index + m[0].length;
    // No sentence end in the window: cut at a space, or hard at CHUNK.
    if (end < 0) end = window.lastIndexOf(' ') + 1 || window.length;
    const stop = start + CHUNK / 2 + end;
    yield { text: text.slice(start, stop), start };
    start = stop;
  }
  yield { text: text.slice(start), start };
}

/** Splits one paragraph into sentences. Offsets are relative to `paragraph`. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const raw: SentenceSpan[] = [];
  for (const piece of pieces(paragraph)) {
    for (const seg of segmenter.segment(piece.text)) {
      const start = piece.start + seg.index;
      raw.push({ text: seg.segment, start, end: start + seg.segment.length });
    }
  }
  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const prev = merged.at(-1);
    // prev.text is only the last merged piece until the end: its tail is all shouldMerge reads.
    if (prev && span.end - prev.start <= MAX_SENTENCE_CHARS && shouldMerge(prev.text, span.text)) {
      prev.end = span.end;
      prev.text = span.text;
    } else {
      merged.push({ ...span });
    }
  }
  for (const m of merged) m.text = paragraph.slice(m.start, m.end);
  // Closing quote marks the segmenter left at the start of the next sentence go back to their own.
  for (let i = 1; i < merged.length; i++) {
    const cur = merged[i] as SentenceSpan;
    const lead = CLOSERS.exec(cur.text)?.[0] ?? '';
    const closers = lead.trimEnd();
    if (closers && /[”’»)\]]/.test(closers)) {
      const prev = merged[i - 1] as SentenceSpan;
      prev.end = cur.start + closers.length;
      prev.text = paragraph.slice(prev.start, prev.end);
      cur.start += closers.length;
      cur.text = paragraph.slice(cur.start, cur.end);
    }
  }
  // Trim whitespace while keeping offsets exact.
  const out: SentenceSpan[] = [];
  for (const s of merged) {
    const lead = s.text.length - s.text.trimStart().length;
    const trimmed = s.text.trim();
    if (!trimmed) continue;
    const start = s.start + lead;
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}
