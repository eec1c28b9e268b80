// Token streams for attribution: each paragraph's words and punctuation outside quotes, with every quote piece
// collapsed into one opaque token and a boundary token at each sentence start. Attribution rules then read a
// few tokens either side of a quote token without ever looking inside another quote.
import type { Article } from '../article/model.ts';
import { isQuotedName, type QuotePiece } from './quotes-marks.ts';
import { SPEECH_VERBS } from './mentions/words.ts';

export type TokKind = 'word' | 'punct' | 'quote' | 'boundary';

export interface Tok {
  kind: TokKind;
  /** The word without a trailing period ("Gov." → "Gov", "said." → "said"). */
  bare: string;
  /** `bare` lower-cased, with curly apostrophes made straight. */
  lower: string;
  /** Article offsets of `bare`. */
  start: number;
  end: number;
  /** For quote tokens: the piece's index. */
  piece?: number;
  /** A name written in quotation marks (quotes-marks.ts isQuotedName): a person's name, its marks dropped. */
  quotedName?: boolean;
  /** A given name that is also a common word, before a surname ("Bill Hanley"): mentions/given.ts. */
  givenName?: boolean;
  /** A capital that grammar put there, opening a clause ("Early in …"): mentions/capitals.ts. No name. */
  grammaticalCapital?: boolean;
  /** The word was written with a period after it ("A." in "Beryl A. Howell", "Gov."). */
  period?: boolean;
}

// A word: letters/digits joined by apostrophes, hyphens or inner periods (U.S., al-Assad, don't), or an ampersand
// between capitals (P&O, AT&T, M&S: initialisms joined by "&", one name), plus an optional final period. Each
// repetition consumes a character, so the match is linear.
// A plural possessive inside a name keeps its apostrophe: "the Old Town Traders' Association".
const TOKEN_RE =
  /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:[-'’.]|(?<=\p{Lu})&(?=\p{Lu}))[\p{L}\p{N}\p{M}]+)*(?:(?<=s)['’](?= \p{Lu}))?\.?|[^\s\p{L}\p{N}]/gu;

/** Tokenises `text[from, to)`; offsets in the result are article offsets. */
export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const start = from + m.index;
    if (/^[\p{L}\p{N}]/u.test(raw)) {
      const period = raw.endsWith('.');
      const bare = period ? raw.slice(0, -1) : raw;
      const lower = bare.toLowerCase().replace(/’/g, "'");
      out.push({ kind: 'word', bare, lower, start, end: start + bare.length, ...(period ? { period } : {}) });
    } else {
      out.push({ kind: 'punct', bare: raw, lower: raw, start, end: start + raw.length });
    }
  }
  return unquoteNames(out);
}

const QUOTE_MARKS = /^["“”„«»'‘’]$/;

/** "“Perry” told me": the marks around a quoted name are dropped and the word marked, so it reads as a name. */
function unquoteNames(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const [open, word, close] = [toks[i] as Tok, toks[i + 1], toks[i + 2]];
    const marked =
      open.kind === 'punct' &&
      QUOTE_MARKS.test(open.bare) &&
      word?.kind === 'word' &&
      close?.kind === 'punct' &&
      QUOTE_MARKS.test(close.bare) &&
      word.start === open.end &&
      close.start === word.end &&
      isQuotedName(word.bare);
    if (!marked) {
      out.push(open);
      continue;
    }
    out.push({ ...word, quotedName: true });
    i += 2;
  }
  return out;
}

/** Makes a one-paragraph token stream: text outside quotes, quote tokens, sentence boundaries. */
export function paragraphTokens(article: Article, paragraphIndex: number, pieces: readonly QuotePiece[]): Tok[] {
  const p = article.paragraphs[paragraphIndex];
  if (!p) return [];
  const out: Tok[] = [];
  const starts = p.sentences.map((s) => s.start);
  let si = 0;
  const pushBoundariesUpTo = (offset: number, insideQuoteFrom: number | null): void => {
    while (si < starts.length && (starts[si] as number) <= offset) {
      const at = starts[si] as number;
      // A sentence that starts inside a quote does not cut the attribution around it.
      if (insideQuoteFrom === null || at <= insideQuoteFrom) {
        out.push({ kind: 'boundary', bare: '', lower: '', start: at, end: at });
      }
      si++;
    }
  };
  let pos = p.start;
  for (const piece of pieces) {
    for (const t of tokenize(article.text, pos, piece.open)) {
      pushBoundariesUpTo(t.start, null);
      out.push(t);
    }
    pushBoundariesUpTo(piece.open, null);
    out.push({ kind: 'quote', bare: '', lower: '', start: piece.open, end: piece.close, piece: piece.index });
    pushBoundariesUpTo(piece.close - 1, piece.open);
    pos = piece.close;
  }
  for (const t of tokenize(article.text, pos, p.end)) {
    pushBoundariesUpTo(t.start, null);
    out.push(t);
  }
  const label = labelEnd(out) || datelineEnd(out);
  if (label > 0)
    out.splice(label, 0, {
      kind: 'boundary',
      bare: '',
      lower: '',
      start: out[label]?.start ?? 0,
      end: out[label]?.start ?? 0,
    });
  return out.filter((t, i) => !(t.kind === 'boundary' && attributionAfterQuestion(article.text, out, i)));
}

