// Sieve rule 1, the noun phrase side: the subject of a verb of speech in the quote's own sentence ("X said",
// "said X, the mayor of Y", "X, NAME, told", "He called it … and said"), read as a SpeakerRef.
import {
  DETERMINERS,
  ORG_WORDS,
  PASSIVE_MARKERS,
  PLACE_PREPOSITIONS,
  POST_NOMINALS,
  PREPOSITIONS,
  PRONOUNS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  PARTS_OF_DAY,
  UTTERANCE_NOUNS,
  WEEKDAYS,
} from '../mentions/words.ts';
import { hasPersonSense, isPlaceName } from '../../lexicon/wordnet.ts';
import { isCap, isComma, isInlineQuote, isWord, type Tok } from '../quotes-tokens.ts';
import {
  isAuxOrAdverb,
  isLowerWord,
  isNameTok,
  isRealName,
  isRoleWord,
  isSpeechVerb,
  nameRunEnd,
  oneOfGroup,
  type SpeakerRef,
  textOf,
} from '../mentions/phrase.ts';
import { collectBackward, collectForward } from '../mentions/noun-phrase.ts';
import { classify, possessiveFormName } from '../mentions/classify.ts';
import { subjectAfter } from './subject-after.ts';

/**
 * "the director said he heard …", "Lind said she had worries": a subject pronoun right after the verb of speech at
 * `v` usually stands for the verb's subject (reported speech), a hint at the sex of a subject that names none; not a
 * rule ("Ann Roe said he …" may be about her husband), so the resolver takes it only where nothing else tells.
 */
export function withReportedGender(ref: SpeakerRef | null, toks: readonly Tok[], v: number): SpeakerRef | null {
  const pronoun = toks[v + 1]?.lower;
  const told = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  return ref && told && !ref.gender && (ref.kind === 'person' || ref.kind === 'role')
    ? { ...ref, reportedGender: told }
    : ref;
}

/** Lower-case title words with a noun for a role among them, then a full name to the end: "deputy premier Jo Doe". */
function titledName(seg: readonly Tok[]): boolean {
  const s = seg.findIndex((t) => !isLowerWord(t));
  const title = seg.slice(0, s);
  // Title words only: no article or preposition ("a tax lawyer at Greenberg Traurig" is a role at a firm).
  if (s < 1 || title.some((t) => DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower))) return false;
  if (!title.some(isRoleWord) || nameRunEnd(seg, s) !== seg.length) return false;
  return seg.slice(s).filter(isRealName).length >= 2;
}

