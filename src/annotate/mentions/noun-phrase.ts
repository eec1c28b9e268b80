// Noun phrases around a speech verb: how far a speaker's phrase reaches left or right of a token ("a spokesperson for
// the ministry", "said Virginia delegate Beau Correll"), through connectors, coordinated titles and organisation
// names. Reads the name tokens of phrase.ts.
import { baseForms, hasPersonSense, isInflectedVerb, isPersonNoun } from '../../lexicon/wordnet.ts';
import { isGivenName } from './given.ts';
import { isCap, isComma, isWord, type Tok } from '../quotes-tokens.ts';
import { opensKnownName } from './known.ts';
import { isLowerWord, isNameTok, isNPWord, isRealName, isRoleWord, isTitleWord } from './phrase.ts';
import {
  DETERMINERS,
  DOC_WORDS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  NP_CONNECTORS,
  ORG_WORDS,
  SPEECH_VERBS,
  STOP_CAPS,
  TIME_WORDS,
} from './words.ts';

/** Prepositions that place a document: "a statement on the club's website", "a letter in the newspaper". */
export const DOC_PLACES = new Set(['on', 'in']);

/** Whether `c` joins the noun `prev` before it to what follows: "a spokesperson for", "a statement on". */
export function joinsPhrase(c: Tok | undefined, prev: Tok | undefined): boolean {
  if (!isLowerWord(c) || !isNPWord(prev)) return false;
  // "Jo Doe with the Port Authority said": a person's affiliation after the name, as with "of" (news usage).
  if (c.lower === 'with') return isRealName(prev);
  return NP_CONNECTORS.has(c.lower) || (DOC_PLACES.has(c.lower) && isLowerWord(prev) && DOC_WORDS.has(prev.lower));
}

/** A past participle that places or sends a document: "posted", "published", "sent", "put out". */
export const isPlacingParticiple = (t: Tok | undefined): boolean =>
  isLowerWord(t) && (/^[a-z]{3,}ed$/.test(t.lower) || PLACING_IRREGULAR.has(t.lower));
export const PLACING_IRREGULAR = new Set(['sent', 'put', 'written', 'read', 'shown', 'given', 'left', 'pinned']);

/**
 * Where the phrase goes on leftwards from a connector at `c`: the noun before it ("a statement on", "a spokesperson
 * for"), or the document before a participle that places it ("a statement posted on its website", "a letter
 * published in the newspaper"); -1 when the connector does not join a larger phrase.
 */
export function joinTarget(toks: readonly Tok[], c: number, lo: number): number {
  if (c - 1 >= lo && joinsPhrase(toks[c], toks[c - 1])) return c - 1;
  const place = toks[c];
  const doc = toks[c - 2];
  if (c - 2 < lo || !isLowerWord(place) || !DOC_PLACES.has(place.lower) || !isPlacingParticiple(toks[c - 1])) return -1;
  return isLowerWord(doc) && DOC_WORDS.has(doc.lower) ? c - 2 : -1;
}

/** Collects a noun phrase leftwards from index `j` (inclusive) down to `lo`; returns its first index or -1. */
export function collectBackward(toks: readonly Tok[], j: number, lo: number): number {
  let a = -1;
  let i = j;
  while (i >= lo && j - i < 14) {
    const t = toks[i];
    if (!isWord(t)) break;
    if (DETERMINERS.has(t.lower)) {
      if (a === -1) break; // a phrase does not end with a determiner
      a = i;
      // "a spokesperson for the ministry": a connector before the determiner joins a larger phrase.
      const to = i - 1 >= lo ? joinTarget(toks, i - 1, lo) : -1;
      if (to >= 0) {
        i = to;
        continue;
      }
      break;
    }
    // "the Health and Human Services Department": an "and" inside an organisation's name (isCapitalAnd).
    if (a !== -1 && isCapitalAnd(toks, i, j + 1)) {
      i--;
      continue;
    }
    // "co-founder and CEO Jo Doe": two titles joined by "and" are one role (AP style's coordinated titles).
    if (
      t.lower === 'and' &&
      a !== -1 &&
      isRoleWord(toks[a] as Tok) &&
      isWord(toks[i - 1]) &&
      isRoleWord(toks[i - 1] as Tok)
    ) {
      i--;
      continue;
    }
    if (isLowerWord(t) && (NP_CONNECTORS.has(t.lower) || DOC_PLACES.has(t.lower))) {
      const to = a === -1 ? -1 : joinTarget(toks, i, lo);
      if (to < 0) break;
      i = to;
      continue;
    }
    // "a No 10 source": "No" and a number name a house (Guardian style guide: "No 10" for Downing Street).
    if (/^\d+$/.test(t.bare) && toks[i - 1]?.bare === 'No' && i - 1 >= lo) {
      a = i - 1;
      i -= 2;
      continue;
    }
    // "New Zealand officials": an opener word is part of a name English knows.
    if (!isNPWord(t) && !opensKnownName(toks, i, j + 1)) break;
    a = i;
    i--;
  }
  return a;
}

