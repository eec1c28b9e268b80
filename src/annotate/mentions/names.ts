// Coreference of partial person names: which full name, introduced earlier in the article, a shorter reference
// stands for. News convention (AP style: full name on first reference, surname after) plus three variants seen
// in any English news writing: a multi-word surname ("Grey Owl" for "Ann Grey Owl"), a capitalised occupation
// before the surname at a sentence start ("Realtor Blake"), and a given name alone, used for knights ("Sir Keith",
// Debrett's form of address), children and relatives who share a surname.
import { isInstanceNoun, isPersonNoun } from '../../lexicon/wordnet.ts';
import { ARABIC_ARTICLE, NAME_PARTICLES, NAME_SUFFIXES } from './words.ts';

export interface NamedPerson {
  /** The full name as introduced ("Ann Grey Owl"). */
  name: string;
  /** Offset of the first mention. */
  first: number;
}

/** People by the last word of their name, and by their first, in order of introduction. */
export class NameIndex<P extends NamedPerson> {
  private byName = new Map<string, P>();
  private bySurname = new Map<string, P[]>();
  private byGiven = new Map<string, P[]>();

  get(name: string): P | undefined {
    return this.byName.get(name);
  }

  add(p: P): void {
    this.byName.set(p.name, p);
    const parts = p.name.split(' ');
    const surname = surnameOf(parts);
    for (const key of new Set([surname, ...spellings(surname)])) push(this.bySurname, key, p);
    if (parts.length >= 2) push(this.byGiven, parts[0] as string, p);
  }

  /**
   * A person first known by a given name alone ("his wife Fran") is later named in full ("Fran Finney"): the entry
   * takes the full name, and both forms find it.
   */
  complete(p: P, full: string): void {
    p.name = full;
    this.byName.set(full, p);
    push(this.byGiven, full.split(' ')[0] as string, p);
  }

  /**
   * The person a (possibly partial) name refers to, preferring the latest introduced at or before `pos`:
   * the full name; a surname, or given name + surname; the last words of a longer name ("Grey Owl");
   * the name after a leading occupation noun ("Realtor Blake") or a participle ("Beaming Jo Blake"); a given
   * name no one else has ("Sir Keith").
   */
  lookup(
    name: string,
    pos: number,
    isRole: (word: string) => boolean = () => false,
    isRelative: (p: P) => boolean = () => false,
  ): P | null {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const parts = name.split(' ');
    const surname = surnameOf(parts);
    // "Van Dijk" for "Virgil van Dijk": a surname's particle is capitalised when no given name precedes it (Dutch
    // and Flemish usage, kept by English copy: "Van Gaal", "Ten Hag").
    const particled = NAME_PARTICLES.has((parts[0] as string).toLowerCase())
      ? ` ${(parts[0] as string).toLowerCase()} ${parts.slice(1).join(' ')}`
      : null;
    let cands = (this.bySurname.get(surname) ?? []).filter(
      (p) =>
        parts.length === 1 ||
        p.name.startsWith(`${parts[0]} `) ||
        p.name.endsWith(` ${name}`) ||
        (particled !== null && p.name.endsWith(particled)),
    );
    // A surname alone shared with a relative introduced as one ("his father, Ray Hart") is the story's person: AP
    // style names the relatives who share it by their given names.
    if (parts.length === 1 && cands.length > 1) {
      const others = cands.filter((p) => !isRelative(p));
      if (others.length) cands = others;
    }
    if (cands.length) return latestBefore(cands, pos);
    if (parts.length > 1) {
      // "Realtor Blake" at a sentence start: a capitalised occupation noun, then a name the article gave.
      const lead = (parts[0] as string).toLowerCase();
      // Not a given name WordNet knows as one famous bearer ("Seth", "Paul": instances, no occupation).
      if (isRole(lead) || (isPersonNoun(lead) && !isInstanceNoun(lead)))
        return this.lookup(parts.slice(1).join(' '), pos, isRole, isRelative);
      // "Beaming Jo Blake took the stage": a participle opening the sentence before a full name the article gave is
      // not part of that name.
      if (parts.length > 2 && /(?:ing|ed)$/.test(lead)) return this.byName.get(parts.slice(1).join(' ')) ?? null;
      return null;
    }
    // A given name alone: only when exactly one person introduced so far has it, and nobody has it as surname.
    const given = (this.byGiven.get(name) ?? []).filter((p) => p.first <= pos);
    if (given.length === 1) return given[0] as P;
    return this.misspelt(name, pos);
  }

  /**
   * "Schacham said" after "Ofer Shacham": a surname no one has, one edit (a letter added, dropped, changed or two
   * swapped) from the surname of exactly one person introduced before it, is that person misspelt; most misspellings
   * are one such edit (Damerau 1964). Not for short names, where one edit makes another common name.
   */
  private misspelt(name: string, pos: number): P | null {
    if (name.length < 5) return null;
    let found: P | null = null;
    let seen = 0;
    for (const [surname, people] of this.bySurname) {
      if (++seen > MAX_SURNAMES_SCANNED) break;
      if (surname.length < 5 || !oneEditApart(name, surname)) continue;
      const before = people.filter((p) => p.first <= pos);
      if (!before.length) continue;
      if (found || before.length > 1) return null;
      found = before[0] as P;
    }
    return found;
  }
}

/** The surname of a name's words: the last, or the one before a generational suffix ("King" in "… King Jr"). */
function surnameOf(parts: readonly string[]): string {
  const last = parts.at(-1) as string;
  return parts.length >= 3 && NAME_SUFFIXES.has(last.toLowerCase().replace(/\.$/, ''))
    ? (parts.at(-2) as string)
    : last;
}

/**
 * The other ways English copy writes a surname: with diacritics, marks dropped ("Schröder" → "Schroder") and German
 * umlauts spelt out ("Schroeder"), as DIN 5007-2 and the Duden allow; without its Arabic article ("el-Shahat").
 */
function spellings(surname: string): string[] {
  // "el-Shahat" is "Shahat" to a later "Sheikh Shahat": the article drops with the given names.
  const stem = ARABIC_ARTICLE.exec(surname)?.[1];
  if (stem) return [stem, ...spellings(stem)];
  if (/^[\x20-\x7e]*$/.test(surname)) return [];
  const umlauts = surname.replace(/[äöüÄÖÜ]/g, (c) => `${c.normalize('NFD')[0]}e`);
  const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  return [strip(surname), strip(umlauts)];
}

/** Surnames a misspelling is compared with: the people of one article, bounded so a huge one stays linear. */
const MAX_SURNAMES_SCANNED = 200;

/** Whether `a` becomes `b` by one letter added, dropped or changed, or two adjacent letters swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function latestBefore<P extends NamedPerson>(cands: P[], pos: number): P | null {
  const before = cands.filter((p) => p.first <= pos);
  return (before.length ? before.at(-1) : cands[0]) ?? null;
}
