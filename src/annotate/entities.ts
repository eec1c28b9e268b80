// Named entities (people, organisations, places) and numeric facts, found with general English cues:
// capitalisation, titles and role nouns, organisation words, place cues and a list of countries.
import type { Article, Entity, EntityKind, NumericFact, Sentence } from '../article/model.ts';
import { baseForms, isCountryName, isPersonNoun } from '../lexicon/wordnet.ts';
import { ORG_WORDS } from './quotes-words.ts';

// ---------------------------------------------------------------------------------------------------------------
// Word lists: general English, nothing from any particular article.

/** Capitalised words that start sentences or headlines without naming anything. */
const FUNCTION_WORDS = new Set(
  `a an the and but or nor so yet for of in on at to from by with without into onto over under after before since
  until during while when where why how what which who whom whose this that these those it its he she they we i you
  his her their our my your there here then now today yesterday tomorrow also still already even just only as if
  though although because however meanwhile moreover both each every all some many most more few several no not
  one two three four five six seven eight nine ten first second third last next other another such than is are was
  were be been has have had do does did will would can could should may might must mr mrs ms dr according despite
  among between about around across against along amid analysts officials critics police nobody everybody anybody
  somebody everyone anyone someone none nothing everything something anything`
    .split(/\s+/)
    .filter(Boolean),
);

const MONTHS_AND_DAYS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);

/** Titles written capitalised before a name: "Prime Minister X", "Governor X". */
const TITLES = new Set(
  `president vice prime minister secretary governor deputy senior chief chancellor treasurer senator representative
  rep sen gov mayor king queen prince princess pope general gen colonel col captain capt commander admiral judge
  justice ambassador spokesperson spokesman spokeswoman director chairman chairwoman chair ceo cfo head leader
  mr mrs ms dr professor prof sheikh emir sultan premier commissioner inspector sergeant lieutenant officer
  foreign finance defence defense interior health economy trade state`
    .split(/\s+/)
    .filter(Boolean),
);

/** Titles written short with a stop, which does not end the name they precede ("Sen. Ann Roe"). */
const ABBREVIATED_TITLES = new Set('mr mrs ms dr prof sen rep gov gen lt col capt sgt rev hon det insp supt st'.split(' '));

