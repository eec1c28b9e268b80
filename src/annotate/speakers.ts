// Speakers: reading the noun phrase that attributes a quote ("EU Council President X Y said", "said X, the
// mayor of Y", "the statement reads", "he added") and resolving it to the name the article introduced.
// Rules are news-writing conventions: a person is introduced once with full name and role, then referred to
// by surname, title + surname or pronoun; documents and organisations speak too.
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
  PASSIVE_MARKERS,
  PLACE_PREPOSITIONS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  STOP_CAPS,
  TIME_WORDS,
} from './quotes-words.ts';
import { isPersonNoun } from '../lexicon/wordnet.ts';
import { NameIndex } from './mentions/names.ts';
import { isCap, isComma, isWord, type Tok } from './quotes-tokens.ts';

export type Gender = 'm' | 'f' | null;
export type SpeakerKind = 'person' | 'pronoun' | 'document' | 'org' | 'group' | 'role';

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

const isPossessive = (t: Tok): boolean => /'s?$/.test(t.lower) && t.lower.length > 2;
const isLowerWord = (t: Tok | undefined): t is Tok => isWord(t) && !/^\p{Lu}/u.test(t.bare);
const isAcronym = (t: Tok): boolean => t.bare.length >= 2 && t.bare === t.bare.toUpperCase() && /\p{Lu}/u.test(t.bare);

export const isSpeechVerb = (t: Tok | undefined): boolean => isLowerWord(t) && SPEECH_VERBS.has(t.lower);
const isRoleWord = (t: Tok): boolean => ROLE_WORDS.has(t.lower);

/** An adverb or auxiliary between subject and verb: "has also", "later", "reportedly". */
function isAuxOrAdverb(t: Tok | undefined): boolean {
  if (!isLowerWord(t)) return false;
  return AUX_ADVERBS.has(t.lower) || (t.lower.length > 5 && t.lower.endsWith('ly') && !GROUP_NOUNS.has(t.lower));
}

/** A word that may be part of a speaker's noun phrase. */
function isNPWord(t: Tok | undefined): t is Tok {
  if (!isWord(t)) return false;
  if (/^\p{N}/u.test(t.bare)) return false;
  if (/^\p{Lu}/u.test(t.bare)) return !STOP_CAPS.has(t.lower) || DETERMINERS.has(t.lower);
  return !FUNCTION_WORDS.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !PRONOUNS.has(t.lower);
}

/** A capitalised word that can be part of a person's name. */
export function isNameTok(t: Tok | undefined): boolean {
  if (!isCap(t) || !t) return false;
  const l = t.lower;
  // "A Halden spokeswoman": a capital A opening a sentence is the article, not an initial.
  if (STOP_CAPS.has(l)) return false;
  if (isInitials(t)) return true;
  // Party and state after a US lawmaker's name: "R-Ga.", "D-N.Y."
  if (/^\p{Lu}-/u.test(t.bare)) return false;
  if (t.bare.length >= 2 && isAcronym(t)) return false;
  if (STOP_CAPS.has(l) || ROLE_WORDS.has(l) || ROLE_MODIFIERS.has(l) || HONORIFICS.has(l)) return false;
  if (ORG_WORDS.has(l) || DOC_WORDS.has(l) || GROUP_NOUNS.has(l)) return false;
  return !isPossessive(t);
}

/** Initials: "J", "J.D", "H.W" (the final period is stripped by the tokenizer). */
const isInitials = (t: Tok): boolean => /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.bare) && t.bare.length <= 5;

/**
 * "Deputy Mayor for Transport Joris Kamphuis", "Minister of Health Ana Lis": capitals right after a role and "for"
 * or "of" name its portfolio first; the person is the last two names of the run.
 */
function portfolioEnd(toks: readonly Tok[], s: number, e: number): number {
  const linker = toks[s - 1];
  if (e - s < 3 || !linker || (linker.lower !== 'for' && linker.lower !== 'of')) return s;
  const role = toks[s - 2];
  return role && ROLE_WORDS.has(role.lower) ? e - 2 : s;
}

/** A name as written from its tokens, keeping the periods of initials ("J.D. Smith"). */
const nameOf = (text: string, run: readonly Tok[]): string =>
  run.map((t) => (isInitials(t) && text[t.end] === '.' ? `${t.bare}.` : t.bare)).join(' ');

const isParticle = (t: Tok | undefined): boolean => isLowerWord(t) && NAME_PARTICLES.has(t.lower);
/** A name token that is more than an initial. */
const isRealName = (t: Tok): boolean => isNameTok(t) && !isInitials(t);

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
  return e;
}

/**
 * Titles come before names, so a capitalised role word right after a first name is a surname: "Stephen King",
 * "Gary Player". Only when what follows is not another name.
 */
function isSurnameLikeRole(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return isCap(t) && !!t && ROLE_WORDS.has(t.lower) && !isAcronym(t) && isRealName(toks[k - 1] as Tok) && !isNameTok(toks[k + 1]);
}

const textOf = (text: string, toks: readonly Tok[]): string =>
  toks.length ? text.slice((toks[0] as Tok).start, (toks.at(-1) as Tok).end) : '';

