// Capitalised spans of a sentence and what they name: a person (with the title written before the name), an
// organisation, a place or some other thing. General English cues only: capitalisation, titles and role nouns,
// organisation and place words, place cues and the countries of the world (word lists in words.ts).
import type { EntityKind } from '../../article/model.ts';
import { type Vocabulary, readsAsGrammaticalCapital } from './capitals.ts';
import { baseForms, isCountryName, isPersonNoun, isPlaceName } from '../../lexicon/wordnet.ts';
import { isPlaceOrOrganisation, knownNameLength } from './known.ts';
import {
  ABBREVIATED_TITLES,
  CALENDAR_WORDS,
  DETERMINERS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  HONORIFICS,
  NON_NAME_ACRONYMS,
  ORG_ABBREVIATIONS,
  ORG_WORDS,
  PLACE_ABBREVIATIONS,
  PLACE_FIRST_WORDS,
  PLACE_PHRASES,
  PLACE_WORDS,
  PLACES,
  QUANTIFIERS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  STOP_CAPS,
  TIME_WORDS,
  VESSEL_PREFIXES,
} from './words.ts';

/** A capitalised word that opens a clause without naming anything ("The", "Officials", "Mr"). */
const opensWithoutNaming = (w: string): boolean =>
  STOP_CAPS.has(w) || FUNCTION_WORDS.has(w) || HONORIFICS.has(w) || GROUP_NOUNS.has(w);

/** An adjective that can qualify a name ("New", "First"), not a closed-class word nor a time word ("All", "Last"). */
const isQualifyingAdjective = (w: string): boolean =>
  baseForms(w, 'adj').length > 0 &&
  !DETERMINERS.has(w) &&
  !FUNCTION_WORDS.has(w) &&
  !QUANTIFIERS.has(w) &&
  !TIME_WORDS.has(w);

/**
 * Whether a word that usually opens a clause without naming anything is, here, the first word of the name the
 * capitalised run `caps` (lower-cased) spells: a name of several words English knows ("New Zealand", "The Hague"),
 * or an adjective before capitals that end in an organisation or place word ("New Harbor Bank", "First Street").
 */
function opensName(caps: readonly string[]): boolean {
  if (knownNameLength(caps) >= 2) return true;
  const last = caps.at(-1) ?? '';
  return caps.length >= 2 && isQualifyingAdjective(caps[0] ?? '') && (ORG_WORDS.has(last) || PLACE_WORDS.has(last));
}
/** A title written before a name: a role noun or a title of address ("Governor", "Dr"). */
const isTitleHead = (w: string): boolean => ROLE_WORDS.has(w) || HONORIFICS.has(w);
/** Any word of a title, its qualifiers included ("Deputy", "Prime"). */
const isTitleWord = (w: string): boolean => isTitleHead(w) || ROLE_MODIFIERS.has(w);

/** Words that introduce places: "in X", "near X", "island of X". */
const PLACE_CUE_BEFORE =
  /(?:\b(?:in|near|from|to|into|across|outside|toward|towards)\s+(?:the\s+)?|\b(?:island|village|town|city|region|province|state|capital|port)\s+of\s+)$/i;

const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i|ic)$/u;

