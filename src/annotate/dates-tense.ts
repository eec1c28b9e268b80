// Tense of the clause around a date expression. News names a month or weekday without a year and means the last
// one when it reports ("regained control in September") and the next one when it announces ("will vote on
// Sunday"). A full parser is overkill: the nearest tense marker, preferring those in the same clause, decides.

import type { Direction } from './dates-calendar.ts';

/** Auxiliaries, modals and the reporting verbs that news attaches a date to ("said on Monday"). */
const STRONG_FUTURE = /\b(?:will|won['’]t|shall|would|wouldn['’]t|going\s+to)\b|['’]ll\b/gi;
const STRONG_PAST = /\b(?:was|were|had|did|hadn['’]t|wasn['’]t|weren['’]t|didn['’]t|said|told|announced)\b/gi;

/**
 * A present copula before "expected", "due", "scheduled" looks ahead even without "to": "is not expected until
 * early September", "are scheduled for March"; so does "likely", a probability of what is to come ("a cut in June
 * is likely", "is now more likely than not"); so does a state or a deadline that lasts "until" or "through": "are
 * suspended until October 30", "have until the end of June", "is valid through Dec. 31".
 */
const PRESENT_EXPECTATION =
  /\b(?:is|are|isn['’]t|aren['’]t)\s+(?:(?:not|now|still|also|only|currently|widely|largely|no\s+longer|more|less|very|highly|increasingly)\s+){0,2}(?:expected|scheduled|slated|due|planned|set|likely|unlikely)\b|\b(?:is|are|remains?|has|have)\s+(?:[\p{L}-]+\s+){0,2}?(?:until|till|through)\b/giu;

/**
 * Explicit future markers: modals, "going to", scheduling words, and the verbs of beginning, ending and motion that
 * the simple present uses for what is scheduled ("opens on Friday", "heads to a vote on Wednesday", "goes before the
 * board in May": Quirk et al., the futurate present). "could" looks ahead ("could make his debut on Saturday")
 * except as past ability or possibility: "could not be reached on Monday", "could have won".
 */
const FUTURE =
  /\b(?:could(?!\s+(?:not|never|have)\b)|should|might|can|cannot|must|needs?\s+to|set\s+(?:to|for)|(?:is|are|was|were)\s+due|(?:scheduled|slated)(?!\s+(?!to\b|for\b)\p{Ll})|expected\s+(?:[\p{L}-]+\s+){0,5}?to\s+(?!have\b)|plans?\s+(?:to|a|an)|(?:is|are)\s+planning|planned\s+(?:to|for)|(?:targeted|earmarked|pencil+ed\s+in)\s+for|(?:postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off|adjourned)\s+(?:until|till|to|for)|planning\s+to|(?:intends?|intended|intending|hopes?|hoped|hoping|aims?|aimed|aiming|expects?|expecting)\s+to|anticipates?|may|upcoming|coming|next|(?:begins|starts|opens|reopens?|ends|closes|kicks\s+off|takes\s+(?:place|effect|office)|goes\s+into\s+effect|expires|resumes|arrives|visits|travels|premieres|debuts|airs|launches|hits\s+(?:\p{Ll}+\s+)?(?:theaters|theatres|cinemas|shelves|stores|newsstands)|heads\s+(?:to|for|into)|goes\s+(?:to|before)))\b|['’]ll\b/giu;

/**
 * An attempt under way toward a goal looks ahead in its own clause: "are working to reopen in May" (VerbNet's try-61
 * verbs in the progressive before "to"). Only there: the goal is this clause's, not a neighbour's.
 */
const ATTEMPT_UNDER_WAY =
  /\b(?:is|are|am|['’]re)\s+(?:working|trying|seeking|looking|aiming|hoping|striving|preparing)\s+to\b/gi;

/** Common irregular past forms (regular ones end in -ed); forms shared with the present ("cut", "hit") are left out. */
const IRREGULAR_PAST = [
  'ago', 'earlier', 'previously', 'yesterday',
  'went', 'came', 'took', 'made', 'gave', 'told', 'met', 'held', 'won', 'lost', 'fought', 'began', 'left', 'saw',
  'found', 'sent', 'brought', 'became', 'fell', 'rose', 'ran', 'spoke', 'wrote', 'broke', 'struck', 'led', 'knew',
  'thought', 'got', 'kept', 'paid', 'sold', 'bought', 'built', 'chose', 'drew', 'flew', 'shot', 'stood', 'threw',
  'said', 'felt', 'heard', 'meant', 'sought', 'taught', 'caught', 'fled', 'hid', 'bore', 'swore', 'tore', 'wore',
  'woke', 'drove', 'rode', 'sat', 'lay', 'slid', 'spent', 'lent', 'bent', 'dealt', 'arose', 'forgot', 'forgave',
  'undertook', 'overtook', 'withdrew', 'oversaw', 'foresaw',
];

/**
 * Verbs whose past form is their base form ("cut", "hit", "put"): past when they take an object right away and
 * nothing before them asks for a base form ("The bank cut its rate in August"; not "will cut", "to cut", "did not
 * cut"). A third-person present would be "cuts"; a noun ("a rate cut in August") takes no object.
 */
const SAME_FORM_PAST =
  /\b(?:cut|hit|put|set|let|shut|quit|spread|cost|hurt|split|beat|cast|upset|burst|shed)\s+(?=(?:its|the|a|an|his|her|their|our|my|this|that|these|those|some|all|more|nearly|almost|around|about|back|off|down|up|out)\b|[\d$£€])/gi;
const BASE_FORM_BEFORE =
  /(?:\b(?:to|will|would|shall|should|could|can|may|might|must|do|does|did|not|never|let|and|or|a|an|the|its|their|his|her|our|be|been|being|is|are)|n['’]t|['’]ll|['’]s)\s+(?:\w+ly\s+|also\s+|still\s+|not\s+)?$/i;

/** Words in -ed that are not past tense, or that announce something ("the scheduled vote"). */
const NOT_PAST_ED = new Set([
  'scheduled', 'slated', 'expected', 'planned', 'proposed', 'intended', 'anticipated', 'need', 'speed', 'seed',
  'indeed', 'red', 'bed', 'shed', 'feed', 'breed', 'creed', 'greed', 'deed', 'heed', 'weed', 'tweed', 'sacred',
  'naked', 'wicked', 'hatred', 'kindred', 'hundred', 'rugged', 'embed', 'exceed', 'proceed', 'succeed', 'unneeded',
]);

/** Past forms of verbs whose base begins with "un": the "un-" adjective rule in cuesIn must not take them. */
const UN_VERBS =
  /^un(?:veil|cover|leash|lock|load|seal|fold|earth|ravel|ravell|plugg|pack|wrapp|mask|tangl|derscor|derlin|derestimat|dermin|derperform|derpinn)ed$/i;

const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST.join('|')})\\b|\\b[a-z]{2,}ed\\b|\\b(?:has|have)\\s+(?:been|\\w+ed)\\b`, 'g');

/**
 * Clause boundaries: punctuation (with the dash typed as two hyphens, "--", as plain text writes an em dash) and the
 * conjunctions that start a new clause; not "and" between two adverbs ("safely and reliably return"), which joins
 * words, not clauses.
 */
const BOUNDARY = /[,;:()"“”—–]|\s-\s|--|\b(?:that|but|while|whereas|although|though|because|when)\b|\band\b(?!\s+\p{L}+ly\b)|(?<!\p{L}ly\s+)\band\b/giu;

interface Cue {
  at: number;
  tense: Direction;
  /**
   * A modal of possibility ("can", "could", "may", "might", "should", "must"): looks ahead, or states what is possible
   * now; or "would", the future of a past moment.
   */
  modal?: boolean;
  /** The cue holds only for its own clause. */
  local?: boolean;
}

/** Modals that speak of possibility or obligation rather than of the future itself. */
const POSSIBILITY_MODAL = /^(?:can|cannot|could|may|might|must|should)$/i;

/**
 * "from April 1", "starting Monday", "effective June 3": the date something starts, the word before the date or
 * opening its span. Shared with the ranker, which looks for start dates for "when does it start".
 */
export const START_BEFORE = /\b(?:from|starting|beginning|as of|effective|commencing)(?:\s+(?:on|in|at|the))?\s+$/i;
export const START_WORD = /^(?:from|starting|beginning|as of|effective|commencing)\b/i;

/** A past form inside an "if"/"unless" clause (no clause break since): "… if the council failed to …". */
const IN_CONDITION = /\b(?:if|unless)\s+[^,;:.!?]*$/i;

/**
 * Words before a past form that make it a participle, an adjective or a base form, without tense of its own. Linking
 * verbs other than "be" (English grammar's copulas: remain, stay, become, get, seem) take a participle as their
 * complement: "will remain closed", "has stayed shut"; the tense is the copula's.
 */
const NO_TENSE_BEFORE_PARTICIPLE =
  /\b(?:to|be|been|being|is|are|a|an|the|its|their|his|her|our|this|that|these|those|remain|remains|stay|stays|become|becomes|get|gets|seem|seems)\s+$/i;

/** What follows a verb rather than an adjective: a preposition, a determiner, a figure or the end of the clause. */
const VERB_OBJECT_AFTER =
  /^(?:\s*[,.;:]|\s+(?:in|on|at|by|for|to|from|with|after|before|during|since|until|last|earlier|its|their|his|her|the|a|an|this|that|our|\d))/i;

/** The futurate verbs in -s that are also plural nouns ("resumes", "ends", "visits", "closes"). */
const FUTURATE_S = /^(?:begins|starts|opens|reopens|ends|closes|expires|resumes|arrives|visits|travels|premieres|debuts|airs|launches)$/i;

/**
 * What opens a noun phrase, so that the word after it is a noun: a determiner or possessive, a preposition, or a
 * preposition and the gerund whose object it is ("of evaluating resumes"). A verb follows its subject instead.
 */
const NOUN_PHRASE_BEFORE =
  /(?:\b(?:the|a|an|its|their|his|her|our|my|your|these|those)|\w['’]s)\s+$|\b(?:of|for|with|without|about|by|on|in)\s+(?:\p{L}+ing\s+)?$/iu;

function cuesIn(text: string): Cue[] {
  const cues: Cue[] = [];
  // "would" is also the future seen from a past moment (reported speech shifts "will" back to "would": "had forecast
  // GDP would grow in July-September"), so it looks ahead no surer than a modal of possibility does.
  for (const m of text.matchAll(STRONG_FUTURE)) cues.push({ at: m.index, tense: 'future', modal: /^would/i.test(m[0]) });
  for (const m of text.matchAll(STRONG_PAST)) cues.push({ at: m.index, tense: 'past' });
  for (const m of text.matchAll(PRESENT_EXPECTATION)) cues.push({ at: m.index, tense: 'future' });
  for (const m of text.matchAll(ATTEMPT_UNDER_WAY)) cues.push({ at: m.index, tense: 'future', local: true });
  for (const m of text.matchAll(FUTURE)) {
    if (m[0] === 'May') continue; // the month
    // "evaluating resumes", "the ends", "of his visits": a plural noun, not the futurate present of the verb.
    if (FUTURATE_S.test(m[0]) && NOUN_PHRASE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    cues.push({ at: m.index, tense: 'future', modal: POSSIBILITY_MODAL.test(m[0]) });
  }
  for (const m of text.matchAll(SAME_FORM_PAST)) {
    if (!BASE_FORM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) cues.push({ at: m.index, tense: 'past' });
  }
  for (const m of text.matchAll(PAST)) {
    if (NOT_PAST_ED.has(m[0].toLowerCase())) continue;
    // "unaffected", "unprecedented", "unnamed": adjectives, never a verb in the past; but "unveiled", "uncovered"
    // are the past of verbs that begin with "un" (unveil, uncover), not "un-" before a participle.
    if (/^un\p{Ll}{3,}ed$/iu.test(m[0]) && !UN_VERBS.test(m[0])) continue;
    // "its long-delayed review", "a much-criticised plan": a compound adjective, not a verb.
    if (text[m.index - 1] === '-') continue;
    // "…, followed by a wider release", "…, led by the mayor": a participle opening a phrase after a comma, with
    // its agent, has no tense of its own (English grammar's reduced clauses).
    if (/,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^\s+by\b/.test(text.slice(m.index + m[0].length)))
      continue;
    // "would resign if the government failed to act by the summer": a past form in a condition looks ahead.
    if (IN_CONDITION.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "will be held", "a revised estimate": participles and adjectives have no tense of their own. After "that" a
    // past form followed by a preposition, a determiner or a date is a relative clause's verb ("the talks that
    // collapsed in May", "the firm that bought its rival"), not an adjective before a noun ("that revised plan").
    const lead = text.slice(Math.max(0, m.index - 8), m.index);
    const relativeVerb = /\bthat\s+$/i.test(lead) && VERB_OBJECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (NO_TENSE_BEFORE_PARTICIPLE.test(lead) && !relativeVerb) continue;
    cues.push({ at: m.index, tense: 'past' });
  }
  return cues;
}

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

/** A reporting verb in the past right before a date: "said on Tuesday", "told reporters Monday". */
const REPORTED_ON =
  /\b(?:said|announced|confirmed|reported|added|wrote|stated|disclosed|revealed|told\s+\p{Ll}+)\s+(?:on\s+)?$/iu;

/** How far around the expression to look: bounds the work on very long sentences. */
const WINDOW = 300;

/**
 * Boundaries of the clause an adverbial standing alone before it modifies ("Today, X and Y are …"): "and" there
 * more often joins the subject's noun phrases than two clauses, so it does not end the clause.
 */
const MAIN_CLAUSE_BOUNDARY = /[,;:()"“”—–]|\s-\s|\b(?:that|but|while|whereas|although|though|because|when)\b/gi;

/** The clause holding `text[s, e)`: from the boundary before it to the one after it. */
function clauseAround(
  text: string,
  s: number,
  e: number,
  boundary: RegExp = BOUNDARY,
): { clauseStart: number; clauseEnd: number } {
  let clauseStart = 0;
  let clauseEnd = text.length;
  for (const b of text.matchAll(boundary)) {
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
  let { clauseStart, clauseEnd } = clauseAround(text, s, e);
  const rest = (text.slice(clauseStart, s) + text.slice(e, clauseEnd)).replace(/[\s,;:()"“”—–-]+/g, '');
  if (!rest) clauseEnd = clauseAround(text, clauseEnd + 1, clauseEnd + 1, MAIN_CLAUSE_BOUNDARY).clauseEnd;
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

  const { clauseStart, clauseEnd } = clauseAround(text, s, e);
  const inClause = cues.filter((c) => c.at >= clauseStart && c.at < clauseEnd);
  // "The budget restores funding from April 1": a start date with no tense in its own clause is a scheduled one.
  const startLead =
    START_BEFORE.test(sentence.slice(Math.max(0, start - 25), start)) || START_WORD.test(sentence.slice(start, end));
  if (!inClause.length && startLead) return { at: s, tense: 'future' };
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
  const { clauseStart, clauseEnd } = clauseAround(text, s, e);
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
