// Noun phrases around names and verbs of speech: token classes, name runs and phrases collected left or right of a
// verb (the role a phrase gives is read in roles.ts). News-writing conventions only: a person is introduced once
// with full name and role, then by surname, title or pronoun.
import {
  AUX_ADVERBS,
  DETERMINERS,
  DOC_WORDS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  HONORIFICS,
  NAME_PARTICLES,
  NP_CONNECTORS,
  ORG_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  STOP_CAPS,
  TIME_WORDS,
  NAME_SUFFIXES,
  ARABIC_ARTICLE,
} from './words.ts';
import { isCap, isComma, isWord, type Tok } from '../quotes-tokens.ts';
import {
  baseForms,
  hasPersonSense,
  isKnownWord,
  isPersonNoun,
  isPlaceName,
  isProperName,
} from '../../lexicon/wordnet.ts';
import { opensKnownName } from './known.ts';

export type Gender = 'm' | 'f' | null;
/** `thing`: a noun phrase that cannot speak ("the voice", "the car"): its quote stays unknown. */
export type SpeakerKind = 'person' | 'pronoun' | 'document' | 'org' | 'group' | 'role' | 'thing';

/** A speaker as the attribution wrote it, before resolution. */
export interface SpeakerRef {
  kind: SpeakerKind;
  /** The phrase as written ("Ms. Ruiz", "the statement", "he"). */
  text: string;
  /** For persons: the name without titles or role ("Ruiz"). */
  name: string;
  /** Role given in this very phrase or its apposition. */
  role: string | null;
  gender: Gender;
  /** Offset of the phrase, for "introduced before" decisions. */
  pos: number;
  /** Lower-cased head noun, for documents and bare roles ("statement", "mayor"). */
  head: string;
  /** For documents: the words between determiner and noun, if any ("joint"). */
  modifiers: string;
  /** Index of the leftmost token the attribution used (set by subjectBefore), so callers can check adjacency. */
  from?: number;
  /** An age is given in apposition ("Sam, 15,"): only people have one, so even a lone name is a person. */
  aged?: boolean;
}

/** A speaker after resolution: what a Quote carries. */
export interface Resolved {
  speaker: string;
  role: string | null;
  /** A person (can be the antecedent of he/she). */
  person: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Token classes

export const isPossessive = (t: Tok): boolean => /'s?$/.test(t.lower) && t.lower.length > 2;
/** A word written in lower case, or capitalised only by grammar ("Demonstrators said …"; mentions/capitals.ts). */
export const isLowerWord = (t: Tok | undefined): t is Tok =>
  isWord(t) && (!/^\p{Lu}/u.test(t.bare) || t.grammaticalCapital === true);
export const isAcronym = (t: Tok): boolean =>
  t.bare.length >= 2 && t.bare === t.bare.toUpperCase() && /\p{Lu}/u.test(t.bare);

export const isSpeechVerb = (t: Tok | undefined): boolean => isLowerWord(t) && SPEECH_VERBS.has(t.lower);
export const isRoleWord = (t: Tok): boolean => ROLE_WORDS.has(t.lower);

/** An adverb or auxiliary between subject and verb: "has also", "later", "reportedly". */
export function isAuxOrAdverb(t: Tok | undefined): boolean {
  if (!isLowerWord(t)) return false;
  // An -ly word is an adverb when WordNet lists it as one ("angrily"; unknown words too), not "family" or "assembly".
  const adverb = t.lower.endsWith('ly') && (baseForms(t.lower, 'adv').length > 0 || !isKnownWord(t.lower));
  return AUX_ADVERBS.has(t.lower) || (t.lower.length > 5 && adverb && !GROUP_NOUNS.has(t.lower));
}

/** A word that may be part of a speaker's noun phrase. */
export function isNPWord(t: Tok | undefined): t is Tok {
  if (!isWord(t)) return false;
  // "9th grade head coach", "19-year-old carpet seller": an ordinal or a figure joined by hyphens to words is an
  // adjective; other figures are no noun phrase's.
  if (/^\p{N}/u.test(t.bare)) return /^\d+(?:(?:st|nd|rd|th)(?:-\p{L}+)*|(?:-\p{L}+)+)$/iu.test(t.bare);
  if (/^\p{Lu}/u.test(t.bare)) return !STOP_CAPS.has(t.lower) || DETERMINERS.has(t.lower);
  return !FUNCTION_WORDS.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !PRONOUNS.has(t.lower);
}

/** A capitalised word that can be part of a person's name. */
export function isNameTok(t: Tok | undefined): boolean {
  // "Nur el-Din", "Omar al-Bashir": the Arabic article joined to a name by a hyphen, written in lower case (AP style).
  if (isWord(t) && ARABIC_ARTICLE.test(t.bare)) return true;
  if (!isCap(t) || !t) return false;
  if (t.givenName) return true;
  if (t.grammaticalCapital) return false;
  const l = t.lower;
  // "A Halden spokeswoman": a capital A opening a sentence is the article, not an initial; "Beryl A. Howell" has one.
  const initial = t.period === true && /^\p{Lu}$/u.test(t.bare);
  if (STOP_CAPS.has(l) && !initial) return false;
  if (isInitials(t)) return true;
  // Party and state after a US lawmaker's name: "R-Ga.", "D-N.Y."; an adjective made from a name: "Oslo-based",
  // "Anti-war" (an English word after the hyphen). A romanised Korean given name ("Jae-myung", "Jong-un") has no
  // English word there, or one of two letters at most.
  const tail = /^\p{Lu}\p{Ll}+-(\p{Ll}+)$/u.exec(t.bare)?.[1];
  const givenName = tail !== undefined && (tail.length <= 2 || !isKnownWord(tail));
  if (/^\p{Lu}-|-\p{Ll}/u.test(t.bare) && !givenName) return false;
  if (t.bare.length >= 2 && isAcronym(t)) return false;
  if (ROLE_WORDS.has(l) || ROLE_MODIFIERS.has(l) || HONORIFICS.has(l)) return false;
  if (ORG_WORDS.has(l) || DOC_WORDS.has(l) || GROUP_NOUNS.has(l)) return false;
  return !isPossessive(t);
}

/** Initials: "J", "J.D", "H.W" (the final period is stripped by the tokenizer). */
export const isInitials = (t: Tok): boolean => /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.bare) && t.bare.length <= 5;