/** Subject of the speech verb at `v`: "Smith said", "Jane Doe, the mayor of Y, said", "X, NAME, told". */
export function subjectBefore(text: string, toks: readonly Tok[], v: number, lo: number): SpeakerRef | null {
  if (v > lo && PASSIVE_MARKERS.has((toks[v - 1] as Tok).lower)) return null; // "was asked" is not speech by the subject
  // "X welcomed the ruling, calling it …": a participle after a comma shares the clause's subject, never the
  // object that happens to stand before the comma.
  if (v - 1 > lo && isComma(toks[v - 1]) && (toks[v] as Tok).lower.endsWith('ing')) {
    return clauseSubject(text, toks, lo, v - 1);
  }
  const unclosed = unclosedAppositive(text, toks, v, lo);
  if (unclosed) return unclosed;
  // Not before a participle: "unleashed tweets early Friday saying" has no subject there.
  let j = (toks[v] as Tok).lower.endsWith('ing') ? v - 1 : beforeDay(toks, v - 1, lo);
  for (let n = 0; n < 3 && isAuxOrAdverb(toks[j]); n++) j--;
  if (toks[j]?.lower === 'who') return relativeAntecedent(text, toks, j, lo);
  j = beforeParenthetical(toks, j, lo);
  let appositive: Tok[] | null = null;
  let aged = false;
  // The aside hopped last, in case the clause opens with an introductory phrase before it.
  let hopped: { seg: Tok[]; at: number } | null = null;
  // Hop back over comma-delimited asides: apposition, age, participle clause.
  for (let hops = 0; hops < 3 && j >= lo && isComma(toks[j]); hops++) {
    // "Rep. Jo Doe (R., Ohio), a member of …, said": a bracketed aside before the comma stays with its name.
    const end = beforeParenthetical(toks, j - 1, lo) + 1;
    let k = end - 1;
    // An aside may hold a title in marks ("the co-author of “Going Viral,” said") and run long ("a top operative
    // who played … and is now running …"); the bound keeps the walk linear.
    const aside = (t: Tok | undefined): boolean =>
      !isComma(t) && t?.kind !== 'boundary' && (t?.kind !== 'quote' || isInlineQuote(text, t));
    while (k >= lo && j - k < 40 && aside(toks[k])) k--;
    // "Giggs’s barrister, Chris Daw QC, asked": letters after a name (post-nominals) are no part of it.
    const last = toks[end - 1];
    const seg = toks.slice(
      k + 1,
      end - (end - 1 > k + 1 && isCap(last) && POST_NOMINALS.has(last?.lower ?? '') ? 1 : 0),
    );
    if (!seg.length) return null;
    if (k < lo || !isComma(toks[k])) {
      // "In its analysis of X, Acme, a research firm, says": a prepositional phrase opening the clause is no
      // subject (English grammar); the aside after it is.
      const opener = seg[0] as Tok;
      if (hopped && isWord(opener) && PREPOSITIONS.has(opener.lower)) {
        const ref = classify(text, hopped.seg, appositive);
        // "…, the spokesman for X, Sheik Jo Doe, said": a role, then the name in apposition is the speaker.
        const named = ref?.kind === 'role' && appositive && appositive !== hopped.seg ? appositive : null;
        const person = named?.some(isRealName) ? classify(text, named, null, hopped.seg) : null;
        return withFrom(person?.kind === 'person' ? person : ref, hopped.at);
      }
      // The clause opens with the subject itself: "Marcus Hill, 62, … said".
      j = end - 1;
      lo = k + 1;
      break;
    }
    // "Canada’s first prime minister, Sir John A MacDonald, told": an honorific may open the name in apposition.
    const segEnd = nameRunEnd(seg, seg.length > 2 && HONORIFICS.has((seg[0] as Tok).lower) ? 1 : 0);
    // "at the University of California, Berkeley,": one name right after an institution's name is the campus or
    // town where it lies, not a person the phrase before titles ("the spokesman for the X Movement, Jo Doe,").
    const campus = seg.length === 1 && isCap(toks[k - 1]) && institutionBefore(toks, k - 1, lo);
    if (segEnd === seg.length && seg.some(isRealName) && !campus && !isPlaceAfterPlace(text, toks, k, seg)) {
      // "The company's chief executive, NAME, told": the name is the subject, the phrase before is its role.
      const a = collectBackward(toks, k - 1, lo);
      const pre = a >= 0 ? toks.slice(a, k) : null;
      return withFrom(classify(text, seg, appositive, pre), a >= 0 ? a : k + 1);
    }
    // "The minister responsible for X, deputy premier Jacinta Allan, said": a title and a full name in apposition
    // name the subject (AP style's lower-case title before a name).
    const titled = titledName(seg);
    if (titled) {
      const a = collectBackward(toks, k - 1, lo);
      return withFrom(classify(text, seg, null, a >= 0 ? toks.slice(a, k) : null), a >= 0 ? a : k + 1);
    }
    if (!/^\p{N}/u.test(seg[0]?.bare ?? '')) appositive ??= seg;
    else if (seg.length === 1) aged = true;
    hopped = { seg, at: k + 1 };
    j = k;
  }
  j = beforeParenthetical(toks, j, lo);
  if (j < lo || !isWord(toks[j])) return null;
  if (PRONOUNS.has((toks[j] as Tok).lower)) return withFrom(classify(text, [toks[j] as Tok]), j);
  // "One said …": "one" opening its clause.
  if (!isWord(toks[j - 1])) {
    const one = oneOfGroup(text, toks[j], toks[j - 1]);
    if (one) return withFrom(one, j);
  }
  const a = collectBackward(toks, j, lo);
  if (a < 0) return null;
  const described = objectOfDescription(text, toks, a, j, lo);
  if (described !== undefined) return described;
  const whole = listClosingOrgName(text, toks, a, j, lo);
  if (whole) return whole;
  // Not before a plural noun of what is said ("Trump’s answers, “…”") nor before a noun in marks ("Trump’s
  // “excesses”"): both are the possessive's noun.
  const verb = (toks[v] as Tok).lower;
  const noun = UTTERANCE_NOUNS.has(verb) || UTTERANCE_NOUNS.has(verb.replace(/s$/, '')) || !isWord(toks[j + 1]);
  const ref =
    (noun ? null : possessiveFormName(text, toks.slice(a, j + 1))) ?? classify(text, toks.slice(a, j + 1), appositive);
  return withFrom(ref && aged && ref.kind === 'person' ? { ...ref, aged } : ref, a);
}

