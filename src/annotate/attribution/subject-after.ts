// The speaker written after its verb of speech (AP style's inverted attribution: "…," said Jo Doe, the mayor), and
// the possessor before what a person issued ("according to Jo Doe’s order"): the subject-finding of subject.ts, read
// rightwards.
import {
  DOC_WORDS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  MONTHS,
  NP_CONNECTORS,
  PREPOSITIONS,
  PRONOUNS,
  TELL_VERBS,
  WEEKDAYS,
} from '../mentions/words.ts';
import { hasPersonSense } from '../../lexicon/wordnet.ts';
import { isCap, isComma, isWord, type Tok } from '../quotes-tokens.ts';
import {
  isLowerWord,
  isNPWord,
  isPossessive,
  isRealName,
  isRoleWord,
  nameRunEnd,
  oneOfGroup,
  possessiveNameRun,
  type SpeakerRef,
  textOf,
} from '../mentions/phrase.ts';
import { collectForward, segmentAfter } from '../mentions/noun-phrase.ts';
import { classify, possessiveFormName } from '../mentions/classify.ts';

/**
 * "said Crimestoppers’ regional manager, Alexa Loukas", "said Oxfam’s head of policy, Jo Doe": a capitalised
 * possessive is the determiner of the role after it (English grammar), and the name in apposition to that role
 * is the speaker, the whole phrase before the comma its role.
 */
function possessedRoleAppositive(
  text: string,
  toks: readonly Tok[],
  i: number,
  e: number,
  hi: number,
): SpeakerRef | null {
  // The plural possessive's apostrophe may stand as a token of its own ("Crimestoppers", "’").
  const apostrophe = (k: number): boolean => /^['’]$/.test(toks[k]?.bare ?? '');
  let p = toks.slice(i, e + 1).findIndex((t) => isCap(t) && isPossessive(t)) + i;
  if (p < i && isCap(toks[e]) && apostrophe(e + 1)) p = e + 1;
  if (p < i) return null;
  // The role runs to the comma: "London regional manager", "head of policy".
  let end = p;
  while (end + 1 < hi && end - p < 8 && (isNPWord(toks[end + 1]) || NP_CONNECTORS.has(toks[end + 1]?.lower ?? '')))
    end++;
  if (end <= p || !toks.slice(p + 1, end + 1).some(isRoleWord) || !isComma(toks[end + 1])) return null;
  const seg = segmentAfter(toks, end + 1, hi);
  if (!seg || nameRunEnd(toks, seg[0], seg[1] + 1) !== seg[1] + 1) return null;
  const name = toks.slice(seg[0], seg[1] + 1);
  return name.filter(isRealName).length >= 2 ? classify(text, name, null, toks.slice(i, end + 1)) : null;
}

/** When and where the words were said, which ends a description: "on Tuesday", "last night", "in a statement". */
function saidWhen(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]?.lower ?? '';
  if (WHEN_WORDS.has(t) || WEEKDAYS.has(t)) return true;
  if (t !== 'on' && t !== 'in' && t !== 'at') return false;
  const next = toks[k + 1];
  const noun = next && /^(?:a|an|the|his|her|its|their)$/.test(next.lower) ? toks[k + 2] : next;
  const n = noun?.lower ?? '';
  return WEEKDAYS.has(n) || MONTHS.has(n) || /^\d/.test(n) || DOC_WORDS.has(n) || SAID_IN.has(n);
}

/** Source: English grammar (time adverbs) and news style ("in an interview", "at a briefing"). */
const WHEN_WORDS = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'earlier',
  'later',
  'recently',
  'last',
  'this',
  'next',
  'during',
  'after',
  'before',
  'when',
  'while',
]);
const SAID_IN = new Set([
  'interview',
  'briefing',
  'conference',
  'press',
  'speech',
  'hearing',
  'podcast',
  'video',
  'post',
]);

/**
 * "said a person familiar with the talks", "said a renter who lives in Shellharbour, NSW": an unnamed speaker is
 * known only by the description, postmodifier and all (AP style's description of an anonymous source), so the phrase
 * runs on to the clause's comma or end, or to when and where it spoke ("on Tuesday", "in a statement"): after a
 * preposition, "who", or a word before a preposition ("close to").
 */