/**
 * "Deputy Mayor for Transport Joris Kamphuis", "Minister of Health Ana Lis": capitals right after a role and "for"
 * or "of" name its portfolio first; the person is the last two names of the run.
 */
export function portfolioEnd(toks: readonly Tok[], s: number, e: number): number {
  const linker = toks[s - 1];
  if (e - s < 3 || !linker || (linker.lower !== 'for' && linker.lower !== 'of')) return s;
  const role = toks[s - 2];
  if (!role || !ROLE_WORDS.has(role.lower)) return s;
  // "Secretary of State Hillary Rodham Clinton": a three-part name follows a one-word portfolio when the word
  // after the portfolio is a given name WordNet knows as a person; otherwise the name is the last two words.
  const given = toks[s + 1];
  if (e - s >= 4 && given && isPersonNoun(given.lower) && !isPersonNoun((toks[s] as Tok).lower)) return s + 1;
  return e - 2;
}

/** A name as written from its tokens, keeping the periods of initials ("J.D. Smith"). */
export const nameOf = (text: string, run: readonly Tok[]): string =>
  run.map((t) => (isInitials(t) && text[t.end] === '.' ? `${t.bare}.` : t.bare)).join(' ');

/**
 * "Ann Lee's lawyer": the name a possessive ends, as a run of name tokens. `toks[i, e)` is the name run before the
 * possessive at `e` (empty for "Lee's" alone); the possessive token is cut to its stem. Null when `toks[e]` is no
 * possessive name.
 */
export function possessiveNameRun(toks: readonly Tok[], i: number, e: number): Tok[] | null {
  const p = toks[e];
  if (!isCap(p) || !p || !/^[^'’]{2,}['’]s$/u.test(p.bare)) return null;
  const bare = p.bare.slice(0, -2);
  const stem: Tok = { ...p, bare, lower: bare.toLowerCase(), end: p.start + bare.length };
  return isRealName(stem) ? [...toks.slice(i, e), stem] : null;
}

/**
 * "AJ Brustein", "JW Michaels": two capitals without periods before a lone surname are initials when English knows
 * neither as a word of its own: not an abbreviation ("UC Berkeley", "US"), not a common noun or a place after it
 * ("CB Insights", "JD Gaming"). The surname is token `i`, the run ends at `e`.
 */
