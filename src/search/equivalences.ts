// General English equivalences: common abbreviations, abbreviations an article defines for itself
// ("prisoners of war (POWs)"), and a small curated list of news-English synonym groups.
// Nothing here is taken from a particular article.
import { STOP_WORDS, termOf, tokenize } from './text.ts';

/** Widely used abbreviations and what they stand for. */
const COMMON_ABBREVIATIONS: Record<string, string> = {
  pow: 'prisoner of war',
  gdp: 'gross domestic product',
  un: 'united nations',
  eu: 'european union',
  us: 'united states',
  usa: 'united states',
  uk: 'united kingdom',
  uae: 'united arab emirates',
  nato: 'north atlantic treaty organization',
  who: 'world health organization',
  imf: 'international monetary fund',
  ecb: 'european central bank',
  cpi: 'consumer price index',
  ceo: 'chief executive',
  mp: 'member of parliament',
  pm: 'prime minister',
  ngo: 'non governmental organization',
  icc: 'international criminal court',
  icj: 'international court of justice',
  wto: 'world trade organization',
  opec: 'organization of the petroleum exporting countries',
  ai: 'artificial intelligence',
  ev: 'electric vehicle',
  hq: 'headquarters',
  fbi: 'federal bureau of investigation',
  cia: 'central intelligence agency',
  nasa: 'national aeronautics and space administration',
  er: 'emergency room',
  icu: 'intensive care unit',
};

/**
 * Shorthand people type in questions but articles spell out ("eastside ave" for "Eastside Avenue"): matched
 * as the full word when the shorthand itself is not in the article.
 */
export const SHORTHAND: Record<string, string> = {
  ave: 'avenue',
  st: 'street',
  rd: 'road',
  blvd: 'boulevard',
  hwy: 'highway',
  govt: 'government',
  gov: 'governor',
  dept: 'department',
  pres: 'president',
  sen: 'senator',
  rep: 'representative',
  dr: 'doctor',
  mgr: 'manager',
  univ: 'university',
  intl: 'international',
  natl: 'national',
  approx: 'approximately',
  yr: 'year',
  yrs: 'years',
  mins: 'minutes',
  hrs: 'hours',
  temp: 'temperature',
  temps: 'temperatures',
  info: 'information',
};

/**
 * Groups of words news English uses interchangeably. Matching through them weighs less than an exact match.
 * Kept small and general on purpose: a wrong equivalence costs more than a missing one.
 * Source: hand-curated news English (commit 010c585 and later), each word kept only where WordNet 3.1 relates it to
 * another of its group (same synset, one hypernym/hyponym step, or a derivational link).
 */
const SYNONYM_GROUPS: string[][] = [
  ['free', 'release', 'liberate'],
  ['swap', 'exchange', 'trade'],
  ['start', 'begin', 'launch'],
  ['die', 'death', 'kill', 'fatality'],
  ['injure', 'injury', 'wound', 'hurt'],
  ['say', 'tell'],
  ['buy', 'purchase', 'acquire'],
  ['rise', 'increase', 'climb', 'jump', 'surge', 'grow', 'gain'],
  ['raise', 'hike', 'increase', 'lift', 'rise'],
  ['fall', 'drop', 'decline', 'decrease', 'slip'],
  ['cut', 'reduce', 'slash'],
  ['job', 'employment'],
  ['country', 'nation'],
  ['agreement', 'deal', 'accord', 'treaty', 'pact'],
  ['conflict', 'war', 'hostilities'],
  ['talks', 'negotiations', 'negotiation'],
  ['choose', 'select', 'pick', 'elect'],
  ['fire', 'blaze', 'wildfire', 'inferno'],
  ['plane', 'jet', 'airplane'],
  ['boat', 'vessel', 'ship'],
  ['home', 'house', 'residence'],
  ['price', 'cost'],
  ['firm', 'business'],
  ['leader', 'head', 'chief', 'boss'],
  ['run', 'lead', 'head', 'chief'],
  ['operate', 'work', 'function'],
  ['spokesperson', 'spokesman', 'spokeswoman'],
  ['retake', 'recapture'],
  ['attack', 'assault'],
  ['withdraw', 'quit'],
  ['forecast', 'projection', 'prediction'],
  ['economy', 'economic'],
  ['produce', 'production', 'producer'],
  ['help', 'aid', 'assist', 'assistance'],
  ['praise', 'hail', 'commend', 'applaud'],
  ['protest', 'demonstration', 'march'],
  ['rebel', 'insurgent'],
  ['big', 'large', 'huge'],
  ['fast', 'quick', 'rapid'],
  ['end', 'finish', 'conclude'],
  ['ban', 'prohibit'],
  ['allow', 'permit'],
  ['percent', 'percentage', 'proportion'],
  ['doctor', 'physician'],
  ['child', 'kid'],
  ['meeting', 'meet'],
  ['postpone', 'delay', 'defer'],
  ['lawsuit', 'suit'],
  ['penalty', 'fine'],
  ['salary', 'wage', 'pay'],
  ['age', 'aged'],
  ['violate', 'breach', 'break'],
  ['worth', 'value', 'valued'],
  ['sack', 'dismiss'],
];

