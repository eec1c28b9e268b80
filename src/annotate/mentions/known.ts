// Names of several words that English already knows as one name (WordNet's capitalised lemmas): "New York City",
// "New Zealand", "The Hague", "Los Angeles". Their first word may also be an ordinary word that opens sentences
// without naming anything ("New", "The"): that word is dropped from a capitalised run only when the run is not
// such a name. And a run that opens with a known place or organisation ("New York City Transit") is no person.
import { isKnownWord, isOrganisationName, isPersonNoun, isPlaceName, isProperName } from '../../lexicon/wordnet.ts';
import { isCap, type Tok } from '../quotes-tokens.ts';
import { PLACE_FIRST_WORDS, PLACE_WORDS } from './words.ts';

/** Longest name a WordNet lemma covers. */
const MAX_WORDS = 4;

/** Answers per lemma: a run is looked up at every name, and WordNet's answer reads its data file. */
const memo = (f: (lemma: string) => boolean): ((lemma: string) => boolean) => {
  const seen = new Map<string, boolean>();
  return (lemma) => {
    let v = seen.get(lemma);
    if (v === undefined) {
      if (seen.size > 50_000) seen.clear();
      v = f(lemma);
      seen.set(lemma, v);
    }
    return v;
  };
};
const isKnownName = memo(isProperName);

/**
 * How many of `words` (the capitalised words of a run, in order) form a known name of at least two words from
 * the first; 0 when none. `accept` decides which lemmas count (any capitalised lemma, or places and organisations).
 */
export function knownNameLength(
  words: readonly string[],
  accept: (lemma: string) => boolean = isKnownName,
): number {
  for (let n = Math.min(MAX_WORDS, words.length); n >= 2; n--) {
    if (accept(words.slice(0, n).join(' ').toLowerCase())) return n;
  }
  return 0;
}

/** A place or an organisation WordNet knows ("Los Angeles", "New York Stock Exchange"). */
export const isPlaceOrOrganisation = memo(
  (lemma) => isKnownName(lemma) && (isPlaceName(lemma) || isOrganisationName(lemma)),
);

/** The capitalised words from token `k` on (at most a name's length). */
function capsFrom(toks: readonly Tok[], k: number, hi: number): string[] {
  const out: string[] = [];
  for (let m = k; m < hi && out.length < MAX_WORDS && isCap(toks[m]); m++) out.push((toks[m] as Tok).bare);
  return out;
}

/** The end (exclusive) of a known name of several words that starts at token `k`; `k` when none does. */
export function knownNameEnd(toks: readonly Tok[], k: number, hi = toks.length): number {
  return k + knownNameLength(capsFrom(toks, k, hi));
}

/** Whether a known name of several words starts at token `k` ("New" of "New Zealand officials"). */
export const opensKnownName = (toks: readonly Tok[], k: number, hi = toks.length): boolean =>
  knownNameEnd(toks, k, hi) > k;

/**
 * Where a known place or organisation covering token `i` starts: at `i` itself ("Los Angeles"), or at the word
 * before it when that word opens the name ("New" of "New York City"); -1 when none does.
 */
export function placeOrOrgStart(toks: readonly Tok[], i: number): number {
  for (const k of [i - 1, i]) {
    if (k >= 0 && knownNameLength(capsFrom(toks, k, toks.length), isPlaceOrOrganisation) > i - k) return k;
  }
  return namesGeographicFeature(capsFrom(toks, i, toks.length)) ? i : -1;
}

/**
 * "Powder River Basin", "Hudson River Valley": a run whose last word is a geographic feature's noun and that holds
 * another one is a place (one such word alone may be a surname: "Andrew Hill", "Tom Ridge").
 */
function namesGeographicFeature(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const feature = (w: string): boolean => PLACE_WORDS.has(w) || PLACE_FIRST_WORDS.has(w);
  return lower.length >= 2 && PLACE_WORDS.has(lower.at(-1) as string) && lower.slice(0, -1).some(feature);
}

/**
 * "Social Security", "Wall Street", "Grand Jury": a name of two to four words that WordNet lists as one noun, and
 * not as a person ("John Smith" is one), names a thing, an institution or a place, never someone.
 */
export const namesNoPerson = memo((name: string): boolean => {
  const words = name.split(' ').length;
  return words >= 2 && words <= MAX_WORDS && isKnownWord(name.toLowerCase()) && !isPersonNoun(name);
});
