// The story's own words around its quotes: who each sentence is about and who is said to have spoken (indirect
// speech, "according to"), in article order, so that a pronoun, a title or a quote-only paragraph can be resolved
// against them (quotes.ts, attribution/resolver.ts).
import { endsPhrase, isCap, isComma, isWord, sentenceBounds, type Tok } from '../quotes-tokens.ts';
import { isInflectedVerb, isNonVerbalStimulus, isPersonNoun } from '../../lexicon/wordnet.ts';
import { classify, isPluralPersonNoun } from '../mentions/classify.ts';
import { placeOrOrgStart } from '../mentions/known.ts';
import {
  isLowerWord,
  isNameTok,
  isParticle,
  isSpeechVerb,
  nameOf,
  nameRunEnd,
  possessiveNameRun,
  type SpeakerRef,
} from '../mentions/phrase.ts';
import { collectBackward, collectForward, segmentAfter } from '../mentions/noun-phrase.ts';
import type { PeopleRegistry } from '../mentions/registry.ts';
import { namesAThing } from '../mentions/things.ts';
import {
  GROUP_NOUNS,
  HONORIFICS,
  ORG_WORDS,
  PASSIVE_MARKERS,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
} from '../mentions/words.ts';
import { clauseSubject, subjectBefore, withReportedGender } from './subject.ts';
import { invertedSubject } from './subject-after.ts';

/** A sentence subject or indirect-speech event found outside quotes. */
export interface NarrativeEvent {
  pos: number;
  kind: 'mention' | 'speech';
  ref: SpeakerRef;
  /** For mentions: the first person named in the sentence. */
  subject: boolean;
}

