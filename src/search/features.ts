// What a sentence offers as an answer: the people, organisations and places it names, its numbers, its
// date expressions (sentence-relative offsets), and how well it fits the kind of answer a question asks for.
import type { AnnotatedArticle, DatedEvent, Entity, EntityKind, NumericFact, Sentence } from '../article/model.ts';
import { START_BEFORE, START_WORD } from '../annotate/dates-tense.ts';
import type { AnswerType, Want } from './question.ts';
import { normalize } from './text.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Mention extends Span {
  kind: EntityKind;
  /** Normalised words of the text and of the role: compared with the question's words at query time. */
  words: string[];
  /** The person's role as the article gives it ("chief operating officer"), else null. */
  role: string | null;
  roleWords: string[];
}

const wordsOf = (text: string): string[] => normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];

const asMention = (span: Span, kind: EntityKind = 'other', role: string | null = null): Mention => ({
  ...span,
  kind,
  words: wordsOf(span.text),
  role,
  roleWords: role ? wordsOf(role) : [],
});

export interface SentenceFeatures {
  mentions: Mention[];
  numbers: Mention[];
  dates: Mention[];
  /** Sums of money ("$14.5 million", "12 million dollars"), ages ("24-year-old", "aged 34", "At 24"),
   *  durations ("for five years", "until June 2030") and clock times ("3pm", "before 8 a.m."). */
  money: Mention[];
  ages: Mention[];
  durations: Mention[];
  clocks: Mention[];
  /** Percentages: "4.1%", "11 percent", "two percentage points". */
  percents: Mention[];
  /** Measurements with a unit: "41,000 acres", "40C", "12 square miles", "65 mph". */
  measures: Mention[];
  /** How plainly the sentence gives a reason: 2 a cause or purpose clause ("because", "to give"), 1 a loose
   *  link ("after", "amid"), 0 none. */
  reason: number;
  /** The sentence quotes someone (a Quote starts or runs in it, or it holds quotation marks). */
  quoted: boolean;
  text: string;
}

const CURRENCY =
  '(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rupees?|rupiah|francs?|cents?|pence|pesos?|rubles?|roubles?|crowns?|kron(?:or|er|a|e)|złoty|zlotys?|forints?|lira|lire|liras|rand|reais|real|won|dinars?|dirhams?|riyals?|rials?|shekels?|baht|ringgit|nairas?|shillings?|cedis?|hryvnias?|lei|leu|levs?|leva|pula|kwacha|rupee)';
/** "will cost 6.2 million crowns", "worth 3.1 billion velars": a sum after a verb of price, whatever its currency. */
const PRICED = `\\b(?:cost|costs|costing|worth|priced at|valued at|paid|pay|pays|spend|spent|spending|fined|raise|raised|budget of|fine of|bid of|deal of|sum of)\\s+(?:about |around |nearly |almost |roughly |some |up to |more than |less than |at least )?(\\d[\\d,.]*\\s?(?:million|billion|trillion)\\s[\\p{Ll}]+)`;
const SCALE = '(?:million|billion|trillion|bn|m|k)';
const MONEY_RE = new RegExp(
  `(?:[$£€¥]|\\b(?:US|A|C|NZ|HK)\\$)\\s?\\d[\\d,.]*(?:\\s?${SCALE}\\b)?|\\b\\d[\\d,.]*(?:\\s?${SCALE})?\\s?${CURRENCY}\\b`,
  'giu',
);
const PRICED_RE = new RegExp(PRICED, 'giu');

function moneySpans(text: string): Mention[] {
  const found = spansOf(text, MONEY_RE);
  for (const m of text.matchAll(PRICED_RE)) {
    const sum = m[1] as string;
    const start = m.index + m[0].length - sum.length;
    if (!found.some((f) => f.start < start + sum.length && start < f.end))
      found.push(asMention({ start, end: start + sum.length, text: sum }));
  }
  return found.sort((a, b) => a.start - b.start);
}
const SMALL_NUMBER =
  '(?:\\d[\\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|many|a few|a couple of)';
