// Direct quotes with their speakers. Three steps:
//  1. pair quote marks per paragraph (quotes-marks.ts) and turn each paragraph into tokens with every quote
//     collapsed to one token (quotes-tokens.ts); read the article's people, organisations and documents once
//     (mentions/article.ts, shared with the entities annotator);
//  2. for each quote, sieve rule 1 (attribution/own-sentence.ts): the speaker named in its own sentence, after it
//     ("…,” X said") or before it ("X said: “…”", "X said the swap was “…”"); and drop what is not a quote (scare
//     quotes, imagined speech, titles);
//  3. walk the article in order: rule 1's phrase resolved through the mentions (rule 3, attribution/resolver.ts:
//     surname, title or pronoun → full name; an organisation only when no person is available; a thing that cannot
//     speak → unknown), else rule 2 (attribution/context.ts: the rest of a split or continuing quote), else rule 4
//     (the speaker who was talking, the person the paragraph is about, else "unknown").
import type { Article, Quote, Sentence } from '../article/model.ts';
import type { QuotePiece } from './quotes-marks.ts';
import { isComma, isWord, sentenceBounds, type Tok } from './quotes-tokens.ts';
import { mentionsOf } from './mentions/article.ts';
import {
  isSpeechVerb,
  type Resolved,
  type SpeakerRef,
} from './mentions/phrase.ts';
import { SpeakerResolver } from './attribution/resolver.ts';
import { clauseSubject } from './attribution/subject.ts';
import { attributionAfter, attributionBefore } from './attribution/own-sentence.ts';
import { speakerLabel } from './attribution/transcript.ts';
import { narrativeEvents } from './attribution/narrative.ts';
import { continuingSpeaker, nearestSpeaker, type PieceInfo, UNKNOWN } from './attribution/context.ts';
import {
  PRONOUNS,
  ROLE_WORDS,
} from './mentions/words.ts';
import { baseForms, isPersonNoun } from '../lexicon/wordnet.ts';

/** The paragraphs a headline's restatement of a quote may sit in: the headline, a standfirst, a caption. */
const HEADLINE_AREA = 4;

// Imagined or hypothetical speech just before the opening mark: "as if to say", "seemed to say", "you might say".
const IMAGINED =
  /\b(?:as\s+(?:if|though)\s+(?:to\s+)?(?:say|saying|ask|asking|tell|telling|announce|announcing)|(?:seems?|seemed|seeming|appears?|appeared|appearing)\s+to\s+(?:say|ask)|might\s+as\s+well\s+(?:have\s+)?(?:said|say)|(?:you|one)\s+(?:might|could|would)\s+(?:say|think)|imagined?\s+(?:\w+\s+)?(?:saying|asking))\W*$/i;
/** A title is announced: "a report titled “…”". */
const TITLE_CUE = /\b(?:titled|entitled)\W*$/i;
/** "a campaign called “…”", "the app named “…”": a participle naming the thing before it, not speech about it. */
const NAMED_THING = /\b(?:a|an|the)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?:called|named|dubbed|nicknamed|known\s+as)\W*$/u;
const namesThing = (lead: string): boolean => {
  const noun = NAMED_THING.exec(lead)?.[1];
  // "a rent it called “…”", "the plan critics called “…”": someone who calls is the speaker.
  return noun !== undefined && !PRONOUNS.has(noun) && !ROLE_WORDS.has(noun) && !isPersonNoun(noun);
};
/**
 * "searched for the phrase “…”", "the word “…”": words mentioned as words, not anyone's speech (Chicago Manual of
 * Style 7.63 sets words used as words in quotation marks).
 */
const WORDS_AS_WORDS = /\bthe\s+(?:words?|phrases?|terms?|expressions?)\W*$/i;
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
  // A title capitalises its major words, at least two ("Build It Now"); a sentence of short words capitalises only
  // its first ("We see no end to it").
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= 2 && words.every((w, i) => (i > 0 && w.length < 4) || /^\p{Lu}/u.test(w));
}