/**
 * "said Senator Jo Doe, Republican of Ohio, who added that …": the person a relative "who" at `w` stands for, the
 * noun phrase it follows (English grammar), past its appositions: the nearest comma-delimited phrase before it that
 * names a person, after a verb of speech that opens it ("said Jo Doe"). Null when none does.
 */
function relativeAntecedent(text: string, toks: readonly Tok[], w: number, lo: number): SpeakerRef | null {
  let end = w;
  for (let hops = 0; hops < 3 && end > lo; hops++) {
    if (hops > 0 || isComma(toks[end - 1])) end--;
    let k = end - 1;
    while (k >= lo && end - k < 20 && !isComma(toks[k]) && isWord(toks[k])) k--;
    let s = k + 1;
    while (s < end && isSpeechVerb(toks[s])) s++;
    // "Democrat of Varn": a name after a preposition is a place or a body in an apposition, not the antecedent.
    let r = end;
    while (r > s && isNameTok(toks[r - 1])) r--;
    const placed = r > s && PREPOSITIONS.has((toks[r - 1] as Tok).lower);
    const ref = s < end && !placed ? classify(text, toks.slice(s, end)) : null;
    if (ref?.kind === 'person') return withFrom(ref, s);
    if (!isComma(toks[k])) return null;
    end = k + 1;
  }
  return null;
}

/**
 * "the Department of Health and Human Services said", "a statement from the Department of Agriculture, Trade and
 * Consumer Protection said": the capitalised words before the verb end an organisation's name ("X of A, B and C"),
 * so the speaker is that organisation (or the document from it), not a person called "Human Services".
 */
export function listClosingOrgName(
  text: string,
  toks: readonly Tok[],
  a: number,
  j: number,
  lo: number,
): SpeakerRef | null {
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

/**
 * "Sen. Jo Doe (D-Ohio) said", "Jo Doe (45) said": a short bracketed aside right after the name (AP style's party
 * and state designation, British style's age) is skipped; returns the index before its "(", else `j` unchanged.
 */
function beforeParenthetical(toks: readonly Tok[], j: number, lo: number): number {
  if (toks[j]?.bare !== ')') return j;
  for (let k = j - 1; k >= lo && j - k <= 8; k--) {
    const t = toks[k] as Tok;
    if (t.bare === '(') return k - 1;
    if (t.kind !== 'word' && !/^[-.,/]$/.test(t.bare)) return j;
  }
  return j;
}

/** Source: English grammar. Prepositions after which a name is the object inside a larger subject phrase. */
const OBJECT_PREPOSITIONS = new Set(['to', 'with']);
/** After an indefinite description, any object of these is inside it: "a person familiar with the talks said". */
const DESCRIPTION_PREPOSITIONS = new Set(['to', 'with', 'of', 'about', 'on', 'in', 'from', 'at']);

/**
 * "a source close to Jo Doe said", "an aide to Jo Doe told": the name after "to" or "with" is the object inside the
 * subject phrase, never the speaker. The speaker is the unnamed description as a whole (a role), or nobody when no
 * noun phrase opens it. After an indefinite description the object may be any noun phrase ("a person close to the
 * senator said", "a person with knowledge of the talks said": the unnamed source AP style describes so).
 * `undefined` when the phrase is no such object.
 */
function objectOfDescription(
  text: string,
  toks: readonly Tok[],
  a: number,
  j: number,
  lo: number,
): SpeakerRef | null | undefined {
  const prep = toks[a - 1];
  if (a - 1 <= lo || !isWord(prep) || !DESCRIPTION_PREPOSITIONS.has(prep.lower)) return undefined;
  const named = OBJECT_PREPOSITIONS.has(prep.lower) && isCap(toks[a]);
  // Back over the lower-case words of the description to its determiner: "a source close", "an aide".
  let s = a - 2;
  while (
    s > lo &&
    a - s <= 5 &&
    isWord(toks[s]) &&
    /^\p{Ll}/u.test((toks[s] as Tok).bare) &&
    !DETERMINERS.has((toks[s] as Tok).lower)
  )
    s--;
  const indefinite =
    isWord(toks[s]) &&
    INDEFINITE_DETERMINERS.has((toks[s] as Tok).lower) &&
    toks.slice(s + 1, a - 1).some((t) => hasPersonSense(t.lower));
  if (!named && !indefinite) return undefined;
  if (s >= a - 2 || !isWord(toks[s]) || !DETERMINERS.has((toks[s] as Tok).lower)) return null;
  const head = toks[a - 2] as Tok;
  const np = toks.slice(s, j + 1);
  const from = np[0] as Tok;
  return {
    kind: 'role',
    text: textOf(text, np),
    name: '',
    role: null,
    gender: null,
    pos: from.start,
    head: head.lower,
    modifiers: '',
    from: s,
  };
}

export const withFrom = (ref: SpeakerRef | null, from: number): SpeakerRef | null => (ref ? { ...ref, from } : null);

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
    // "But House Speaker Jo Doe was unmoved: …": a conjunction opening the clause is not its subject.
    if (CLAUSE_CONJUNCTIONS.has(toks[i]?.lower ?? '') && isWord(toks[i + 1])) i++;
    const t = toks[i];
    if (i < hi && isWord(t)) {
      if (PRONOUNS.has(t.lower)) return withFrom(classify(text, [t]), i);
      // "The head of the Labor Party, Yitzhak Herzog, voiced opposition": a role, then the name in apposition
      // (read as after an inverted verb, which collects the noun phrase itself).
      const ref = subjectAfter(text, toks, i, hi);
      const place =
        ref !== null &&
        isComma(toks[i - 1]) &&
        isPlaceAfterPlace(text, toks, i - 1, toks.slice(i, collectForward(toks, i, hi) + 1));
      if (ref && ref.kind !== 'document' && !place) return withFrom(ref, i);
    }
    let k = from;
    while (k < hi && !isComma(toks[k])) k++;
    from = k + 1;
  }
  return null;
}