/** Words that, inside a title, say which part is the office rather than a qualifier ("Foreign" is not enough). */
const HEAD_TITLES = new Set(
  `president minister secretary governor chancellor treasurer senator representative mayor king queen prince
  princess pope general colonel captain commander admiral judge justice ambassador spokesperson spokesman
  spokeswoman director chairman chairwoman chair ceo cfo head leader mr mrs ms dr professor sheikh emir sultan
  premier commissioner inspector sergeant lieutenant officer rep sen gov gen col capt prof lt sgt`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case role nouns that introduce a name: "a spokesperson Jane Doe", "economist John Roe". */
export const ROLE_NOUNS = new Set(
  `spokesperson spokesman spokeswoman official economist analyst minister president governor secretary director
  chairman chairwoman chief head leader founder commander ambassador envoy adviser advisor aide negotiator
  correspondent reporter researcher professor scientist lawyer attorney judge officer spokesman candidate
  executive manager mayor senator lawmaker mp activist chancellor treasurer ceo cfo`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a capitalised name a place. */
const PLACE_WORDS = new Set(
  `mountains mountain sea ocean river lake island islands valley bay gulf coast strait peninsula desert province
  state county city town village region district square street avenue park airport port canal republic kingdom
  emirates center centre hall stadium arena library station church cathedral mosque temple museum bridge road lane
  highway motorway market mall terminal harbour harbor pier wharf beach forest hill hills heights plaza campus
  point cape headland reef shoal sound`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised abbreviations that are not names. */
const NON_NAME_ACRONYMS = new Set(
  'asap gdp gnp cpi ceo cfo coo tv pm am ai covid hiv aids dna rna ok phd vip suv lgbt lgbtq faq diy id pc usb gmt utc'.split(' '),
);

/** Common abbreviations of organisations (general knowledge). */
const ORG_ABBREVIATIONS = new Set(
  `un eu nato who imf ecb opec wto fbi cia nasa bbc cnn ap afp reuters ifrc icrc unicef unesco unhcr iaea fifa ioc
  oecd asean g7 g20 brics fed`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abbreviations that name countries. */
const PLACE_ABBREVIATIONS = new Set(['us', 'usa', 'uk', 'uae', 'drc']);

/** Countries, continents and large regions (general knowledge). */
const PLACES = new Set(
  `afghanistan albania algeria andorra angola antigua argentina australia austria bahamas bahrain
  barbuda herzegovina macedonia korea trinidad tobago nevis timor
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
  burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia czech denmark
  djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
  ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
  israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
  liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
  mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
  netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
  portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
  sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
  tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe england scotland wales
  africa asia europe america antarctica oceania arctic caribbean balkans scandinavia gaza crimea siberia`
    .split(/\s+/)
    .filter(Boolean),
);

/** First words that make a name a place: "River Osse", "Mount Keller". */
const PLACE_FIRST_WORDS = new Set(['river', 'lake', 'loch', 'mount', 'mt', 'cape', 'fort', 'port', 'isle', 'lake']);

/** Two-word places whose words are not places alone. */
const PLACE_PHRASES = /^(?:(?:North|South|East|West|Central|Eastern|Western|Northern|Southern)\s+\p{Lu}\p{L}+|United States|United Kingdom|Middle East|Soviet Union|Hong Kong|New Zealand|Saudi Arabia|Sri Lanka|South Africa|New York|Los Angeles|San Francisco|Costa Rica|El Salvador|Sierra Leone|San Marino|Burkina Faso|Cabo Verde|Cape Verde|Ivory Coast|Papua New Guinea|Dominican Republic|Central African Republic|Marshall Islands|Solomon Islands|Vatican City)$/u;

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
      if (!cur.length && FUNCTION_WORDS.has(w.text.toLowerCase()) && startsClause(text, w.start)) continue;
      if (MONTHS_AND_DAYS.has(w.text.toLowerCase().replace(/\.$/, ''))) {
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
  if (words.length >= 2 && /^(?:MV|MS|SS|HMS|RMS|USS|MT|FV)$/.test(span.words[0]?.text ?? '')) return 'other';
  if (PLACE_PHRASES.test(name)) return 'place';
  // "Republic of X", "Gulf of X": a place word before "of".
  if (words.length >= 3 && words[1] === 'of' && PLACE_WORDS.has(words[0] ?? '')) return 'place';
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
  if (thing && (thing === true || !(ROLE_NOUNS.has(thing[1] as string) || isPersonNoun(thing[1] as string))))
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
  for (let i = 0; i < words.length - 1; i++) if (HEAD_TITLES.has(words[i] as string)) lastHead = i;
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
    rest.some((w) => TITLES.has(w.text.toLowerCase()) || isConnector(w.text))
  )
    return { role: null, name: span };
  const roleWords = span.words.slice(0, span.words.length - rest.length);
  return {
    role: { words: roleWords, start: span.start, end: roleWords.at(-1)?.end ?? span.start },
    name: { words: rest, start: rest[0]?.start ?? span.start, end: span.end },
  };
}

/** A noun naming what a person is: the listed role nouns, or any noun WordNet files under persons ("nurse"). */
const isRoleNoun = (word: string): boolean => ROLE_NOUNS.has(word) || isPersonNoun(word);

/** Words in -ing that qualify a post ("chief operating officer", "acting mayor") rather than act on a person. */
const TITLE_PARTICIPLES = new Set(
  'acting managing operating presiding ruling governing founding visiting outgoing incoming retiring leading reigning sitting serving'.split(' '),
);

/** Words that end a role read leftwards from its noun: "said on Tuesday that economist Jane Roe" → "economist". */
const ROLE_STOP = new Set(
  'the a an that who which whose and or but said says told on in at to for by with from as is was were be has have had this its their his her our after before when while appoint hire name sack fire replace join meet thank'.split(
    ' ',
  ),
);

/**
 * A role before a name: "a US State Department spokesperson John Doe", "economist Jane Roe", "Nordair's chief
 * operating officer, Anders Holm". Read leftwards from the noun next to the name over modifiers, up to a function word.
 */
function roleBefore(sentence: string, nameStart: number): string | null {
  const before = sentence.slice(Math.max(0, nameStart - 120), nameStart);
  const m = /(\p{Ll}+),?\s+$/u.exec(before);
  if (!m?.[1] || !isRoleNoun(m[1])) return null;
  const words = before.slice(0, m.index).split(/\s+/).filter(Boolean);
  // Capitalised words freely ("US State Department"), at most two lower-case modifiers ("chief operating"), and
  // no verb form ("the club sacked manager Tom Dale", "defeating incumbent Richard Hale": "manager", "incumbent").
  let from = words.length;
  let lower = 0;
  while (from > 0 && words.length - from < 5) {
    const w = words[from - 1] as string;
    if (!/^[\p{L}][\p{L}.'’-]*$/u.test(w) || ROLE_STOP.has(w.toLowerCase())) break;
    if (/^\p{Ll}/u.test(w) && (++lower > 2 || /ed$/.test(w) || (/ing$/.test(w) && !TITLE_PARTICIPLES.has(w)))) break;
    from--;
  }
  return [...words.slice(from), m[1]].join(' ');
}

/**
 * An appositive role after a name: "Jane Roe, chief economist at Acme," → "chief economist at Acme"; "Keisha
 * Morgan, 41, a nurse whose brother…" → "nurse".
 */
function roleAfter(sentence: string, nameEnd: number): string | null {
  const after = sentence.slice(nameEnd);
  const m =
    /^,\s+(?:\d{1,3},\s+)?(?:an?\s+|the\s+)?((?:[\p{Ll}'’-]+\s+){0,3}?(\p{Ll}+)(?:\s+(?:at|of|for)\s+[^,.;]+?)?)(?:[,.;]|\s+(?:who|whose|which|and)\b)/u.exec(
      after,
    );
  if (m?.[2] && isRoleNoun(m[2])) return m[1]?.trim() ?? null;
  // "Priya Fennimore, who chairs the Safer Medicines Network,": the post told as what the person does.
  return /^,\s+who\s+((?:chairs|leads|heads|runs|founded|co-founded|owns|directs|manages|represents|coaches|captains|edits)\s+[^,.;]+)/u.exec(after)?.[1]?.trim() ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Entities.

interface Mention {
  name: string;
  kind: EntityKind;
  role: string | null;
  sentence: number;
}

/**
 * A single capitalised word opening a clause is a name only if the article never writes it in lower case
 * ("Oil and gas make up…" is not a name when "oil" appears elsewhere) and it does not read as a verb form.
 */
function isGrammaticalCapital(span: Span, text: string, lowerVocabulary: Set<string>): boolean {
  if (span.words.length !== 1 || !startsClause(text, span.start)) return false;
  const w = span.words[0]?.text ?? '';
  // "I've", "We'd": a pronoun and its verb. "Couriers", "Shops": a plural common noun opening the sentence.
  const plural = /\p{Ll}s$/u.test(w) && baseForms(w.toLowerCase(), 'noun').some((b) => b !== w.toLowerCase());
  return lowerVocabulary.has(w.toLowerCase()) || /\p{Ll}(?:ing|ly|ed)$/u.test(w) || /['’]\p{Ll}+$/u.test(w) || plural;
}

function mentionsIn(sentence: Sentence, lowerVocabulary: Set<string>): Mention[] {
  const text = sentence.text;
  const out: Mention[] = [];
  for (const span of capitalisedSpans(text)) {
    if (isGrammaticalCapital(span, text, lowerVocabulary)) continue;
    const { role, name } = splitTitle(span, text);
    let kind = role ? 'person' : kindOf(name, text);
    let roleText = role ? spanText(text, role) : null;
    if (kind === 'person' || (kind === 'other' && name.words.length <= 3)) {
      const r = roleBefore(text, name.start) ?? roleAfter(text, name.end);
      if (r) {
        kind = 'person';
        roleText = roleText ? `${r} ${roleText}` : r;
      }
    }
    const n = spanText(text, name);
    if (n.length < 2) continue;
    out.push({ name: n, kind: kind as EntityKind, role: roleText, sentence: sentence.n });
  }
  return out;
}

/**
 * Finds people, organisations and places. A later bare surname ("Doe said") joins the person named in full
 * earlier; repeated names share one entity listing every sentence that mentions them.
 */
export function findEntities(article: Article): Entity[] {
  const byName = new Map<string, Entity>();
  const order: Entity[] = [];
  const lowerVocabulary = new Set(article.text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []);
  for (const sentence of article.sentences) {
    for (const m of mentionsIn(sentence, lowerVocabulary)) {
      const key = m.name.toLowerCase();
      let entity = byName.get(key);
      // A single word that ends a known person's name is that person.
      if (!entity && !m.name.includes(' ')) {
        entity = order.find((e) => e.kind === 'person' && e.name.toLowerCase().endsWith(` ${key}`));
      }
      if (!entity) {
        entity = { name: m.name, kind: m.kind, role: m.role, sentences: [] };
        byName.set(key, entity);
        order.push(entity);
      } else {
        if (!entity.role && m.role) entity.role = m.role;
        if (entity.kind === 'other' && m.kind !== 'other') entity.kind = m.kind;
      }
      // Sentences come in order, so a repeat can only be the last one listed.
      if (entity.sentences.at(-1) !== sentence.n) entity.sentences.push(sentence.n);
    }
  }
  return order;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers.

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  fifth: 0.2,
  tenth: 0.1,
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };

const QUALIFIER =
  '(?:(?:more|fewer|less|greater|higher|lower)\\s+than|nearly|almost|about|around|roughly|approximately|some|over|under|at\\s+least|at\\s+most|up\\s+to|as\\s+many\\s+as|just|only|a|an)';
const WORD_NUMBER = Object.keys(NUMBER_WORDS).join('|');
const NUMERAL = `(?:[$€£¥]\\s?)?\\d+(?:[.,]\\d+)*(?:\\s?(?:${Object.keys(SCALES).join('|')})\\b)?`;
const UNIT = '(?:\\s?%|\\s?(?:percent|per\\s+cent|percentage\\s+points?)\\b|\\s?°?C\\b|-[\\p{Ll}]+(?:-[\\p{Ll}]+)*)?';

/** Words that end a number's noun phrase: verbs, prepositions and other function words. */
const PHRASE_STOP = new Set(
  `to in on at by for from with over into since and or but as that which who than after before during while is are
  was were be been has have had will would can could should may might said says say told according this these those
  it its their his her our more most the a an last next this`
    .split(/\s+/)
    .filter(Boolean),
);

const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\d.,])(?<!\\p{L}-)(?:${QUALIFIER}\\s+)?(?:${NUMERAL}|(?:${WORD_NUMBER})(?:[\\s-]+(?:${WORD_NUMBER}|thousand|million|billion|trillion))*)${UNIT}(?![\\p{L}\\d])`,
  'giu',
);

function numericValue(expr: string): number {
  const clean = expr.toLowerCase();
  const digits = /\d+(?:[.,]\d+)*/.exec(clean);
  if (digits) {
    // "12,000" and "3.6": commas group thousands, a dot is a decimal point.
    const v = Number(digits[0].replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '.'));
    const after = clean.slice(digits.index + digits[0].length);
    // "2.3 million", "$5m", "4bn"; but "5 m" with a space is five metres.
    const scale = /^\s?(thousand|million|billion|trillion)\b|^(bn|m)\b/.exec(after);
    return v * (SCALES[scale?.[1] ?? scale?.[2] ?? ''] ?? 1);
  }
  // "two hundred thousand": units and tens add up, "hundred" multiplies them, a larger scale closes a group.
  let total = 0;
  let group = 0;
  for (const w of clean.split(/[\s-]+/)) {
    const scale = SCALES[w];
    if (scale && scale >= 1e3 && /^[a-z]{4,}$/.test(w)) {
      total += (group || 1) * scale;
      group = 0;
    } else if (w === 'hundred') group = (group || 1) * 100;
    else if (NUMBER_WORDS[w] !== undefined) {
      const n = NUMBER_WORDS[w] as number;
      group = group < 1 && n < 1 ? n : group + n;
    }
  }
  return total + group;
}

/** Is this bare number a year or a day of a date ("in 2024", "June 18"), which the date annotator owns? */
function isDatePart(sentence: string, start: number, end: number, expr: string): boolean {
  if (!/^\d+$/.test(expr)) return false;
  const before = sentence.slice(Math.max(0, start - 12), start);
  const after = sentence.slice(end, end + 12);
  if (/^(?:1[89]|20)\d\d$/.test(expr) && !/^\s*(?:%|percent|per cent)/.test(after)) return true;
  const month = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;
  return month.test(before) || /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(after);
}

/** The noun phrase after a number: "prisoners of war", "of its exports", "of the 31 economists". */
function phraseAfter(rest: string): string {
  const m = /^(?:\s+(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?)?(?:\d+\s+)?)?((?:[\p{Ll}][\p{Ll}'’-]*)(?:\s+[\p{Ll}][\p{Ll}'’-]*){0,2})/u.exec(
    rest,
  );
  if (!m?.[1]) return '';
  const words = m[1].split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (PHRASE_STOP.has(w)) break;
    // "prisoners of war": keep one "of" followed by a noun.
    if (w === 'of') {
      const next = words[i + 1];
      if (!next || PHRASE_STOP.has(next)) break;
      kept.push(w, next);
      break;
    }
    kept.push(w);
    // "two countries work": a plural noun ends the phrase, the next word is likely its verb.
    if (/[^s]s$/.test(w) && words[i + 1] !== 'of') break;
  }
  if (!kept.length) return '';
  const head = m[0].slice(0, m[0].length - m[1].length);
  return head + kept.join(' ');
}

/** Finds numeric facts: a number (digits or words), its qualifier ("more than") and the noun it counts. */
export function findNumbers(article: Article): NumericFact[] {
  const out: NumericFact[] = [];
  for (const sentence of article.sentences) {
    const text = sentence.text;
    NUMBER_RE.lastIndex = 0;
    for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
      const expr = m[0];
      const core = expr.replace(new RegExp(`^${QUALIFIER}\\s+`, 'i'), '');
      // A lone article ("a", "an") is not a number; "a third" is.
      if (/^(?:a|an)$/i.test(expr.trim())) continue;
      if (!/\d/.test(core) && !new RegExp(`^(?:${WORD_NUMBER})`, 'i').test(core)) continue;
      if (isDatePart(text, m.index + expr.length - core.length, m.index + expr.length, core)) continue;
      // Number words are also ordinary words: "one of", "half" need a noun or "of" after them to count.
      const tail = phraseAfter(text.slice(m.index + expr.length));
      if (!/\d/.test(core) && !tail && !/%|percent|half/i.test(expr)) continue;
      // "a third of", "a fifth of" are fractions; "a third day" is an ordinal.
      if (/^(?:third|quarter|fifth|tenth)/i.test(core) && !/^\s+of\b/i.test(text.slice(m.index + expr.length))) continue;
      // A leading "a"/"an" is kept only before fractions ("a third"), not before plain numbers.
      let start = m.index;
      let phrase = expr;
      if (/^an?\s/i.test(expr) && !/^an?\s+(?:third|quarter|fifth|tenth|half|dozen|hundred)/i.test(expr)) {
        const skip = expr.indexOf(' ') + 1;
        start += skip;
        phrase = expr.slice(skip);
      }
      const full = phrase + tail;
      out.push({
        text: full,
        value: numericValue(core),
        sentence: sentence.n,
        start: sentence.start + start,
        end: sentence.start + start + full.length,
      });
    }
  }
  return out;
}