/**
 * Phrasal verbs news English uses for one-word verbs: "the fire broke out" ~ "started". Keyed by base form of
 * the verb and its particle; the value is the one-word verb.
 */
export const PHRASAL_VERBS: Record<string, string> = {
  'break out': 'start',
  'pull out': 'withdraw',
  'step down': 'resign',
  'set up': 'establish',
  'call off': 'cancel',
  'carry out': 'conduct',
  'take part': 'participate',
  'put out': 'extinguish',
  'shut down': 'close',
  'look into': 'investigate',
  'take over': 'seize',
  'give up': 'surrender',
  'turn down': 'reject',
  'sign up': 'join',
  'go up': 'rise',
  'go down': 'fall',
  'push back': 'postpone',
  'put off': 'postpone',
  'turn away': 'reject',
  'lift off': 'launch',
  'blast off': 'launch',
  'touch down': 'land',
  'take office': 'inaugurate',
  'swear in': 'inaugurate',
  'sworn in': 'inaugurate',
  'end up': 'become',
  'burn down': 'destroy',
  'lay off': 'dismiss',
};

/** Phrasal verbs by the stem of their verb and their particle: "pushed back" → "postpone". */
const PHRASAL_BY_STEM = new Map(
  Object.entries(PHRASAL_VERBS).map(([k, verb]) => {
    const [v, particle] = k.split(' ') as [string, string];
    return [`${termOf(v)} ${particle}`, verb];
  }),
);

/** The one-word verb of a verb (as a term) and the particle after it, if they make a phrasal verb. */
export const phrasalVerb = (term: string, particle: string | undefined): string | undefined =>
  particle === undefined ? undefined : PHRASAL_BY_STEM.get(`${term} ${particle}`);

/** term → the other terms of its synonym groups. */
const SYNONYMS: Map<string, Set<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    const terms = group.map((w) => termOf(w));
    for (const t of terms) {
      const set = map.get(t) ?? new Set<string>();
      for (const o of terms) if (o !== t) set.add(o);
      map.set(t, set);
    }
  }
  return map;
})();

export function synonymsOf(term: string): string[] {
  return [...(SYNONYMS.get(term) ?? [])];
}

/** An abbreviation and the content terms of its expansion: "pow" → ["prison", "war"]. */
export interface Abbreviation {
  short: string;
  terms: string[];
}

const contentTerms = (phrase: string): string[] =>
  tokenize(phrase)
    .filter((t) => !STOP_WORDS.has(t.norm))
    .map((t) => t.term);

export const COMMON: Abbreviation[] = Object.entries(COMMON_ABBREVIATIONS).map(([short, long]) => ({
  short,
  terms: contentTerms(long),
}));

/**
 * Abbreviations a text defines: "Long Name (LN)", "prisoners of war (POWs)". The words before the bracket
 * must start with the acronym's letters in order (small words like "of" and "the" may be skipped).
 */
export function definedAbbreviations(text: string): Abbreviation[] {
  const out: Abbreviation[] = [];
  const re = /\(\s*(\p{Lu}{2,8})s?\s*\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const letters = (m[1] as string).toLowerCase();
    const before = tokenize(text.slice(Math.max(0, m.index - 160), m.index));
    const phrase = expansionBefore(
      before.map((t) => t.norm),
      letters,
    );
    if (phrase) out.push({ short: letters, terms: contentTerms(phrase.join(' ')) });
  }
  return out;
}

/** Walks back from the bracket matching initials to letters; returns the words of the expansion. */
function expansionBefore(words: string[], letters: string): string[] | null {
  let li = letters.length - 1;
  let wi = words.length - 1;
  while (wi >= 0 && li >= 0) {
    const w = words[wi] as string;
    if (w[0] === letters[li]) li--;
    else if (!STOP_WORDS.has(w)) return null;
    wi--;
  }
  return li < 0 ? words.slice(wi + 1) : null;
}