/**
 * Two quoted words led by a modifier, an adjective or adverb in WordNet ("very modest", "deeply concerned", "random
 * event"), carry someone's judgement: a partial quote. Two words that are a term are quoted as words, scare quotes:
 * nouns ("dot plot", "war zones"), one hyphenated word ("game-changer"), or a verb's participle before a noun, which
 * English uses to coin compounds ("moving target", "waiting list", "broken record").
 */
function isJudgement(quoted: string): boolean {
  const first = quoted.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!/^\p{L}+$/u.test(first)) return false;
  if (/(?:ing|ed|en)$/.test(first) && baseForms(first, 'verb').some((base) => base !== first)) return false;
  return baseForms(first, 'adj').length > 0 || baseForms(first, 'adv').length > 0;
}

/**
 * Trims the quoted words: spaces, and a dash or colon that belongs to the attribution. A comma before the closing
 * mark ("… peace,” X said) is kept: it is written inside the marks, and people copying a quote copy it (the replies
 * drop it when they show the quote on its own).
 */
function innerSpan(text: string, piece: QuotePiece): { start: number; end: number } {
  let start = piece.innerStart;
  let end = piece.innerEnd;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /[\s;:—–-]/.test(text[end - 1] as string)) end--;
  return { start, end };
}


/**
 * A verb of speech before the quote whose subject is a thing ("The data suggest “…”") names no speaker; a person
 * named in the attribution after the quote then owns it (CoreNLP's sieve prefers a speaker that is a person).
 */
function ownerOf(before: SpeakerRef | null, after: SpeakerRef | null): SpeakerRef | null {
  if (before?.kind === 'thing' && after?.kind === 'person') return after;
  return before ?? after;
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
    const before =
      standalone || after?.adjacent ? null : attributionBefore(text, toks, q, lo[q] as number, hi[q] as number);
    const attribution = standalone || after?.adjacent ? (after?.ref ?? null) : ownerOf(before, after?.ref ?? null);
    const lead = text.slice(Math.max(para?.start ?? 0, piece.open - 80), piece.open);
    // "He said “not much.”": a quote right after a person's verb of speech (a colon or comma between at most) that
    // ends the clause is what was said, however short, never a scare quote or a title (AP style's attribution
    // before a quote); a sign's "read" is no person's.
    const introduced =
      isSpeechVerb(toks[q - 1]) || (/^[,:]$/.test(toks[q - 1]?.bare ?? '') && isSpeechVerb(toks[q - 2]));
    const by = attribution?.kind;
    const spoken = introduced && !isWord(toks[q + 1]) && (by === 'person' || by === 'pronoun' || by === 'role');
    const ownAttribution = standalone && attribution !== null;
    // "One Nevada Democrat asked simply, “Who cares?”": two words written as a sentence of their own (a capital,
    // then a stop inside the marks) are an utterance, not scare quotes, when someone's verb of speech governs them.
    const utterance = words === 2 && before !== null && /^\p{Lu}.*[.?!]$/u.test(quoted.trim());
    const judgement = words === 2 && isJudgement(quoted);
    const keep =
      quoted.length > 0 &&
      !IMAGINED.test(lead) &&
      !TITLE_CUE.test(lead) &&
      !namesThing(lead) &&
      !WORDS_AS_WORDS.test(lead) &&
      !(SO_CALLED.test(lead) && words <= 4) &&
      // Scare quotes are one or two words inside a sentence; "“No,” she said" and the short second half of
      // a split quote ("…,” he said. “We lost.”) are still quotes.
      (words > 2 || ownAttribution || spoken || utterance || judgement || (standalone && followsQuote)) &&
      (!looksLikeTitle(quoted) || ownAttribution || spoken);
    const prev = infos[piece.index - 1];
    const chain = piece.continuesPrevious && prev ? prev.chain : piece.index;
    const subject =
      !standalone && !attribution ? sentenceSubject(text, toks, lo[q] as number, q, hi[q] as number) : null;
    infos[piece.index] = { piece, text: quoted, start, end, words, standalone, attribution, keep, chain, subject };
  }
}

/**
 * The named person (or he/she) opening the main clause around a partial quote: before it, or right after the comma
 * closing the introductory phrase that holds it ("After “…”, Jo Doe went on to …").
 */