/** A word after which a speaker's noun phrase is complete: a name, a role, an organisation. */
const completesPhrase = (t: Tok): boolean => isNameTok(t) || isRoleWord(t) || ORG_WORDS.has(t.lower);
/** A noun that can head a speaker's phrase. */
export const isHeadNoun = (t: Tok): boolean =>
  isRoleWord(t) || ORG_WORDS.has(t.lower) || DOC_WORDS.has(t.lower) || GROUP_NOUNS.has(t.lower);

/** Collects a noun phrase rightwards from `i`; returns its last index or -1. Stops at names' ends. */
/**
 * "The Viewers and Listeners Council", "Sewers and Drains Board": an "and" between capitals, when the capitals
 * after it end in an organisation word, is inside one organisation's name.
 */
export function isCapitalAnd(toks: readonly Tok[], k: number, hi = toks.length): boolean {
  if (toks[k]?.lower !== 'and' || !isCap(toks[k - 1]) || STOP_CAPS.has((toks[k - 1] as Tok).lower)) return false;
  let m = k + 1;
  while (m < hi && m - k <= 4 && isCap(toks[m])) m++;
  return m > k + 1 && ORG_WORDS.has((toks[m - 1] as Tok).lower);
}

/**
 * "delegate Beau Correll", "political consultant Chris Russell": from `k`, up to two lower-case modifiers, then a
 * noun for a person (WordNet), then a name.
 */
function titleBeforeName(toks: readonly Tok[], k: number): boolean {
  for (let n = k; n <= k + 2 && isLowerWord(toks[n]); n++) {
    if (!hasPersonSense((toks[n] as Tok).lower)) continue;
    // "presidential candidate Sen. Bernie Sanders": a title in capitals may stand between the noun and the name.
    let m = n + 1;
    while (m <= n + 2 && isCap(toks[m]) && isTitleWord(toks[m] as Tok)) m++;
    if (isNameTok(toks[m])) return true;
  }
  return false;
}

/**
 * "chief information security officer", "chief operating officer": a title of several words (AP Stylebook,
 * titles) goes on past a role word when one to two more lower-case words and then a role word follow.
 */
function compoundTitleGoesOn(toks: readonly Tok[], k: number): boolean {
  if (!isRoleWord(toks[k - 1] as Tok)) return false;
  for (let n = k; n <= k + 2; n++) {
    const w = toks[n];
    if (!isLowerWord(w) || FUNCTION_WORDS.has(w.lower) || SPEECH_VERBS.has(w.lower)) return false;
    if (n > k && isRoleWord(w)) return true;
  }
  return false;
}

/**
 * "the Chamber of Commerce", "University of Tennessee Law": the name at `i` follows an organisation word and "of",
 * so it continues that organisation's name.
 */
export const continuesOrgName = (toks: readonly Tok[], i: number): boolean =>
  i >= 2 && toks[i - 1]?.lower === 'of' && isCap(toks[i - 2]) && ORG_WORDS.has((toks[i - 2] as Tok).lower);

/**
 * "First Analysis Securities Corp. analyst …", "New Century Financial Corp.": a capitalised function word ("First",
 * "New") opening capitals that end in an organisation word within five is that organisation's name.
 */
function opensOrgName(toks: readonly Tok[], k: number, hi: number): boolean {
  if (!isCap(toks[k])) return false;
  for (let j = k + 1; j < hi && j - k <= 5 && isCap(toks[j]); j++)
    if (ORG_WORDS.has((toks[j] as Tok).lower)) return j > k + 1;
  return false;
}