/** A role as written, keeping an abbreviation's period ("Gov.") and lower-casing a leading article. */
function roleText(text: string, toks: readonly Tok[]): string {
  const last = toks.at(-1);
  let out = textOf(text, toks);
  if (last && text[last.end] === '.' && /^\p{Lu}\p{L}{0,3}$/u.test(last.bare)) out += '.';
  return out.replace(/^(?:The|A|An)\b/, (m) => m.toLowerCase());
}

// ---------------------------------------------------------------------------------------------------------------
// Noun phrases around a speech verb

/** Prepositions that place a document: "a statement on the club's website", "a letter in the newspaper". */
const DOC_PLACES = new Set(['on', 'in']);

/** Whether `c` joins the noun `prev` before it to what follows: "a spokesperson for", "a statement on". */
function joinsPhrase(c: Tok | undefined, prev: Tok | undefined): boolean {
  if (!isLowerWord(c) || !isNPWord(prev)) return false;
  return NP_CONNECTORS.has(c.lower) || (DOC_PLACES.has(c.lower) && isLowerWord(prev) && DOC_WORDS.has(prev.lower));
}

/** A past participle that places or sends a document: "posted", "published", "sent", "put out". */
const isPlacingParticiple = (t: Tok | undefined): boolean =>
  isLowerWord(t) && (/^[a-z]{3,}ed$/.test(t.lower) || PLACING_IRREGULAR.has(t.lower));
const PLACING_IRREGULAR = new Set(['sent', 'put', 'written', 'read', 'shown', 'given', 'left', 'pinned']);

/**
 * Where the phrase goes on leftwards from a connector at `c`: the noun before it ("a statement on", "a spokesperson
 * for"), or the document before a participle that places it ("a statement posted on its website", "a letter
 * published in the newspaper"); -1 when the connector does not join a larger phrase.
 */
function joinTarget(toks: readonly Tok[], c: number, lo: number): number {
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
    if (isLowerWord(t) && (NP_CONNECTORS.has(t.lower) || DOC_PLACES.has(t.lower))) {
      const to = a === -1 ? -1 : joinTarget(toks, i, lo);
      if (to < 0) break;
      i = to;
      continue;
    }
    if (!isNPWord(t)) break;
    a = i;
    i--;
  }
  return a;
}

/** A word after which a speaker's noun phrase is complete: a name, a role, an organisation. */
const endsPhrase = (t: Tok): boolean => isNameTok(t) || isRoleWord(t) || ORG_WORDS.has(t.lower);
/** A noun that can head a speaker's phrase. */
const isHeadNoun = (t: Tok): boolean =>
  isRoleWord(t) || ORG_WORDS.has(t.lower) || DOC_WORDS.has(t.lower) || GROUP_NOUNS.has(t.lower);

/** Collects a noun phrase rightwards from `i`; returns its last index or -1. Stops at names' ends. */
/**
 * "The Viewers and Listeners Council", "Sewers and Drains Board": an "and" between capitals, when the capitals
 * after it end in an organisation word, is inside one organisation's name.
 */
function isCapitalAnd(toks: readonly Tok[], k: number, hi = toks.length): boolean {
  if (toks[k]?.lower !== 'and' || !isCap(toks[k - 1]) || STOP_CAPS.has((toks[k - 1] as Tok).lower)) return false;
  let m = k + 1;
  while (m < hi && m - k <= 4 && isCap(toks[m])) m++;
  return m > k + 1 && ORG_WORDS.has((toks[m - 1] as Tok).lower);
}

function collectForward(toks: readonly Tok[], i: number, hi: number): number {
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
    if (TIME_WORDS.has(t.lower) || !isNPWord(t)) break;
    // A name or a role/organisation noun ends the phrase unless another noun of that kind follows: "Mayor Jane
    // Doe welcomed …", "the ministry rejected …" stop before the verb; "a council member", "a court filing" go on.
    if (isLowerWord(t) && k > i && endsPhrase(toks[k - 1] as Tok) && !isHeadNoun(t)) break;
    if (isNameTok(t)) sawName = true;
    e = k++;
  }
  return e;
}

/** The comma-delimited segment that follows index `comma`, up to the next comma or clause end. */
function segmentAfter(toks: readonly Tok[], comma: number, hi: number): [number, number] | null {
  let k = comma + 1;
  while (k < hi && k - comma <= 18 && !isComma(toks[k]) && toks[k]?.kind !== 'boundary' && toks[k]?.kind !== 'quote') {
    const t = toks[k] as Tok;
    if (t.kind === 'punct' && /[;:—–()]/.test(t.bare)) break;
    k++;
  }
  return k > comma + 1 ? [comma + 1, k - 1] : null;
}

const RELATIVE = new Set(['who', 'whose', 'which', 'that', 'where', 'when', 'whom']);
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our']);

/** An apposition that gives a role: "the mayor of Y", "a hydrologist at X who …" (cut before "who"). */
function roleFromAppositive(text: string, toks: readonly Tok[]): string | null {
  const first = toks[0];
  if (!isWord(first) || RELATIVE.has(first.lower)) return null;
  const opens =
    APPOSITIVE_OPENERS.has(first.lower) || isPossessive(first) || isRoleWord(first) || ROLE_MODIFIERS.has(first.lower);
  let end = toks.findIndex((t) => isLowerWord(t) && RELATIVE.has(t.lower));
  if (end === -1) end = toks.length;
  const kept = toks.slice(0, end);
  const hasRole = kept.some(isRoleWord);
  if (!kept.length || !(hasRole || APPOSITIVE_OPENERS.has(first.lower))) return null;
  if (!opens && !(isCap(first) && hasRole)) return null;
  return roleText(text, kept);
}