export function bareInitialsBefore(toks: readonly Tok[], i: number, e: number): boolean {
  const b = toks[i - 1];
  const surname = (toks[i] as Tok).lower;
  if (e !== i + 1 || !isWord(b) || !/^\p{Lu}{2}$/u.test(b.bare) || isKnownWord(b.lower)) return false;
  return (!isKnownWord(surname) || isProperName(surname)) && !isPlaceName(surname);
}

export const isParticle = (t: Tok | undefined): boolean => isLowerWord(t) && NAME_PARTICLES.has(t.lower);
/** A name token that is more than an initial. */
export const isRealName = (t: Tok): boolean => isNameTok(t) && !isInitials(t);

/** The end (exclusive) of the name run that starts at `i`, or `i` when none does. */
export function nameRunEnd(toks: readonly Tok[], i: number, hi = toks.length): number {
  let e = i;
  while (e < hi) {
    if (isNameTok(toks[e])) e++;
    else if (e > i && isParticle(toks[e]) && isNameTok(toks[e + 1])) e++;
    else break;
  }
  // A run never ends on an initial ("J." belongs before a surname).
  while (e > i && !isRealName(toks[e - 1] as Tok)) e--;
  if (e > i && e < hi && isSurnameLikeRole(toks, e)) e++;
  if (e > i && e < hi && isNameSuffix(toks, e)) e++;
  return e;
}

/**
 * Titles come before names, so a capitalised role word right after a first name is a surname: "Stephen King",
 * "Gary Player". Only when what follows is not another name.
 */
export function isSurnameLikeRole(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return (
    isCap(t) &&
    !!t &&
    ROLE_WORDS.has(t.lower) &&
    !isAcronym(t) &&
    isRealName(toks[k - 1] as Tok) &&
    (!isNameTok(toks[k + 1]) || isNameSuffix(toks, k + 1))
  );
}

/** "Vann R. Newkirk II", "Martin Luther King Jr.": a generational suffix after a name ends that name. */
export const isNameSuffix = (toks: readonly Tok[], k: number): boolean =>
  isCap(toks[k]) && NAME_SUFFIXES.has((toks[k] as Tok).lower) && isCap(toks[k - 1]);

export const textOf = (text: string, toks: readonly Tok[]): string =>
  toks.length ? text.slice((toks[0] as Tok).start, (toks.at(-1) as Tok).end) : '';

// ---------------------------------------------------------------------------------------------------------------
// Noun phrases around a speech verb

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
    // "New Zealand officials": an opener word is part of a name English knows.
    if (!isNPWord(t) && !opensKnownName(toks, i, j + 1)) break;
    a = i;
    i--;
  }
  return a;
}

/** A word after which a speaker's noun phrase is complete: a name, a role, an organisation. */
export const endsPhrase = (t: Tok): boolean => isNameTok(t) || isRoleWord(t) || ORG_WORDS.has(t.lower);
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
    while (
      m <= n + 2 &&
      isCap(toks[m]) &&
      (ROLE_WORDS.has((toks[m] as Tok).lower) || HONORIFICS.has((toks[m] as Tok).lower))
    )
      m++;
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
      // "the mayor of Springfield" joins; "Jane Doe of Acme" stops at the name.
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
    if (TIME_WORDS.has(t.lower) || (!isNPWord(t) && !opensKnownName(toks, k, hi) && !opensOrgName(toks, k, hi))) break;
    // A name or a role/organisation noun ends the phrase unless another noun of that kind follows: "Mayor Jane
    // Doe welcomed …", "the ministry rejected …" stop before the verb; "a council member", "a court filing" go on.
    // "said Virginia delegate Beau Correll", "Cruz constituent Dan Golvach": after a name, a noun for a person
    // (WordNet) right before another name is that name's title, modified by the first; the phrase goes on.
    const titleOfNext = isLowerWord(t) && titleBeforeName(toks, k);
    const title = isLowerWord(t) && compoundTitleGoesOn(toks, k);
    if (isLowerWord(t) && k > i && endsPhrase(toks[k - 1] as Tok) && !isHeadNoun(t) && !titleOfNext && !title) break;
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
    if (isNameTok(t)) sawName = true;
    e = k++;
  }
  return e;
}

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
