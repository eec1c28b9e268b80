// Direct quotes with their speakers. Three steps:
//  1. pair quote marks per paragraph (quotes-marks.ts) and turn each paragraph into tokens with every quote
//     collapsed to one token (quotes-tokens.ts);
//  2. for each quote, read its attribution from the few tokens after it ("…,” X said") or before it in the same
//     sentence ("X said: “…”", "X said the swap was “…”"), and drop what is not a quote (scare quotes,
//     imagined speech, titles);
//  3. walk the article in order resolving speakers (speakers.ts): surnames and pronouns to the full name the
//     article introduced, documents to their most specific name, and unattributed quote-only paragraphs to the
//     speaker who was talking.
import type { Article, Quote, Sentence } from '../article/model.ts';
import { findQuotePieces, type QuotePiece } from './quotes-marks.ts';
import { isComma, isWord, paragraphTokens, type Tok } from './quotes-tokens.ts';
import {
  isNameTok,
  isSpeechVerb,
  nameRunEnd,
  PeopleRegistry,
  type Resolved,
  SpeakerResolver,
  type SpeakerRef,
  classify,
  subjectAfter,
  clauseSubject,
  subjectAtStart,
  subjectBefore,
} from './speakers.ts';
import { HONORIFICS, PASSIVE_MARKERS, PLACE_PREPOSITIONS, PREPOSITIONS } from './quotes-words.ts';

/** What step 2 learns about one quote piece. */
interface PieceInfo {
  piece: QuotePiece;
  /** Trimmed quoted words and their offsets. */
  text: string;
  start: number;
  end: number;
  words: number;
  /** The quote opens its sentence (nothing but punctuation before it). */
  standalone: boolean;
  attribution: SpeakerRef | null;
  keep: boolean;
  /** Index of the first piece of a quote running over several paragraphs. */
  chain: number;
}

/** How many tokens before a quote its attribution may start. */
const MAX_REACH = 60;

const UNKNOWN: Resolved = { speaker: 'unknown', role: null, person: false };

// Imagined or hypothetical speech just before the opening mark: "as if to say", "seemed to say", "you might say".
const IMAGINED =
  /\b(?:as\s+(?:if|though)\s+(?:to\s+)?(?:say|saying|ask|asking|tell|telling|announce|announcing)|(?:seems?|seemed|seeming|appears?|appeared|appearing)\s+to\s+(?:say|ask)|might\s+as\s+well\s+(?:have\s+)?(?:said|say)|(?:you|one)\s+(?:might|could|would)\s+(?:say|think)|imagined?\s+(?:\w+\s+)?(?:saying|asking))\W*$/i;
/** A title is announced: "a report titled “…”". */
const TITLE_CUE = /\b(?:titled|entitled)\W*$/i;
/** "the so-called “…”": a label the writer distances themself from. */
const SO_CALLED = /\bso-called\W*$/i;

