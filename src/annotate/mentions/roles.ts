// The role a phrase gives a person: written before the name ("former Prime Minister X", "incident commander X") or
// in apposition after it ("X, the mayor of Y", "X, an interest rate strategist at Z"). News-writing conventions
// only (AP style: a person is introduced once with full name and role).
import {
  ABBREVIATED_TITLES,
  COMPANY_ABBREVIATIONS,
  AUX_ADVERBS,
  DETERMINERS,
  HONORIFICS,
  OFFICE_VERBS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  STOP_CAPS,
  TIME_WORDS,
  TITLE_PARTICIPLES,
} from './words.ts';
import { isCap, isComma, isWord, type Tok } from '../quotes-tokens.ts';
import { isPersonNoun } from '../../lexicon/wordnet.ts';
import { opensKnownName } from './known.ts';
import { isLowerWord, isNameTok, isNPWord, isPossessive, isRoleWord, isSpeechVerb, textOf } from './phrase.ts';

/**
 * A role as written, keeping an abbreviation's period ("Gov.", "Acme Corp.") and lower-casing a leading article; a
 * sentence's full stop after a short word ("… at Example Bank.") is no part of it.
 */
export function roleText(text: string, toks: readonly Tok[]): string {
  const last = toks.at(-1);
  let out = textOf(text, toks);
  const abbreviation = (w: Tok): boolean => ABBREVIATED_TITLES.has(w.lower) || COMPANY_ABBREVIATIONS.has(w.lower);
  if (last && text[last.end] === '.' && /^\p{Lu}\p{L}{0,3}$/u.test(last.bare) && abbreviation(last)) out += '.';
  return out.replace(/^(?:The|A|An)\b/, (m) => m.toLowerCase());
}

export const RELATIVE = new Set(['who', 'whose', 'which', 'that', 'where', 'when', 'whom']);
export const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our']);

/** Prepositions that tie a post to a body or a place: "strategist at X", "director for Y", "reporter with Z". */
const POST_LINKS = new Set(['at', 'of', 'for', 'from', 'with', 'in']);

/**
 * "an interest rate strategist at X", "interest rate strategist at X", "another early bitcoin adopter", "policy
 * director for the Y": an optional determiner or possessive, lower-case modifiers, then a head noun for a person
 * (a role word or a noun WordNet files under persons) that ends the phrase or is tied to a body or a place by a
 * preposition. A verb, a name or a function word before the head ("police said", "Ann Roe") makes no role.
 */
export function isRolePhrase(toks: readonly Tok[]): boolean {
  const first = toks[0];
  let i = first && (DETERMINERS.has(first.lower) || isPossessive(first)) ? 1 : 0;
  for (; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!isLowerWord(t) || !isNPWord(t) || AUX_ADVERBS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
    if (!isRoleWord(t) && !isPersonNoun(t.lower)) continue;
    const next = toks[i + 1];
    if (!next || (isLowerWord(next) && POST_LINKS.has(next.lower) && isWord(toks[i + 2]))) return true;
  }
  return false;
}

/** An apposition that gives a role: "the mayor of Y", "a hydrologist at X who …" (cut before "who"). */
export function roleFromAppositive(text: string, toks: readonly Tok[]): string | null {
  const first = toks[0];
  // "X, who chairs the Safer Roads Trust,": the post told as what the person does.
  if (first?.lower === 'who' && OFFICE_VERBS.has(toks[1]?.lower ?? '') && toks.length > 2)
    return textOf(text, toks.slice(1));
  if (!isWord(first) || RELATIVE.has(first.lower)) return null;
  const opens =
    APPOSITIVE_OPENERS.has(first.lower) || isPossessive(first) || isRoleWord(first) || ROLE_MODIFIERS.has(first.lower);
  let end = toks.findIndex((t) => isLowerWord(t) && RELATIVE.has(t.lower));
  if (end === -1) end = toks.length;
  const kept = toks.slice(0, end);
  // "In an interview with Deadline Hollywood, the director said …": a noun phrase its verb of speech follows is the
  // next clause's subject, not an apposition (which a comma closes).
  if (kept.some(isSpeechVerb)) return null;
  if (isRolePhrase(kept)) return roleText(text, kept);
  const hasRole = kept.some(isRoleWord);
  if (!kept.length || !(hasRole || APPOSITIVE_OPENERS.has(first.lower))) return null;
  if (!opens && !(isCap(first) && hasRole)) return null;
  return roleText(text, kept);
}

