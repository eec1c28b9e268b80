// Noun phrases around names and verbs of speech: token classes and name runs (the phrase collected left or right of
// a verb is noun-phrase.ts's, the role it gives roles.ts's). News-writing conventions only: a person is introduced
// once with full name and role, then by surname, title or pronoun.
import {
  AUX_ADVERBS,
  DETERMINERS,
  DOC_WORDS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  HONORIFICS,
  NAME_PARTICLES,
  ORG_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  STOP_CAPS,
  NAME_SUFFIXES,
  ARABIC_ARTICLE,
} from './words.ts';
import { isCap, isWord, type Tok } from '../quotes-tokens.ts';
import { baseForms, isKnownWord, isPersonNoun, isPlaceName, isProperName } from '../../lexicon/wordnet.ts';

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
  /** "X said he …": the sex a pronoun after the verb suggests, weaker than any the name or a title tells. */
  reportedGender?: Gender;
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
/** A title written before a name: a role word or an honorific ("Sen.", "Mr", "Mayor"). */
export const isTitleWord = (t: Tok): boolean => isRoleWord(t) || HONORIFICS.has(t.lower);

/** An adverb or auxiliary between subject and verb: "has also", "later", "reportedly". */
export function isAuxOrAdverb(t: Tok | undefined): boolean {
  if (!isLowerWord(t)) return false;
  // An -ly word is an adverb when WordNet lists it as one ("angrily"; unknown words too), not "family" or "assembly".
  const adverb = t.lower.endsWith('ly') && (baseForms(t.lower, 'adv').length > 0 || !isKnownWord(t.lower));
  return AUX_ADVERBS.has(t.lower) || (t.lower.length > 5 && adverb && !GROUP_NOUNS.has(t.lower));
}

/**
 * "“…,” asked one.", "One said …": "one" or "another" standing alone for a member of a group just named (English
 * grammar's pronoun "one"), a role the resolver fills from the latest group mentioned.
 */
export function oneOfGroup(text: string, t: Tok | undefined, next: Tok | undefined): SpeakerRef | null {
  if (!t || !/^(?:one|another)$/.test(t.lower) || isWord(next)) return null;
  return {
    kind: 'role',
    text: textOf(text, [t]),
    name: '',
    role: null,
    gender: null,
    pos: t.start,
    head: 'one',
    modifiers: '',
  };
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

/** A name as written from its tokens, keeping the periods of initials ("J.D. Smith") and of "Jr." and "Sr.". */
export const nameOf = (text: string, run: readonly Tok[]): string =>
  run.map((t) => ((isInitials(t) || /^[JS]r$/.test(t.bare)) && text[t.end] === '.' ? `${t.bare}.` : t.bare)).join(' ');

/**
 * "Ann Lee's lawyer": the name a possessive ends, as a run of name tokens. `toks[i, e)` is the name run before the
 * possessive at `e` (empty for "Lee's" alone); the possessive token is cut to its stem. Null when `toks[e]` is no
 * possessive name.
 */
export function possessiveNameRun(toks: readonly Tok[], i: number, e: number): Tok[] | null {
  // "Giovanni van Bronckhorst’s": a surname particle before the possessive surname.
  const at = e > i && isParticle(toks[e]) ? e + 1 : e;
  const p = toks[at];
  if (!isCap(p) || !p || !/^[^'’]{2,}['’]s$/u.test(p.bare)) return null;
  const bare = p.bare.slice(0, -2);
  const stem: Tok = { ...p, bare, lower: bare.toLowerCase(), end: p.start + bare.length };
  return isRealName(stem) ? [...toks.slice(i, at), stem] : null;
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
  isCap(toks[k]) &&
  NAME_SUFFIXES.has((toks[k] as Tok).lower) &&
  isCap(toks[k - 1]) &&
  // "Jo Doe Junior Minister": the spelt-out word before another capital opens a title, not a suffix.
  !((toks[k] as Tok).lower === 'junior' && isCap(toks[k + 1]));

export const textOf = (text: string, toks: readonly Tok[]): string =>
  toks.length ? text.slice((toks[0] as Tok).start, (toks.at(-1) as Tok).end) : '';
