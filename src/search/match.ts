// Stage: features. Where and how a candidate sentence holds the question's words: key terms, names, focus.
import type { AnnotatedArticle, Sentence } from '../article/model.ts';
import { dfOf, type QueryTerm } from './expand.ts';
import { annotationsBySentence, sentenceFeatures } from './features.ts';
import type { SearchIndex, UnitDetails } from './index.ts';
import type { ParsedQuestion } from './question.ts';
import { postingRange, type Scope } from './retrieve.ts';
import { contentSpans, tokenize } from './text.ts';
import { COREFERENCE_WEIGHT, KEY_FIRM, MAX_CACHED_DETAILS, SUBJECT_SHARE } from './tuning.ts';
import { GENERIC, LIGHT_VERBS, SPEECH_VERB, TYPE_TERMS } from './words.ts';

/** Variant term → the question terms it stands for: built once per question. */
export function variantOwners(query: QueryTerm[]): Map<number, number[]> {
  const owners = new Map<number, number[]>();
  query.forEach((q, qi) => {
    for (const v of q.variants) owners.set(v.term, [...(owners.get(v.term) ?? []), qi]);
  });
  return owners;
}

/** Positions (in content words) where each question term matched in the sentence. */
export function matchPositions(
  index: SearchIndex,
  unit: number,
  owners: Map<number, number[]>,
  size: number,
): number[][] {
  const d = index.data;
  const pos: number[][] = Array.from({ length: size }, () => []);
  const first = index.termStart[unit] as number;
  for (let i = first; i < (index.termStart[unit + 1] as number); i++) {
    for (const qi of owners.get(d.termIds[i] as number) ?? []) pos[qi]?.push(i - first);
  }
  // Coreference aliases (weight < 1) have no place of their own in the sentence: not used for proximity or bold.
  for (let i = index.aliasStart[unit] as number; i < (index.aliasStart[unit + 1] as number); i++) {
    if (d.aliasWeight[i] === 1)
      for (const qi of owners.get(d.aliasTerm[i] as number) ?? []) pos[qi]?.push(d.aliasPos[i] as number);
  }
  return pos;
}

/** A unit's article and sentence. */
export function located(index: SearchIndex, unit: number): { doc: AnnotatedArticle; sentence: Sentence } {
  const doc = index.docs[index.unitDoc[unit] as number] as AnnotatedArticle;
  return { doc, sentence: doc.article.sentences[index.unitSentence[unit] as number] as Sentence };
}

/** What the sentence offers as an answer and where its words are; computed on first need and kept. */
export function detailsOf(index: SearchIndex, unit: number): UnitDetails {
  let details = index.details.get(unit);
  if (!details) {
    // A bounded cache: a long-running bot asked about everything does not keep every sentence's details.
    if (index.details.size >= MAX_CACHED_DETAILS) {
      index.details.clear();
      index.annotations.clear();
    }
    const di = index.unitDoc[unit] as number;
    const { doc, sentence } = located(index, unit);
    let found = index.annotations.get(di);
    if (!found) {
      found = annotationsBySentence(doc);
      index.annotations.set(di, found);
    }
    details = {
      features: sentenceFeatures(doc, sentence, found),
      spans: contentSpans(sentence.text),
      tokens: tokenize(sentence.text),
    };
    index.details.set(unit, details);
  }
  return details;
}

/** The question terms that decide the answer, with their importance, and the sum of it. */
interface KeyTerms {
  importance: Float64Array;
  total: number;
  /** Term id of a firm variant of a key term → bit set of the key terms (question order, first 31) it stands for. */
  firm: Map<number, number>;
  /** How many words could decide the answer, subject words included, and whether the articles hold any of them. */
  asked: number;
  heldAny: boolean;
}

/**
 * Key terms: the question's words that are not names (capitalised past the first word, acronyms, or words in
 * SUBJECT_SHARE of the searched sentences: what the article is about), nor generic or light words.
 */