function sentenceSubject(text: string, toks: readonly Tok[], lo: number, q: number, hi: number): SpeakerRef | null {
  const isPerson = (r: SpeakerRef | null) =>
    r?.kind === 'person' || (r?.kind === 'pronoun' && /^(?:he|she)$/i.test(r.name)) ? r : null;
  return (
    isPerson(clauseSubject(text, toks, lo, q)) ??
    (isComma(toks[q + 1]) ? isPerson(clauseSubject(text, toks, q + 2, Math.min(hi, q + 8))) : null)
  );
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
  const { pieces, byParagraph, streams, registry, protagonist } = mentionsOf(article);

  const infos: PieceInfo[] = new Array(pieces.length);
  streams.forEach((s, i) => {
    if (byParagraph[i]?.length) analysePieces(article, s, byParagraph[i] as QuotePiece[], infos);
  });

  const resolver = new SpeakerResolver(
    registry,
    article.sentences.map((s) => s.start),
    protagonist,
  );
  const speakers: (Resolved | null)[] = new Array(pieces.length).fill(null);
  const pendingInChain = new Map<number, number[]>();
  /** Transcript paragraphs: the person whose turn each is (attribution/transcript.ts). */
  const labels = new Map<number, Resolved>();

  for (const para of article.paragraphs) {
    const n = para.n;
    const toks = streams[n - 1] ?? [];
    const events: { pos: number; run: () => void }[] = [];
    const label = speakerLabel(text, toks, registry);
    resolver.setTurn(null);
    if (label) {
      events.push({
        pos: label.pos,
        run: () => {
          const who = resolver.resolve(label, n);
          if (!who) return;
          labels.set(n, who);
          resolver.record(who, label.pos, n, 'speech');
          resolver.setTurn(who.speaker);
        },
      });
    }
    for (const ev of narrativeEvents(text, toks, registry)) {
      events.push({
        pos: ev.pos,
        run: () => {
          const who = resolver.resolve(ev.ref, n);
          const recorded = ev.kind === 'speech' || who?.person || ev.ref.kind === 'group';
          if (who && recorded) resolver.record(who, ev.pos, n, ev.kind, ev.subject);
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
      const own = info.attribution.kind === 'pronoun' && info.attribution.name === 'i' ? labels.get(n) : undefined;
      who = own ?? resolver.resolve(info.attribution, n) ?? UNKNOWN;
      for (const k of pendingInChain.get(info.chain) ?? []) speakers[k] = who;
      pendingInChain.delete(info.chain);
    } else {
      // Rule 2 before the attribution of a later paragraph: "“A,” Jo said. “B" left open before a paragraph
      // attributed to someone else is still Jo's (a closing mark dropped); a piece opening its paragraph waits.
      const continuing = continuingSpeaker(info, infos, speakers);
      if (continuing === undefined && chainAttributedLater(info)) {
        pendingInChain.set(info.chain, [...(pendingInChain.get(info.chain) ?? []), piece.index]);
        return;
      }
      const paragraphStart = piece.open === article.paragraphs[n - 1]?.start;
      who = continuing !== undefined ? continuing : nearestSpeaker(info, resolver, paragraphStart);
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

  // A headline (or a heading near it) that restates a quote the body gives, with its attribution there, does not
  // list it twice. Only the top of the story is looked at, so the cost stays linear in the article.
  const wordsOf = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const atTop = (i: PieceInfo): boolean =>
    i.piece.paragraph <= HEADLINE_AREA && article.paragraphs[i.piece.paragraph - 1]?.kind === 'heading';
  const top = infos.filter((i) => i?.keep && atTop(i));
  const body = top.length
    ? ` ${infos
        .filter((i) => i?.keep && article.paragraphs[i.piece.paragraph - 1]?.kind !== 'heading')
        .map((i) => wordsOf(i.text))
        .join(' | ')} `
    : '';
  const restated = (info: PieceInfo): boolean => top.includes(info) && body.includes(` ${wordsOf(info.text)} `);
  const out: Quote[] = [];
  for (const info of infos) {
    if (!info?.keep || restated(info)) continue;
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