/**
 * "Jo Doe, a physical oceanographer at the University of X in Y told Reuters": an apposition whose closing comma
 * is missing (common in wire copy). The phrase right before the verb is then a place or an organisation of the
 * apposition, not the speaker: when the clause opens with a full name followed by a comma and an apposition
 * opened by "a", "an" or "the" that runs up to the verb, the name is the subject.
 */
function unclosedAppositive(text: string, toks: readonly Tok[], v: number, lo: number): SpeakerRef | null {
  let k = v - 1;
  while (k >= lo && v - k <= 20 && isWord(toks[k])) k--;
  if (k < lo || v - k > 20 || !isComma(toks[k]) || !/^(?:a|an|the)$/.test(toks[k + 1]?.lower ?? '')) return null;
  let s = k;
  while (s > lo && isWord(toks[s - 1])) s--;
  if (s === k || nameRunEnd(toks, s, k) !== k) return null;
  const run = toks.slice(s, k);
  if (run.length < 2 || !run.some(isRealName)) return null;
  const ref = classify(text, run, toks.slice(k + 1, v));
  return ref?.kind === 'person' ? { ...ref, from: s } : null;
}

/**
 * "in Columbus, Ohio,", "at a town hall in Salem, New Hampshire,": a place name set off by commas right after a place
 * named after "in", "near" and the like is where that place lies (the comma style of US datelines and addresses),
 * not a subject. `comma` is the comma before `seg`.
 */
function isPlaceAfterPlace(text: string, toks: readonly Tok[], comma: number, seg: readonly Tok[]): boolean {
  let c = comma - 1;
  if (!isCap(toks[c])) return false;
  while (c > 0 && isCap(toks[c - 1])) c--;
  const before = toks[c - 1];
  return isWord(before) && PLACE_PREPOSITIONS.has(before.lower) && isPlaceName(textOf(text, seg));
}

/** The capitalised run ending at `e` (with "of" inside: "University of California") holds an organisation word. */
function institutionBefore(toks: readonly Tok[], e: number, lo: number): boolean {
  for (let c = e; c >= lo && e - c < 8; c--) {
    const t = toks[c] as Tok;
    if (isCap(t) && ORG_WORDS.has(t.lower)) return true;
    if (!isCap(t) && t.lower !== 'of') return false;
  }
  return false;
}

/**
 * "Jo Doe on Saturday criticized", "…,” Jo Doe late Tuesday said": US news sets the day between the subject and its
 * verb (AP style: the time element next to the verb); the index before that day phrase, else `j` itself.
 */
function beforeDay(toks: readonly Tok[], j: number, lo: number): number {
  let k = j;
  if (PARTS_OF_DAY.has(toks[k]?.lower ?? '') && k > lo) k--;
  if (!isCap(toks[k]) || !WEEKDAYS.has((toks[k] as Tok).lower)) return j;
  k--;
  if (k >= lo && /^(?:on|early|late)$/.test(toks[k]?.lower ?? '')) k--;
  return k >= lo && isWord(toks[k]) ? k : j;
}

/** Source: English coordinating conjunctions (FANBOYS) that open a sentence. */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'or', 'yet', 'so', 'nor']);