const UNIT = '(?:second|minute|hour|day|night|week|weekend|month|year|decade|century|season)s?';
const DURATION_RE = new RegExp(
  `\\b${SMALL_NUMBER}(?:[- ](?:and[- ]a[- ]half|more|full|straight|consecutive))?[- ]${UNIT}\\b(?!-old)|\\b(?:until|till|through|since)\\s+(?:the\\s+end\\s+of\\s+)?(?:\\p{Lu}\\p{L}*\\.?\\s+)?(?:\\d{1,2},?\\s+)?(?:1[89]|20)\\d\\d\\b|\\b(?:for|over)\\s+(?:decades|years|months|weeks|days|hours)\\b`,
  'giu',
);
const AGE_RE =
  /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)-year-olds?\b|\baged\s+\d{1,3}\b|\bage\s+(?:of\s+)?\d{1,3}\b|\b[Aa]t\s+\d{1,2}\b(?![.:,]?\d|\s*(?:a\.?m|p\.?m|am\b|pm\b|percent|%|degrees|o'clock|mph|km|miles|per))|(?<=\p{Lu}\p{L}+,\s)\d{1,3}(?=,)/gu;
const CLOCK_RE = /\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.?|p\.m\.?|am|pm)(?!\p{L})|\b(?:noon|midnight)\b|\b\d{1,2}:\d\d\b/giu;
const MEASURE_RE =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|hundreds of|thousands of)\s?(?:-\s?)?(?:(?:square|sq\.?|cubic)\s+)?(?:acres?|hectares?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|foot|ft|inches|inch|cm|mm|degrees?|°\s?[CF]?|[CF]|mph|km\/h|kph|knots|tons?|tonnes?|kilograms?|kg|pounds|lbs?)(?![\p{L}\d])/giu;
const PERCENT_RE = /\b\d[\d,.]*\s?(?:%|percent\b|per cent\b|percentage points?\b)/gi;
/** A date that says when something begins: "from April 17", "starting in May", "effective Monday". */
/** "will restart the line next week", "is due to open on May 1": a verb of beginning shortly before the date. */
const START_VERB =
  /\b(?:start|begin|restart|resume|reopen|open|launch|kick off|take effect|come into (?:force|effect))\b[^.;,]{0,40}$/i;
const STRONG_REASON =
  /\b(?:because|due to|owing to|thanks to|in order to|so that|so as to|as a result|result of|caused by|blamed (?:on|for)|the reason|reasons|aimed at|designed to|intended to|meant to|in an effort to|to give|to allow|to let|to make sure|to ensure|to avoid|to prevent|to protect|to help|to address|to answer|to reduce|to save|to stop|since it|citing|cited|(?:its|the|a) cause|cause of|causes of)\b/i;
const LOOSE_REASON = /\b(?:after|amid|following|as|over|since|given|with)\b/i;

/** A vote's tally: "31 to 18", "7-2", "passed unanimously", "688 voted in favour". */
const TALLY_RE =
  /\b\d{1,4}\s?(?:-|–|to)\s?\d{1,4}\b|\b\d{1,4}\s+votes?\s+to\s+\d{1,4}\b|\bunanimous(?:ly)?\b|\b\d[\d,]*\s+(?:votes?\s+|voted\s+)?(?:in\s+favou?r|against)\b/gi;

/** What people are told to do: "advising owners to limit charging", "residents were told to run", "should". */
const ADVICE_RE =
  /\b(?:advis\w*|urg\w*|told|asked|warned|encourag\w*|instruct\w*|recommend\w*|remind\w*|call(?:ed|ing|s)? on)\s+(?:[\w'’-]+\s+){0,4}?to\b|\b(?:should|must|need to|have to|has to)\b/gi;

const FRACTION_RE =
  /\b(?:(?:a|one|two|three|four)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|half|twice|double|doubled|tripled|quadrupled)\b/gi;

const spansOf = (text: string, re: RegExp): Mention[] =>
  [...text.matchAll(re)].map((m) => {
    const t = m[0].replace(/[\s,.;:]+$/, '');
    return asMention({ start: m.index, end: m.index + t.length, text: t.trim() });
  });

/** Where words were published: "said on X", "wrote on Facebook"; the medium is the capitalised words after "on". */
const MEDIUM_RE =
  /\b(?:said|wrote|posted|tweeted|announced|commented|shared)\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\b)(\p{Lu}[\p{L}\d.]*(?:\s+\p{Lu}[\p{L}\d.]*)*)/gu;

function mediums(text: string): Mention[] {
  if (!text.includes(' on ')) return [];
  return [...text.matchAll(MEDIUM_RE)].map((m) => {
    const name = (m[1] as string).replace(/\.+$/, '');
    const start = m.index + m[0].length - (m[1] as string).length;
    return asMention({ start, end: start + name.length, text: name });
  });
}

const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/** Where `form` is written in the text as a whole word or words (no letter right before or after it). */
function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  if (!form) return out;
  for (let at = text.indexOf(form); at >= 0; ) {
    const end = at + form.length;
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AFTER.test(text.slice(end, end + 2))) {
      out.push(at);
      at = text.indexOf(form, end);
    } else at = text.indexOf(form, at + 1);
  }
  return out;
}