/** Person mentions (flagging the first in each sentence) and speech verbs with subjects, outside quotes. */
export function narrativeEvents(text: string, toks: readonly Tok[], registry: PeopleRegistry): NarrativeEvent[] {
  const out: NarrativeEvent[] = [];
  const { lo, hi } = sentenceBounds(toks);
  let mentioned = false;
  // "With his film X in production, Gosling has …": a prepositional phrase opening the sentence holds no subject
  // (English grammar); its names are mentions, and the subject comes after its comma.
  let opener = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    // A semicolon joins independent clauses (Chicago 6.57): the name after it is its clause's subject too.
    if (t.kind === 'boundary' || (t.kind === 'punct' && t.bare === ';')) mentioned = false;
    if (i === lo[i]) opener = isWord(t) && PREPOSITIONS.has(t.lower);
    // The phrase ends at its comma, also one inside the marks of a title it holds (On “Face the Nation,” Jo Doe …).
    else if (isComma(t) || (t.kind === 'quote' && /,\s*["”’']$/.test(text.slice(t.start, t.end)))) opener = false;
    if (!isWord(t)) continue;
    // "By 1966, the city's civil defense director found …": a definite description of a person as the sentence's
    // subject is a mention a later "he" may stand for (CoreNLP's coreference counts nominal mentions too).
    if (i === lo[i]) {
      const subject = clauseSubject(text, toks, i, hi[i] as number);
      if (subject?.kind === 'role' && /^(?:the\s|\S+['’]s?\s)/i.test(subject.text)) {
        out.push({ pos: subject.pos, kind: 'mention', ref: subject, subject: true });
      }
    }
    // "He pushed the others out.": he or she opening a sentence is its subject, a mention of the person it stands
    // for (CoreNLP's coreference counts pronouns as mentions), so that a quote-only paragraph after it finds them.
    if (!mentioned && i === lo[i] && /^(?:he|she)$/.test(t.lower)) {
      const ref = classify(text, [t]);
      if (ref) out.push({ pos: t.start, kind: 'mention', ref, subject: true });
      mentioned = true;
    }
    if (isNameTok(t) && !isNameTok(toks[i - 1])) {
      const e = nameRunEnd(toks, i);
      const withTitle = i > 0 && HONORIFICS.has(toks[i - 1]?.lower ?? '') ? i - 1 : i;
      // "Ann Lee's reply": the possessor is a person mentioned, when the registry took the name in full.
      const owned = e > i ? possessiveNameRun(toks, i, e) : null;
      const ownedName = owned ? nameOf(text, owned) : '';
      const useOwned = owned !== null && registry.lookup(ownedName, t.start)?.name === ownedName;
      const np = useOwned ? [...toks.slice(withTitle, i), ...owned] : toks.slice(withTitle, e);
      const ref = e > i ? classify(text, np) : null;
      const prev = toks[withTitle - 1];
      // "a speech in Halden", "across New York City": a place, not a person mentioned; nor are capitals that run
      // into an organisation word ("Halden Property Group", as the registry reads them).
      const org = isCap(toks[e]) && ORG_WORDS.has((toks[e] as Tok).lower);
      // "Kite Works, which makes toys": a name that "which" relates to is a thing (English grammar: "who" for people).
      const which = isComma(toks[e]) && toks[e + 1]?.lower === 'which';
      const place =
        (isWord(prev) && PLACE_PREPOSITIONS.has(prev.lower)) ||
        placeOrOrgStart(toks, i) >= 0 ||
        org ||
        which ||
        namesAThing(toks, withTitle);
      // "the Bay Area", "the Gideons Bible": English gives a person's name no article.
      const person = ref?.kind === 'person' && !registry.isOrganisation(ref.name) && prev?.lower !== 'the';
      if (!place && ref && person && (e - i >= 2 || registry.lookup(ref.name, t.start))) {
        // "1776's Challenge Cup", "with help from Jo Doe": a name after a possessive or a preposition is no
        // sentence subject.
        // Nor is the possessor of a person ("Jo Doe’s great friend, Ann Lee, was …": that person heads the subject);
        // the possessor of a thing stays the one the sentence is about ("Ines Marr's reply came a day later").
        const ownsPerson = useOwned && ownedPerson(toks, isParticle(toks[e]) ? e + 1 : e);
        const subject: boolean =
          !ownsPerson &&
          !mentioned &&
          !opener &&
          !(isWord(prev) && (/['’]s?$/.test(prev.bare) || PREPOSITIONS.has(prev.lower))) &&
          !objectOfVerb(prev);
        out.push({ pos: t.start, kind: 'mention', ref, subject });
        // A name that is no subject ("calls for Schumer …") leaves the sentence's subject to a later clause's name
        // ("… when Senate Majority Leader Mitch McConnell suggested").
        mentioned ||= !opener && subject;
      }
    }
    // "protesters", "officials": a group that a later "they" may stand for.
    // With its modifiers ("worried locals", "two former intelligence officers"): what "said one" is one of.
    if ((isLowerWord(t) && GROUP_NOUNS.has(t.lower)) || isPluralPersonNoun(t.lower)) {
      const a = collectBackward(toks, i, lo[i] as number);
      const ref = classify(text, toks.slice(a >= 0 ? a : i, i + 1));
      if (ref?.kind === 'group') out.push({ pos: t.start, kind: 'mention', ref, subject: false });
    }
    // "The results, according to Jo Doe, were mixed": AP style's attribution phrase makes Jo Doe the one who spoke.
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to' && isNameTok(toks[i + 2])) {
      const ref = classify(text, toks.slice(i + 2, nameRunEnd(toks, i + 2)));
      if (ref?.kind === 'person') out.push({ pos: (toks[i + 2] as Tok).start, kind: 'speech', ref, subject: true });
    }
    if (
      isSpeechVerb(t) &&
      !PASSIVE_MARKERS.has(toks[i - 1]?.lower ?? '') &&
      !respondsInDeed(toks, i, lo[i] as number)
    ) {
      // "…, being too tough could be disastrous, said Mayor Jo Doe.": after a comma the verb comes before its
      // subject (AP style's inverted attribution), as after a closing quote mark.
      const inverted = invertedNarrative(text, toks, i, hi[i] as number);
      const ref =
        inverted?.kind === 'person' || inverted?.kind === 'role'
          ? inverted
          : withReportedGender(subjectBefore(text, toks, i, lo[i] as number), toks, i);
      if (ref && !namingParticiple(toks, i, ref)) out.push({ pos: t.start, kind: 'speech', ref, subject: true });
    }
  }
  return out;
}

/**
 * "agents responded to the shooting", "officers responded to this location", "officers responded." after no quote:
 * "respond" to something that is no message, or with nothing, is to act, not to speak (WordNet's verb "respond":
 * "react" beside "reply"), so no one spoke. The object's head is the last lower-case word of the phrase after "to".
 */
function respondsInDeed(toks: readonly Tok[], v: number, lo: number): boolean {
  if (!/^respond(?:s|ed|ing)?$/.test((toks[v] as Tok).lower)) return false;
  // "… 100 officers responded.": nothing said, and no quote right before its subject to be the reply ("“Got it,”
  // Jo Doe responded.").
  if (!isWord(toks[v + 1])) return !toks.slice(Math.max(lo, v - 5), v).some((t) => t.kind === 'quote');
  if (toks[v + 1]?.lower !== 'to') return false;
  let head: Tok | undefined;
  for (let k = v + 2; k < v + 7 && isWord(toks[k]) && !PREPOSITIONS.has((toks[k] as Tok).lower); k++) head = toks[k];
  return isLowerWord(head) && isNonVerbalStimulus(head.lower);
}

/** A noun for a person (WordNet) among the three lower-case words after the possessive at `e`: "’s great friend". */
function ownedPerson(toks: readonly Tok[], e: number): boolean {
  for (let k = e + 1; k <= e + 3 && isLowerWord(toks[k]); k++) if (isPersonNoun((toks[k] as Tok).lower)) return true;
  return false;
}

/**
 * "The real estate mogul again blamed Clinton": a name right after an inflected verb (WordNet) is the verb's object,
 * not the sentence's subject, which came before it. Not a verb of speech, which inverts
 * ("…, said Jo Doe").
 */
function objectOfVerb(prev: Tok | undefined): boolean {
  // "a student named Michael Lewis": a naming participle introduces the name, the person the story goes on about.
  if (!isLowerWord(prev) || isSpeechVerb(prev) || NAMING.test(prev.lower)) return false;
  return isInflectedVerb(prev.lower);
}

/**
 * "…, said Mayor Jo Doe." / "…, says Jo Doe, an analyst": the inverted attribution outside quotes, when the noun
 * phrase after the verb ends the sentence or meets a comma (not "…, said Karl Bost stood over her", whose subject
 * comes before it).
 */
function invertedNarrative(text: string, toks: readonly Tok[], v: number, hi: number): SpeakerRef | null {
  const e = collectForward(toks, v + 1, hi);
  if (e <= v || !endsPhrase(toks, e)) return null;
  // "…, accused the transport secretary, Jo Doe, of provoking strikes": the phrase after the verb, apposition and
  // all, goes on with a preposition: it is the verb's object, not its inverted subject.
  const seg = isComma(toks[e + 1]) ? segmentAfter(toks, e + 1, hi) : null;
  const after = seg && isComma(toks[seg[1] + 1]) ? toks[seg[1] + 2] : undefined;
  if (isLowerWord(after) && PREPOSITIONS.has(after.lower)) return null;
  return invertedSubject(text, toks, v, hi);
}

/**
 * "an umbrella group called the Leadership Council": a participle naming the thing before it, as NAMED_THING reads
 * before a quote; no one speaks. The phrase before is no person and a name follows.
 */
/** The participles that give a name: "named", "called", "dubbed", "nicknamed". */
const NAMING = /^(?:called|named|dubbed|nicknamed)$/;

function namingParticiple(toks: readonly Tok[], v: number, ref: SpeakerRef): boolean {
  if (!NAMING.test((toks[v] as Tok).lower)) return false;
  if (ref.kind === 'person' || ref.kind === 'pronoun' || ref.kind === 'role') return false;
  const next = toks[v + 1]?.lower === 'the' ? toks[v + 2] : toks[v + 1];
  return isCap(next);
}
