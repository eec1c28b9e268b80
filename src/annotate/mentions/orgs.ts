// Organisations the article named in full, in article order, and what a short reference to one means: "the
// agency" → "National Cyber Resilience Agency", "Halden" → "Halden Property Group", "the company" → the business.
import { BUSINESS_NAME_ENDS, BUSINESS_NOUNS } from './words.ts';
import { countBefore, HISTORY_REACH } from './documents.ts';

interface OrgMention {
  name: string;
  pos: number;
  /** The noun an appositive gave it ("Young Indian, a company"): what "the company" then means. */
  head?: string;
}

/** What a short reference gives: its last word, its first word, the words before the last. */
export interface OrgRef {
  head?: string;
  first?: string;
  with?: readonly string[];
}

export class OrgIndex {
  private mentions: OrgMention[] = [];
  /** The same names as a set, so that asking whether a name is an organisation's costs O(1) per mention. */
  private names = new Set<string>();

  /** Mentions must be added in article order. */
  add(name: string, pos: number, head?: string): void {
    this.mentions.push({ name, pos, head });
    this.names.add(name);
  }

  /** Whether the article named `name` as an organisation's ("a company named Young Indian"). */
  has(name: string): boolean {
    return this.names.has(name);
  }

  /**
   * The organisation a short reference means, the latest named before `pos` and after `after`. Names are in
   * article order: start at the last one before `pos` and look back a bounded way, as documentName does, so a
   * huge article costs O(1) per quote.
   */
  resolve(ref: OrgRef, pos: number, after = -1): string | null {
    const end = countBefore(this.mentions, pos, true);
    const before: OrgMention[] = [];
    for (let k = end - 1; k >= 0 && end - k <= HISTORY_REACH && (this.mentions[k] as OrgMention).pos > after; k--)
      before.push(this.mentions[k] as OrgMention);
    for (const o of before) {
      const words = o.name.toLowerCase().split(' ');
      if (ref.head && words.at(-1) === ref.head && (ref.with ?? []).every((w) => words.includes(w))) return o.name;
      if (ref.head && o.head === ref.head && !ref.with?.length) return o.name;
      if (ref.first && words[0] === ref.first) return o.name;
    }
    // "the company said" after "Hexcell Energy Systems said…": a generic word for a business means the latest
    // business named in full, one whose name ends in a word businesses take ("Systems", "Motors", "Ltd").
    if (!ref.head || !BUSINESS_NOUNS.has(ref.head)) return null;
    const business = before.find((o) => BUSINESS_NAME_ENDS.has(o.name.toLowerCase().split(' ').at(-1) as string));
    if (business) return business.name;
    // Else the organisation the story is about so far: the one named most often (twice at least), the latest of
    // those named as often (a definite description's antecedent is the most salient entity that fits it: CoreNLP's
    // coreference sieves). Map order is latest-first, and the sort is stable.
    const counts = new Map<string, number>();
    for (const o of before) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
    const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return top && top[1] >= 2 ? top[0] : null;
  }
}