/** Where an entity's name (or, for a person, the surname alone) is written in the sentence. */
function mentionSpans(text: string, name: string, kind: EntityKind, role: string | null): Mention[] {
  const forms = [name];
  if (kind === 'person' && name.includes(' ')) forms.push(name.split(' ').at(-1) as string);
  for (const form of forms) {
    const found = occurrences(text, form).map((at) =>
      asMention({ start: at, end: at + form.length, text: name }, kind, role),
    );
    if (found.length) return found;
  }
  return [];
}

/**
 * Date expressions, for when the date annotator found none in the sentence: month names, weekdays, years,
 * "last week", "earlier this year". Month names must be capitalised ("May" the month, not "may" the verb).
 */
const DATE_RE =
  /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]|20)\d\d)?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:1[89]|20)\d\d)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:1[89]|20)\d\d(?!\s*(?:%|percent))|(?:(?:last|next|this|earlier this|later this)\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend))|yesterday)\b/g;

export function dateSpans(text: string): Span[] {
  return [...text.matchAll(DATE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** What the annotators found in an article, by sentence number: grouped once per article, without regexes. */
export interface SentenceAnnotations {
  entities: Map<number, Entity[]>;
  numbers: Map<number, NumericFact[]>;
  events: Map<number, DatedEvent[]>;
}

function groupBy<T>(items: T[], keys: (item: T) => number[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}

export function annotationsBySentence(doc: AnnotatedArticle): SentenceAnnotations {
  return {
    entities: groupBy(doc.entities, (e) => e.sentences),
    numbers: groupBy(doc.numbers, (f) => [f.sentence]),
    events: groupBy(doc.events, (ev) => [ev.sentence]),
  };
}

/** Features of one sentence of an article: computed when the sentence is a candidate answer, not before. */
export function sentenceFeatures(doc: AnnotatedArticle, s: Sentence, found: SentenceAnnotations): SentenceFeatures {
  const quoted = /["“”]/.test(s.text) || doc.quotes.some((q) => q.start < s.end && q.end > s.start);
  const mentions = (found.entities.get(s.n) ?? []).flatMap((e) => mentionSpans(s.text, e.name, e.kind, e.role));
  let numbers = (found.numbers.get(s.n) ?? []).map((f) =>
    asMention({ start: f.start - s.start, end: f.end - s.start, text: f.text }),
  );
  let dates = (found.events.get(s.n) ?? []).map((ev) =>
    asMention({ start: ev.start - s.start, end: ev.end - s.start, text: ev.expression }),
  );
  if (!dates.length) dates = dateSpans(s.text).map((d) => asMention(d));
  // Bare figures the number annotator left aside still answer "how many/much"; digits inside a name ("F-16",
  // "Covid-19") do not.
  if (!numbers.length) {
    numbers = [...s.text.matchAll(/(?<![\p{L}\d])(?<!\p{L}-)\d+(?:[.,]\d+)*\s?%?/gu)]
      .map((m) => asMention({ start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trim() }))
      .filter((n) => !dates.some((d) => d.start <= n.start && n.end <= d.end));
  }
  // "a third of GDP", "half the staff", "doubled": a share or a multiple answers "how much" too.
  if (!numbers.length) numbers = spansOf(s.text, FRACTION_RE);
  mentions.sort((a, b) => a.start - b.start);
  const reason = STRONG_REASON.test(s.text) ? 2 : LOOSE_REASON.test(s.text) ? 1 : 0;
  return {
    mentions,
    numbers,
    dates,
    money: moneySpans(s.text),
    ages: spansOf(s.text, AGE_RE),
    durations: spansOf(s.text, DURATION_RE),
    clocks: spansOf(s.text, CLOCK_RE),
    measures: spansOf(s.text, MEASURE_RE),
    percents: spansOf(s.text, PERCENT_RE),
    reason,
    quoted,
    text: s.text,
  };
}

/** The candidate answers of a type in a sentence: spans of the wanted kind. */
export function candidates(type: AnswerType, f: SentenceFeatures): Mention[] {
  switch (type) {
    case 'statement':
      return [];
    case 'person':
      return f.mentions.filter((m) => m.kind !== 'other' || /^\p{Lu}/u.test(m.text));
    case 'place':
      return [...f.mentions.filter((m) => m.kind === 'place'), ...mediums(f.text)];
    case 'date':
      return f.dates;
    case 'number':
      return f.numbers;
  }
}

/** Is a candidate just the question's own words ("Who is Jane Roe?" is not answered by "Jane Roe")? */
export function inQuestion(span: Mention, questionWords: Set<string>): boolean {
  return span.words.length > 0 && span.words.every((w) => questionWords.has(w));
}

/**
 * How well the sentence offers an answer of this type that the question does not already name: 1 fully, 0.85
 * for "who" answered by a place or an unclassified name, 0 not at all; 1.1 for "who" answered by a person
 * whose role the question names ("Who is the finance minister?").
 */
export function offersType(type: AnswerType, f: SentenceFeatures, questionWords: Set<string>): number {
  if (type === 'statement') return f.quoted ? 1 : 0;
  const found = candidates(type, f).filter((c) => !inQuestion(c, questionWords));
  if (!found.length) return 0;
  if (type !== 'person') return 1;
  if (found.some((c) => c.roleWords.some((w) => questionWords.has(w)))) return 1.1;
  return found.some((c) => c.kind === 'person' || c.kind === 'organisation') ? 1 : 0.85;
}

/** Factors for a finer kind of answer: the sentence holds it, or does not. */
const WANT_FIT: Record<Exclude<Want, 'count' | 'identity' | 'role' | 'which'>, [number, number]> = {
  measure: [1.15, 0.2],
  percent: [1.15, 0.8],
  change: [1.15, 0.7],
  start: [1.2, 0.85],
  money: [1.15, 0.15],
  age: [1.25, 0.15],
  duration: [1.15, 0.75],
  clock: [1.15, 0.15],
  reason: [1.15, 0.8],
  name: [1.1, 0.35],
  tally: [1.25, 0.5],
  advice: [1.2, 0.8],
};

/** The most any sentence's fit to a wanted kind can be (offersWant's largest answer). */
export const MAX_WANT_FIT = Math.max(1.05, ...Object.values(WANT_FIT).map(([yes]) => yes));

const THING_AGE =
  /\b(?:founded|established|built|opened|installed|created|launched|constructed|dating|dates)\b[^.;]{0,30}\b(?:in|from|back to)\s+(?:1[5-9]|20)\d\d\b|\b(?:after|for|over)\s+(?:more than\s+|nearly\s+|almost\s+)?\d+\s+years\b|\b\d+-year-old\b|\b(?:entered|went into|came into) service\b/i;

/** "in 2019, aged 18": an age at a past date, not the age now. */
const PAST_AGE = /(?:1[89]|20)\d\d\D{0,20}$/;

/**
 * How well the sentence offers the finer kind of answer (money, an age, a duration, a clock time, a reason):
 * above 1 when it does, below when it does not. Counts and identities are judged by the ranker, which knows the
 * question's words.
 */
export function offersWant(want: Want, f: SentenceFeatures): number {
  if (want === 'count' || want === 'identity' || want === 'role' || want === 'which') return 1;
  const [yes, no] = WANT_FIT[want];
  if (want === 'reason') return f.reason === 2 ? yes : f.reason === 1 ? 1 : no;
  if (want === 'name') return f.mentions.some((m) => m.kind === 'person') ? yes : no;
  const spans = wantSpans(want, f);
  if (want === 'age' && spans.length && spans.every((a) => PAST_AGE.test(f.text.slice(0, a.start)))) return 1.05;
  // "how old is the paper": a thing's age is told by when it began ("founded in 1913", "after 112 years").
  if (want === 'age' && !spans.length && THING_AGE.test(f.text)) return yes;
  return spans.length ? yes : no;
}

/** "would continue until at least Friday": a date that ends a stretch of time tells how long it lasts. */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$/i;
function untilDates(f: SentenceFeatures): Mention[] {
  return f.dates.flatMap((d) => {
    const m = UNTIL_BEFORE.exec(f.text.slice(Math.max(0, d.start - 30), d.start));
    if (!m) return [];
    const start = d.start - m[0].length;
    return [asMention({ start, end: d.end, text: f.text.slice(start, d.end) })];
  });
}

/** The span of the finer kind of answer nearest the matched words, for the short answer. */
export function wantSpans(want: Want, f: SentenceFeatures): Mention[] {
  switch (want) {
    case 'money':
      return f.money;
    case 'age':
      return f.ages;
    case 'duration':
      return [...f.durations, ...untilDates(f)];
    case 'clock':
      return f.clocks;
    case 'measure':
      // "how big is the budget", "how big was the rise": a size told as a sum or a share.
      return [...f.measures, ...f.money, ...f.percents];
    case 'percent':
      return f.percents;
    case 'change':
      return [...f.money, ...f.percents];
    case 'tally':
      return spansOf(f.text, TALLY_RE);
    case 'advice':
      return spansOf(f.text, ADVICE_RE);
    case 'start':
      return f.dates.filter(
        (d) =>
          START_BEFORE.test(f.text.slice(Math.max(0, d.start - 25), d.start)) ||
          START_WORD.test(d.text) ||
          START_VERB.test(f.text.slice(Math.max(0, d.start - 60), d.start)),
      );
    default:
      return [];
  }
}