/**
 * "JO DOE: I think …": after a transcript's speaker label (a few capitalised words and a colon opening the
 * paragraph, then a word) a sentence starts, so the label is no subject of the turn's verbs. The index after the
 * colon, or 0 when there is no label.
 */
function labelEnd(toks: readonly Tok[]): number {
  let i = 0;
  while (toks[i]?.kind === 'boundary') i++;
  let e = i;
  while (e - i < 4 && isCap(toks[e])) e++;
  return e > i && toks[e]?.bare === ':' && isWord(toks[e + 1]) ? e + 1 : 0;
}

/**
 * "WASHINGTON, Dec. 8 (UPI) — In response, …": a dateline (AP Stylebook, datelines: the place in capitals, the
 * agency in parentheses, then a dash) opens the story but is no part of its first sentence, so the place is no
 * subject. Only capitalised words, numbers, commas and an agency in parentheses before a dash; the first word in
 * capitals or an agency named. The index after the dash, or 0 when there is none.
 */
function datelineEnd(toks: readonly Tok[]): number {
  let i = 0;
  while (toks[i]?.kind === 'boundary') i++;
  const first = toks[i];
  if (!isWord(first)) return 0;
  let agency = false;
  for (let e = i; e < toks.length && e - i < 16; e++) {
    const t = toks[e] as Tok;
    if (t.kind === 'punct' && /^[—–-]$/.test(t.bare)) {
      const dash = toks[e + 1]?.bare === '-' ? e + 2 : e + 1;
      const caps = /^\p{Lu}{2,}$/u.test(first.bare);
      return e > i && (caps || agency) && isWord(toks[dash]) ? dash : 0;
    }
    if (t.kind === 'punct' && t.bare === '(') {
      const close = toks.findIndex((c, k) => k > e && c.bare === ')');
      if (close < 0 || close - e > 4 || !toks.slice(e + 1, close).every(isCap)) return 0;
      agency = true;
      e = close;
      continue;
    }
    if (!(isCap(t) || (isWord(t) && /^\p{N}/u.test(t.bare)) || isComma(t) || t.bare === '.')) return 0;
  }
  return 0;
}

/**
 * "“Who will pay?” Jo Doe said.", "“Who are they?” Jo Doe said of Apple in May.": a quote ending in "?" or "!" ends
 * no sentence when a capitalised name and its verb of speech follow (AP style: the attribution belongs to the
 * quote's sentence), so the boundary a sentence splitter puts there is dropped.
 */
function attributionAfterQuestion(text: string, toks: readonly Tok[], i: number): boolean {
  const quote = toks[i - 1];
  if (quote?.kind !== 'quote' || !/[?!]\s*["”’']?$/.test(text.slice(quote.start, quote.end))) return false;
  let k = i + 1;
  while (k < toks.length && k - i <= 4 && toks[k]?.kind === 'word' && /^\p{Lu}/u.test((toks[k] as Tok).bare)) k++;
  const verb = toks[k];
  return k > i + 1 && verb?.kind === 'word' && SPEECH_VERBS.has(verb.lower);
}

export const isWord = (t: Tok | undefined): t is Tok => t?.kind === 'word';
export const isComma = (t: Tok | undefined): boolean => t?.kind === 'punct' && t.bare === ',';
/** Token `k` ends a phrase: a comma follows it, or the sentence ends with it (its stop, a boundary, the paragraph's end). */
export const endsPhrase = (toks: readonly Tok[], k: number): boolean => {
  const next = toks[k + 1];
  return toks[k]?.period === true || next === undefined || next.kind === 'boundary' || isComma(next);
};
/** Capitalised word ("Smith", "US", "Gov"). */
/**
 * A short quotation inside a clause, a title or a phrase in marks (“Going Viral,”, “Ted Cruz” pins): four words at
 * most and no stop, question or exclamation mark. An aside or a reporting clause reads on across it.
 */
export function isInlineQuote(text: string, t: Tok | undefined): boolean {
  if (t?.kind !== 'quote') return false;
  const inner = text.slice(t.start + 1, t.end - 1);
  return !/[.!?]/.test(inner) && inner.trim().split(/\s+/).length <= 4;
}

export const isCap = (t: Tok | undefined): boolean => isWord(t) && /^\p{Lu}/u.test(t.bare);

/** Bounds of the sentence around each token: [first token after the boundary, next boundary). */
export function sentenceBounds(toks: readonly Tok[]): { lo: number[]; hi: number[] } {
  const lo: number[] = new Array(toks.length);
  const hi: number[] = new Array(toks.length);
  let start = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i === toks.length || toks[i]?.kind === 'boundary') {
      for (let k = start; k < i; k++) {
        lo[k] = start;
        hi[k] = i;
      }
      start = i + 1;
    }
  }
  return { lo, hi };
}
