// Stage: candidate retrieval. The sentences that cover the question best, from the postings of its terms.
import { type QueryTerm, unitCount, type Variant } from './expand.ts';
import type { SearchIndex } from './index.ts';
import { BM25_K1, CONTEXT_WEIGHT, MAX_SATURATION, RERANK } from './tuning.ts';

/**
 * The candidate sentences of one query and, per question term, the best match strength in each and the best
 * match weight in each one's paragraph. One table per index, reused by every query (a search runs to
 * completion, so never two at once): stamps tell this query's slots from earlier ones without clearing.
 */
export class Candidates {
  private epoch = 0;
  private readonly unitStamp: Int32Array;
  private readonly unitSlot: Int32Array;
  private readonly paraStamp: Int32Array;
  private readonly paraSlot: Int32Array;
  private terms = 0;
  count = 0;
  private paras = 0;
  /** Per slot: the unit, its paragraph's slot, and its coverage by the terms walked so far. */
  units: Int32Array = new Int32Array(0);
  paraOf: Int32Array = new Int32Array(0);
  partial: Float64Array = new Float64Array(0);
  /** Scratch copy of `partial` for finding its k-th largest value (reordered in place). */
  scratch: Float64Array = new Float64Array(0);
  /** [slot * terms + term]: best strength in the sentence; [paragraph slot * terms + term]: best weight in it. */
  direct: Float64Array = new Float64Array(0);
  context: Float64Array = new Float64Array(0);

  constructor(units: number, paragraphs: number) {
    this.unitStamp = new Int32Array(units);
    this.unitSlot = new Int32Array(units);
    this.paraStamp = new Int32Array(paragraphs);
    this.paraSlot = new Int32Array(paragraphs);
  }

  /** Starts a query of `terms` terms that will have at most `most` candidates. */
  reset(terms: number, most: number): void {
    this.epoch++;
    this.terms = terms;
    this.count = 0;
    this.paras = 0;
    if (most > this.units.length) {
      const size = Math.max(most, 2 * this.units.length, 256);
      this.units = new Int32Array(size);
      this.paraOf = new Int32Array(size);
      this.partial = new Float64Array(size);
      this.scratch = new Float64Array(size);
    }
    if (most * terms > this.direct.length) {
      this.direct = new Float64Array(Math.max(most * terms, 2 * this.direct.length));
      this.context = new Float64Array(this.direct.length);
    }
  }

  /** The slot of a unit, made (with zero strengths) when the unit is new to this query. */
  slotOf(unit: number, para: number): number {
    if (this.unitStamp[unit] === this.epoch) return this.unitSlot[unit] as number;
    const n = this.terms;
    if (this.paraStamp[para] !== this.epoch) {
      this.paraStamp[para] = this.epoch;
      this.paraSlot[para] = this.paras;
      for (let i = this.paras * n; i < (this.paras + 1) * n; i++) this.context[i] = 0;
      this.paras++;
    }
    const slot = this.count++;
    this.unitStamp[unit] = this.epoch;
    this.unitSlot[unit] = slot;
    this.units[slot] = unit;
    this.paraOf[slot] = this.paraSlot[para] as number;
    for (let i = slot * n; i < (slot + 1) * n; i++) this.direct[i] = 0;
    return slot;
  }
}

/** BM25 term weight for a term occurring tf times in a sentence, about 1 for tf 1 at average length. */
function saturation(index: SearchIndex, tf: number, unit: number): number {
  return Math.min(MAX_SATURATION, (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (index.lengthNorm[unit] as number)));
}