/** Counts words (runs of letters or digits) without building arrays: linear on any input. */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of s) {
    const w = /[\p{L}\p{N}]/u.test(ch);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Title Case with no sentence inside it: "Building the Next Decade", "Build It Now". */
function looksLikeTitle(s: string): boolean {
  const body = s.replace(/[.,!?;:]+$/, '');
  if (/[.!?;]/.test(body)) return false;
  const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  return words.every((w, i) => (i > 0 && w.length < 4) || /^\p{Lu}/u.test(w));
}

/** Trims the quoted words: spaces, and the comma or dash that belongs to the attribution ("… peace,” X said). */
function innerSpan(text: string, piece: QuotePiece): { start: number; end: number } {
  let start = piece.innerStart;
  let end = piece.innerEnd;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** Bounds of the sentence around each token: [first token after the boundary, next boundary). */
function sentenceBounds(toks: readonly Tok[]): { lo: number[]; hi: number[] } {
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

/** Words a quote may run on into before a comma and its attribution: "“…” by the agency, X said". */
const MAX_RUN_ON = 12;

/**
 * Attribution after the closing mark: "…,” X said", "…,” said X, role", "…,” according to X", and a partial quote
 * that runs on into a few words before a comma and the attribution ("“…” by the agency, X said"). `adjacent` when
 * the attribution starts right after the mark.
 */
function attributionAfter(
  text: string,
  toks: readonly Tok[],
  q: number,
  hi: number,
): { ref: SpeakerRef; adjacent: boolean } | null {
  let a = q + 1;
  while (a < hi && toks[a]?.kind === 'punct' && /^[,—–-]$/.test((toks[a] as Tok).bare)) a++;
  let end = a;
  while (end < hi && toks[end]?.kind !== 'quote') end++;
  const first = toks[a];
  if (a >= end || !isWord(first)) return null;
  const found = (ref: SpeakerRef | null, adjacent: boolean) => (ref ? { ref, adjacent } : null);
  if (first.lower === 'according' && toks[a + 1]?.lower === 'to') return found(subjectAfter(text, toks, a + 2, end), true);
  if (isSpeechVerb(first)) return found(subjectAfter(text, toks, a + 1, end), true);
  // "X said": the subject must start right after the quote, within a dozen tokens of the verb.
  for (let v = a + 1; v < end && v < a + 24; v++) {
    if (!isSpeechVerb(toks[v])) continue;
    const ref = subjectBefore(text, toks, v, a);
    if (ref && ref.from === a) return { ref, adjacent: true };
    // "“…” when he returns, Jo Doe, chairman of the board, told reporters": the quote's sentence runs on a few
    // words (no verb of speech among them), then a comma opens the attribution.
    // (`pos` is where the name starts; `from` may reach back over a phrase before its comma.)
    let from = a + 1;
    while (ref && from < v && (toks[from] as Tok).start < ref.pos) from++;
    if (ref?.kind === 'person' && from < v && from - a <= MAX_RUN_ON && isComma(toks[from - 1])) {
      return { ref, adjacent: false };
    }
    return null;
  }
  return null;
}

/** Attribution before the opening mark in the same sentence: "X said: “…”", "X called it “…”". */
function attributionBefore(text: string, toks: readonly Tok[], q: number, lo: number): SpeakerRef | null {
  // An attribution sits within a few dozen words of its quote; the bound keeps huge run-on "sentences" linear.
  for (let v = q - 1; v >= lo && v >= q - MAX_REACH; v--) {
    const t = toks[v] as Tok;
    if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
      const ref = subjectAfter(text, toks, v + 2, q);
      if (ref) return ref;
    }
    if (!isSpeechVerb(t) || PASSIVE_MARKERS.has(toks[v - 1]?.lower ?? '')) continue;
    const ref = subjectBefore(text, toks, v, lo);
    if (ref && !(ref.kind === 'pronoun' && ref.name === 'it')) return ref;
    // "He called the plan X and said …": the coordinated verb shares the clause's subject.
    const prev = toks[v - 1];
    if (!ref && isWord(prev) && (prev.lower === 'and' || prev.lower === 'but')) {
      const start = subjectAtStart(text, toks, lo, v);
      if (start) return start;
    }
  }
  // "Denise Fairlow, chair of the forum, put it bluntly: “…”": a colon hands the quote to the clause's subject,
  // whatever its verb, when that subject is named.
  if (toks[q - 1]?.bare === ':') {
    const start = clauseSubject(text, toks, lo, q - 1);
    // "He was blunt about the outlook: …": a person, or he or she standing for one ("it", "they" need not).
    if (start?.kind === 'person' || (start?.kind === 'pronoun' && /^(?:he|she)$/i.test(start.name))) return start;
    // An organisation by its name ("The Viewers and Listeners Council, an audience watchdog, was less
    // sympathetic: …"), never any noun phrase that opens a clause ("The mood was grim: …").
    if (start?.kind === 'org' && /\p{Lu}/u.test(start.text.replace(/^(?:the|a|an)\s+/i, ''))) return start;
  }
  return null;
}

/** Step 2 for one paragraph's pieces. */
function analysePieces(
  article: Article,
  toks: readonly Tok[],
  pieces: readonly QuotePiece[],
  infos: PieceInfo[],
): void {
  const text = article.text;
  const { lo, hi } = sentenceBounds(toks);
  const para = article.paragraphs[(pieces[0]?.paragraph ?? 1) - 1];
  const byIndex = new Map(pieces.map((p) => [p.index, p]));
  let lastWord = -1; // index of the last word token seen, so "standalone" costs O(1)
  let lastQuote = -1;
  for (let q = 0; q < toks.length; q++) {
    const tok = toks[q] as Tok;
    if (tok.kind === 'word') lastWord = q;
    if (tok.kind !== 'quote' || tok.piece === undefined) continue;
    const piece = byIndex.get(tok.piece) as QuotePiece;
    const { start, end } = innerSpan(text, piece);
    const quoted = text.slice(start, end);
    const words = countWords(quoted);
    const standalone = lastWord < (lo[q] as number);
    const followsQuote = lastQuote >= 0;
    lastQuote = q;
    const after = attributionAfter(text, toks, q, hi[q] as number);
    // "She said she dreamt it, adding that “…,” Jo Doe wrote": an attribution right after the closing mark
    // names who is quoted, whatever verb of speech came before it in the sentence.
    const attribution =
      standalone || after?.adjacent
        ? (after?.ref ?? null)
        : (attributionBefore(text, toks, q, lo[q] as number) ?? after?.ref ?? null);
    const lead = text.slice(Math.max(para?.start ?? 0, piece.open - 80), piece.open);
    const ownAttribution = standalone && attribution !== null;
    const keep =
      quoted.length > 0 &&
      !IMAGINED.test(lead) &&
      !TITLE_CUE.test(lead) &&
      !(SO_CALLED.test(lead) && words <= 4) &&
      // Scare quotes are one or two words inside a sentence; "“No,” she said" and the short second half of
      // a split quote ("…,” he said. “We lost.”) are still quotes.
      (words > 2 || ownAttribution || (standalone && followsQuote)) &&
      (!looksLikeTitle(quoted) || ownAttribution);
    const prev = infos[piece.index - 1];
    const chain = piece.continuesPrevious && prev ? prev.chain : piece.index;
    infos[piece.index] = { piece, text: quoted, start, end, words, standalone, attribution, keep, chain };
  }
}

/** A sentence subject or indirect-speech event found outside quotes. */
interface NarrativeEvent {
  pos: number;
  kind: 'mention' | 'speech';
  ref: SpeakerRef;
  /** For mentions: the first person named in the sentence. */
  subject: boolean;
}

/** Person mentions (flagging the first in each sentence) and speech verbs with subjects, outside quotes. */
function narrativeEvents(text: string, toks: readonly Tok[], registry: PeopleRegistry): NarrativeEvent[] {
  const out: NarrativeEvent[] = [];
  const { lo } = sentenceBounds(toks);
  let mentioned = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.kind === 'boundary') mentioned = false;
    if (!isWord(t)) continue;
    if (isNameTok(t) && !isNameTok(toks[i - 1])) {
      const e = nameRunEnd(toks, i);
      const withTitle = i > 0 && HONORIFICS.has(toks[i - 1]?.lower ?? '') ? i - 1 : i;
      const ref = e > i ? classify(text, toks.slice(withTitle, e)) : null;
      const prev = toks[withTitle - 1];
      const place = isWord(prev) && PLACE_PREPOSITIONS.has(prev.lower);
      if (!place && ref?.kind === 'person' && (e - i >= 2 || registry.lookup(ref.name, t.start))) {
        // "1776's Challenge Cup", "with help from Jo Doe": a name after a possessive or a preposition is no
        // sentence subject.
        const subject = !mentioned && !(isWord(prev) && (/['’]s?$/.test(prev.bare) || PREPOSITIONS.has(prev.lower)));
        out.push({ pos: t.start, kind: 'mention', ref, subject });
        mentioned = true;
      }
    }
    if (isSpeechVerb(t) && !PASSIVE_MARKERS.has(toks[i - 1]?.lower ?? '')) {
      const ref = subjectBefore(text, toks, i, lo[i] as number);
      if (ref) out.push({ pos: t.start, kind: 'speech', ref, subject: true });
    }
  }
  return out;
}

/** Binary search: the sentence holding offset `pos` (or the last one starting before it). */
function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let a = 0;
  let b = sentences.length - 1;
  let best: Sentence | undefined;
  while (a <= b) {
    const m = (a + b) >> 1;
    const s = sentences[m] as Sentence;
    if (s.start <= pos) {
      best = s;
      a = m + 1;
    } else b = m - 1;
  }
  return best;
}

/** Finds the article's direct quotes, in article order, each with its speaker. */
export function findQuotes(article: Article): Quote[] {
  const text = article.text;
  const pieces = findQuotePieces(article.paragraphs);
  const byParagraph: QuotePiece[][] = article.paragraphs.map(() => []);
  for (const p of pieces) byParagraph[p.paragraph - 1]?.push(p);
  const streams = article.paragraphs.map((_, i) => paragraphTokens(article, i, byParagraph[i] ?? []));

  const registry = new PeopleRegistry();
  for (const s of streams) registry.addStream(text, s);

  const infos: PieceInfo[] = new Array(pieces.length);
  streams.forEach((s, i) => {
    if (byParagraph[i]?.length) analysePieces(article, s, byParagraph[i] as QuotePiece[], infos);
  });

  const resolver = new SpeakerResolver(registry);
  const speakers: (Resolved | null)[] = new Array(pieces.length).fill(null);
  const pendingInChain = new Map<number, number[]>();

  for (const para of article.paragraphs) {
    const n = para.n;
    const toks = streams[n - 1] ?? [];
    const events: { pos: number; run: () => void }[] = [];
    for (const ev of narrativeEvents(text, toks, registry)) {
      events.push({
        pos: ev.pos,
        run: () => {
          const who = resolver.resolve(ev.ref, n);
          if (who && (ev.kind === 'speech' || who.person)) resolver.record(who, ev.pos, n, ev.kind, ev.subject);
        },
      });
    }
    for (const piece of byParagraph[n - 1] ?? []) {
      events.push({ pos: piece.open, run: () => attribute(piece) });
    }
    events.sort((x, y) => x.pos - y.pos);
    for (const ev of events) ev.run();
  }

  /** Step 3 for one piece: its own attribution, its chain's, or the speaker who was talking. */
  function attribute(piece: QuotePiece): void {
    const info = infos[piece.index];
    if (!info?.keep) return;
    const n = piece.paragraph;
    let who: Resolved | null = null;
    if (info.attribution) {
      who = resolver.resolve(info.attribution, n) ?? UNKNOWN;
      for (const k of pendingInChain.get(info.chain) ?? []) speakers[k] = who;
      pendingInChain.delete(info.chain);
    } else if (chainAttributedLater(info)) {
      pendingInChain.set(info.chain, [...(pendingInChain.get(info.chain) ?? []), piece.index]);
      return;
    } else {
      who = inherited(info);
    }
    speakers[piece.index] = who;
    if (who && who !== UNKNOWN) resolver.record(who, piece.open, n, 'speech');
  }

  function chainAttributedLater(info: PieceInfo): boolean {
    for (let k = info.piece.index + 1; k < infos.length && infos[k]?.chain === info.chain; k++) {
      if (infos[k]?.keep && infos[k]?.attribution) return true;
    }
    return false;
  }

  /** An unattributed quote: the rest of a split or multi-paragraph quote, or a quote-only paragraph. */
  function inherited(info: PieceInfo): Resolved | null {
    const n = info.piece.paragraph;
    // The same quote's earlier piece, or the previous quote in this paragraph (a split quote).
    for (let k = info.piece.index - 1; k >= 0 && info.piece.index - k <= MAX_REACH; k--) {
      const prev = infos[k];
      if (!prev || (prev.piece.paragraph !== n && prev.chain !== info.chain)) break;
      const s = speakers[k];
      if (prev.keep && s) return s;
    }
    const paragraphStart = info.piece.open === article.paragraphs[n - 1]?.start;
    if (!info.standalone) {
      // A partial quote with no speaker in its sentence: only a long one, and only from this paragraph's speaker.
      const last = resolver.lastSpeaker(n, 0);
      return info.words >= 4 && last ? last.who : null;
    }
    if (paragraphStart) {
      const last = resolver.lastSpeaker(n, 1);
      if (last) return last.who;
      const subject = resolver.lastMentionIn(n - 1);
      if (subject) return subject.who;
    } else {
      const last = resolver.lastSpeaker(n, 0);
      if (last) return last.who;
      const subject = resolver.lastMentionIn(n);
      if (subject) return subject.who;
    }
    return resolver.lastSpeaker(n, 3)?.who ?? UNKNOWN;
  }

  const out: Quote[] = [];
  for (const info of infos) {
    if (!info?.keep) continue;
    const who = speakers[info.piece.index] ?? null;
    if (!who) continue;
    out.push({
      text: info.text,
      speaker: who.speaker,
      role: who.role,
      paragraph: info.piece.paragraph,
      sentence: sentenceAt(article.sentences, info.start)?.n ?? 0,
      start: info.start,
      end: info.end,
    });
  }
  return out;
}
