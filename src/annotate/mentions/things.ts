// What a capitalised name names when the words around it say it is no person: a thing ("his musical La La Land")
// or an organisation its apposition names ("SAG-AFTRA, the actors’ union,").
import { DETERMINERS, FUNCTION_WORDS, ORG_WORDS, PREPOSITIONS, ROLE_WORDS, SPEECH_VERBS, STOP_CAPS } from './words.ts';
import { baseForms, isPersonNoun } from '../../lexicon/wordnet.ts';
import { endsPhrase, isCap, isWord, type Tok } from '../quotes-tokens.ts';
import { isGivenName } from './given.ts';
import { isLowerWord, nameRunEnd } from './phrase.ts';
import { isCapitalAnd } from './noun-phrase.ts';

/**
 * "X, the actors’ union,", "X, an industry group.": the head noun for an organisation closing an apposition opened
 * by an article after `comma` and closed by a comma or the sentence's end.
 */
export function appositiveOrgHead(toks: readonly Tok[], comma: number): string | null {
  if (!/^(?:the|a|an)$/.test(toks[comma + 1]?.lower ?? '')) return null;
  for (let k = comma + 2; k <= comma + 6; k++) {
    const w = toks[k];
    if (w?.bare === '’' || w?.bare === "'") continue; // "the actors’ union": a plural possessive's apostrophe
    // "the head of the Meretz party": a noun after a preposition is not the apposition's head.
    if (!isWord(w) || /^(?:of|for|from|at|in|on|with|by)$/.test(w.lower)) return null;
    if (endsPhrase(toks, k)) return isLowerWord(w) && ORG_WORDS.has(w.lower) ? w.lower : null;
  }
  return null;
}

/**
 * "the restaurant Casa Ferrant", "his musical La La Land", "its Sunny Vale Classic": a name given to a thing (after
 * a determined common noun that names no person, or owned by a thing) is no person's.
 */
export function namesAThing(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1];
  if (before?.lower === 'its') return true;
  if (modifiesNounAfter(toks, i)) return false;
  return (
    isLowerWord(before) &&
    !ROLE_WORDS.has(before.lower) &&
    !isPersonNoun(before.lower) &&
    !FUNCTION_WORDS.has(before.lower) &&
    // "some of Jo Doe’s allies": a quantifier and a preposition, not a determiner and a common noun.
    !PREPOSITIONS.has(before.lower) &&
    !SPEECH_VERBS.has(before.lower) &&
    toks[i - 2] !== undefined &&
    DETERMINERS.has((toks[i - 2] as Tok).lower)
  );
}

/**
 * "a former Ted Cruz surrogate", "a longtime Jo Doe ally": a person's full name (a given name and more) before a
 * singular common noun is a modifier of that noun, which the determiner introduces; the name is a person's.
 */
function modifiesNounAfter(toks: readonly Tok[], i: number): boolean {
  const e = nameRunEnd(toks, i);
  const head = toks[e];
  return e - i >= 2 && isGivenName((toks[i] as Tok).lower) && isLowerWord(head) && baseForms(head.lower, 'noun')[0] === head.lower;
}

/** Where the capitalised name that ends at token `e` starts ("National Cyber Resilience Agency", "Lockheed Martin"). */
export function orgNameStart(toks: readonly Tok[], e: number): number {
  const joins = (t: Tok | undefined): boolean =>
    isCap(t) && !STOP_CAPS.has((t as Tok).lower) && !/'s$/.test((t as Tok).lower);
  let a = e;
  while (a > 0 && (joins(toks[a - 1]) || (a > 1 && isCapitalAnd(toks, a - 1)))) a--;
  return a;
}