/** First position in sorted a[from, to) whose value is ≥ x. */
function lowerBound(a: Int32Array, x: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Units [from, to) searched: one article's or all. */
export interface Scope {
  from: number;
  to: number;
  all: boolean;
}

/** The postings of a term within the scope: [first, end) positions in index.postings. */
export function postingRange(index: SearchIndex, term: number, scope: Scope): [number, number] {
  const p = index.postings;
  const first = p.start[term] as number;
  const end = p.start[term + 1] as number;
  if (scope.all) return [first, end];
  const lo = lowerBound(p.unit, scope.from, first, end);
  return [lo, lowerBound(p.unit, scope.to, lo, end)];
}

function candidatesOf(index: SearchIndex, terms: number, most: number): Candidates {
  index.candidates ??= new Candidates(unitCount(index), index.paraStart.length - 1);
  index.candidates.reset(terms, most);
  return index.candidates;
}

interface Ranked {
  unit: number;
  cov: number;
}

/** Best first by coverage, then in index order. */
const byCoverage = (a: Ranked, b: Ranked): number => b.cov - a.cov || a.unit - b.unit;

/** The k best of a stream of candidates, without sorting them all. */
class TopK {
  private items: Ranked[] = [];
  /** Worst of the k best so far, once known: anything not better is dropped on arrival. */
  private floor: Ranked | null = null;
  constructor(private readonly k: number) {}
  add(unit: number, cov: number): void {
    const f = this.floor;
    if (f && (cov < f.cov || (cov === f.cov && unit > f.unit))) return;
    this.items.push({ unit, cov });
    if (this.items.length >= 4 * this.k) this.compact();
  }
  private compact(): void {
    this.items.sort(byCoverage);
    this.items.length = Math.min(this.items.length, this.k);
    if (this.items.length === this.k) this.floor = this.items[this.k - 1] as Ranked;
  }
  best(): Ranked[] {
    this.compact();
    return this.items;
  }
}

/** The k-th largest of values[0, count) (1-based k ≤ count), found in linear time; reorders `values`. */
function kthLargest(values: Float64Array, count: number, k: number): number {
  let lo = 0;
  let hi = count - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return values[want] as number;
}

/**
 * The sentences that cover the question best, and how much of it the searched articles hold at all.
 *
 * A sentence's coverage is the IDF-weighted share of the question it matches (a word elsewhere in its
 * paragraph counts a little). Candidates come from the postings of the rarest question terms first; a term's
 * postings are only walked while sentences without any of the terms walked so far could still be among the
 * best RERANK. The remaining (common) terms are then looked up, by binary search in their postings, for the
 * candidates that could still make the best RERANK. The result is the same as scoring every sentence that
 * matches any term, but the work grows with the rarer terms' postings, not with the corpus.
 */
export function gather(index: SearchIndex, query: QueryTerm[], scope: Scope): { best: Ranked[]; held: number } {
  const n = query.length;
  const p = index.postings;
  const importance = query.map((q) => q.importance);
  const ranges = query.map((q) => q.variants.map((v) => postingRange(index, v.term, scope)));
  // The best weight of each question term in scope: how much of the question the articles hold.
  const inScope = query.map((q, qi) => {
    let best = 0;
    q.variants.forEach((v, vi) => {
      const [first, end] = (ranges[qi] as [number, number][])[vi] as [number, number];
      if (scope.all) best = Math.max(best, v.weight * (first < end ? (index.termWeight[v.term] as number) : 0));
      else for (let i = first; i < end; i++) best = Math.max(best, v.weight * (p.weight[i] as number));
    });
    return best;
  });
  let total = 0;
  let got = 0;
  query.forEach((q, i) => {
    total += q.importance;
    got += q.importance * (inScope[i] as number);
  });
  const held = total ? got / total : 0;

  const postingCount = ranges.flat().reduce((sum, [first, end]) => sum + end - first, 0);
  const c = candidatesOf(index, n, Math.min(postingCount, scope.to - scope.from));
  /** Coverage of a candidate by the walked terms, summed in question order (all of it once all are walked). */
  const walkedCoverage = (slot: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (!walked[i]) continue;
      const ctx = c.context[(c.paraOf[slot] as number) * n + i] as number;
      sum += (importance[i] as number) * Math.max(c.direct[slot * n + i] as number, CONTEXT_WEIGHT * ctx);
    }
    return total ? sum / total : 0;
  };
  /** The most that the terms not walked can add to any sentence's coverage. */
  const unwalkedAtMost = (): number => {
    let sum = 0;
    for (let i = 0; i < n; i++)
      if (!walked[i]) sum += (importance[i] as number) * (inScope[i] as number) * MAX_SATURATION;
    return total ? sum / total : 0;
  };

  const order = query.map((_, i) => i).sort((a, b) => (importance[b] as number) - (importance[a] as number) || a - b);
  const walked = new Array<boolean>(n).fill(false);
  let all = false;
  for (let k = 0; k < n; k++) {
    const qi = order[k] as number;
    walked[qi] = true;
    all = k === n - 1;
    const variants = (query[qi] as QueryTerm).variants;
    for (let vi = 0; vi < variants.length; vi++) {
      const vw = (variants[vi] as Variant).weight;
      const [first, end] = (ranges[qi] as [number, number][])[vi] as [number, number];
      for (let i = first; i < end; i++) {
        const unit = p.unit[i] as number;
        const weight = vw * (p.weight[i] as number);
        const slot = c.slotOf(unit, index.unitPara[unit] as number);
        const strength = weight * saturation(index, p.tf[i] as number, unit);
        if (strength > (c.direct[slot * n + qi] as number)) c.direct[slot * n + qi] = strength;
        const ctx = (c.paraOf[slot] as number) * n + qi;
        if (weight > (c.context[ctx] as number)) c.context[ctx] = weight;
      }
    }
    if (all || c.count < RERANK) continue;
    // A sentence holding none of the terms walked has at most this coverage: the others matched at their
    // best, the walked ones only in its paragraph.
    let contextOnly = 0;
    for (let i = 0; i < n; i++) if (walked[i]) contextOnly += (importance[i] as number) * (inScope[i] as number);
    const bound = (total ? (CONTEXT_WEIGHT * contextOnly) / total : 0) + unwalkedAtMost() + 1e-9;
    let above = 0;
    for (let slot = 0; slot < c.count && above < RERANK; slot++) if (walkedCoverage(slot) > bound) above++;
    if (above >= RERANK) break;
  }

  const top = new TopK(RERANK);
  for (let slot = 0; slot < c.count; slot++) c.partial[slot] = walkedCoverage(slot);
  // The RERANK-th best partial coverage, found in a scratch copy: no object made for candidates below it.
  let floor = 0;
  if (c.count > RERANK) {
    c.scratch.set(c.partial.subarray(0, c.count));
    floor = kthLargest(c.scratch, c.count, RERANK);
  }
  if (all) {
    for (let slot = 0; slot < c.count; slot++)
      if ((c.partial[slot] as number) >= floor) top.add(c.units[slot] as number, c.partial[slot] as number);
    return { best: top.best(), held };
  }
  // Candidates that cannot reach the RERANK-th best partial coverage even with every other term are left out.
  const extra = unwalkedAtMost() + 1e-9;
  for (let slot = 0; slot < c.count; slot++) {
    if ((c.partial[slot] as number) + extra < floor) continue;
    const unit = c.units[slot] as number;
    const para = index.unitPara[unit] as number;
    const paraFirst = index.paraStart[para] as number;
    const paraEnd = index.paraStart[para + 1] as number;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let d = c.direct[slot * n + i] as number;
      let ctx = c.context[(c.paraOf[slot] as number) * n + i] as number;
      if (!walked[i]) {
        // Not walked: look the term up in the postings of this sentence's paragraph.
        const variants = (query[i] as QueryTerm).variants;
        for (let vi = 0; vi < variants.length; vi++) {
          const v = variants[vi] as Variant;
          const [first, end] = (ranges[i] as [number, number][])[vi] as [number, number];
          for (let j = lowerBound(p.unit, paraFirst, first, end); j < end && (p.unit[j] as number) < paraEnd; j++) {
            const weight = v.weight * (p.weight[j] as number);
            if (weight > ctx) ctx = weight;
            if (p.unit[j] === unit) d = Math.max(d, weight * saturation(index, p.tf[j] as number, unit));
          }
        }
      }
      sum += (importance[i] as number) * Math.max(d, CONTEXT_WEIGHT * ctx);
    }
    top.add(unit, total ? sum / total : 0);
  }
  return { best: top.best(), held };
}
