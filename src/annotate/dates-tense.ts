// Tense of the clause around a date expression. News names a month or weekday without a year and means the last
// one when it reports ("regained control in September") and the next one when it announces ("will vote on
// Sunday"). A full parser is overkill: the nearest tense marker, preferring those in the same clause, decides.

import { baseForms } from '../lexicon/wordnet.ts';
import type { Direction } from './dates-calendar.ts';
import { type Cue, cuesIn, PAST } from './dates-tense-cues.ts';

/**
 * Clause boundaries: punctuation (with the dash typed as two hyphens, "--", as plain text writes an em dash) and the
 * conjunctions that start a new clause; not "and" between two adverbs ("safely and reliably return"), which joins
 * words, not clauses.
 */
const BOUNDARY = /[,;:()"“”—–]|\s-\s|--|\b(?:that|but|while|whereas|although|though|because|when)\b|\band\b(?!\s+\p{L}+ly\b)|(?<!\p{L}ly\s+)\band\b/giu;

/**
 * "from April 1", "starting Monday", "effective June 3": the date something starts, the word before the date or
 * opening its span. Shared with the ranker, which looks for start dates for "when does it start".
 */
export const START_BEFORE = /\b(?:from|starting|beginning|as of|effective|commencing)(?:\s+(?:on|in|at|the))?\s+$/i;
export const START_WORD = /^(?:from|starting|beginning|as of|effective|commencing)\b/i;


/** The cue nearest the expression: in news the verb a date modifies is almost always next to it. */
function nearest(cues: Cue[], start: number, end: number): Cue | undefined {
  let best: Cue | undefined;
  for (const c of cues) if (!best || gap(c, start, end) < gap(best, start, end)) best = c;
  return best;
}

/** Distance from a cue to the span [start, end). */
const gap = (cue: Cue, start: number, end: number): number =>
  cue.at >= end ? cue.at - end : Math.max(0, start - cue.at);

/** "The election is on Sunday": a present copula right before a date schedules it. */
const COPULA = /\b(?:is|are)\b/gi;
const COPULA_REACH = 12;

/**
 * A reporting verb in the past right before a date: "said on Tuesday", "told reporters Monday". Not a participle
 * after "be" ("will be announced on Monday"), whose tense is the auxiliary's.
 */
export const REPORTED_ON =
  /(?<!\b(?:be|been|being)\s+)\b(?:said|announced|confirmed|reported|added|wrote|stated|disclosed|revealed|told\s+\p{Ll}+)\s+(?:on\s+)?$/iu;

/** How far around the expression to look: bounds the work on very long sentences. */
const WINDOW = 300;

/**
 * Boundaries of the clause an adverbial standing alone before it modifies ("Today, X and Y are …"): "and" there
 * more often joins the subject's noun phrases than two clauses, so it does not end the clause.
 */
const MAIN_CLAUSE_BOUNDARY = /[,;:()"“”—–]|\s-\s|\b(?:that|but|while|whereas|although|though|because|when)\b/gi;

/**
 * A title in quotation marks ("said on NBC’s “Meet the Press” on Sunday"): capitalised words, short function words
 * between them (Chicago 8.159's headline style); no clause ends there.
 */
const TITLE_IN_MARKS =
  /["“]\p{Lu}[\p{L}\p{N}'’-]*(?:[ ,]{1,2}(?:\p{Lu}[\p{L}\p{N}'’-]*|a|an|the|of|and|in|on|for|to|with|at|by)){0,6}["”]/gu;

/** The clause holding `text[s, e)`: from the boundary before it to the one after it. */
function clauseAround(
  text: string,
  s: number,
  e: number,
  boundary: RegExp = BOUNDARY,
): { clauseStart: number; clauseEnd: number } {
  let clauseStart = 0;
  let clauseEnd = text.length;
  const titled = text.replace(TITLE_IN_MARKS, (m) => ' '.repeat(m.length));
  for (const b of titled.matchAll(boundary)) {
    if (b.index + b[0].length <= s) clauseStart = b.index + b[0].length;
    else if (b.index >= e) {
      clauseEnd = b.index;
      break;
    }
  }
  return { clauseStart, clauseEnd };
}

/**
 * Stative verbs in the simple present: they describe a state that holds, not an event ("is", "has", "employs",
 * "remains", "appear"). With them and no past or future marker, "today" means nowadays.
 */
const PRESENT_STATE =
  /\b(?:is|are|isn['’]t|aren['’]t|has|have|remains?|employs?|owns?|holds?|stands?|counts?|seems?|appears?|looks?|knows?|needs?|means?|lives?|exists?|contains?|includes?|belongs?|depends?|costs?)\b/i;

/**
 * The clause `text[s, e)` belongs to: its own, or, when the expression stands alone in it ("Today, X and Y are …",
 * "and this year, it has lapped …"), the clause after it, up to a main-clause boundary.
 */
function ownClause(text: string, s: number, e: number): { clauseStart: number; clauseEnd: number } {
  const { clauseStart, clauseEnd } = clauseAround(text, s, e);
  // "but on Tuesday, the spokesman spoke": a conjunction joining the clauses is no part of the fronted adverbial
  // after it ("and", "or" may join two dates instead: "between Feb. 7 and Feb. 14, and the launch came").
  const fronted = /^\s*,/.test(text.slice(e));
  const rest = (text.slice(clauseStart, s) + text.slice(e, clauseEnd))
    .replace(fronted ? /^\W*(?:but|yet|so)\b/i : /^$/, '')
    .replace(/[\s,;:()"“”—–-]+/g, '');
  if (rest) return { clauseStart, clauseEnd };
  return { clauseStart, clauseEnd: clauseAround(text, clauseEnd + 1, clauseEnd + 1, MAIN_CLAUSE_BOUNDARY).clauseEnd };
}

/**
 * Whether `sentence[start, end)` is in a clause that states the present: a stative verb in the simple present and
 * no past or future marker of its own (modal, auxiliary, past form). English marks an event that happened or will
 * happen with tense, and a state that holds now with the simple present of a stative verb; there "today" means
 * nowadays ("the company today employs 700", "Today the firm is valued at $1bn", "the system today appears …"),
 * not the publication day. A dynamic verb in the present ("Today, he brings a new warning") is news reporting the
 * day's event. An expression alone in its clause ("Today, officials said …") belongs to the next clause.
 */
export function inPresentState(sentence: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const text = sentence.slice(from, end + WINDOW);
  const s = start - from;
  const e = end - from;
  const { clauseStart, clauseEnd } = ownClause(text, s, e);
  const inClause = (at: number): boolean => (at < s || at >= e) && at >= clauseStart && at < clauseEnd;
  if (cuesIn(text).some((c) => inClause(c.at))) return false;
  const clause = `${text.slice(clauseStart, s)} ${text.slice(e, clauseEnd)}`;
  return PRESENT_STATE.test(clause);
}

/**
 * The tense of the clause holding `sentence[start, end)`: the nearest marker inside the same clause, else the
 * nearest in the sentence, else past (news reports what happened).
 */
export function tenseAt(sentence: string, start: number, end: number): Direction {
  return decidingCue(sentence, start, end)?.tense ?? 'past';
}

/**
 * Whether the clause looks ahead only through a modal of possibility ("it can act", "prices could rise") or "would":
 * such a modal also states what is possible now, and "would" what lay ahead of a past moment, so the future they give
 * is weaker than "will" or "is scheduled for".
 */
export function modalFutureAt(sentence: string, start: number, end: number): boolean {
  const cue = decidingCue(sentence, start, end);
  return cue?.tense === 'future' && cue.modal === true;
}

/**
 * Whether nothing in the sentence marks the tense of the clause holding `sentence[start, end)`: no past form, no
 * auxiliary, no modal ("Members of Congress meet in Washington on January 6"). tenseAt then says past by default.
 */
export function unmarkedAt(sentence: string, start: number, end: number): boolean {
  if (decidingCue(sentence, start, end) === undefined) return true;
  // "The measure McConnell filed Thursday — which funds the government until Dec. 9": a relative clause with no tense
  // marker of its own has its own verb, in the present, which another clause's past does not date.
  const from = Math.max(0, start - WINDOW);
  const text = sentence.slice(from, end + WINDOW);
  const s = start - from;
  const e = end - from;
  const { clauseStart, clauseEnd } = clauseAround(text, s, e);
  if (!RELATIVE_PRONOUN.test(text.slice(clauseStart, s))) return false;
  return !cuesIn(text).some((c) => (c.at < s || c.at >= e) && c.at >= clauseStart && c.at < clauseEnd);
}

/** "to" and a verb in its base form (WordNet): an infinitive, not the preposition ("to vote", not "to Beck"). */
const INFINITIVE = /\bto\s+(\p{Ll}+)\b/gu;

/**
 * Whether `sentence[start, end)` is in an infinitive clause governed by a past verb: "encouraged Republicans to vote
 * their conscience in November", "were forging a compromise to extend funding until Dec. 9". An infinitive looks
 * ahead of its governing verb's time (Quirk et al.: the to-infinitive's "potentiality"), which the publication day
 * may be before or after: the past verb does not date it.
 */
export function inInfinitiveAfterPast(sentence: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const cue = decidingCue(sentence, start, end);
  if (cue?.tense !== 'past' || cue.at >= start - from) return false;
  const between = sentence.slice(from + cue.at, start);
  for (const m of between.matchAll(INFINITIVE)) if (baseForms(m[1] as string, 'verb')[0] === m[1]) return true;
  return false;
}

/** The tense cue that decides tenseAt, or none (then past). */
function decidingCue(sentence: string, start: number, end: number): Cue | undefined {
  const from = Math.max(0, start - WINDOW);
  const text = sentence.slice(from, end + WINDOW);
  const s = start - from;
  const e = end - from;
  // "said on Tuesday it would close": the date belongs to the reporting verb right before it, whatever follows.
  if (REPORTED_ON.test(text.slice(Math.max(0, s - 30), s))) return { at: s, tense: 'past' };
  // "come January 20", "come spring": "come" before a time means when that time arrives (Merriam-Webster, "come",
  // preposition), a time ahead of the clause whatever its verbs.
  if (/\bcome\s+$/i.test(text.slice(Math.max(0, s - 8), s))) return { at: s, tense: 'future' };
  // Cues inside the expression itself ("last Friday", "next year") are handled by the caller.
  const cues = cuesIn(text).filter((c) => c.at < s || c.at >= e);
  for (const m of text.matchAll(COPULA)) {
    const cue: Cue = { at: m.index, tense: 'future' };
    if (m.index < s && gap(cue, s, e) <= COPULA_REACH) cues.push(cue);
  }

  // A fronted adverbial, alone in its clause after a comma or "but" ("…, but on Tuesday, the spokesman spoke"),
  // belongs to the clause after it (ownClause).
  const fronted = /^\s*,/.test(text.slice(e)) && /(?:^|[,;])\s*(?:(?:but|yet|so)\s+)?$/i.test(text.slice(0, s));
  const { clauseStart, clauseEnd } = fronted ? ownClause(text, s, e) : clauseAround(text, s, e);
  const inClause = cues.filter((c) => c.at >= clauseStart && c.at < clauseEnd);
  // "The budget restores funding from April 1": a start date with no tense in its own clause is a scheduled one.
  const startLead =
    START_BEFORE.test(sentence.slice(Math.max(0, start - 25), start)) || START_WORD.test(sentence.slice(start, end));
  // Not when a past verb earlier in the same main clause governs it ("outlawed plastic bags in stores and markets
  // beginning in July": the "and" that BOUNDARY splits at joins two nouns there).
  // Nor when it opens the sentence ("From Dec. 22 through Jan. 25, the two sides battled"): a fronted adverbial
  // modifies the main clause after it, whose first verb decides.
  if (!inClause.length && startLead) {
    const main = clauseAround(text, s, e, MAIN_CLAUSE_BOUNDARY);
    const fronted = /^\W*(?:\p{L}+\s+){0,2}$/u.test(sentence.slice(0, start)) && cues.find((c) => c.at >= e)?.tense === 'past';
    if (!fronted && !cues.some((c) => c.tense === 'past' && c.at >= main.clauseStart && c.at < s))
      return { at: s, tense: 'future' };
  }
  // "if Cowen refuses to resign by Tuesday, …": a condition in the present with no tense marker of its own speaks
  // of what is to come (English grammar's first conditional), whatever the reporting verb before it.
  const condition = text.slice(clauseStart, clauseEnd);
  if (!inClause.length && /^\W*(?:if|unless)\b/i.test(condition) && !condition.match(PAST)) return { at: s, tense: 'future' };
  // In a relative clause the date modifies the clause's own verb, written before it: in "the probe that officials
  // opened in March will close soon", "in March" belongs to "opened", although the main clause's "will" is nearer.
  const relative =
    /\bthat$/i.test(text.slice(Math.max(0, clauseStart - 5), clauseStart)) || RELATIVE_PRONOUN.test(text.slice(clauseStart, s));
  const before = relative ? inClause.filter((c) => c.at < s) : [];
  // With no cue in its own clause, a date belongs to the verb before it (an adverbial follows its verb in English),
  // not to a reporting clause after it ("… on April 10th, Disney announced today").
  const outside = cues.filter((c) => !c.local);
  return (
    nearest(before, s, e) ??
    nearest(inClause, s, e) ??
    nearest(
      outside.filter((c) => c.at < s),
      s,
      e,
    ) ??
    nearest(outside, s, e)
  );
}

/** A relative clause opening with "which", "who", "whom" ("that" is a clause boundary: it ends just before). */
const RELATIVE_PRONOUN = /^\W*(?:which|who|whom)\b/i;

/**
 * A finite verb in the present or the future: "is", "are", "has", "have" (not after a modal, with or without an
 * adverb between: "would have", "would naturally have", "could not have"), "says", "remains", "will". A passage
 * without one is told in the past.
 */
const PRESENT_OR_FUTURE =
  /\b(?:is|are|isn['’]t|aren['’]t|has|hasn['’]t|haven['’]t|says|remains|will|won['’]t|(?<!\b(?:would|could|should|might|must|may|to)\s+(?:(?:not|never|\p{L}+ly)\s+)?)have)\b/iu;

/** Whether `text` has a finite verb in the present or the future (see PRESENT_OR_FUTURE). */
export function inPresentOrFuture(text: string): boolean {
  return PRESENT_OR_FUTURE.test(text);
}

/** A present verb that, with "this year" or "this month", frames the time up to now: "has", "is", "it's". */
const PRESENT_FRAME_VERB = /\b(?:is|are|isn['’]t|aren['’]t|has|have|hasn['’]t|haven['’]t)\b|\b(?:it|that|there|what|here)['’]s\b/i;

/**
 * Whether `sentence[start, end)` ("this year", "this month") is in a clause in the present or the present perfect
 * ("no company has gone public this year", "it's a busy month this month"), with no past or future marker of its
 * own but a present perfect. English uses the present perfect and the present with a period that includes the
 * moment of speaking: the period is the frame up to now ("so far this year"), as "this week" is, not a time at
 * which something happened. A past or future verb ("sold this year", "will open this year") dates an event.
 */
export function inPresentFrame(sentence: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const text = sentence.slice(from, end + WINDOW);
  const s = start - from;
  const e = end - from;
  const { clauseStart, clauseEnd } = ownClause(text, s, e);
  const inClause = (at: number): boolean => (at < s || at >= e) && at >= clauseStart && at < clauseEnd;
  // The present perfect's own cues: "has raised" (one cue at "has"), "has cut" (a cue at the participle).
  const perfect = (at: number): boolean =>
    /^(?:has|have)\b/i.test(text.slice(at, at + 5)) ||
    /\b(?:has|have)\s+(?:(?:not|never|already|also|just|\w+ly)\s+)?$/i.test(text.slice(Math.max(0, at - 24), at));
  if (cuesIn(text).some((c) => inClause(c.at) && !perfect(c.at))) return false;
  return PRESENT_FRAME_VERB.test(`${text.slice(clauseStart, s)} ${text.slice(e, clauseEnd)}`);
}

/**
 * "there's usually snow on the ground by Halloween", "stores typically open on Sundays": an adverb of indefinite
 * frequency (Quirk et al.'s usuality adverbs) makes the clause a habit, so a day or month without a year in it is
 * no event.
 */
const USUALLY = /\b(?:usually|typically|normally|generally|traditionally|customarily|habitually|routinely|often|always)\b/i;

/** Whether `sentence[start, end)` is in a clause that states a habit (USUALLY). */
export function inHabitualClause(sentence: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const text = sentence.slice(from, end + WINDOW);
  const { clauseStart, clauseEnd } = clauseAround(text, start - from, end - from);
  return USUALLY.test(text.slice(clauseStart, clauseEnd));
}

/**
 * Whether a past-tense marker decides the tense of the clause holding `sentence[start, end)`: tenseAt's default of
 * past when there is none ("Guests leave the next day", a habit in the present) does not count.
 */
export function markedPast(sentence: string, start: number, end: number): boolean {
  return decidingCue(sentence, start, end)?.tense === 'past';
}