/** A role written before a name: "A US State Department spokesperson", "former Prime Minister". */
export function roleBefore(text: string, toks: readonly Tok[], nameStart: number, lo: number): string | null {
  let i = nameStart - 1;
  while (i >= lo && isWord(toks[i]) && HONORIFICS.has((toks[i] as Tok).lower)) i--;
  // "defeating incumbent X", "the novelist X": any noun WordNet files under persons, right before the name.
  const next = toks[i];
  if (i >= lo && isLowerWord(next) && isNPWord(next) && !DETERMINERS.has(next.lower) && isPersonNoun(next.lower)) {
    if (!isRoleWord(next)) return roleText(text, [next]);
  }
  let a = -1;
  /** Lower-case nouns read before a role word ("incident" in "incident commander"), kept only if the phrase opens. */
  let pending = -1;
  for (; i >= lo; i--) {
    const t = toks[i];
    if (!isWord(t)) break;
    const ok =
      (isCap(t) && (!STOP_CAPS.has(t.lower) || opensKnownName(toks, i, nameStart))) ||
      isRoleWord(t) ||
      ROLE_MODIFIERS.has(t.lower) ||
      isPossessive(t) ||
      (t.lower === 'of' && a !== -1 && isWord(toks[i - 1]));
    // Left of a qualifying noun only modifiers and names go on: "former state health officer", not "the mayor
    // met police chief".
    const afterNoun = pending !== -1 && isRoleWord(t) && !ROLE_MODIFIERS.has(t.lower) && !isCap(t);
    if (afterNoun) break;
    // "Jo Holt met union leader X": a capital left of two lower-case words before the role word ends the role
    // (one may be a verb); "Halden police chief X" (one qualifying noun) keeps its place name.
    if (pending !== -1 && a - pending >= 2 && isNameTok(t) && !ROLE_MODIFIERS.has(t.lower)) break;
    if (ok) {
      a = i;
      pending = -1;
      continue;
    }
    // "incident commander", "state health officer": nouns qualifying the role word after them.
    if (a !== -1 && isRoleModifierNoun(t) && (pending === -1 ? a - i : pending - i) === 1 && a - i <= 3) {
      pending = i;
      continue;
    }
    break;
  }
  // The qualifying nouns belong to the role only where a noun phrase can open: a clause start, a determiner, a
  // speech verb or a preposition ("said incident commander X"); after any other verb ("met police chief X") the
  // lower-case word may be that verb's, so only the role word proper is kept.
  if (pending !== -1 && opensRolePhrase(toks, pending - 1, lo)) a = pending;
  if (a === -1) return null;
  let kept = toks.slice(a, nameStart).filter((t) => !HONORIFICS.has(t.lower));
  while (kept[0] && kept[0].lower === 'of') kept = kept.slice(1);
  return kept.some(isRoleWord) ? roleText(text, kept) : null;
}

/** A lower-case noun that can qualify a role word: not a function word, verb of speech, pronoun or adverb. */
export function isRoleModifierNoun(t: Tok): boolean {
  return (
    isLowerWord(t) &&
    // "the club sacked manager X", "defeating incumbent X": a verb form is no part of the role ("acting", "chief
    // operating officer" are titles' own participles).
    !/ed$/.test(t.lower) &&
    (!/ing$/.test(t.lower) || TITLE_PARTICIPLES.has(t.lower)) &&
    isNPWord(t) &&
    !DETERMINERS.has(t.lower) &&
    !TIME_WORDS.has(t.lower) &&
    !AUX_ADVERBS.has(t.lower) &&
    !/ly$/.test(t.lower)
  );
}

/** Words after which a noun phrase opens: "said incident commander X", "by the state health officer". */
export const PHRASE_OPENERS = new Set([
  'by',
  'with',
  'from',
  'to',
  'for',
  'and',
  'or',
  'as',
  'at',
  'of',
  'including',
  'like',
  'alongside',
  'among',
  'between',
  'than',
  'against',
  'about',
]);

/** Whether a noun phrase can start right after token `k` (or the clause starts there when `k < lo`). */
export function opensRolePhrase(toks: readonly Tok[], k: number, lo: number): boolean {
  const t = toks[k];
  if (k < lo || !isWord(t)) return true;
  const l = t.lower;
  return DETERMINERS.has(l) || isPossessive(t) || isSpeechVerb(t) || PHRASE_OPENERS.has(l) || (isCap(t) && k === lo);
}

/** A capitalised role word right before the lone name at `i`, whose apposition after `e` opens with a role. */
export function givenNameRole(toks: readonly Tok[], i: number, e: number): boolean {
  const w = toks[i - 1];
  if (!isCap(w) || !w || !ROLE_WORDS.has(w.lower) || HONORIFICS.has(w.lower) || /\.$/.test(w.bare)) return false;
  if (toks[i - 2] && toks[i - 2]?.kind !== 'boundary' && toks[i - 2]?.kind !== 'quote') return false;
  if (!isComma(toks[e]) || !/^(?:the|a|an)$/.test(toks[e + 1]?.lower ?? '')) return false;
  for (let k = e + 2; k < e + 8 && isWord(toks[k]); k++) if (ROLE_WORDS.has((toks[k] as Tok).lower)) return true;
  return false;
}

/** A capitalised title of office right before the name at `i`: "President Pike", "Senator Ruiz", "Vice President Pence". */
export function officeBefore(toks: readonly Tok[], i: number): boolean {
  const w = toks[i - 1];
  // "Chief Whip", "Deputy Speaker": a qualifier before one more word is a compound title (spans.ts splitTitle).
  const office = isCap(w) && !!w && ROLE_WORDS.has(w.lower) && !ROLE_MODIFIERS.has(w.lower);
  const q = toks[i - 2];
  const qualified = isCap(q) && ROLE_MODIFIERS.has((q as Tok).lower) && !isCap(toks[i - 3]);
  return office && !/\.$/.test((w as Tok).bare) && (!isCap(q) || qualified);
}
