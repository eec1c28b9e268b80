// Pairs quote marks inside each paragraph: a single left-to-right pass with a tiny state machine, so it is
// linear in the text and cannot throw on unbalanced marks. Knows the news conventions that break naive
// pairing: straight marks (" for both ends), curly apostrophes that look like closing single quotes, and
// quotes running over several paragraphs (opening mark at each paragraph, closing mark only at the end).
import type { Paragraph } from '../article/model.ts';
import { isKnownWord, isProperName } from '../lexicon/wordnet.ts';

export type MarkStyle = 'double' | 'single';

/** One stretch of quoted text inside one paragraph. */
export interface QuotePiece {
  /** Index of the piece in article order. */
  index: number;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Offset (in article.text) of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** Offsets of the quoted words (inside the marks). */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  style: MarkStyle;
  /** This piece is the first of a quote continuing from the previous paragraph's open piece. */
  continuesPrevious: boolean;
}

const DOUBLE_OPEN = '“«„';
const DOUBLE_CLOSE = '”»';

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** Characters after which a mark opens a quote: start, space, opening brackets, dashes, slashes, colon. */
const opensAfter = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–\-/:]/.test(ch);

/**
 * `" 'We…` : a double mark, a space, then a single mark opening a quote inside the quote (Chicago Manual of Style
 * 6.11 sets adjacent double and single marks apart with a thin space, which plain text turns into a space).
 */
