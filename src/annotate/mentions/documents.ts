// Documents the article mentions and who issued them: "NBC released a statement", "In a statement, the Sierra Club said",
// "Acme said in a letter". News writing quotes the document for its issuer ("…," the statement read), so a later
// "the statement" speaks for whoever issued it.
import { DETERMINERS, DOC_WORDS, ORG_WORDS, SPEECH_VERBS } from './words.ts';
import { isCap, isComma, isWord, type Tok } from '../quotes-tokens.ts';
import {
  isAuxOrAdverb,
  isLowerWord,
  isNameTok,
  isNPWord,
  isTitleWord,
  nameRunEnd,
  possessiveNameRun,
  textOf,
} from './phrase.ts';
import { isCapitalAnd } from './noun-phrase.ts';

/**
 * Verbs whose subject makes a document public (WordNet's senses of "issue", "publish" and "post", and their
 * everyday synonyms in news writing); "put out" takes its particle.
 */
const ISSUING_VERBS = new Set([
  'released',
  'issued',
  'posted',
  'published',
  'sent',
  'shared',
  'tweeted',
  'emailed',
  'e-mailed',
  'distributed',
  'put',
  'releases',
  'issues',
  'posts',
  'publishes',
  'sends',
  'shares',
  'tweets',
  'emails',
]);

/** A capitalised name run that ends at `e` (inclusive), read leftwards; its first index, or -1. */
function nameRunBefore(toks: readonly Tok[], e: number): number {
  let a = -1;
  for (let k = e; k >= 0 && e - k < 8; k--) {
    const t = toks[k] as Tok;
    if (isNameTok(t) || (isCap(t) && !t.grammaticalCapital)) a = k;
    // "NBC and Universal Television": "and" between capitals joins two issuers' names into one.
    else if (t.lower === 'and' && a === k + 1 && isCap(toks[k - 1])) continue;
    else if (a !== -1 && isCapitalAnd(toks, k)) continue;
    else break;
  }
  // "Mayor Jane Doe said": titles before a name are no part of it.
  while (a !== -1 && a < e && isTitleWord(toks[a] as Tok)) a++;
  // "The White House released …": the article opens an institution's name.
  if (a > 0 && (toks[a - 1] as Tok).lower === 'the') a--;
  return a;
}

/** Skips auxiliaries and adverbs leftwards from `k` ("has also released"); the first index that is neither. */
function skipAux(toks: readonly Tok[], k: number): number {
  while (k >= 0 && isAuxOrAdverb(toks[k])) k--;
  return k;
}

/**
 * Who issued a document, as written. `ifPerson`: a lone name after "from" ("an email from Kelly"), which issued it
 * only if the story introduced a person by it (DocumentIndex.name), since "a memo from Google" speaks as the memo.
 */
interface Issuer {
  name: string;
  ifPerson: boolean;
}

/**
 * The issuer of the document whose noun is at `toks[i]`, or null: "a release from X", "X released/issued a
 * statement", "X said in a statement", "In a statement, X said".
 */
export function issuerOf(text: string, toks: readonly Tok[], i: number): Issuer | null {
  const from = issuerFrom(text, toks, i);
  if (from && !from.ifPerson) return from;
  const by = issuerBy(text, toks, i);
  return by ? { name: by, ifPerson: false } : from;
}

/** "a release from Liberal critic Siobhan Coady", "an email from Kelly": the name ending the phrase after "from". */
function issuerFrom(text: string, toks: readonly Tok[], i: number): Issuer | null {
  if (toks[i + 1]?.lower !== 'from') return null;
  let name: [number, number] | null = null;
  for (let k = i + 2; k < toks.length && k - i <= 9 && isNPWord(toks[k]); k++) {
    if (DETERMINERS.has((toks[k] as Tok).lower)) break;
    if (isNameTok(toks[k]) && !isNameTok(toks[k - 1])) name = [k, nameRunEnd(toks, k)];
  }
  if (!name || (isCap(toks[name[1]]) && ORG_WORDS.has((toks[name[1]] as Tok).lower))) return null;
  return { name: textOf(text, toks.slice(name[0], name[1])), ifPerson: name[1] - name[0] < 2 };
}

