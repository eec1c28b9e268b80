// Participles of speech around a quote, whose subject English grammar gives: "heard Jo Doe saying: “…”" (the name
// before the participle) and "Declaring “…” is at stake, Jo Doe has ordered …" (the main clause's subject). Part
// of sieve rule 1 (own-sentence.ts).
import { isComma, isWord, type Tok } from '../quotes-tokens.ts';
import { PREPOSITIONS, SPEECH_VERBS } from '../mentions/words.ts';
import { isNameTok, nameRunEnd, type SpeakerRef } from '../mentions/phrase.ts';
import { classify } from '../mentions/classify.ts';
import { clauseSubject, withFrom } from './subject.ts';

/**
 * "footage of Jo Doe asking, “…”", "heard Jo Doe saying: “…”": a participle of speech right before the quote (a comma
 * or colon between) after a name; the name is the participle's subject (English grammar), whatever the main verb.
 */
export function namedParticiple(text: string, toks: readonly Tok[], q: number, lo: number): SpeakerRef | null {
  if (!/^[,:]$/.test(toks[q - 1]?.bare ?? '') || !isSpeechParticiple(toks[q - 2])) return null;
  let s = q - 3;
  while (s > lo && isNameTok(toks[s - 1])) s--;
  if (s < lo || !isNameTok(toks[s]) || nameRunEnd(toks, s, q - 2) !== q - 2) return null;
  // "on Facebook writing": a lone capital after a preposition is its object, likely no person.
  if (q - 2 - s < 2 && PREPOSITIONS.has(toks[s - 1]?.lower ?? '')) return null;
  const ref = classify(text, toks.slice(s, q - 2));
  return ref?.kind === 'person' ? withFrom(ref, s) : null;
}

/** "declaring", "warning", "saying": the -ing form of a verb of speech. */
export function isSpeechParticiple(t: Tok | undefined): boolean {
  if (!isWord(t) || !/^[a-z]{3,}ing$/.test(t.lower)) return false;
  const stem = t.lower.slice(0, -3);
  // The list holds some verbs by their past form only: "complaining" → "complained", "agreeing" → "agreed".
  return [stem, `${stem}e`, `${stem}s`, `${stem}ed`, `${stem}d`].some((w) => SPEECH_VERBS.has(w));
}

/**
 * "Declaring “…” is at stake, Defense Secretary Jo Doe has ordered a review": a sentence opening with a participle
 * of speech; the participle's implied subject is the main clause's (English grammar), named after the comma that
 * closes the participial clause. Only a person or a role is taken.
 */
export function openingParticiple(
  text: string,
  toks: readonly Tok[],
  q: number,
  lo: number,
  hi: number,
  reach: number,
): SpeakerRef | null {
  // A dateline ("WASHINGTON (Aug. 13) --") ends at its dash: the sentence proper opens after it.
  let first = lo;
  for (let k = lo; k < q; k++) if (toks[k]?.kind === 'punct' && /^[-—–]$/.test((toks[k] as Tok).bare)) first = k + 1;
  while (first < q && !isWord(toks[first])) first++;
  if (first >= q || !isSpeechParticiple(toks[first])) return null;
  // Only a quote inside the participial clause itself, before the comma that closes it.
  for (let k = first + 1; k < q; k++) if (isComma(toks[k])) return null;
  let c = q + 1;
  while (c < hi && c - q <= reach && !isComma(toks[c])) c++;
  if (c >= hi || !isComma(toks[c])) return null;
  const ref = clauseSubject(text, toks, c + 1, hi);
  return ref?.kind === 'person' || ref?.kind === 'role' ? ref : null;
}
