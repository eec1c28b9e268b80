// Sieve rule 1: the speaker named in the quote's own sentence. After the closing mark ("…," X said / "…," said X,
// role / "…," according to X, and a quote that runs on a few words before ", X said"), or before the opening mark
// in the same sentence (X said: "…" / X called it "…" / according to X, "…"); a colon hands the quote to the
// clause's named subject. Source: CoreNLP's quote attribution sieve (its first, "trigram" and "dependency" passes
// read the speaker from the quote's own sentence) and AP style's attribution patterns.
import { isComma, isInlineQuote, isWord, type Tok } from '../quotes-tokens.ts';
import { FUNCTION_WORDS, PASSIVE_MARKERS, PREPOSITIONS, TELL_VERBS, UTTERANCE_NOUNS } from '../mentions/words.ts';
import { baseForms, isKnownWord } from '../../lexicon/wordnet.ts';
import {
  isAuxOrAdverb,
  isLowerWord,
  isNameTok,
  isSpeechVerb,
  nameRunEnd,
  type SpeakerRef,
  textOf,
} from '../mentions/phrase.ts';
import { classify } from '../mentions/classify.ts';
import { collectForward } from '../mentions/noun-phrase.ts';
import { clauseSubject, subjectAtStart, subjectBefore, withFrom, withReportedGender } from './subject.ts';
import { invertedSubject, possessorAfter, subjectAfter } from './subject-after.ts';
import { isSpeechParticiple, namedParticiple, openingParticiple } from './participles.ts';

/** How many tokens before a quote its attribution may start. */
export const MAX_REACH = 60;

/** Words a quote may run on into before a comma and its attribution: "“…” by the agency, X said". */
const MAX_RUN_ON = 12;

/**
 * Attribution after the closing mark: "…,” X said", "…,” said X, role", "…,” according to X", and a partial quote
 * that runs on into a few words before a comma and the attribution ("“…” by the agency, X said"). `adjacent` when
 * the attribution starts right after the mark.
 */
