// Transcripts: a paragraph opening with a speaker's name and a colon ("JO DOE: …", "Doe: …") is that person's
// turn (the script convention of broadcast and interview transcripts): quotes inside it with no other speaker
// are theirs, and "I" there stands for them. Evidence: two train articles (a radio transcript, an interview).
import type { SpeakerRef } from '../mentions/phrase.ts';
import { classify } from '../mentions/classify.ts';
import type { PeopleRegistry } from '../mentions/registry.ts';
import { isCap, isWord, type Tok } from '../quotes-tokens.ts';

/** A label has at most this many words (given names, surname, a particle). */
const MAX_LABEL_WORDS = 4;

/** "JON DOE" → "Jon Doe": a name set in capitals, as transcripts print labels, in its ordinary form. */
const titleCase = (t: Tok): Tok => {
  if (t.bare !== t.bare.toUpperCase() || t.bare.length < 2) return t;
  const bare = t.bare.charAt(0) + t.bare.slice(1).toLowerCase();
  return { ...t, bare, lower: bare.toLowerCase() };
};

/** The person a paragraph's opening label names, or null when the paragraph opens with no label. */
export function speakerLabel(text: string, toks: readonly Tok[], registry: PeopleRegistry): SpeakerRef | null {
  let i = 0;
  while (i < toks.length && toks[i]?.kind === 'boundary') i++;
  let e = i;
  while (e < toks.length && e - i < MAX_LABEL_WORDS && isWord(toks[e]) && isCap(toks[e])) e++;
  if (e === i || toks[e]?.bare !== ':') return null;
  const words = toks.slice(i, e).map(titleCase);
  const ref = classify(text, words);
  if (ref?.kind !== 'person') return null;
  const name = words.map((t) => t.bare).join(' ');
  // One word ("Update:", "Note:") names a person only when the story introduced them by that name.
  if (words.length === 1 && !registry.lookup(name, ref.pos)) return null;
  return { ...ref, name, text: name };
}