export function keyTerms(index: SearchIndex, parsed: ParsedQuestion, query: QueryTerm[], scope: Scope): KeyTerms {
  const importance = new Float64Array(query.length);
  const firm = new Map<number, number>();
  let total = 0;
  let asked = 0;
  let heldAny = false;
  const size = Math.max(1, scope.to - scope.from);
  query.forEach((q, qi) => {
    const t = q.token;
    if (t.acronym || q.importance <= 0 || GENERIC.has(t.term) || LIGHT_VERBS.has(t.term)) return;
    if ((parsed.type || parsed.want) && TYPE_TERMS.has(t.term)) return;
    // "what did the minister PROMISE": the verb says a quotation is wanted.
    if (parsed.type === 'statement' && SPEECH_VERB.test(t.norm)) return;
    if (t !== parsed.tokens[0] && /^\p{Lu}/u.test(t.surface)) return;
    if (/^\d/.test(t.norm)) return;
    asked++;
    heldAny ||= q.variants.some((v) => {
      if (v.weight < KEY_FIRM) return false;
      const [first, end] = postingRange(index, v.term, scope);
      return first < end;
    });
    const exact = q.variants.find((v) => v.weight === 1);
    if (exact && scope.all === false) {
      const [first, end] = postingRange(index, exact.term, scope);
      if ((end - first) / size >= SUBJECT_SHARE) return;
    } else if (exact && dfOf(index, index.data.terms[exact.term] as string) / size >= SUBJECT_SHARE) return;
    importance[qi] = q.importance;
    total += q.importance;
    if (qi < 31)
      for (const v of q.variants) if (v.weight >= KEY_FIRM) firm.set(v.term, (firm.get(v.term) ?? 0) | (1 << qi));
  });
  return { importance, total, firm, asked, heldAny };
}

/**
 * The names the question is about ("how much was OSEI's bike worth"): its words that are words of a person's,
 * organisation's or place's name in the articles, as written there, and not what most sentences are about.
 */
export function anchorTerms(index: SearchIndex, query: QueryTerm[], scope: Scope): Set<number> {
  const out = new Set<number>();
  const size = Math.max(1, scope.to - scope.from);
  for (const q of query) {
    if (!index.nameTerms.has(q.token.term)) continue;
    const exact = index.termId.get(q.token.term);
    if (exact === undefined) continue;
    const [first, end] = postingRange(index, exact, scope);
    if (end > first && (end - first) / size < SUBJECT_SHARE) out.add(exact);
  }
  return out;
}

/** Does the sentence hold one of the terms, itself or through a coreference ("Osei" for "Kevin Osei")? */
export function holdsAny(index: SearchIndex, unit: number, terms: Set<number>): boolean {
  const d = index.data;
  for (let i = index.termStart[unit] as number; i < (index.termStart[unit + 1] as number); i++)
    if (terms.has(d.termIds[i] as number)) return true;
  for (let i = index.aliasStart[unit] as number; i < (index.aliasStart[unit + 1] as number); i++)
    if ((d.aliasWeight[i] as number) >= COREFERENCE_WEIGHT && terms.has(d.aliasTerm[i] as number)) return true;
  return false;
}

/** The share of the key terms' importance the sentence holds itself, exactly or through a close equivalence. */
export function firmShare(index: SearchIndex, unit: number, query: QueryTerm[], keys: KeyTerms): number {
  const d = index.data;
  const firm = keys.firm;
  // A bit per key term found: the sentence's terms are looked up in the query's firm variants (no set per call).
  let found = 0;
  for (let i = index.termStart[unit] as number; i < (index.termStart[unit + 1] as number); i++)
    found |= firm.get(d.termIds[i] as number) ?? 0;
  for (let i = index.aliasStart[unit] as number; i < (index.aliasStart[unit + 1] as number); i++)
    if ((d.aliasWeight[i] as number) >= KEY_FIRM) found |= firm.get(d.aliasTerm[i] as number) ?? 0;
  let got = 0;
  for (let qi = 0; qi < query.length && qi < 31; qi++) if (found & (1 << qi)) got += keys.importance[qi] as number;
  return got / keys.total;
}

/** The terms that stand for the question's focus noun ("how many SPOTS": spot, and what matched for it). */
export function focusTerms(index: SearchIndex, parsed: ParsedQuestion, query: QueryTerm[]): Set<string> {
  const out = new Set<string>(parsed.focus);
  query.forEach((q) => {
    if (parsed.focus.includes(q.token.term)) for (const v of q.variants) out.add(index.data.terms[v.term] as string);
  });
  // No focus found ("how many have died"): any word of the question may be what is counted.
  if (!parsed.focus.length)
    for (const q of query) for (const v of q.variants) out.add(index.data.terms[v.term] as string);
  return out;
}