export function attributionAfter(
  text: string,
  toks: readonly Tok[],
  q: number,
  hi: number,
): { ref: SpeakerRef; adjacent: boolean } | null {
  const dashed = dashAttribution(text, toks, q);
  if (dashed) return { ref: dashed, adjacent: true };
  let a = q + 1;
  while (a < hi && toks[a]?.kind === 'punct' && /^[,—―–-]$/.test((toks[a] as Tok).bare)) a++;
  let end = a;
  while (end < hi && (toks[end]?.kind !== 'quote' || isInlineQuote(text, toks[end]))) end++;
  const first = toks[a];
  if (a >= end || !isWord(first)) return null;
  const found = (ref: SpeakerRef | null, adjacent: boolean) => (ref ? { ref, adjacent } : null);
  if (first.lower === 'according' && toks[a + 1]?.lower === 'to')
    return found(subjectAfter(text, toks, a + 2, end) ?? possessorAfter(text, toks, a + 2, end), true);
  if (isSpeechVerb(first)) return found(subjectAfter(text, toks, a + 1, end), true);
  // "…,” reported Reuters": the inverted attribution of a report (not "reported cases"), to whoever reports.
  if (isReportVerb(first)) {
    const reporter = subjectAfter(text, toks, a + 1, end);
    if (reporter?.kind === 'person' || reporter?.kind === 'org' || reporter?.kind === 'role')
      return found(reporter, true);
  }
  // "…,” as NPR's Jo Doe reported": a reporting clause opened by "as" (AP style), where "reported" is a verb of
  // speech too.
  if (first.lower === 'as') {
    for (let v = a + 2; v < end && v < a + 14; v++) {
      const t = toks[v];
      if (!isSpeechVerb(t) && !isReportVerb(t)) continue;
      const ref = subjectBefore(text, toks, v, a + 1);
      return ref && ref.from === a + 1 ? { ref, adjacent: true } : null;
    }
  }
  // "X said": the subject must start right after the quote. Its apposition may hold a relative clause and a list
  // ("…,” Ali H. Soufan, a former F.B.I. agent who has written two books, one that was published in 2011 and
  // another last month, said"), so the verb is looked for up to 35 tokens on; the bound keeps the scan linear.
  for (let v = a + 1; v < end && v < a + 36; v++) {
    // "…,” the Weather Prediction Center reported.": "reported" ending the clause reports the quote (not "reported
    // cases").
    const reported = isReportVerb(toks[v]) && !isWord(toks[v + 1]);
    if (!isSpeechVerb(toks[v]) && !reported) continue;
    // "…,” a man who said he lived nearby told me": the relative clause's own verb is not the attribution's.
    if (relativeVerb(toks, v)) continue;
    const described = relativeSubject(text, toks, a, v);
    if (described) return { ref: described, adjacent: true };
    // "“…” in new plants, said Jo Doe": the run-on words end at a comma, then the inverted "said X" (AP style).
    if (v - 1 > a && v - a <= MAX_RUN_ON) {
      const inverted = invertedSubject(text, toks, v, end);
      if (inverted?.kind === 'person') return { ref: inverted, adjacent: false };
    }
    // "“…,” aides said Mr. Ryan told his colleagues": a name and a second verb of speech after the first are the
    // reported clause, whose subject spoke the quote (the aides only relay it).
    const e = collectForward(toks, v + 1, end);
    const relayed = e > v && isSpeechVerb(toks[e + 1]) ? classify(text, toks.slice(v + 1, e + 1)) : null;
    if (relayed?.kind === 'person') return { ref: relayed, adjacent: true };
    const ref = subjectBefore(text, toks, v, a);
    if (ref && ref.from === a) return { ref, adjacent: true };
    // "…,” Speaker Jo Doe and Senator Al Roe said in a statement": both speak; the first named stands for the pair.
    const and = ref?.from !== undefined && ref.from > a + 1 && toks[ref.from - 1]?.lower === 'and';
    const first = and && ref?.kind === 'person' ? classify(text, toks.slice(a, (ref.from as number) - 1)) : null;
    if (first?.kind === 'person') return { ref: first, adjacent: true };
    // "“…” when he returns, Jo Doe, chairman of the board, told reporters": the quote's sentence runs on a few
    // words (no verb of speech among them), then a comma opens the attribution.
    // (`pos` is where the name starts; `from` may reach back over a phrase before its comma.)
    let from = a + 1;
    while (ref && from < v && (toks[from] as Tok).start < ref.pos) from++;
    if (ref?.kind === 'person' && from < v && from - a <= MAX_RUN_ON && isComma(toks[from - 1])) {
      return { ref, adjacent: false };
    }
    break;
  }
  return closingCommaAttribution(text, toks, q, a);
}

/**
 * "“…,” Fauci shot back.", "“…,” she fumed.": a quote whose own comma closes it inside the marks runs on into its
 * attribution (AP style: the comma inside the quotation marks, then the attribution), so a name or he/she right
 * after it followed by a verb that ends the clause is the speaker, whatever verb of manner of speaking it is.
 */