const nestedAfterSpace = (text: string, i: number): boolean => /^\s['‘][\p{L}\p{N}]/u.test(text.slice(i + 1, i + 4));

/**
 * An opening mark right after a sentence's end inside an open quote (`…excellent. "He's…`): the quote's next
 * paragraph, run into this one. A quote over several paragraphs opens each paragraph and closes only the last
 * (Chicago Manual of Style 13.30); where an extractor joins those paragraphs into one, the opening marks stay and
 * the quote has no closing mark until its end.
 */
const runsOnAt = (text: string, i: number): boolean =>
  /[.?!]$/.test(text.slice(Math.max(0, i - 2), i - 1)) && isSpace(text[i - 1]) && isWordChar(text[i + 1]);

interface Open {
  pos: number;
  style: MarkStyle;
  /** A single quote opened by a straight ' closes only with a straight '. */
  straight?: boolean;
  /** Opened by two straight single marks (`''`), which close it too. */
  doubled?: boolean;
}

/** ‘ and ' are also elision marks: "the ‘90s", "rock ‘n’ roll", "‘em", "‘til" open no quote. */
const isElision = (text: string, i: number): boolean =>
  /^(?:\d|n['’]|em\b|til\b|cause\b|tis\b|bout\b|round\b)/i.test(text.slice(i + 1, i + 7));

/**
 * Straight single marks used as quotation marks (British style typed without curly marks: 'We won,' she said.).
 * An opening candidate follows a space or an opening bracket and precedes a letter; a closing candidate follows a
 * non-space and precedes no letter. A plural possessive ("the workers' union") is also a closing candidate, so a
 * quote closes at the LAST closing candidate before the next opening candidate. Returns, for each closing
 * candidate, whether it is that last one: two linear passes.
 */
function straightSingleCloses(text: string): Set<number> {
  const opens = (i: number) =>
    text[i] === "'" && opensAfter(text[i - 1]) && /\p{L}/u.test(text[i + 1] ?? '') && !isElision(text, i);
  const closes = (i: number) => text[i] === "'" && !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
  const last = new Set<number>();
  let seenClose = false;
  for (let i = text.length - 1; i >= 0; i--) {
    if (opens(i)) seenClose = false;
    else if (closes(i)) {
      if (!seenClose) last.add(i);
      seenClose = true;
    }
  }
  return last;
}

/** Finds the quote pieces of one paragraph. Offsets are article offsets; `index` is filled in later. */
export function scanParagraph(p: Paragraph): Omit<QuotePiece, 'index' | 'continuesPrevious'>[] {
  const text = p.text;
  const out: Omit<QuotePiece, 'index' | 'continuesPrevious'>[] = [];
  let open: Open | null = null;
  const straightCloses = text.includes("'") ? straightSingleCloses(text) : null;
  const pieceOf = (o: Open, closeAt: number, closed: boolean): Omit<QuotePiece, 'index' | 'continuesPrevious'> => ({
    paragraph: p.n,
    open: p.start + o.pos,
    close: p.start + (closed ? closeAt + 1 : closeAt),
    innerStart: p.start + o.pos + 1,
    innerEnd: p.start + closeAt,
    closed,
    style: o.style,
  });
  const emit = (o: Open, closeAt: number, closed: boolean): void => {
    out.push(pieceOf(o, closeAt, closed));
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (ch === "'" && next === "'") {
      // ''…'': two straight single marks stand for a double mark in some archives' plain text (The New York
      // Times's), at both ends of the quote.
      if (!open && opensAfter(prev) && /[\p{L}\p{N}]/u.test(text[i + 2] ?? '')) {
        open = { pos: i + 1, style: 'double', doubled: true };
        i++;
        continue;
      }
      if (open?.doubled && !isSpace(prev)) {
        out.push({ ...pieceOf(open, i, true), close: p.start + i + 2 });
        open = null;
        i++;
        continue;
      }
    }
    if (ch === '"') {
      if (open?.style === 'double' && open.pos === i - 1) {
        // `""`: an empty pair quotes nothing; a doubled opening mark (a typing slip) opens at the second mark.
        open = isSpace(next) ? null : { pos: i, style: 'double' };
      } else if (open?.style === 'double' && runsOnAt(text, i)) {
        emit(open, i - 1, false);
        open = { pos: i, style: 'double' };
      } else if (open?.style === 'double') {
        emit(open, i, true);
        open = null;
      } else if (!open && opensAfter(prev) && (!isSpace(next) || nestedAfterSpace(text, i))) {
        open = { pos: i, style: 'double' };
      }
      // A straight mark inside a single-quoted quote is a nested quote: part of the text.
    } else if (DOUBLE_OPEN.includes(ch)) {
      // A second opening mark while one is open means the first was never closed: start afresh here, keeping the
      // first when this one runs its next paragraph on.
      if (open?.style === 'double' && runsOnAt(text, i)) emit(open, i - 1, false);
      if (open?.style !== 'single') open = { pos: i, style: 'double' };
    } else if (DOUBLE_CLOSE.includes(ch)) {
      if (open?.style === 'double' && open.pos === i - 1 && isWordChar(next)) {
        // `“”We`: an empty pair before a word is a doubled opening mark (a typing slip), as `""` above.
        open = { pos: i, style: 'double' };
      } else if (open?.style === 'double') {
        emit(open, i, true);
        open = null;
      } else if (!open && opensAfter(prev) && isWordChar(next)) {
        // Some sites use ” at both ends.
        open = { pos: i, style: 'double' };
      }
    } else if (ch === '‘') {
      if (!open && !isWordChar(prev) && !isSpace(next) && !isElision(text, i)) open = { pos: i, style: 'single' };
    } else if (ch === "'" && straightCloses) {
      if (open?.style === 'single' && open.straight && straightCloses.has(i)) {
        emit(open, i, true);
        open = null;
      } else if (!open && opensAfter(prev) && /\p{L}/u.test(next ?? '') && !isElision(text, i)) {
        open = { pos: i, style: 'single', straight: true };
      }
    } else if (ch === '’') {
      // ’ is also the apostrophe (don’t, agency’s): it closes only with no letter right after it.
      if (open?.style === 'single' && !open.straight && !isSpace(prev) && !isWordChar(next)) {
        emit(open, i, true);
        open = null;
      }
    }
  }
  if (open) {
    // Left open: either a quote that runs on into the next paragraph, or a stray mark. The caller decides.
    let end = text.length;
    while (end > open.pos + 1 && isSpace(text[end - 1])) end--;
    emit(open, end, false);
  }
  return out;
}

/**
 * A name in quotation marks: "“Perry” told me", "Sen. Henry M. “Scoop” Jackson". AP Stylebook ("nicknames") sets a
 * nickname or the only name a person gives in quotation marks; it names a person and quotes nobody. One capitalised
 * word with no punctuation of its own ("“No,” he said" quotes), that English knows as a proper name or not at all
 * ("“Thanks” was all he said" quotes a common word).
 */
export function isQuotedName(inner: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u.test(inner)) return false;
  const lower = inner.toLowerCase();
  return isProperName(lower) || !isKnownWord(lower);
}

const innerOf = (p: Paragraph, f: { innerStart: number; innerEnd: number }): string =>
  p.text.slice(f.innerStart - p.start, f.innerEnd - p.start);

/**
 * Finds every quote piece in article order. An open piece that ends its paragraph continues when the next
 * paragraph opens with a quote mark of the same style; a stray open single mark (an apostrophe such as
 * ‘90s) is dropped.
 */
export function findQuotePieces(paragraphs: readonly Paragraph[]): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let pendingOpen: { style: MarkStyle; paragraph: number } | null = null;
  for (const p of paragraphs) {
    const found = scanParagraph(p).filter((f) => !f.closed || !isQuotedName(innerOf(p, f)));
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as (typeof found)[number];
      // Within a paragraph, only a run-on leaves a double-marked piece open before another.
      const before = found[k - 1];
      const continuesPrevious =
        (k === 0 &&
          pendingOpen !== null &&
          pendingOpen.paragraph === p.n - 1 &&
          pendingOpen.style === f.style &&
          f.open === p.start) ||
        (before !== undefined && !before.closed && before.style === 'double' && f.style === 'double');
      const isLast = k === found.length - 1;
      if (!f.closed && f.style === 'single' && !isLast) continue;
      if (!f.closed && f.style === 'single' && !opensNextParagraph(paragraphs, p.n, 'single')) continue;
      pieces.push({ ...f, index: pieces.length, continuesPrevious });
    }
    const last = found.at(-1);
    pendingOpen = last && !last.closed ? { style: last.style, paragraph: p.n } : null;
  }
  return pieces;
}

/** Whether the paragraph after number `n` starts with an opening mark of `style`. */
function opensNextParagraph(paragraphs: readonly Paragraph[], n: number, style: MarkStyle): boolean {
  const next = paragraphs[n]; // paragraphs are numbered from 1, so index n is paragraph n + 1
  const first = next?.text[0];
  if (first === undefined) return false;
  return style === 'single' ? first === '‘' || first === "'" : first === '"' || DOUBLE_OPEN.includes(first);
}
