// Sieve rules 2 and 4, for a quote whose own sentence names no speaker (rule 1 failed). Rule 2: the rest of a quote
// split around its cue, of a quote running over several paragraphs, or the next quote of the same paragraph takes
// the speaker of its earlier piece. Rule 4: a paragraph that is only a quote belongs to the speaker who was talking
// (this or the previous paragraph), else to the person the paragraph is about; a partial quote inside a sentence
// takes only this paragraph's speaker; nobody credible → "unknown". Sources: CoreNLP's quote attribution sieve
// (its "paragraph final mention", "conversation" and "loose conversation" passes) and the news conventions listed
// in the field notes (a quote-only paragraph belongs to the last speaker).
import type { QuotePiece } from '../quotes-marks.ts';
import type { Resolved, SpeakerRef } from '../mentions/phrase.ts';
import { MAX_REACH } from './own-sentence.ts';
import type { SpeakerResolver } from './resolver.ts';

/** What step 2 learns about one quote piece. */
export interface PieceInfo {
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
  /** For a partial quote with no attribution: the person its sentence's main clause is about. */
  subject?: SpeakerRef | null;
}

export const UNKNOWN: Resolved = { speaker: 'unknown', role: null, person: false };

/** A sentence: a capital (or an opening mark) first, a full stop, a question or an exclamation mark last. */
const WHOLE_SENTENCE = /^["“‘']?\p{Lu}.*[.!?]["”’']?$/su;

/**
 * Rule 2: the speaker of the same quote's earlier piece, or of the previous quote in this paragraph (a split
 * quote). `undefined` when no earlier piece decides; `null` when the earlier piece decides there is no speaker (a
 * short partial quote inside a sentence is a label, not the rest of a split quote).
 */
export function continuingSpeaker(
  info: PieceInfo,
  infos: readonly (PieceInfo | undefined)[],
  speakers: readonly (Resolved | null)[],
): Resolved | null | undefined {
  const n = info.piece.paragraph;
  for (let k = info.piece.index - 1; k >= 0 && info.piece.index - k <= MAX_REACH; k--) {
    const prev = infos[k];
    if (!prev || (prev.piece.paragraph !== n && prev.chain !== info.chain)) break;
    const s = speakers[k];
    if (prev.keep && s) return info.standalone || info.words >= 4 || prev.chain === info.chain ? s : null;
  }
  return undefined;
}

/** Rule 4 (after rule 3 resolved earlier speakers through the mentions): who was talking, or who the text is about. */
export function nearestSpeaker(info: PieceInfo, resolver: SpeakerResolver, paragraphStart: boolean): Resolved | null {
  const n = info.piece.paragraph;
  if (!info.standalone) {
    // A partial quote with no verb of speech in its sentence: only a long one, from the person its sentence is
    // about ("Jo Doe issued a statement condemning “…”": AP style attributes a partial quote in its own
    // sentence), else from this paragraph's speaker.
    if (info.words < 4) return null;
    const own = info.subject ? resolver.resolve(info.subject, n) : null;
    if (own?.person) return own;
    // A whole sentence in marks ("… on Twitter: “I need a break.”") is somebody's words even when nobody credible is
    // named: it stays, "unknown"; a phrase with no speaker is a label and goes.
    return resolver.lastSpeaker(n, 0)?.who ?? (WHOLE_SENTENCE.test(info.text) ? UNKNOWN : null);
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