function closingCommaAttribution(
  text: string,
  toks: readonly Tok[],
  q: number,
  a: number,
): { ref: SpeakerRef; adjacent: boolean } | null {
  const quote = toks[q] as Tok;
  if (!/,\s*["”’']$/.test(text.slice(quote.start, quote.end)) || a !== q + 1) return null;
  const first = toks[a] as Tok;
  const e = /^(?:he|she|they)$/.test(first.lower) ? a + 1 : nameRunEnd(toks, a);
  const verb = toks[e];
  if (e === a || !isLowerWord(verb) || FUNCTION_WORDS.has(verb.lower) || !isKnownWord(verb.lower)) return null;
  // The verb ends its clause, with at most a particle or an adverb after it ("shot back", "said flatly").
  const next = toks[e + 1];
  const after = isLowerWord(next) && (next.lower === 'back' || /ly$/.test(next.lower)) ? toks[e + 2] : next;
  if (after && after.kind === 'word') return null;
  const ref = classify(text, toks.slice(a, e));
  return ref && (ref.kind === 'person' || ref.kind === 'pronoun') ? { ref: { ...ref, from: a }, adjacent: true } : null;
}

/**
 * "“…” — Jane Doe", "“…” ― Jane Doe, a nurse": a dash and a name alone after the quote, the way an epigraph or a
 * pull quote names its source (Chicago Manual of Style, epigraphs: the source on the line after, a dash before it).
 * The name ends the clause: a comma, a stop, the next quote or the sentence's end follow it; no verb of speech
 * comes before the quote in its sentence.
 */
function dashAttribution(text: string, toks: readonly Tok[], q: number): SpeakerRef | null {
  // A quote its own sentence already attributes ("X insisted his party was “…”--Jo Roe.") ends with a byline.
  for (let k = q - 1; k >= 0 && k >= q - MAX_REACH && toks[k]?.kind !== 'boundary'; k--)
    if (isSpeechVerb(toks[k])) return null;
  // The quote's closing stop may end the sentence before the dash: "“… everyone.” ― Jane Doe".
  let a = toks[q + 1]?.kind === 'boundary' ? q + 2 : q + 1;
  const dash = a;
  while (toks[a]?.kind === 'punct' && /^[—―–-]$/.test((toks[a] as Tok).bare) && a - dash < 2) a++;
  if (a === dash) return null;
  const e = nameRunEnd(toks, a, Math.min(toks.length, a + 6));
  if (e === a || toks[e]?.kind === 'word') return null;
  const ref = classify(text, toks.slice(a, e));
  return ref?.kind === 'person' ? withFrom(ref, a) : null;
}

/** "and said", "but in an interview last year argued": a conjunction, then at most a prepositional phrase, then `v`. */
function coordinatedVerb(toks: readonly Tok[], v: number): boolean {
  const isAnd = (t: Tok | undefined): boolean => isWord(t) && (t.lower === 'and' || t.lower === 'but');
  if (isAnd(toks[v - 1])) return true;
  for (let k = v - 2; k >= v - 8 && k >= 0; k--) {
    const t = toks[k];
    if (!isWord(t) || isSpeechVerb(t)) return false;
    if (isAnd(t)) return PREPOSITIONS.has((toks[k + 1] as Tok).lower);
  }
  return false;
}

/**
 * "reported", "reports": a verb of speech only where the attribution's shape says so (not "reported cases"), which is
 * why SPEECH_VERBS leaves it out.
 */
const isReportVerb = (t: Tok | undefined): boolean => isWord(t) && /^report(?:ed|s)$/.test(t.lower);

/** Source: English relative pronouns for people (a closed class). */
const WHO = new Set(['who', 'whose']);

/** A verb whose subject is a relative pronoun, past auxiliaries and adverbs: "who would later say". */
function relativeVerb(toks: readonly Tok[], v: number): boolean {
  let j = v - 1;
  for (let n = 0; n < 3 && isAuxOrAdverb(toks[j]); n++) j--;
  return WHO.has(toks[j]?.lower ?? '');
}

/**
 * "…,” a teacher who gave her name only as Ruth told me": a noun phrase right after the quote, then a relative
 * clause running up to the verb: the phrase is the subject (English grammar: the relative clause modifies it), and
 * a name the clause gives it after "name is", "named", "called" or "as" is its name. Null when no such clause.
 */
function relativeSubject(text: string, toks: readonly Tok[], a: number, v: number): SpeakerRef | null {
  let w = a;
  while (w < v && !WHO.has((toks[w] as Tok).lower)) w++;
  if (w >= v || w === a || w - a > 8 || toks.slice(a, w).some((t) => !isWord(t))) return null;
  for (let k = w + 2; k < v; k++) {
    const cue = toks[k - 1] as Tok;
    const named = NAMING_CUES.has(cue.lower) || (/^(?:is|was)$/.test(cue.lower) && toks[k - 2]?.lower === 'name');
    const e = named && isNameTok(toks[k]) ? nameRunEnd(toks, k, v) : k;
    if (e > k && e === v) return withFrom(classify(text, toks.slice(k, e)), a);
  }
  const ref = classify(text, toks.slice(a, w));
  return ref?.kind === 'person' || ref?.kind === 'role' ? withFrom(ref, a) : null;
}

/** Source: English verbs and prepositions of naming ("named Ruth", "known as Ruth"). */
const NAMING_CUES = new Set(['named', 'called', 'as']);

/** Attribution before the opening mark in the same sentence: "X said: “…”", "X called it “…”". */
/**
 * Subordinating conjunctions that open an adverbial clause of time, cause or condition (English grammar: "as soon
 * as", "when", "after", "because", "if" …); the clause's comma closes it, it introduces nothing.
 */
const ADVERBIAL_OPENERS = /^(?:when|whenever|after|before|because|if|once|until|while|since|although|though|as)$/;

/** "as soon as officers arrived, “they didn’t hesitate”": the verb at `v` is in an adverbial clause opened after the
 * last comma (or the sentence's start) before it. */
function inAdverbialClause(toks: readonly Tok[], v: number, lo: number): boolean {
  for (let k = v - 1; k >= lo && v - k <= 8 && !isComma(toks[k]); k--)
    if (ADVERBIAL_OPENERS.test(toks[k]?.lower ?? '')) return true;
  return false;
}

export function attributionBefore(
  text: string,
  toks: readonly Tok[],
  q: number,
  lo: number,
  hi = toks.length,
): SpeakerRef | null {
  const opener = openingParticiple(text, toks, q, lo, hi, MAX_REACH);
  if (opener) return opener;
  const named = namedParticiple(text, toks, q, lo);
  if (named) return named;
  // An attribution sits within a few dozen words of its quote; the bound keeps huge run-on "sentences" linear.
  for (let v = q - 1; v >= lo && v >= q - MAX_REACH; v--) {
    const t = toks[v] as Tok;
    // "according to X, “…”", "in the words of X, “…”" (AP style's attribution phrases).
    const byPhrase =
      (t.lower === 'according' && toks[v + 1]?.lower === 'to') ||
      (t.lower === 'words' && toks[v + 1]?.lower === 'of' && toks[v - 1]?.lower === 'the');
    if (byPhrase) {
      const ref = subjectAfter(text, toks, v + 2, q);
      if (ref) return ref;
    }
    // "…, complaining about the “…”": a participle of speech after a comma shares the clause's subject.
    const participle = isComma(toks[v - 1]) && isSpeechParticiple(t);
    // "The magazine was restrained, but worried, “…”": a finite verb right before the comma that opens the quote
    // introduces it (AP style: the attribution, a comma, the quote), whatever verb of manner it is.
    const introduces =
      v === q - 2 &&
      isComma(toks[q - 1]) &&
      isLowerWord(t) &&
      /\p{Ll}(?:ed|s)$/u.test(t.lower) &&
      !FUNCTION_WORDS.has(t.lower) &&
      baseForms(t.lower, 'verb').length > 0 &&
      !inAdverbialClause(toks, v, lo);
    if (!isSpeechVerb(t) && !participle && !introduces) continue;
    // "failure to pass the deal announced by Obama “would …”": a participle and its "by" agent after a noun are a
    // reduced relative clause modifying that noun (English grammar); the verb that introduces the quote is further back.
    const noun = toks[v - 1];
    if (toks[v + 1]?.lower === 'by' && /ed$/.test(t.lower) && isLowerWord(noun) && !PASSIVE_MARKERS.has(noun.lower))
      continue;
    if (PASSIVE_MARKERS.has(toks[v - 1]?.lower ?? '')) {
      const agent = passiveAgent(text, toks, v, q);
      if (agent !== undefined) return agent;
      continue;
    }
    // "This, said Jo Doe, would “…”": an attribution set between commas inside the sentence (AP style); the
    // sentence goes on after it, so a word, not the quote, follows its closing comma.
    // Not a verb of telling, whose object follows it ("Jo Doe, the leader, told France Info radio that …").
    if (isComma(toks[v - 1]) && !TELL_VERBS.has(t.lower)) {
      let c = v + 1;
      while (c < q && !isComma(toks[c])) c++;
      const inserted = c < q && c > v + 1 && isWord(toks[c + 1]) ? subjectAfter(text, toks, v + 1, c) : null;
      if (inserted?.kind === 'person' || inserted?.kind === 'role') return inserted;
    }
    const ref = withReportedGender(subjectBefore(text, toks, v, lo), toks, v);
    // A phrase that names no one before the verb ("In other words, explained Jo Doe: “…”") yields to a subject
    // after it.
    const named = ref?.kind !== 'thing';
    if (ref && named && !(ref.kind === 'pronoun' && ref.name === 'it')) return ref;
    // "And, says Jo Doe, “…”": the verb inverted before its subject, which a comma or colon hands the quote; after
    // a verb of telling that follows its subject, what comes next is the one told ("who tells his child, “…”":
    // Levin's class 37.2), unless the verb opens the sentence ("Asked a voter: “…”").
    const tells = TELL_VERBS.has(t.lower) && v > lo && isWord(toks[v - 1]);
    if ((!ref || !named) && !tells && /^[,:]$/.test(toks[q - 1]?.bare ?? '') && v + 1 < q - 1) {
      const inverted = subjectAfter(text, toks, v + 1, q - 1);
      if (inverted?.kind === 'person' || inverted?.kind === 'role') return inverted;
    }
    // "He called the plan X and said …", "Jo Doe was criticised, but in an interview argued “…”": the coordinated
    // verb shares the clause's subject, a prepositional phrase between the conjunction and the verb or not.
    if ((!ref || !named) && coordinatedVerb(toks, v)) {
      const start = subjectAtStart(text, toks, lo, v);
      if (start) return start;
    }
    if (ref && !named) return ref;
  }
  // "Denise Fairlow, chair of the forum, put it bluntly: “…”": a colon hands the quote to the clause's subject,
  // whatever its verb, when that subject is named.
  if (toks[q - 1]?.bare === ':') {
    const owner = utteranceOwner(text, toks, lo, q - 1);
    if (owner) return owner;
    const start = clauseSubject(text, toks, lo, q - 1);
    // "He was blunt about the outlook: …": a person, or he, she or they standing for one or a group ("it" need
    // not).
    if (start?.kind === 'person' || (start?.kind === 'pronoun' && /^(?:he|she|they)$/i.test(start.name))) return start;
    // An organisation by its name ("The Viewers and Listeners Council, an audience watchdog, was less
    // sympathetic: …"), never any noun phrase that opens a clause ("The mood was grim: …").
    if (start?.kind === 'org' && /\p{Lu}/u.test(start.text.replace(/^(?:the|a|an)\s+/i, ''))) return start;
  }
  return null;
}

/**
 * "They were warned that “…”", "He was told by the council “…”": a passive verb of speech that introduces the
 * quote (nothing but "that", "and" and the sentence's other quotes between them) gives it to its "by" agent, else
 * to an unnamed speaker (a `thing` ref: the quote stays, its speaker unknown), never to the subject, who heard it
 * (English grammar: the passive subject is the addressee). `undefined` when the verb does not introduce the quote.
 */
function passiveAgent(text: string, toks: readonly Tok[], v: number, q: number): SpeakerRef | null | undefined {
  if (toks[v + 1]?.lower === 'by') {
    let e = v + 2;
    while (e < q && isWord(toks[e]) && toks[e]?.lower !== 'that') e++;
    const agent = subjectAfter(text, toks, v + 2, e);
    if (agent && agent.kind !== 'thing') return agent;
  }
  for (let k = v + 1; k < q; k++) {
    const t = toks[k] as Tok;
    if (t.kind === 'quote' || isComma(t) || /^(?:that|and|or)$/.test(t.lower)) continue;
    return undefined;
  }
  const verb = toks[v] as Tok;
  const base = { role: null, gender: null, pos: verb.start, head: '', modifiers: '' } as const;
  return { ...base, kind: 'thing', text: verb.bare, name: '' };
}

/**
 * "Her message was simple: “…”", "His reply: “…”": a clause opening with his/her and a noun of what is said hands
 * the quote after its colon to that pronoun's person.
 */
function utteranceOwner(text: string, toks: readonly Tok[], lo: number, hi: number): SpeakerRef | null {
  let i = lo;
  while (i < hi && !isWord(toks[i])) i++;
  const owner = toks[i];
  const noun = toks[i + 1];
  if (!isWord(owner) || !isWord(noun) || !UTTERANCE_NOUNS.has(noun.lower)) return null;
  const pronoun = owner.lower === 'his' ? 'he' : owner.lower === 'her' ? 'she' : null;
  if (!pronoun) return null;
  return {
    kind: 'pronoun',
    text: textOf(text, [owner]),
    name: pronoun,
    role: null,
    gender: null,
    pos: owner.start,
    head: '',
    modifiers: '',
    from: i,
  };
}