// ---------------------------------------------------------------------------------------------------------------
// Capitalised spans.

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words of a sentence, with "(Nikol)" style parenthesised words kept as plain words. */
function wordsOf(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A trailing possessive or a stop is not part of the word.
    const w = m[0].replace(/['’]s$/u, '').replace(/\.$/, '');
    out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

/** "Brussels", "Port-au-Prince", "AU": capitalised; "UN-backed", "EU-led" are adjectives, not names. */
const isCapitalised = (w: string): boolean => w.split('-').every((part) => /^[\p{Lu}\d]/u.test(part)) && /^\p{Lu}/u.test(w);
/** Lower-case words allowed inside a name: "Bank of England", "Institute for Fiscal Studies". */
const isConnector = (w: string): boolean => w === 'of' || w === 'de' || w === 'for';

/** Is the word at this offset the first of its sentence or of a quotation (capitalised by grammar, not by name)? */
function startsClause(text: string, offset: number): boolean {
  // Only the few characters before the word matter; a window keeps long sentences linear.
  const before = text.slice(Math.max(0, offset - 40), offset);
  return (
    (offset <= 40 && /^[\s"“‘'(—–-]*$/u.test(before)) || /[.!?:]["”’']?\s+["“‘']?$|["“‘]\s*$/u.test(before)
  );
}

/**
 * The capitalised words from word `i` on while only spaces part them, lower-cased: "New York City officials" → new,
 * york, city.
 */
function capitalsFrom(text: string, words: readonly Token[], i: number): string[] {
  const out: string[] = [];
  for (let k = i; k < words.length && out.length < 5; k++) {
    const w = words[k] as Token;
    if (!isCapitalised(w.text) || (k > i && !/^ +$/.test(text.slice((words[k - 1] as Token).end, w.start)))) break;
    out.push(w.text.toLowerCase());
  }
  return out;
}

interface Span {
  words: Token[];
  start: number;
  end: number;
}

/** Runs of capitalised words ("Reserve Bank of Australia": lower-case "of"/"for"/"and" may join two runs). */
function capitalisedSpans(text: string): Span[] {
  const words = wordsOf(text);
  const spans: Span[] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && isConnector(cur.at(-1)?.text ?? '')) cur.pop();
    if (cur.length) spans.push({ words: cur, start: cur[0]?.start ?? 0, end: cur.at(-1)?.end ?? 0 });
    cur = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    const between = i > 0 ? text.slice((words[i - 1] as Token).end, w.start) : '';
    // Punctuation between two words (comma, quote, dash) ends a name; a space or a parenthesis does not, nor the
    // apostrophe of a plural possessive inside a name ("the Old Town Traders' Association").
    const possessive = /^['’]\s+$/.test(between) && /s$/.test(words[i - 1]?.text ?? '') && isCapitalised(w.text);
    // Nor does the stop of an initial, an initialism or a title: "U.S. Rep. Janet L. Moore" is one name.
    const previous = words[i - 1]?.text ?? '';
    const abbreviated =
      /^\.\s+$/.test(between) &&
      isCapitalised(w.text) &&
      (/^\p{Lu}(?:\.[\p{Lu}.]*)?$/u.test(previous) || ABBREVIATED_TITLES.has(previous.toLowerCase()));
    if (cur.length && !possessive && !abbreviated && !/^[\s()]*$/.test(between)) flush();
    // "Australian Bureau of Statistics (ABS)": a bracketed acronym is the name's abbreviation, not more name.
    if (cur.length && between.includes('(') && /^\p{Lu}{2,}s?$/u.test(w.text)) flush();
    if (isCapitalised(w.text)) {
      // A grammatical capital: drop function words that start a clause ("The", "In").
      // An acronym is not the pronoun it spells ("US" is not "us"), unless the line is in capitals ("BY ANN ROE").
      const caps = (t: Token | undefined): boolean => /^\p{Lu}{2,}$/u.test(t?.text ?? '');
      const acronym = caps(w) && !caps(words[i + 1]);
      if (
        !cur.length &&
        !acronym &&
        opensWithoutNaming(w.text.toLowerCase()) &&
        startsClause(text, w.start) &&
        !opensName(capitalsFrom(text, words, i))
      )
        continue;
      if (CALENDAR_WORDS.has(w.text.toLowerCase().replace(/\.$/, ''))) {
        flush();
        continue;
      }
      cur.push(w);
    } else if (cur.length && isConnector(w.text)) {
      cur.push(w);
    } else {
      flush();
    }
  }
  flush();
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// Classification.

function lowerWords(span: Span): string[] {
  return span.words.map((w) => w.text.toLowerCase());
}

function spanText(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
}

function kindOf(span: Span, sentence: string): EntityKind {
  const words = lowerWords(span);
  const name = spanText(sentence, span);
  const last = words.at(-1) ?? '';
  if (words.length === 1 && PLACE_ABBREVIATIONS.has(last) && /^\p{Lu}+$/u.test(name)) return 'place';
  if (words.length === 1 && NON_NAME_ACRONYMS.has(last)) return 'other';
  // "MV Aldora Bay", "HMS Endeavour": a ship's prefix makes the name a vessel, whatever its last word.
  if (words.length >= 2 && VESSEL_PREFIXES.has(span.words[0]?.text ?? '')) return 'other';
  if (PLACE_PHRASES.test(name)) return 'place';
  // "Republic of X", "Gulf of X": a place word before "of".
  if (words.length >= 3 && words[1] === 'of' && PLACE_WORDS.has(words[0] ?? '')) return 'place';
  // "the Olmstead Community Center": a building's name is where things happen, though the body that runs a
  // center may speak for it (ORG_WORDS lists both readings).
  if (words.length >= 2 && PLACE_WORDS.has(last) && ORG_WORDS.has(last)) return 'place';
  if (words.some((w) => ORG_WORDS.has(w))) return 'organisation';
  // "MARROWGATE, March 12 (Wire) -": a wire dateline opens with the place, in capitals.
  if (span.start === 0 && /^\p{Lu}[\p{Lu} ]+$/u.test(name) && /^\s*(?:,|\(|-|—|–)/u.test(sentence.slice(span.end)))
    return 'place';
  if (words.length === 1 && /^\p{Lu}[\p{Lu}\d&]+$/u.test(name)) return 'organisation';
  if (words.length === 1 && ORG_ABBREVIATIONS.has(last)) return 'organisation';
  if (PLACE_WORDS.has(last) || words.every((w) => PLACES.has(w) || isConnector(w)))
    return 'place';
  // Countries the list above leaves out: WordNet knows them as instances of a country.
  if (words.length === 1 && isCountryName(last)) return 'place';
  // "River Osse", "Mount Keller", "Port Aldric", "Lake Orm".
  if (words.length >= 2 && PLACE_FIRST_WORDS.has(words[0] ?? '')) return 'place';
  // "New Mexico", "La Paz": a place WordNet knows; "New York City Transit": a body named after one, not a person.
  const known = knownNameLength(words, isPlaceOrOrganisation);
  if (known >= 2) return known === words.length && isPlaceName(words.join(' ')) ? 'place' : 'organisation';
  // "American officials" is an adjective; "a plant in Sheboygan tested …" is a place that only looks like one.
  if (
    words.length === 1 &&
    DEMONYM.test(name) &&
    /^\s+\p{Ll}/u.test(sentence.slice(span.end)) &&
    !/\b(?:in|near|outside)\s+$/i.test(sentence.slice(Math.max(0, span.start - 10), span.start))
  )
    return 'other';
  if (PLACE_CUE_BEFORE.test(sentence.slice(Math.max(0, span.start - 60), span.start)) && words.length <= 3) return 'place';
  // "its Sunny Valley Classic", "the restaurant Casa Ferrant": a thing's name, after a possessive or a common noun.
  const before = sentence.slice(Math.max(0, span.start - 30), span.start);
  const thing = /\b(?:its|their)\s+$/i.test(before) || /\b(?:the|a|an)\s+(\p{Ll}+)\s+$/u.exec(before);
  if (thing && (thing === true || !(ROLE_WORDS.has(thing[1] as string) || isPersonNoun(thing[1] as string))))
    return 'other';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => !isConnector(w))) return 'person';
  return 'other';
}

/**
 * Splits a leading title off a span: "EU Council President Jane Roe" → role + "Jane Roe". Opening a sentence, a
 * noun for a person is capitalised like a title: "Composer Isabel Thornquist" (three words, so "Hunter Biden" stays).
 */
function splitTitle(span: Span, text: string): { role: Span | null; name: Span } {
  const words = lowerWords(span);
  let lastHead = -1;
  for (let i = 0; i < words.length - 1; i++) if (isTitleHead(words[i] as string)) lastHead = i;
  if (
    lastHead < 0 &&
    words.length === 3 &&
    !/^\p{Lu}\.?$/u.test(span.words[1]?.text ?? '') &&
    startsClause(text, span.start) &&
    isPersonNoun(words[0] as string)
  )
    lastHead = 0;
  // The name after the title must itself look like a name: one to three words, none a title.
  let rest = span.words.slice(lastHead + 1);
  // "Deputy Mayor for Transport Joris Kamphuis": the office's portfolio comes first, the name is the last two words.
  if (lastHead >= 0 && isConnector(rest[0]?.text ?? '') && rest.length >= 4) rest = rest.slice(-2);
  // "Marrowgate General Hospital": an institution, not General Somebody.
  const institution = rest.some((w) => ORG_WORDS.has(w.text.toLowerCase()) || PLACE_WORDS.has(w.text.toLowerCase()));
  if (
    lastHead < 0 ||
    institution ||
    rest.length > 3 ||
    rest.some((w) => isTitleWord(w.text.toLowerCase()) || isConnector(w.text)) ||
    // "Chief Whip", "Deputy Speaker": a qualifier before one more word is a compound title, not a title and a name.
    (rest.length === 1 && ROLE_MODIFIERS.has(words[lastHead] as string))
  )
    return { role: null, name: span };
  const roleWords = span.words.slice(0, span.words.length - rest.length);
  return {
    role: { words: roleWords, start: span.start, end: roleWords.at(-1)?.end ?? span.start },
    name: { words: rest, start: rest[0]?.start ?? span.start, end: span.end },
  };
}

/** A single capitalised word opening a clause that only grammar capitalised (capitals.ts). */
const isGrammaticalCapital = (span: Span, text: string, vocabulary: Vocabulary): boolean =>
  span.words.length === 1 &&
  startsClause(text, span.start) &&
  readsAsGrammaticalCapital(span.words[0]?.text ?? '', vocabulary);

/** A capitalised span read as a name: its kind, the title written before it, its offsets in the sentence. */
export interface NameSpan {
  name: string;
  kind: EntityKind;
  /** A title written capitalised before the name ("Police Chief", "U.S. Rep"); titles of address are none. */
  title: string | null;
  start: number;
  end: number;
}

/** The names a sentence writes, in order (`vocabulary`: how the article writes its words). */
export function nameSpans(text: string, vocabulary: Vocabulary): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of capitalisedSpans(text)) {
    if (isGrammaticalCapital(span, text, vocabulary)) continue;
    const { role, name } = splitTitle(span, text);
    const n = spanText(text, name);
    if (n.length < 2) continue;
    // "Sir Keith Joseph", "Dr Ann Roe": a title of address makes a person but is no role.
    const title = role && !lowerWords(role).every((w) => HONORIFICS.has(w)) ? spanText(text, role) : null;
    out.push({ name: n, kind: role ? 'person' : kindOf(name, text), title, start: name.start, end: name.end });
  }
  return out;
}
