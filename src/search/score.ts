// Stage: scoring. Proximity, position, tense, and the fit carried to a detail sentence referring back.
import type { AnnotatedArticle, Sentence } from '../article/model.ts';
import { unitCount } from './expand.ts';
import type { SearchIndex } from './index.ts';
import { CARRY, CARRY_SOURCES, LAST_PARAGRAPH_FACTOR } from './tuning.ts';
import { ANAPHOR } from './words.ts';

/**
 * "the trust aimed to reopen the unit by the end of June": a sentence with a date after publication looks ahead,
 * whatever its verbs' tense.
 */
export function datesAhead(doc: AnnotatedArticle, sentence: Sentence): boolean {
  const published = doc.article.published?.instant;
  if (!published) return false;
  return doc.events.some((e) => e.sentence === sentence.n && e.date > published.slice(0, e.date.length));
}

/** Reused buffers for proximity, which runs for every candidate: events (position * terms + term) and counts. */
let proximityEvents = new Float64Array(256);
let proximityCounts = new Int32Array(32);

/**
 * Proximity: matched words close together beat the same words scattered. The smallest window holding one
 * match of every matched term; factor 0.85 (scattered) … 1 (adjacent). Read straight from the index into reused
 * buffers: nothing is allocated per candidate.
 */
export function proximity(index: SearchIndex, unit: number, owners: Map<number, number[]>, terms: number): number {
  const d = index.data;
  if (proximityCounts.length < terms) proximityCounts = new Int32Array(2 * terms);
  const count = proximityCounts;
  count.fill(0, 0, terms);
  let total = 0;
  const push = (position: number, term: number) => {
    if (total === proximityEvents.length) {
      const grown = new Float64Array(2 * total);
      grown.set(proximityEvents);
      proximityEvents = grown;
    }
    proximityEvents[total++] = position * terms + term;
  };
  const first = index.termStart[unit] as number;
  for (let i = first; i < (index.termStart[unit + 1] as number); i++) {
    const qs = owners.get(d.termIds[i] as number);
    if (qs) for (const qi of qs) push(i - first, qi);
  }
  // Coreference aliases (weight < 1) have no place of their own in the sentence: not used for proximity or bold.
  for (let i = index.aliasStart[unit] as number; i < (index.aliasStart[unit + 1] as number); i++) {
    if (d.aliasWeight[i] !== 1) continue;
    const qs = owners.get(d.aliasTerm[i] as number);
    if (qs) for (const qi of qs) push(d.aliasPos[i] as number, qi);
  }
  let need = 0;
  for (let i = 0; i < total; i++) {
    const term = (proximityEvents[i] as number) % terms;
    if (count[term] === 0) need++;
    count[term] = 1;
  }
  if (need < 2) return 0.925;
  count.fill(0, 0, terms);
  const events = proximityEvents.subarray(0, total).sort();
  let have = 0;
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < total; right++) {
    const e = events[right] as number;
    const term = e % terms;
    if (count[term] === 0) have++;
    count[term] = (count[term] as number) + 1;
    while (have === need) {
      const l = events[left] as number;
      const lt = l % terms;
      best = Math.min(best, Math.floor(e / terms) - Math.floor(l / terms) + 1);
      count[lt] = (count[lt] as number) - 1;
      if (count[lt] === 0) have--;
      left++;
    }
  }
  return 0.85 + 0.15 * Math.min(1, need / best);
}

export function positionPrior(doc: AnnotatedArticle, sentence: Sentence): number {
  const paragraphs = doc.article.paragraphs.length;
  return 1 - ((1 - LAST_PARAGRAPH_FACTOR) * (sentence.paragraph - 1)) / Math.max(1, paragraphs - 1);
}

interface Scored {
  unit: number;
  sentence: Sentence;
  base: number;
  typeFit: number;
  score: number;
}

/**
 * News tells a fact, then its detail in the next sentences, which refer back ("The 24-year-old …", "the delay
 * would give staff time …"): a sentence holding the kind of answer asked for, referring back to one of the two
 * sentences before it that holds the question, takes CARRY of that sentence's fit.
 */
export function carryForward<T extends Scored>(
  index: SearchIndex,
  ranked: T[],
  score: (unit: number, cov: number) => T,
  held: number,
): void {
  const byUnit = new Map(ranked.map((r) => [r.unit, r]));
  const sources = [...ranked].sort((a, b) => b.base - a.base).slice(0, CARRY_SOURCES);
  for (const src of sources) {
    const doc = index.unitDoc[src.unit];
    for (let u = src.unit + 1; u <= src.unit + 2 && u < unitCount(index) && index.unitDoc[u] === doc; u++) {
      let r = byUnit.get(u);
      if (!r) {
        r = score(u, 0);
        if (r.typeFit <= 1) continue;
        ranked.push(r);
        byUnit.set(u, r);
      }
      if (r.typeFit <= 1 || !ANAPHOR.test(r.sentence.text)) continue;
      const carried = CARRY * src.base;
      if (carried > r.base) {
        r.base = carried;
        r.score = Math.min(1, Math.sqrt(carried * r.typeFit * held));
      }
    }
  }
}