export function collectForward(toks: readonly Tok[], i: number, hi: number): number {
  let e = -1;
  let k = i;
  let sawName = false;
  while (k < hi && k - i < 14) {
    const t = toks[k];
    if (!isWord(t)) break;
    if (k === i && DETERMINERS.has(t.lower)) {
      e = k++;
      continue;
    }
    if (isLowerWord(t) && (t.lower === 'of' || t.lower === 'for' || t.lower === 'from')) {
      // "the mayor of Springfield" joins; "Jane Doe of Acme" stops at the name; "Democracy for America",
      // "Americans for Prosperity": one capitalised English word, no given name, and "for" before capitals is an
      // organisation's name (a cause and those it is for).
      const cause =
        t.lower === 'for' && k === i + 1 && isCap(toks[i]) && isCap(toks[k + 1]) && isCauseWord(toks[i] as Tok);
      if (cause) {
        k++;
        continue;
      }
      if (e < 0 || sawName) break;
      const next = toks[k + 1];
      if (!isWord(next)) break;
      k += DETERMINERS.has(next.lower) ? 2 : 1;
      continue;
    }
    if (isCapitalAnd(toks, k, hi)) {
      k++;
      continue;
    }
    // "a former Obama 2008 campaign spokesman": a year before a noun modifies it (an attributive noun, English grammar).
    const year = k > i && /^(?:1[89]|20)\d\d$/.test(t.bare) && isLowerWord(toks[k + 1]) && isNPWord(toks[k + 1]);
    if (year) {
      k++;
      continue;
    }
    if (TIME_WORDS.has(t.lower) || (!isNPWord(t) && !opensKnownName(toks, k, hi) && !opensOrgName(toks, k, hi))) break;
    // A name or a role/organisation noun ends the phrase unless another noun of that kind follows: "Mayor Jane
    // Doe welcomed …", "the ministry rejected …" stop before the verb; "a council member", "a court filing" go on.
    // "said Virginia delegate Beau Correll", "Cruz constituent Dan Golvach": after a name, a noun for a person
    // (WordNet) right before another name is that name's title, modified by the first; the phrase goes on.
    const titleOfNext = isLowerWord(t) && titleBeforeName(toks, k);
    const title = isLowerWord(t) && compoundTitleGoesOn(toks, k);
    // "another former senior Obama campaign staffer": a noun for a person (WordNet) heads the phrase too.
    const personHead = isLowerWord(t) && isPersonNoun(t.lower);
    if (
      isLowerWord(t) &&
      k > i &&
      completesPhrase(toks[k - 1] as Tok) &&
      !isHeadNoun(t) &&
      !personHead &&
      !titleOfNext &&
      !title
    )
      break;
    // "said a passenger leaning out of a car", "says a pamphlet issued by the ministry": a participle after the head
    // noun opens a clause that modifies it (a reduced relative clause, English grammar); the noun phrase ends there.
    const participle = /ing$/.test(t.lower) || (/ed$/.test(t.lower) && toks[k + 1]?.lower === 'by');
    const prev = toks[k - 1] as Tok;
    const afterNoun =
      k > i &&
      isLowerWord(prev) &&
      !FUNCTION_WORDS.has(prev.lower) &&
      !DETERMINERS.has(prev.lower) &&
      !NP_CONNECTORS.has(prev.lower);
    if (isLowerWord(t) && participle && afterNoun && !isHeadNoun(t) && !title) break;
    // "Vohor's two bodyguards stopped the ambassador": a verb in the past (WordNet) after a noun, with a determiner
    // opening its object, is the clause's verb; the noun phrase ended before it.
    const pastVerb = /\p{Ll}ed$/u.test(t.lower) && isInflectedVerb(t.lower);
    if (isLowerWord(t) && afterNoun && pastVerb && DETERMINERS.has(toks[k + 1]?.lower ?? '') && !title) break;
    if (isNameTok(t)) sawName = true;
    e = k++;
  }
  return e;
}

/** A capitalised English noun that is no given name: "Democracy", "Americans" (WordNet), not "Ann". */
export const isCauseWord = (t: Tok): boolean =>
  baseForms(t.lower, 'noun').length > 0 && !isGivenName(t.lower) && !isRoleWord(t);

/** The comma-delimited segment that follows index `comma`, up to the next comma or clause end. */
export function segmentAfter(toks: readonly Tok[], comma: number, hi: number): [number, number] | null {
  let k = comma + 1;
  while (k < hi && k - comma <= 18 && !isComma(toks[k]) && toks[k]?.kind !== 'boundary' && toks[k]?.kind !== 'quote') {
    const t = toks[k] as Tok;
    if (t.kind === 'punct' && /[;:—–()]/.test(t.bare)) break;
    k++;
  }
  return k > comma + 1 ? [comma + 1, k - 1] : null;
}
