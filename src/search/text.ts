// Text → matching terms: normalisation (case, diacritics, soft hyphens, quote marks), tokens with offsets,
// irregular verb forms, Porter stems, stop words. Questions and sentences go through the same path.
import { stemmer } from 'stemmer';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is what is tested
const ASCII_NO_BACKTICK = /^[\u0000-\u005f\u0061-\u007f]*$/;

/** Lower case, no diacritics, no soft hyphens, straight quotes and dashes. */
export function normalize(text: string): string {
  // Plain ASCII (most words of an English article) has nothing to fold but case: skip the Unicode passes.
  if (ASCII_NO_BACKTICK.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

/** Function words: set aside for matching (they say nothing about which sentence answers). */
export const STOP_WORDS = new Set(
  `a an the and or but nor so yet if then than as of in on at to from by with without into onto over under about
  after before since until during while for between among through across per via up down out off
  is are was were be been being am do does did done doing has have had having will would shall should can could may
  might must ought i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those there here what which who whom whose when where why how whether
  not no yes all any both each either neither every some such other another same own more most many much few lot
  very too also just only even still already again ever never now then once
  s t get got gets getting make made makes let lets say says said tell told
  one ones thing things something anything nothing someone anyone everyone way ways kind
  gonna wanna gotta gon ya u ur pls plz gotten actually really basically literally honestly anymore exactly
  precisely specifically`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that carry meaning in a question yet are everywhere in news ("say", "tell"): dropped from STOP_WORDS
 * above would flood results; kept here as matchable but they weigh little through IDF.
 */
export const WEAK_CONTENT = new Set(['say', 'says', 'said', 'tell', 'told']);
for (const w of WEAK_CONTENT) STOP_WORDS.delete(w);

export const QUESTION_WORDS = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);

/** Irregular forms the Porter stemmer cannot join to their base ("said" ~ "say", "fought" ~ "fight"). */
// Source: standard English irregular verb forms (a grammar's irregular-verb table), each mapped to its base.
const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  took: 'take',
  taken: 'take',
  won: 'win',
  held: 'hold',
  made: 'make',
  left: 'leave',
  fought: 'fight',
  chose: 'choose',
  chosen: 'choose',
  began: 'begin',
  begun: 'begin',
  broke: 'break',
  broken: 'break',
  went: 'go',
  gone: 'go',
  came: 'come',
  gave: 'give',
  given: 'give',
  found: 'find',
  thought: 'think',
  brought: 'bring',
  bought: 'buy',
  sold: 'sell',
  built: 'build',
  sent: 'send',
  spent: 'spend',
  lost: 'lose',
  met: 'meet',
  ran: 'run',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  paid: 'pay',
  kept: 'keep',
  led: 'lead',
  stood: 'stand',
  struck: 'strike',
  shot: 'shoot',
  caught: 'catch',
  sought: 'seek',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  saw: 'see',
  seen: 'see',
  knew: 'know',
  known: 'know',
  drove: 'drive',
  driven: 'drive',
  fled: 'flee',
  threw: 'throw',
  thrown: 'throw',
  flew: 'fly',
  flown: 'fly',
  drew: 'draw',
  drawn: 'draw',
  got: 'get',
  gotten: 'get',
  hid: 'hide',
  hidden: 'hide',
  felt: 'feel',
  meant: 'mean',
  heard: 'hear',
  born: 'bear',
  dead: 'die',
  freed: 'free',
  died: 'die',
  dies: 'die',
  dying: 'die',
  froze: 'freeze',
  frozen: 'freeze',
  stole: 'steal',
  stolen: 'steal',
  swore: 'swear',
  sworn: 'swear',
  wore: 'wear',
  worn: 'wear',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  laid: 'lay',
  lent: 'lend',
  slid: 'slide',
  stuck: 'stick',
  swept: 'sweep',
  taught: 'teach',
  tore: 'tear',
  torn: 'tear',
  understood: 'understand',
  dealt: 'deal',
  dug: 'dig',
  hung: 'hang',
  shrank: 'shrink',
  shrunk: 'shrink',
  slept: 'sleep',
  sprang: 'spring',
  sprung: 'spring',
  swung: 'swing',
  shown: 'show',
  sank: 'sink',
  sunk: 'sink',
  drank: 'drink',
  forgot: 'forget',
  forgotten: 'forget',
  arose: 'arise',
  arisen: 'arise',
  beaten: 'beat',
  became: 'become',
  ate: 'eat',
  eaten: 'eat',
  oversaw: 'oversee',
  overseen: 'oversee',
  undertook: 'undertake',
  undertaken: 'undertake',
  upheld: 'uphold',
  mistook: 'mistake',
  sang: 'sing',
  sung: 'sing',
  woke: 'wake',
  woken: 'wake',
  children: 'child',
  people: 'person',
  men: 'man',
  women: 'woman',
};

/** The base form of an irregular word ("fought" → "fight"), else the word. */
export const baseForm = (word: string): string => IRREGULAR[word] ?? word;

/** The matching term of a normalised word: its base form's Porter stem; numbers and acronyms as they are. */
/** Terms by word: the same words are stemmed again and again, at indexing and for every candidate. */
const termCache = new Map<string, string>();
export function termOf(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    term = /^\d/.test(word) ? word.replace(/,/g, '') : stemmer(baseForm(word));
    if (termCache.size >= 100_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

export interface Token {
  /** The word as written. */
  surface: string;
  /** Normalised word (lower case, no diacritics or apostrophes). */
  norm: string;
  /** Matching term (stem, acronym or number). */
  term: string;
  /** Written in capitals ("US", "POWs"): an acronym, never a stop word. */
  acronym: boolean;
  /** The phrasal verb this verb makes with the particle after it, as WordNet lists it ("find out", "show up"). */
  phrase?: string;
  start: number;
  end: number;
}

const WORD_RE = /\d+(?:[.,]\d+)*%?|[\p{L}\p{N}\u00ad]+(?:['’][\p{L}]+)*/gu;

/** A word of a text before stemming: what tokenize and contentSpans share. */
interface Word {
  surface: string;
  norm: string;
  acronym: boolean;
  start: number;
  end: number;
}

/** Words of a text with their offsets; "%" becomes the word "percent", possessive "'s" is dropped. */
function words(text: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const surface = m[0];
    const start = m.index;
    if (surface.endsWith('%')) {
      const num = surface.slice(0, -1);
      out.push({ surface: num, norm: num, acronym: false, start, end: start + num.length });
      out.push({
        surface: '%',
        norm: 'percent',
        acronym: false,
        start: start + num.length,
        end: start + surface.length,
      });
      continue;
    }
    const plain = surface.replace(/\u00ad/g, '');
    // "US", "NATO", and "POWs" (the plural of the acronym "POW").
    const plural = /^\p{Lu}{2,5}s$/u.test(plain);
    const acronym = plural || /^\p{Lu}{2,6}$/u.test(plain);
    let norm = normalize(plain).replace(/'s$/, '').replace(/'/g, '');
    if (plural) norm = norm.slice(0, -1);
    if (!norm) continue;
    out.push({ surface, norm, acronym, start, end: start + surface.length });
  }
  return out;
}

/** Words of a text with their offsets and matching terms. */
export function tokenize(text: string): Token[] {
  return words(text).map((w) => ({ ...w, term: w.acronym ? w.norm : termOf(w.norm) }));
}

/** [start, end] of each content word of a text, in order: the places of its terms, found without stemming. */
export function contentSpans(text: string): [number, number][] {
  return words(text)
    .filter(isContent)
    .map((w) => [w.start, w.end]);
}

/** A token that matches: not a stop word, unless written as an acronym ("US" is not "us"). */
export function isContent(token: Pick<Token, 'norm' | 'acronym'>): boolean {
  return token.acronym || !STOP_WORDS.has(token.norm);
}
