// Given names that are also common words ("Bill", "Charity", "June"): a word list that stops such a word from
// naming anyone (a document, an organisation, a month) must not stop it opening a person's name. Source of the names:
// given-names.json (Moby Word II's common first names in English-speaking countries, public domain).
import NAMES from './given-names.json' with { type: 'json' };
// census-names.json settles the names Moby gives to both sexes or to neither, where the 1990 US Census counts nine
// in ten bearers of one sex ("hillary" f, "donald" m); its "source" says where it comes from.
import CENSUS from './census-names.json' with { type: 'json' };
import { isKnownWord, isPersonNoun } from '../../lexicon/wordnet.ts';
import { isCap, isWord, type Tok } from '../quotes-tokens.ts';
import { type Gender, isNameTok, isParticle, isRealName, portfolioEnd } from './phrase.ts';
import { DETERMINERS, DOC_WORDS, MONTHS, ORG_WORDS, PREPOSITIONS, STOP_CAPS } from './words.ts';

/** The names, lower-cased (the file lists them space-separated, one string for each sex). */
const FEMALE = new Set(NAMES.female.toLowerCase().split(' '));
const MALE = new Set(NAMES.male.toLowerCase().split(' '));
const GIVEN = new Set([...FEMALE, ...MALE]);
const CENSUS_FEMALE = new Set(CENSUS.female.split(' '));
const CENSUS_MALE = new Set(CENSUS.male.split(' '));

/**
 * The sex a full name's given name tells, when the lists have it for one sex only ("Johnny" m, "Gwyneth" f; "Jordan"
 * is in both: null). Coreference systems use such lists to keep "she" from a man's name (CoreNLP's name gender data).
 */
export function givenNameGender(name: string): Gender {
  const parts = name.toLowerCase().split(' ');
  return parts.length < 2 ? null : (givenNameSex(parts[0] as string) ?? null);
}

/** Whether the lists have `word` as a given name ("ted", "june"). */
export const isGivenName = (word: string): boolean => GIVEN.has(word.toLowerCase());

/**
 * The sex a given name tells ("tiffany" f; "hillary", in both of Moby's lists, f by the census; "jordan", in both and
 * near even in the census, null); undefined for a word no list has.
 */
export function givenNameSex(first: string): Gender | undefined {
  const w = first.toLowerCase();
  const f = FEMALE.has(w);
  const m = MALE.has(w);
  if (f !== m) return f ? 'f' : 'm';
  if (CENSUS_FEMALE.has(w)) return 'f';
  if (CENSUS_MALE.has(w)) return 'm';
  return f ? null : undefined;
}

/**
 * Only the lists of things are overridden: a title before a name ("King", "Dean", "Major") stays a title (AP style
 * capitalises a formal title before a name).
 */
const THING_WORDS = (w: string): boolean => DOC_WORDS.has(w) || ORG_WORDS.has(w) || MONTHS.has(w);

/** Source: English prepositions and determiners, and the adjectives that place a month ("last June"). */
const DATE_OPENERS = (w: string): boolean =>
  PREPOSITIONS.has(w) || DETERMINERS.has(w) || w === 'last' || w === 'next' || w === 'early' || w === 'late';

/**
 * "Bill Hanley said", "June Oduya": a capitalised given name that a word list reads as a thing, right before a
 * surname, opens the name (its token is marked `givenName`). Not after a preposition or a determiner, where a month
 * is a date ("in June Hanley won", "this June").
 */
export function markGivenNames(toks: Tok[]): Tok[] {
  return toks.map((t, i) => {
    if (koreanGivenName(toks, i)) return { ...t, givenName: true };
    // "Ten Hag said": the Dutch particle capitalised without the given name, not the numeral, which English follows
    // with a plural ("Ten Republicans").
    if (t.bare === 'Ten' && isRealName(toks[i + 1] as Tok) && !/s$/.test(toks[i + 1]?.bare ?? 's'))
      return { ...t, givenName: true };
    // "the zoologist Per Espen Fjeld": after a lower-case noun for a person, the title before a name (AP style), a
    // capitalised function word that opens a full name is the name's first word, not the preposition.
    const title = toks[i - 1];
    const afterTitle = isWord(title) && /^\p{Ll}/u.test(title.bare) && isPersonNoun(title.lower);
    if (
      afterTitle &&
      isCap(t) &&
      STOP_CAPS.has(t.lower) &&
      isRealName(toks[i + 1] as Tok) &&
      isRealName(toks[i + 2] as Tok)
    )
      return { ...t, givenName: true };
    // "John A MacDonald", "Michael J Fox": a middle initial written without a full point (Guardian style guide), a
    // lone capital between a given name and a surname, is part of the name (not the article "A").
    const given = toks[i - 1];
    const middle =
      /^\p{Lu}$/u.test(t.bare) &&
      t.bare !== 'I' &&
      !t.period &&
      isWord(given) &&
      GIVEN.has(given.lower) &&
      isRealName(toks[i + 1] as Tok);
    if (middle) return { ...t, givenName: true };
    if (!isCap(t) || !GIVEN.has(t.lower) || !THING_WORDS(t.lower) || isNameTok(t)) return t;
    // The surname may open with a particle: "Bill de Blasio", "Mark van Dyke".
    const next = isParticle(toks[i + 1]) ? toks[i + 2] : toks[i + 1];
    const prev = toks[i - 1];
    if (!next || !isRealName(next) || (isWord(prev) && DATE_OPENERS(prev.lower))) return t;
    return { ...t, givenName: true };
  });
}

/**
 * "Ban Ki-moon", "Moon Jae-in": a Korean given name of two syllables, romanised with a hyphen between them (as the
 * Revised Romanization of Korean allows for given names), after a one-syllable family name; its second syllable may
 * spell an English word ("moon"), so the test is the shape, not the dictionary. Not a compound English lists
 * ("Ex-wife").
 */
function koreanGivenName(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const family = toks[i - 1];
  if (!isCap(t) || !t || !/^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u.test(t.bare) || isKnownWord(t.lower)) return false;
  return isNameTok(family) && /^\p{Lu}\p{Ll}{1,4}$/u.test(family?.bare ?? '') && !isKnownWord(t.lower.replace('-', ''));
}

/**
 * "Unison Dave Prentis", "Tory Michael Howard": in a run of three names or more, an English word that is no given
 * name, before one that is, modifies the person (an organisation, a party) and is no part of the name; the name
 * starts at the given name. A given name no list has ("Zulfikar Ali Bhutto") keeps its place. The run is
 * `toks[s, e)`; returns where the name starts.
 */
function givenNameStart(toks: readonly Tok[], s: number, e: number): number {
  const first = toks[s];
  const second = toks[s + 1];
  if (e - s < 3 || !isWord(first) || !isWord(second) || GIVEN.has(first.lower)) return s;
  return GIVEN.has(second.lower) && isKnownWord(first.lower) ? s + 1 : s;
}

/**
 * Where a person's name starts in the capitalised run `toks[s, e)`: after a portfolio ("Minister of Health Ana Lis")
 * and after an English word before a given name ("Unison Dave Prentis").
 */
export const personNameStart = (toks: readonly Tok[], s: number, e: number): number =>
  givenNameStart(toks, portfolioEnd(toks, s, e), e);