/** A role written before a name: "A US State Department spokesperson", "former Prime Minister". */
function roleBefore(text: string, toks: readonly Tok[], nameStart: number, lo: number): string | null {
  let i = nameStart - 1;
  while (i >= lo && isWord(toks[i]) && HONORIFICS.has((toks[i] as Tok).lower)) i--;
  let a = -1;
  /** Lower-case nouns read before a role word ("incident" in "incident commander"), kept only if the phrase opens. */
  let pending = -1;
  for (; i >= lo; i--) {
    const t = toks[i];
    if (!isWord(t)) break;
    const ok =
      (isCap(t) && !STOP_CAPS.has(t.lower)) ||
      isRoleWord(t) ||
      ROLE_MODIFIERS.has(t.lower) ||
      isPossessive(t) ||
      (t.lower === 'of' && a !== -1 && isWord(toks[i - 1]));
    // Left of a qualifying noun only modifiers and names go on: "former state health officer", not "the mayor
    // met police chief".
    const afterNoun = pending !== -1 && isRoleWord(t) && !ROLE_MODIFIERS.has(t.lower) && !isCap(t);
    if (afterNoun) break;
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
function isRoleModifierNoun(t: Tok): boolean {
  return (
    isLowerWord(t) &&
    isNPWord(t) &&
    !DETERMINERS.has(t.lower) &&
    !TIME_WORDS.has(t.lower) &&
    !AUX_ADVERBS.has(t.lower) &&
    !/ly$/.test(t.lower)
  );
}

/** Words after which a noun phrase opens: "said incident commander X", "by the state health officer". */
const PHRASE_OPENERS = new Set([
  'by', 'with', 'from', 'to', 'for', 'and', 'or', 'as', 'at', 'of', 'including', 'like', 'alongside', 'among',
  'between', 'than', 'against', 'about',
]);

/** Whether a noun phrase can start right after token `k` (or the clause starts there when `k < lo`). */
function opensRolePhrase(toks: readonly Tok[], k: number, lo: number): boolean {
  const t = toks[k];
  if (k < lo || !isWord(t)) return true;
  const l = t.lower;
  return DETERMINERS.has(l) || isPossessive(t) || isSpeechVerb(t) || PHRASE_OPENERS.has(l) || (isCap(t) && k === lo);
}

/** Gender told by an honorific or a gendered role noun; a name tells none ("Raman", "Friedman" end in -man too). */
function genderOf(words: readonly Tok[]): Gender {
  for (const t of words) {
    const h = HONORIFICS.get(t.lower);
    if (h) return h;
    if (isNameTok(t)) continue;
    // "-ess" only on nouns for people ("actress"), never "business" or "address".
    if (/(?:woman|women)$|^(?:queen|princess|dame|lady)$/.test(t.lower) || (/ess$/.test(t.lower) && isPersonNoun(t.lower)))
      return 'f';
    if (/(?:man|men)$|^(?:king|prince|sir|lord)$/.test(t.lower) && t.lower !== 'human') return 'm';
  }
  return null;
}

/** Reads a noun phrase (with optional apposition and a role phrase written before it) as a speaker. */
export function classify(
  text: string,
  np: readonly Tok[],
  appositive: readonly Tok[] | null = null,
  preRole: readonly Tok[] | null = null,
): SpeakerRef | null {
  if (!np.length) return null;
  const base = { text: textOf(text, np), pos: (np[0] as Tok).start, role: null, gender: null, head: '', modifiers: '' };
  if (np.length === 1 && PRONOUNS.has((np[0] as Tok).lower)) {
    return { ...base, kind: 'pronoun', name: (np[0] as Tok).lower };
  }
  // "a letter from the Chamber of Commerce", "a statement on its website": the head comes before the preposition.
  const c = np.findIndex((_, i) => i > 0 && joinTarget(np, i, 0) >= 0);
  const d = c > 0 ? joinTarget(np, c, 0) : -1;
  const doc = np[d];
  if (d >= 0 && doc && isLowerWord(doc) && DOC_WORDS.has(doc.lower)) {
    const mods = np.slice(0, d).filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
    return { ...base, kind: 'document', name: '', head: doc.lower, modifiers: mods.map((t) => t.bare).join(' ') };
  }
  // "Opposition leader Ruth Kallander of the Social Democrats": the person is named before "of", the
  // organisation after it is where they belong.
  const of = np.findIndex(
    (t, i) =>
      i >= 2 &&
      (t.lower === 'of' || t.lower === 'at' || t.lower === 'from') &&
      isRealName(np[i - 1] as Tok) &&
      isNameTok(np[i - 2]),
  );
  if (of > 0 && np.slice(of + 1).every((t, i) => isNameTok(t) || (i === 0 && DETERMINERS.has(t.lower)))) {
    const person = classify(text, np.slice(0, of), appositive, preRole);
    if (person?.kind === 'person') return { ...person, text: textOf(text, np) };
  }
  // A person: the phrase ends with a name; what comes before it is title and role.
  let s = np.length;
  if (s >= 2 && isSurnameLikeRole(np, s - 1)) s--;
  while (s > 0 && (isNameTok(np[s - 1]) || (s < np.length && isParticle(np[s - 1]) && isNameTok(np[s - 2])))) s--;
  s = portfolioEnd(np, s, np.length);
  const run = np.slice(s);
  // "the Chamber of Commerce", "the Department of Health": an organisation's name, kept whole.
  if (s >= 2 && np[s - 1]?.lower === 'of' && isCap(np[s - 2]) && ORG_WORDS.has((np[s - 2] as Tok).lower)) {
    return { ...base, kind: 'org', name: '' };
  }
  if (run.some(isRealName)) {
    let r = s;
    while (r > 0 && HONORIFICS.has((np[r - 1] as Tok).lower)) r--;
    const rolePart = np.slice(0, r).filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
    let role = rolePart.some(isRoleWord) ? roleText(text, rolePart) : null;
    if (!role && appositive) role = roleFromAppositive(text, appositive);
    if (!role && preRole?.some(isRoleWord)) role = roleText(text, preRole);
    return { ...base, kind: 'person', name: nameOf(text, run), role, gender: genderOf(np) };
  }
  const last = np.at(-1) as Tok;
  const head = last.lower;
  if (DOC_WORDS.has(head)) {
    const mods = np.slice(0, -1).filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
    return { ...base, kind: 'document', name: '', head, modifiers: mods.map((t) => t.bare).join(' ') };
  }
  if (np.some((t) => ORG_WORDS.has(t.lower))) return { ...base, kind: 'org', name: '' };
  if (np.some(isRoleWord)) return { ...base, kind: 'role', name: '', head, gender: genderOf(np) };
  if (GROUP_NOUNS.has(head)) return { ...base, kind: 'group', name: '' };
  // "the team's wide receiver": any noun for a person (WordNet) heads a role phrase too.
  if (DETERMINERS.has((np[0] as Tok).lower) && isLowerWord(last) && isPersonNoun(head)) {
    return { ...base, kind: 'role', name: '', head, gender: genderOf(np) };
  }
  if (DETERMINERS.has((np[0] as Tok).lower) && np.length <= 5) return { ...base, kind: 'org', name: '' };
  return null;
}

/** Subject of the speech verb at `v`: "Smith said", "Jane Doe, the mayor of Y, said", "X, NAME, told". */
export function subjectBefore(text: string, toks: readonly Tok[], v: number, lo: number): SpeakerRef | null {
  if (v > lo && PASSIVE_MARKERS.has((toks[v - 1] as Tok).lower)) return null; // "was asked" is not speech by the subject
  // "X welcomed the ruling, calling it …": a participle after a comma shares the clause's subject, never the
  // object that happens to stand before the comma.
  if (v - 1 > lo && isComma(toks[v - 1]) && (toks[v] as Tok).lower.endsWith('ing')) {
    return clauseSubject(text, toks, lo, v - 1);
  }
  let j = v - 1;
  for (let n = 0; n < 3 && isAuxOrAdverb(toks[j]); n++) j--;
  let appositive: Tok[] | null = null;
  let aged = false;
  // Hop back over comma-delimited asides: apposition, age, participle clause.
  for (let hops = 0; hops < 3 && j >= lo && isComma(toks[j]); hops++) {
    let k = j - 1;
    while (k >= lo && j - k < 20 && !isComma(toks[k]) && toks[k]?.kind !== 'boundary' && toks[k]?.kind !== 'quote') k--;
    const seg = toks.slice(k + 1, j);
    if (!seg.length) return null;
    if (k < lo || !isComma(toks[k])) {
      // The clause opens with the subject itself: "Marcus Hill, 62, … said".
      j = j - 1;
      lo = k + 1;
      break;
    }
    const segEnd = nameRunEnd(seg, 0);
    if (segEnd === seg.length && seg.some(isRealName)) {
      // "The company's chief executive, NAME, told": the name is the subject, the phrase before is its role.
      const a = collectBackward(toks, k - 1, lo);
      const pre = a >= 0 ? toks.slice(a, k) : null;
      return withFrom(classify(text, seg, appositive, pre), a >= 0 ? a : k + 1);
    }
    if (!/^\p{N}/u.test(seg[0]?.bare ?? '')) appositive ??= seg;
    else if (seg.length === 1) aged = true;
    j = k;
  }
  if (j < lo || !isWord(toks[j])) return null;
  if (PRONOUNS.has((toks[j] as Tok).lower)) return withFrom(classify(text, [toks[j] as Tok]), j);
  const a = collectBackward(toks, j, lo);
  if (a < 0) return null;
  const whole = listClosingOrgName(text, toks, a, j, lo);
  if (whole) return whole;
  const ref = classify(text, toks.slice(a, j + 1), appositive);
  return withFrom(ref && aged && ref.kind === 'person' ? { ...ref, aged } : ref, a);
}

/**
 * "the Department of Health and Human Services said", "a statement from the Department of Agriculture, Trade and
 * Consumer Protection said": the capitalised words before the verb end an organisation's name ("X of A, B and C"),
 * so the speaker is that organisation (or the document from it), not a person called "Human Services".
 */
function listClosingOrgName(text: string, toks: readonly Tok[], a: number, j: number, lo: number): SpeakerRef | null {
  let k = a - 1;
  if (k <= lo || toks[k]?.lower !== 'and') return null;
  k--;
  while (k > lo && (isCap(toks[k]) || isComma(toks[k]))) k--;
  if (toks[k]?.lower !== 'of' || !isCap(toks[k - 1]) || !ORG_WORDS.has((toks[k - 1] as Tok).lower)) return null;
  const b = collectBackward(toks, k - 1, lo);
  if (b < 0) return null;
  const ref = classify(text, toks.slice(b, k));
  if (!ref || (ref.kind !== 'org' && ref.kind !== 'document')) return null;
  return withFrom(ref.kind === 'org' ? { ...ref, text: textOf(text, toks.slice(b, j + 1)) } : ref, b);
}

const withFrom = (ref: SpeakerRef | null, from: number): SpeakerRef | null => (ref ? { ...ref, from } : null);

/** Speaker after an inverted verb: "said Jane Doe, the mayor of Y", "reads the statement". */
export function subjectAfter(text: string, toks: readonly Tok[], i: number, hi: number): SpeakerRef | null {
  if (isWord(toks[i]) && PRONOUNS.has((toks[i] as Tok).lower)) return classify(text, [toks[i] as Tok]);
  const e = collectForward(toks, i, hi);
  if (e < i) return null;
  let appositive: Tok[] | null = null;
  let aged = false;
  if (isComma(toks[e + 1])) {
    let seg = segmentAfter(toks, e + 1, hi);
    // Skip an age: "said Jane Doe, 45, a teacher".
    if (seg && seg[0] === seg[1] && /^\p{N}/u.test((toks[seg[0]] as Tok).bare) && isComma(toks[seg[1] + 1])) {
      seg = segmentAfter(toks, seg[1] + 1, hi);
      aged = true;
    }
    if (seg) appositive = toks.slice(seg[0], seg[1] + 1);
  }
  const np = toks.slice(i, e + 1);
  const ref = classify(text, np, appositive);
  // "said its general secretary, Jane Doe": a role, then the name in apposition is the speaker.
  const rolePhrase = ref && (ref.kind === 'role' || (ref.kind === 'org' && np.some(isRoleWord)));
  if (rolePhrase && appositive && nameRunEnd(appositive, 0) === appositive.length) {
    if (appositive.some(isRealName)) return classify(text, appositive, null, np);
  }
  return ref && aged && ref.kind === 'person' ? { ...ref, aged } : ref;
}

/** The subject at the start of a clause, for coordinated verbs: "He called it X and said …". */
export function subjectAtStart(text: string, toks: readonly Tok[], lo: number, hi: number): SpeakerRef | null {
  let i = lo;
  while (i < hi && !isWord(toks[i])) i++;
  const t = toks[i];
  if (!isWord(t)) return null;
  if (PRONOUNS.has(t.lower)) return classify(text, [t]);
  const e = collectForward(toks, i, hi);
  if (e < i) return null;
  const ref = classify(text, toks.slice(i, e + 1));
  return ref && (ref.kind === 'person' || ref.kind === 'role') ? ref : null;
}

/**
 * The subject of the main clause in `toks[lo, hi)`, skipping introductory phrases set off by commas ("On Monday,
 * the mayor …"): any speaker but a document (a document there is the verb's object read as part of the phrase).
 */
export function clauseSubject(text: string, toks: readonly Tok[], lo: number, hi: number): SpeakerRef | null {
  let from = lo;
  for (let tries = 0; tries < 3 && from < hi; tries++) {
    let i = from;
    while (i < hi && !isWord(toks[i])) i++;
    const t = toks[i];
    if (i < hi && isWord(t)) {
      if (PRONOUNS.has(t.lower)) return withFrom(classify(text, [t]), i);
      const e = collectForward(toks, i, hi);
      const ref = e >= i ? classify(text, toks.slice(i, e + 1)) : null;
      if (ref && ref.kind !== 'document') return withFrom(ref, i);
    }
    let k = from;
    while (k < hi && !isComma(toks[k])) k++;
    from = k + 1;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Who the article introduced: full names with the role given at introduction

export interface PersonEntry {
  name: string;
  /** Offset of the first mention. */
  first: number;
  role: string | null;
  gender: Gender;
}

/** How many items of a list in article order sit before `pos` (or at it, when `inclusive`): a binary search. */
function countBefore(list: readonly { pos: number }[], pos: number, inclusive: boolean): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const m = (a + b) >> 1;
    const at = (list[m] as { pos: number }).pos;
    if (at < pos || (inclusive && at === pos)) a = m + 1;
    else b = m;
  }
  return a;
}

export class PeopleRegistry {
  private names = new NameIndex<PersonEntry>();
  /** People by each word of their role ("mayor" → Mayor Jane Doe), in order of introduction. */
  private roleIndex = new Map<string, PersonEntry[]>();
  /** Organisations named in full ("Halden Property Group"), in article order. */
  private orgs: { name: string; pos: number }[] = [];
  /** Documents mentioned outside quotes, with their modifiers: "a joint statement" → ["joint"]. */
  private docs = new Map<string, { pos: number; modifiers: string }[]>();

  /** Reads one paragraph's token stream. Streams must be added in article order. */
  addStream(text: string, toks: readonly Tok[]): void {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (isLowerWord(t) && DOC_WORDS.has(t.lower)) this.addDoc(toks, i);
      if (isCap(t) && ORG_WORDS.has(t.lower)) this.addOrg(text, toks, i);
      // "Grenmoor Environmental, the company that won": a name the apposition says is an organisation.
      if (isComma(t) && isCap(toks[i - 1]) && isCap(toks[i - 2]) && DETERMINERS.has(toks[i + 1]?.lower ?? '')) {
        const noun = toks[i + 2];
        if (isLowerWord(noun) && ORG_WORDS.has(noun.lower)) this.addOrg(text, toks, i - 1);
      }
      if (!isNameTok(t) || isNameTok(toks[i - 1])) continue;
      const e = nameRunEnd(toks, i);
      if (e === i) continue;
      // "the restaurant Casa Ferrant", "the ship Northern Star": a name given to a thing, not a person.
      const before = toks[i - 1];
      if (
        isLowerWord(before) &&
        !ROLE_WORDS.has(before.lower) &&
        !isPersonNoun(before.lower) &&
        !FUNCTION_WORDS.has(before.lower) &&
        !SPEECH_VERBS.has(before.lower) &&
        toks[i - 2] &&
        DETERMINERS.has((toks[i - 2] as Tok).lower)
      ) {
        i = e - 1;
        continue;
      }
      let run = toks.slice(portfolioEnd(toks, i, e), e);
      // "Realtor Jo Blake" opening a sentence: the capital is the sentence's, the occupation noun is a role.
      const opens = i === 0 || toks[i - 1]?.kind === 'boundary' || toks[i - 1]?.kind === 'quote';
      if (opens && run.length >= 3 && run[0] === t && isPersonNoun(t.lower)) run = run.slice(1);
      const honorific = isWord(toks[i - 1]) ? HONORIFICS.get((toks[i - 1] as Tok).lower) : undefined;
      // "a speech in San Jose": a name after a preposition of place is a place.
      if (isLowerWord(before) && PLACE_PREPOSITIONS.has(before.lower)) {
        i = e - 1;
        continue;
      }
      // "Halden Property Group": capitals that run into an organisation word name the organisation.
      const orgWord = toks[e];
      if (orgWord && isCap(orgWord) && ORG_WORDS.has(orgWord.lower)) {
        i = e - 1;
        continue;
      }
      // A full name: two names, or initials and a surname ("J.D. Smith").
      if (run.length >= 2 && run.filter(isRealName).length >= 1) {
        this.addPerson(nameOf(text, run), t.start, this.roleAround(text, toks, i, e), honorific ?? null);
      } else if (honorific) {
        // "Mr Pike": tells the gender of whoever is called Pike.
        const p = this.names.lookup(t.bare, t.start);
        if (p) p.gender ??= honorific;
      }
      i = e - 1;
    }
  }

  /** "National Cyber Resilience Agency": capitalised words up to a capitalised organisation word. */
  private addOrg(text: string, toks: readonly Tok[], i: number): void {
    let a = i;
    const joins = (t: Tok | undefined): boolean => isCap(t) && !STOP_CAPS.has((t as Tok).lower) && !/'s$/.test((t as Tok).lower);
    while (a > 0 && (joins(toks[a - 1]) || (a > 1 && isCapitalAnd(toks, a - 1)))) a--;
    const start = (toks[a] as Tok).start;
    if (a < i) this.orgs.push({ name: text.slice(start, (toks[i] as Tok).end), pos: start });
  }

  /**
   * The organisation a short reference means, the latest named before `pos`: "the agency" → "National Cyber
   * Resilience Agency" (by its last word), "Halden" → "Halden Property Group" (by its first).
   */
  org(ref: { head?: string; first?: string }, pos: number): string | null {
    // Names are in article order: start at the last one before `pos` and look back a bounded way, as
    // documentName does, so a huge article costs O(1) per quote.
    const end = countBefore(this.orgs, pos, true);
    for (let k = end - 1; k >= 0 && end - k <= HISTORY_REACH; k--) {
      const o = this.orgs[k] as { name: string; pos: number };
      const words = o.name.toLowerCase().split(' ');
      if (ref.head && words.at(-1) === ref.head) return o.name;
      if (ref.first && words[0] === ref.first) return o.name;
    }
    // "the company said" after "Hexcell Energy Systems said…": a generic word for a business means the latest
    // business named in full, one whose name ends in a word businesses take ("Systems", "Motors", "Ltd").
    if (!ref.head || !BUSINESS_NOUNS.has(ref.head)) return null;
    for (let k = end - 1; k >= 0 && end - k <= HISTORY_REACH; k--) {
      const o = this.orgs[k] as { name: string; pos: number };
      if (BUSINESS_NAME_ENDS.has(o.name.toLowerCase().split(' ').at(-1) as string)) return o.name;
    }
    return null;
  }

  private addDoc(toks: readonly Tok[], i: number): void {
    const noun = (toks[i] as Tok).lower;
    const mods: string[] = [];
    for (let k = i - 1; k >= 0 && mods.length < 3; k--) {
      const m = toks[k] as Tok;
      if (!isNPWord(m) || DETERMINERS.has(m.lower) || DOC_WORDS.has(m.lower)) break;
      mods.unshift(m.bare);
    }
    const list = this.docs.get(noun) ?? [];
    list.push({ pos: (toks[i] as Tok).start, modifiers: mods.join(' ') });
    this.docs.set(noun, list);
  }

  private addPerson(name: string, pos: number, role: string | null, gender: Gender): void {
    // A later, shorter form of a name already given ("Grey Owl" after "Ann Grey Owl") is that person, not another.
    const known = this.names.get(name) ?? this.lookup(name, pos);
    if (known) {
      if (!known.role && role) {
        known.role = role;
        this.indexRole(known);
      }
      known.gender ??= gender;
      return;
    }
    const entry: PersonEntry = { name, first: pos, role, gender: gender ?? (role ? genderOfText(role) : null) };
    this.names.add(entry);
    this.indexRole(entry);
  }

  private indexRole(entry: PersonEntry): void {
    for (const w of new Set(entry.role?.toLowerCase().split(/[^\p{L}-]+/u) ?? [])) {
      if (!ROLE_WORDS.has(w)) continue;
      const list = this.roleIndex.get(w);
      if (list) list.push(entry);
      else this.roleIndex.set(w, [entry]);
    }
  }

  /** Role at a name mention: before it, or in apposition before or after it. */
  private roleAround(text: string, toks: readonly Tok[], s: number, e: number): string | null {
    // A role sits within a few words of the name: scanning no further keeps long sentences linear.
    const reach = 40;
    let lo = s;
    while (lo > 0 && s - lo < reach && toks[lo - 1]?.kind !== 'boundary' && toks[lo - 1]?.kind !== 'quote') lo--;
    const before = roleBefore(text, toks, s, lo);
    if (before) return before;
    let hi = e;
    while (hi < toks.length && hi - e < reach && toks[hi]?.kind !== 'boundary' && toks[hi]?.kind !== 'quote') hi++;
    // "The health secretary, NAME, said"
    if (isComma(toks[s - 1]) && (isComma(toks[e]) || e >= hi)) {
      const a = collectBackward(toks, s - 2, lo);
      if (a >= 0) {
        const pre = toks.slice(a, s - 1);
        if (pre.some(isRoleWord)) return roleText(text, pre);
      }
    }
    // "NAME, the mayor of Y," / "NAME, 62, a teacher"
    if (isComma(toks[e])) {
      let seg = segmentAfter(toks, e, hi);
      if (seg && seg[0] === seg[1] && /^\p{N}/u.test((toks[seg[0]] as Tok).bare) && isComma(toks[seg[1] + 1])) {
        seg = segmentAfter(toks, seg[1] + 1, hi);
      }
      if (seg) return roleFromAppositive(text, toks.slice(seg[0], seg[1] + 1));
    }
    return null;
  }

  /** The person a (possibly partial) name refers to, preferring someone introduced before `pos` (mentions/names.ts). */
  lookup(name: string, pos: number): PersonEntry | null {
    return this.names.lookup(name, pos, (w) => ROLE_WORDS.has(w));
  }

  /** Someone introduced with a role that contains `noun` ("the mayor" → "Mayor Jane Doe"): the latest before `pos`. */
  byRole(noun: string, pos: number): PersonEntry | null {
    const list = this.roleIndex.get(noun) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if ((list[i] as PersonEntry).first <= pos) return list[i] as PersonEntry;
    return null;
  }

  /** The most specific name the article gave a document: "the statement" → "the joint statement". */
  documentName(noun: string, modifiers: string, pos: number): string {
    if (modifiers) return theNoun(modifiers, noun);
    // Mentions are in article order: binary-search the last one before `pos`, then look back a bounded way.
    const list = this.docs.get(noun) ?? [];
    const a = countBefore(list, pos, false);
    for (let i = a - 1; i >= 0 && a - i <= HISTORY_REACH; i--) {
      const d = list[i] as { pos: number; modifiers: string };
      if (d.modifiers) return theNoun(d.modifiers, noun);
    }
    return `the ${noun}`;
  }
}

function theNoun(modifiers: string, noun: string): string {
  // "the ministry's statement" reads well; "the Agency's" stays as written.
  return /['’]s?$/.test(modifiers.split(' ')[0] ?? '') ? `${modifiers} ${noun}` : `the ${modifiers} ${noun}`;
}

function genderOfText(role: string): Gender {
  if (/\b\w*(?:woman|women)\b|\b(?:queen|princess)\b/i.test(role)) return 'f';
  if (/\b\w*(?:man|men)\b|\b(?:king|prince)\b/i.test(role)) return 'm';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution in article order

/** How far back (in recorded mentions and speeches) resolution looks: keeps it O(1) per quote. */
const HISTORY_REACH = 200;

/** Generic words a news story uses for a business it has named: "the company", "the carmaker". */
const BUSINESS_NOUNS = new Set(
  'company firm business manufacturer maker carmaker automaker supplier retailer chain operator developer insurer lender'.split(' '),
);
/** Last words of business names, never of a public body's: "Hexcell Energy Systems", "Norvane Motors". */
const BUSINESS_NAME_ENDS = new Set(
  `company corporation corp inc ltd llc plc group holdings systems motors foods industries technologies labs
  pharmaceuticals enterprises ventures investments properties logistics airlines airways`.split(/\s+/),
);

interface HistoryItem {
  pos: number;
  paragraph: number;
  kind: 'speech' | 'mention';
  who: Resolved;
  gender: Gender;
  /** For mentions: the first person named in its sentence, usually the subject. */
  subject: boolean;
}

/** Resolves speaker phrases in article order, remembering who spoke and who was mentioned. */
export class SpeakerResolver {
  private history: HistoryItem[] = [];
  private genders = new Map<string, Gender>();

  constructor(private readonly registry: PeopleRegistry) {}

  /** Resolves a phrase at article offset `pos` (its pronouns look back from there). */
  resolve(ref: SpeakerRef, paragraph: number): Resolved | null {
    switch (ref.kind) {
      case 'person': {
        const entry = this.registry.lookup(ref.name, ref.pos);
        const speaker = entry?.name ?? ref.name;
        if (ref.gender && !this.genders.get(speaker)) this.genders.set(speaker, ref.gender);
        if (entry?.gender && !this.genders.get(speaker)) this.genders.set(speaker, entry.gender);
        // A lone capitalised word that nobody introduced ("Apple said") is not a pronoun's antecedent.
        const person = Boolean(entry) || ref.name.includes(' ') || ref.gender !== null || ref.aged === true;
        // "Halden said" after "Halden Property Group": the organisation by its first word.
        const org = person ? null : this.registry.org({ first: ref.name.toLowerCase() }, ref.pos);
        if (org) return { speaker: org, role: null, person: false };
        return { speaker, role: entry?.role ?? ref.role, person };
      }
      case 'pronoun':
        return this.antecedent(ref.name, ref.pos, paragraph);
      case 'document':
        return { speaker: this.registry.documentName(ref.head, ref.modifiers, ref.pos), role: null, person: false };
      case 'role': {
        // A definite description stands for someone already in the story (news style: full name first, then
        // "the mayor", "the Pentagon chief"): whoever was introduced with that role, else the person the story
        // was just about, when that person's gender fits the role's.
        const definite = /^the\s/i.test(ref.text);
        const entry = definite || /^(?:a|an)\s+\S+$/i.test(ref.text) ? this.registry.byRole(ref.head, ref.pos) : null;
        if (entry) return { speaker: entry.name, role: entry.role, person: true };
        const recent = definite ? this.recentPerson(ref.pos, paragraph, ref.gender) : null;
        if (recent) return recent.who;
        // "a spokeswoman for the union said": not a name, but what a later "she" stands for.
        return { speaker: lowerArticle(ref.text), role: null, person: ref.gender !== null };
      }
      default: {
        // "the agency" after "the National Cyber Resilience Agency": the organisation by its last word.
        const head = /^the\s+(\p{L}+)$/iu.exec(ref.text)?.[1]?.toLowerCase();
        const org = ref.kind === 'org' && head ? this.registry.org({ head }, ref.pos) : null;
        return { speaker: org ?? lowerArticle(ref.text), role: null, person: false };
      }
    }
  }

  /** Records that `who` spoke (or was mentioned as a sentence's subject) at `pos`. */
  record(who: Resolved, pos: number, paragraph: number, kind: 'speech' | 'mention', subject = true): void {
    this.history.push({ pos, paragraph, kind, who, gender: this.genders.get(who.speaker) ?? null, subject });
  }

  /** The latest person who spoke or was a sentence's subject before `pos`, this paragraph or the one before. */
  private recentPerson(pos: number, paragraph: number, gender: Gender): HistoryItem | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (paragraph - h.paragraph > 1) return null;
      if (h.pos > pos || !h.who.person || (h.kind === 'mention' && !h.subject)) continue;
      const g = this.genders.get(h.who.speaker) ?? h.gender;
      return gender && g && g !== gender ? null : h;
    }
    return null;
  }

  /** The most recent speaker before `pos` (any kind), if within `maxBack` paragraphs. */
  lastSpeaker(paragraph: number, maxBack: number): HistoryItem | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (paragraph - h.paragraph > maxBack) return null;
      if (h.kind === 'speech') return h;
    }
    return null;
  }

  /** The last person mentioned as a sentence subject in paragraph `paragraph`. */
  lastMentionIn(paragraph: number): HistoryItem | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (h.paragraph < paragraph) return null;
      if (h.paragraph === paragraph && h.who.person && h.subject) return h;
    }
    return null;
  }

  /**
   * he/she → the latest compatible person among speakers and sentence subjects, then among any person named;
   * they/it → the latest speaker of any kind.
   */
  private antecedent(pronoun: string, pos: number, paragraph: number): Resolved | null {
    const want: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    if (want === null) {
      if (pronoun !== 'they' && pronoun !== 'it') return null; // I, we, you: the writer or an unnamed narrator
      for (let i = this.history.length - 1; i >= 0 && this.history.length - i < HISTORY_REACH; i--) {
        const h = this.history[i] as HistoryItem;
        if (paragraph - h.paragraph > 6) break;
        if (h.pos <= pos && h.kind === 'speech' && (pronoun === 'they' || !h.who.person)) return h.who;
      }
      return null;
    }
    for (const subjectsOnly of [true, false]) {
      for (let i = this.history.length - 1; i >= 0 && this.history.length - i < HISTORY_REACH; i--) {
        const h = this.history[i] as HistoryItem;
        if (paragraph - h.paragraph > 6) break;
        if (h.pos > pos || !h.who.person || (subjectsOnly && h.kind === 'mention' && !h.subject)) continue;
        const g = this.genders.get(h.who.speaker) ?? h.gender;
        if (g && g !== want) continue;
        // Learn: whoever "he" refers to is male from now on.
        if (!g) this.genders.set(h.who.speaker, want);
        return h.who;
      }
    }
    return null;
  }
}

const lowerArticle = (s: string): string => s.replace(/^(?:The|A|An)\b/, (m) => m.toLowerCase());