/** The issuer named around the document's noun at `toks[i]`, other than after "from" (issuerOf). */
function issuerBy(text: string, toks: readonly Tok[], i: number): string | null {
  let d = i - 1;
  while (d >= 0 && isLowerWord(toks[d]) && !DETERMINERS.has((toks[d] as Tok).lower) && i - d <= 3) d--;
  if (d < 0) return null;
  // "Powell's resignation letter": a person's possessive before the document names who wrote it.
  let a = d;
  while (a > 0 && d - a < 4 && isNameTok(toks[a - 1])) a--;
  const writer = possessiveNameRun(toks, a, d);
  if (writer) return textOf(text, writer);
  if (!DETERMINERS.has((toks[d] as Tok).lower)) return null;
  let v = d - 1;
  if (toks[v]?.lower === 'out') v--; // "put out a statement"
  const verb = toks[v];
  if (isLowerWord(verb) && ISSUING_VERBS.has(verb.lower) && (verb.lower !== 'put' || v === d - 2)) {
    const e = skipAux(toks, v - 1);
    const a = e >= 0 ? nameRunBefore(toks, e) : -1;
    return a >= 0 ? textOf(text, toks.slice(a, e + 1)) : null;
  }
  // Not "a joint statement" (several issuers) nor one a phrase after it attributes ("… published by X").
  const bare = !toks.slice(d, i).some((t) => t.lower === 'joint') && !isWord(toks[i + 1]);
  if (toks[d - 1]?.lower === 'to' && toks[d - 2]?.lower === 'according')
    return bare ? subjectOfSentence(text, toks, d - 2) : null;
  if (toks[d - 1]?.lower !== 'in') return null;
  // "Acme said in a statement": the speaker of the verb before "in".
  if (isLowerWord(toks[d - 2]) && SPEECH_VERBS.has((toks[d - 2] as Tok).lower)) {
    const e = skipAux(toks, d - 3);
    const a = e >= 0 ? nameRunBefore(toks, e) : -1;
    return a >= 0 ? textOf(text, toks.slice(a, e + 1)) : null;
  }
  // "In a statement, the Sierra Club said": the name after the comma that a verb of speech follows.
  const comma = toks.findIndex((t, k) => k > i && k <= i + 8 && isComma(t));
  if (comma < 0 || (d - 1 > 0 && toks[d - 2]?.kind !== 'boundary')) return null;
  let e = comma + 1;
  if (toks[e]?.lower === 'the') e++;
  while (
    e < toks.length &&
    e - comma <= 8 &&
    ((isCap(toks[e]) && !toks[e]?.grammaticalCapital) || isCapitalAnd(toks, e))
  )
    e++;
  let v2 = e;
  while (isAuxOrAdverb(toks[v2])) v2++;
  const next = toks[v2];
  if (e === comma + 1 || !isLowerWord(next) || !SPEECH_VERBS.has(next.lower)) return null;
  return textOf(text, toks.slice(comma + 1, e));
}

/**
 * "Ban Ki-moon is “…,” according to a statement": a document with no issuer named is the sentence subject's, when a
 * name (titles before it allowed) opens the sentence and a lower-case verb follows it. `k`: a token of the sentence.
 */
function subjectOfSentence(text: string, toks: readonly Tok[], k: number): string | null {
  let s = k;
  while (s > 0 && toks[s - 1]?.kind !== 'boundary') s--;
  let v = s;
  while (v < k && v - s < 8 && isCap(toks[v])) v++;
  let a = v;
  while (a > s && isNameTok(toks[a - 1])) a--;
  return a < v && isLowerWord(toks[v]) ? textOf(text, toks.slice(a, v)) : null;
}

/** How far back (in recorded mentions and speeches) resolution looks: keeps it O(1) per quote. */
export const HISTORY_REACH = 200;

/** How many items of a list in article order sit before `pos` (or at it, when `inclusive`): a binary search. */
export function countBefore(list: readonly { pos: number }[], pos: number, inclusive: boolean): number {
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

/** A document named outside quotes: "a joint statement" (modifiers "joint"), who issued it, whether "a" opens it. */
interface DocMention {
  pos: number;
  modifiers: string;
  issuer: Issuer | null;
  fresh: boolean;
}

export function theNoun(modifiers: string, noun: string): string {
  // "the ministry's statement" reads well; "the Agency's" stays as written.
  return /['’]s?$/.test(modifiers.split(' ')[0] ?? '') ? `${modifiers} ${noun}` : `the ${modifiers} ${noun}`;
}

/** Documents by their noun ("statement"), each list in article order. */
export class DocumentIndex {
  private docs = new Map<string, DocMention[]>();

  /** Records the document whose noun is at `toks[i]`. */
  add(text: string, toks: readonly Tok[], i: number): void {
    const noun = (toks[i] as Tok).lower;
    const mods: string[] = [];
    for (let k = i - 1; k >= 0 && mods.length < 3; k--) {
      const m = toks[k] as Tok;
      if (!isNPWord(m) || DETERMINERS.has(m.lower) || DOC_WORDS.has(m.lower)) break;
      mods.unshift(m.bare);
    }
    const list = this.docs.get(noun) ?? [];
    const det = toks[i - mods.length - 1]?.lower ?? '';
    const fresh = det === 'a' || det === 'an' || det === 'another';
    list.push({ pos: (toks[i] as Tok).start, modifiers: mods.join(' '), issuer: issuerOf(text, toks, i), fresh });
    this.docs.set(noun, list);
  }

  /**
   * Who a document speaks for, else the most specific name the article gave it: "the statement" → "NBC" after
   * "NBC released a statement", else "the joint statement". `pos`: the end of the phrase that names it;
   * `fullName` turns an issuer as written into the name the article introduced.
   */
  name(noun: string, modifiers: string, pos: number, fullName: (issuer: string, pos: number) => string | null): string {
    // Mentions are in article order: binary-search the last one before `pos`, then look back a bounded way.
    const list = this.docs.get(noun) ?? [];
    const a = countBefore(list, pos, false);
    // The latest mention that says which document it is (its issuer or its modifiers, or "a statement" that
    // introduces a new one) decides; "the statement" mentions in between are references back to it.
    for (let i = a - 1; i >= 0 && a - i <= HISTORY_REACH; i--) {
      const d = list[i] as DocMention;
      if (modifiers && d.modifiers !== modifiers) continue;
      const known = d.issuer ? fullName(d.issuer.name, d.pos) : null;
      const issuer = known ?? (d.issuer?.ifPerson ? null : d.issuer?.name);
      if (issuer) return issuer;
      if (d.modifiers) return theNoun(d.modifiers, noun);
      if (d.fresh) break;
    }
    return modifiers ? theNoun(modifiers, noun) : `the ${noun}`;
  }
}