function unnamedDescription(
  text: string,
  toks: readonly Tok[],
  ref: SpeakerRef,
  i: number,
  e: number,
  hi: number,
): SpeakerRef | null {
  if (!INDEFINITE_DETERMINERS.has(toks[i]?.lower ?? '')) return null;
  if (!toks.slice(i + 1, e + 1).some((t) => hasPersonSense(t.lower))) return null;
  const opensModifier = (k: number): boolean => PREPOSITIONS.has(toks[k]?.lower ?? '') || toks[k]?.lower === 'who';
  if (!opensModifier(e + 1) && !(isLowerWord(toks[e + 1]) && opensModifier(e + 2))) return null;
  let k = e + 1;
  while (k < hi && k - e <= 14 && isWord(toks[k]) && !saidWhen(toks, k)) k++;
  if (k - e > 14) return null;
  return { ...ref, kind: 'role', text: textOf(text, toks.slice(i, k)) };
}

/** Speaker after an inverted verb: "said Jane Doe, the mayor of Y", "reads the statement". */
export function subjectAfter(text: string, toks: readonly Tok[], i: number, hi: number): SpeakerRef | null {
  if (isWord(toks[i]) && PRONOUNS.has((toks[i] as Tok).lower)) return classify(text, [toks[i] as Tok]);
  const one = oneOfGroup(text, toks[i], toks[i + 1]);
  if (one) return one;
  const e = collectForward(toks, i, hi);
  if (e < i) return null;
  const owned = possessedRoleAppositive(text, toks, i, e, hi);
  if (owned) return owned;
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
  // "said McDonald’s.": the name ends the clause; "Trump’s “excesses”" has its noun after it, in marks.
  const closes = !isWord(toks[e + 1]) && toks[e + 1]?.kind !== 'quote';
  const ref = (closes ? possessiveFormName(text, np) : null) ?? classify(text, np, appositive);
  const described =
    ref?.kind === 'role' || ref?.kind === 'thing' ? unnamedDescription(text, toks, ref, i, e, hi) : null;
  if (described) return described;
  // "said its general secretary, Jane Doe": a role, then the name in apposition is the speaker.
  const rolePhrase = ref && (ref.kind === 'role' || (ref.kind === 'org' && np.some(isRoleWord)));
  if (rolePhrase && appositive && nameRunEnd(appositive, 0) === appositive.length) {
    if (appositive.some(isRealName)) return classify(text, appositive, null, np);
  }
  // "said the director of the Institute of Standards and Technology, Jo Doe": the organisation's name runs on
  // past the phrase collected (its second "of"), then the name in apposition is the speaker.
  let c = e + 1;
  while (c < hi && c - e <= 8 && (isCap(toks[c]) || /^(?:of|for|and|the)$/.test(toks[c]?.lower ?? ''))) c++;
  const named = rolePhrase && c > e + 1 && isComma(toks[c]) ? segmentAfter(toks, c, hi) : null;
  if (named && nameRunEnd(toks, named[0], named[1] + 1) === named[1] + 1) {
    const run = toks.slice(named[0], named[1] + 1);
    if (run.some(isRealName)) return classify(text, run, null, toks.slice(i, c));
  }
  return ref && aged && ref.kind === 'person' ? { ...ref, aged } : ref;
}

/**
 * "…, said Jo Doe": after a comma, a verb of speech comes before its subject (AP style's inverted attribution), unless
 * it is a verb of telling, whose object follows it ("…, Jo Doe told Israel Radio").
 */
export function invertedSubject(text: string, toks: readonly Tok[], v: number, end: number): SpeakerRef | null {
  if (!isComma(toks[v - 1]) || TELL_VERBS.has((toks[v] as Tok).lower)) return null;
  return subjectAfter(text, toks, v + 1, end);
}

/**
 * "according to Mr. Rosenstein’s order": a name ending in a possessive, before what that person issued; the words
 * are the possessor's, as they are a statement's issuer's ("according to a statement from X").
 */
export function possessorAfter(text: string, toks: readonly Tok[], i: number, hi: number): SpeakerRef | null {
  const s = isWord(toks[i]) && HONORIFICS.has((toks[i] as Tok).lower) ? i + 1 : i;
  const run = s < hi ? possessiveNameRun(toks, s, nameRunEnd(toks, s, hi)) : null;
  const ref = run ? classify(text, [...toks.slice(i, s), ...run]) : null;
  return ref?.kind === 'person' ? ref : null;
}
