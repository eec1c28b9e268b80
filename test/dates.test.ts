import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, DatedEvent } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';
import { findDates } from '../src/annotate/dates.ts';
import { resolveWeekday, resolveYear, sortKey } from '../src/annotate/dates-calendar.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** The bundled article's publication time, a Friday. */
const PUB = '2023-12-08T07:58:02Z';

/** A one-paragraph (or more, split on blank lines) article published at `instant` (null: no metadata line). */
function article(body: string, instant: string | null = PUB) {
  return parseArticle(instant ? `${body}\n\n${instant} test1` : body, 'test');
}

/** `date expression` pairs, the compact form most tests assert on. */
function dates(body: string, instant: string | null = PUB): string[] {
  return findDates(article(body, instant)).map((e) => `${e.date} ${e.expression}`);
}

describe('months and weekdays without a year follow the tense', () => {
  it('a past-tense month is the last one at or before publication, with the preposition in the expression', () => {
    expect(dates('In September, the army regained control of the region after a lightning assault.')).toEqual([
      '2023-09 In September',
    ]);
    expect(dates('The referendum was held in March.')).toEqual(['2023-03 in March']);
    expect(dates('Prices rose sharply in December.')).toEqual(['2023-12 in December']);
  });

  it('a label date ("best by", "use by", "expiry date") is no event; a ban that expires is one', () => {
    expect(dates('The jars carry "best by" dates of January 12 printed on the lid.')).toEqual([]);
    expect(dates('The vouchers were printed with an expiry date of February 3.')).toEqual([]);
    expect(dates('The ban will expire on Jan. 5.')).toEqual(['2024-01-05 on Jan. 5']);
  });

  it('"May next year" is one date in that year; a start date in a clause without tense looks ahead', () => {
    expect(dates('The next election is due in May next year.')).toEqual(['2024-05 in May next year']);
    expect(dates('The budget restores full funding from April 1, the minister said.')).toEqual([
      '2024-04-01 from April 1',
    ]);
  });

  it('a past form inside an "if" clause or a compound adjective does not make a deadline past', () => {
    expect(
      dates('She said the party would call a vote if the government failed to publish its long-delayed review by the summer.'),
    ).toEqual(['2024-06 by the summer']);
    // "if elected in November": a reduced passive condition looks ahead; "had been elected" looks back.
    expect(dates('The opposition has pledged to shelve the loop, described as huge, if elected in November.')).toEqual([
      '2024-11 in November',
    ]);
    expect(dates('He said he had been elected in November.')).toEqual(['2023-11 in November']);
    // With no "would" it states a past fact: July is the last one.
    expect(dates('If rivals saw record July admissions, the chain needs to ask why it did not.')).toEqual([
      '2023-07 July',
    ]);
  });

  it('the dateline of a wire story is when it was filed, not an event', () => {
    expect(dates('LISBON, Dec 8 - Reservoirs fell to record lows, officials said on Tuesday.')).toEqual([
      '2023-12-05 on Tuesday',
    ]);
    expect(dates('PORT ELLIS, Scotland, December 8 (Wire) - The club sacked its manager on Monday.')).toEqual([
      '2023-12-04 on Monday',
    ]);
  });

  it('a future-tense month is the next one at or after publication', () => {
    expect(dates('The referendum will be held in March.')).toEqual(['2024-03 in March']);
    expect(dates('The new rules take effect in December, officials said, and talks would resume in January.')).toEqual(
      ['2023-12 in December', '2024-01 in January'],
    );
  });

  it('"last"/"next" before a month force the direction', () => {
    expect(dates('A similar dispute last December ended after a three-day strike.')).toEqual(['2022-12 last December']);
    expect(dates('A similar dispute last March ended quickly.')).toEqual(['2023-03 last March']);
  });

  it('a month and day without a year: "Jan. 5" is last January in the past tense, next January in the future', () => {
    expect(dates('A ceremony was held on Jan. 5 to mark the opening.')).toEqual(['2023-01-05 on Jan. 5']);
    expect(dates('The ban will expire on Jan. 5.')).toEqual(['2024-01-05 on Jan. 5']);
  });

  it('a past-tense weekday is the last one at or before publication', () => {
    expect(dates('The two nations had before Thursday been blocking each other’s candidacy.')).toEqual([
      '2023-12-07 before Thursday',
    ]);
    expect(dates('The minister resigned on Monday.')).toEqual(['2023-12-04 on Monday']);
    // Wire style names the day instead of saying "today".
    expect(dates('The minister resigned on Friday.')).toEqual(['2023-12-08 on Friday']);
  });

  it('a future-tense weekday is the next one', () => {
    expect(dates('The leaders will meet on Sunday in Geneva.')).toEqual(['2023-12-10 on Sunday']);
    expect(dates('The minister said on Monday that the vote would take place on Thursday.')).toEqual([
      '2023-12-04 on Monday',
      '2023-12-14 on Thursday',
    ]);
  });

  it('"since" looks back, a copula right before a date schedules it, "Tuesday night" is Tuesday', () => {
    expect(dates('The museum will stay open, as it has since Tuesday.')).toEqual(['2023-12-05 since Tuesday']);
    expect(dates('The election is on Sunday.')).toEqual(['2023-12-10 on Sunday']);
    expect(dates('The storm made landfall Tuesday night near the city.')).toEqual(['2023-12-05 Tuesday night']);
    expect(dates('The central bank is expected to cut rates in March.')).toEqual(['2024-03 in March']);
    expect(dates('The ruling can be appealed until Jan. 15.')).toEqual(['2024-01-15 until Jan. 15']);
  });

  it('"could" points ahead like "will"; "could not be reached", "could have" do not', () => {
    expect(dates('The new bridge could open to traffic on Tuesday.')).toEqual(['2023-12-12 on Tuesday']);
    expect(dates('The owner could not be reached for comment on Tuesday.')).toEqual(['2023-12-05 on Tuesday']);
    expect(dates('The team could have clinched the title on Tuesday.')).toEqual(['2023-12-05 on Tuesday']);
  });

  it('"last Friday" on a Friday is a week back', () => {
    expect(dates('Talks collapsed last Friday.')).toEqual(['2023-12-01 last Friday']);
  });

  it('an adjective in -ed does not make a future clause past', () => {
    expect(dates('Staff said they would publish a revised estimate on Tuesday.')).toEqual(['2023-12-12 on Tuesday']);
    expect(dates('Workers will strike on Monday after talks collapsed late on Wednesday, the union said.')).toEqual([
      '2023-12-06 late on Wednesday',
      '2023-12-11 on Monday',
    ]);
  });

  it('"is not expected until" looks ahead even when a reporting verb in the past is nearer', () => {
    expect(dates('Crews may reopen the road soon, the engineer said, though repairs are not expected until late March.')).toEqual(
      ['2024-03 until late March'],
    );
  });

  it('a scheduling verb before a month makes it a date, in the future: "targeted for", "postponed until"', () => {
    expect(dates('The vote is scheduled for March.')).toEqual(['2024-03 March']);
    expect(dates('A landing is targeted for September, officials said.')).toEqual(['2024-09 September']);
    expect(dates('The rally was put off until May, organisers said.')).toEqual(['2024-05 until May']);
    expect(dates('Support for May collapsed.')).toEqual([]);
  });

  it('a deadline still open looks ahead: "have until the end of June"; one that was open looks back', () => {
    expect(dates('Homeowners have until the end of June to apply.')).toEqual(['2024-06 until the end of June']);
    expect(dates('Tenants had until the end of June to apply.')).toEqual(['2023-06 until the end of June']);
    // A state that lasts "until" a date, told in the present, ends ahead.
    expect(dates('Sailings are suspended until at least October 30, the company said.')).toEqual(['2024-10-30 October 30']);
    expect(dates('Sailings were suspended until October 30, the company said.')).toEqual(['2023-10-30 until October 30']);
    // "through" ends such a state as "until" does (AP style writes "through" for an end date).
    expect(dates('The offer is valid through Dec. 30, the company said.')).toEqual(['2023-12-30 through Dec. 30']);
  });
});

describe('relative periods at the precision of their unit', () => {
  it('years: "next year" is the whole next year, "earlier this year" the year', () => {
    expect(dates('The country would pull out of the running to host the summit next year.')).toEqual([
      '2024 next year',
    ]);
    expect(dates('The government earlier this year conceded the point.')).toEqual(['2023 earlier this year']);
    expect(dates('Exports fell last year.')).toEqual(['2022 last year']);
  });

  it('months: "last month", "this month", "next month"', () => {
    expect(dates('Inflation slowed last month.')).toEqual(['2023-11 last month']);
    expect(dates('Staff said this month that they would act.')).toEqual(['2023-12 this month']);
    expect(dates('A larger rally is planned for next month.')).toEqual(['2024-01 next month']);
  });

  it('"N units ago" and "a year ago"', () => {
    expect(dates('Residents signed a petition three months ago.')).toEqual(['2023-09 three months ago']);
    expect(dates('Engineers surveyed the bank two weeks ago.')).toEqual(['2023-11-24 two weeks ago']);
    // The baseline of a comparison is no event.
    expect(dates('Sales fell 8% compared with a year ago.')).toEqual([]);
  });

  it('"yesterday" and "today" are days', () => {
    expect(dates('Yesterday, residents gathered at the bridge.')).toEqual(['2023-12-07 Yesterday']);
    expect(dates('Today’s vote was delayed by the storm.')).toEqual(['2023-12-08 Today']);
    // Inside a quote it counts from when the words were spoken (test/dates-news.test.ts).
    expect(dates('“Today’s progress is a key step,” he said.')).toEqual([]);
  });

  it('the publication day is read in the offset the timestamp was written with', () => {
    expect(dates('Yesterday, residents gathered at the bridge.', '2023-12-08T23:30:00-05:00')).toEqual([
      '2023-12-07 Yesterday',
    ]);
  });
});

describe('seasons give the month they start in', () => {
  it('"last fall", "next spring", "this summer", "in the spring"', () => {
    expect(dates('Crews worked through a 24-hour push last fall.')).toEqual(['2023-09 last fall']);
    expect(dates('Debate is due next spring.')).toEqual(['2024-03 next spring']);
    expect(dates('Talks began in the spring and broke down.')).toEqual(['2023-03 in the spring']);
    expect(dates('The festival returns this summer.', '2024-03-14T10:00:00Z')).toEqual(['2024-06 this summer']);
  });

  it('a season with a year is absolute; winter with a year gives only the year', () => {
    expect(dates('The river burst its banks in the summer of 2021.')).toEqual(['2021-06 in the summer of 2021']);
    expect(dates('Snow closed the pass in winter 2019.')).toEqual(['2019 winter 2019']);
  });

  it('season words that are not seasons', () => {
    expect(dates('The crowd fell silent as prices continued to fall.')).toEqual([]);
    expect(dates('The Arab Spring reshaped the region.')).toEqual([]);
    expect(dates('The fall of the old regime was sudden.')).toEqual([]);
  });
});

describe('years', () => {
  it('a 4-digit year after a time preposition or modifier, with its words', () => {
    expect(dates('There is a vacuum for the summit host in 2024, as rules dictate.')).toEqual(['2024 in 2024']);
    expect(dates('Prices have doubled since 1991.')).toEqual(['1991 since 1991']);
    expect(dates('The plant should open in early 2024.')).toEqual(['2024 in early 2024']);
    expect(dates('Growth stalled in mid-2022.')).toEqual(['2022 in mid-2022']);
    expect(dates('The line will not open before 2029.')).toEqual(['2029 before 2029']);
  });

  it('"for" and a year that ends its phrase: "targeted for 2031", not "for 2000 voters"', () => {
    expect(dates('A second bridge is planned, with the opening targeted for 2031.')).toEqual(['2031 2031']);
    expect(dates('The budget for 2026, approved by the council, grew.')).toEqual(['2026 2026']);
    expect(dates('Seats were set aside for 2000 voters.')).toEqual([]);
  });

  it('"the 2024 election", a possessive, a list or range of years, a year opening the sentence', () => {
    expect(dates('Voters went to the polls in the 2024 election.')).toEqual(['2024 2024']);
    expect(dates('Analysts called 2023’s harvest poor.')).toEqual(['2023 2023']);
    expect(dates('Between 2015 and 2018, the state refused.')).toEqual(['2015 Between 2015', '2018 2018']);
    expect(dates('2023 was the hottest year on record.')).toEqual(['2023 2023']);
  });

  it('a determiner and a noun make a year a modifier; a unit makes it a measure', () => {
    expect(dates('A 2019 report by the UN found rising hunger.')).toEqual(['2019 2019']);
    expect(dates("Japan's 2011 tsunami killed thousands.")).toEqual(['2011 2011']);
    expect(dates('The 2022-23 season was a disaster.')).toEqual(['2022 2022']);
    expect(dates('She won the 1500 metres in record time.')).toEqual([]);
  });

  it('two-digit years: "\'91"', () => {
    expect(dates("Fares last rose in '91.")).toEqual(["1991 in '91"]);
    expect(dates("The class of '05 met again.")).toEqual(["2005 of '05"]);
  });

  it('two months before one year share it: "between May and September 2021"', () => {
    expect(dates('The survey ran between April and July 2021 in three towns.')).toEqual([
      '2021-04 between April',
      '2021-07 July 2021',
    ]);
    expect(dates('Flights were suspended from March to June 2020.')).toEqual(['2020-03 from March', '2020-06 June 2020']);
    expect(dates('Sales fell in Oct.–Nov. 2019, the company said.')).toEqual(['2019-10 in Oct.', '2019-11 Nov. 2019']);
    // A span running backwards across the new year starts the year before.
    expect(dates('The lake froze between December and February 2022.')).toEqual([
      '2021-12 between December',
      '2022-02 February 2022',
    ]);
  });

  it('full dates with a year are absolute', () => {
    expect(dates('The project won final approval on March 3, 2021.')).toEqual(['2021-03-03 on March 3, 2021']);
    expect(dates('The board voted in May 2019 to close the building.')).toEqual(['2019-05 in May 2019']);
  });

  it('counts, money, ages, decades and clock times are not years', () => {
    expect(dates('The country will release 32 prisoners of war in exchange for two.')).toEqual([]);
    expect(dates('About 2,000 troops and 1999 volunteers were deployed.')).toEqual([]);
    expect(dates('A $1999 invoice drew ridicule.')).toEqual([]);
    expect(dates('The force grew to 2000 soldiers.')).toEqual([]);
    expect(dates('The mayor, aged 45, has led the city in the 1990s style.')).toEqual([]);
    expect(dates('The curfew starts by 1800 GMT.')).toEqual([]);
  });
});

describe('durations and look-alikes are not events', () => {
  it('durations', () => {
    expect(dates('The army launched a lightning 24-hour assault.')).toEqual([]);
    expect(dates('The decades-long conflict has lasted six years longer than expected.')).toEqual([]);
    expect(dates('The hearing could last for two weeks.')).toEqual([]);
    expect(dates('Wages fell over the past year and will stagnate over the next month.')).toEqual([]);
    expect(dates('Nobody has been charged in the last year.')).toEqual([]);
  });

  it('words that only look like dates', () => {
    expect(dates('He sat before me and spoke.')).toEqual([]);
    expect(dates('Tourists crowd the sun-drenched beaches.')).toEqual([]);
    expect(dates('Officials may need to raise fares, and protesters plan to march on the capital.')).toEqual([]);
    expect(dates('The march drew thousands.')).toEqual([]);
    expect(dates('In the years since, the city has changed.')).toEqual([]);
    expect(dates('He has served as a firefighter since 9/11.')).toEqual([]);
    expect(dates('June Carter said the plan was sound.')).toEqual([]);
    expect(dates('The wars were fought since the collapse of the Soviet Union.')).toEqual([]);
  });

  it('"Now" and "now" are never events, inside a quote or not', () => {
    expect(dates('“I now encourage the leaders to finish the deal,” he said.')).toEqual([]);
    expect(dates('“Now it is up to the government,” she said.')).toEqual([]);
    expect(dates('Now the region faces a hard winter of talks.')).toEqual([]);
  });

  it('weekdays and months inside names, and habits, are not events', () => {
    expect(dates('The Sunday Times reported the deal.')).toEqual([]);
    expect(dates('Black Friday sales rose sharply.')).toEqual([]);
    expect(dates('The October Revolution changed the country.')).toEqual([]);
    expect(dates('The market opens every Sunday, and stores close on Sundays.')).toEqual([]);
    // A preposition makes it a date even before a name.
    expect(dates('On Monday Biden announced new sanctions.')).toEqual(['2023-12-04 On Monday']);
  });

  it('"now" glued to a date by chrono does not turn it into today', () => {
    expect(dates('The bill, which passed the House on Thursday, now goes to the Senate.')).toEqual([
      '2023-12-07 on Thursday',
    ]);
  });

  it('clock times alone are not events', () => {
    expect(dates('Polls close at 8 p.m. and results are due at noon.')).toEqual([]);
  });
});

describe('without a publication time', () => {
  it('relative expressions are left out, absolute ones kept', () => {
    const body = [
      'The museum reopened on Thursday and will open a second site next year.',
      'The renovation began in September, and admission will start on Jan. 1.',
      'It was founded in 1887 and moved on June 12, 1923; visitors peaked in 2019.',
    ].join('\n\n');
    expect(dates(body, null)).toEqual(['1887 in 1887', '1923-06-12 on June 12, 1923', '2019 in 2019']);
  });

  it('"this year" is left out too: chrono calls its year certain though none is written', () => {
    expect(dates('A survey published earlier this year found few gains.', null)).toEqual([]);
    expect(dates('Sales fell this year, and in 2021 too.', null)).toEqual(['2021 in 2021']);
  });

  it('a month in a "when" clause after a written year is still dated', () => {
    expect(dates('Dockers last struck in 2009, when a walkout in May closed the port.', null)).toEqual([
      '2009 in 2009',
      '2009-05 in May',
    ]);
  });
});

describe('dates in relation to their sentence', () => {
  it('a month in a "when" clause after a written year takes that year, not the publication year', () => {
    expect(dates('Dockers last struck in 2009, when a walkout in May closed the port.')).toEqual([
      '2009 in 2009',
      '2009-05 in May',
    ]);
    // A weekday gives no year of its own to claim the month with.
    expect(dates('The board met on Monday, when it voted to reopen in May.')).toEqual(['2023-12-04 on Monday', '2024-05 in May']);
    // Without "when" the month keeps its own reading.
    expect(dates('The port has been quiet since 2009, and prices rose in May.')).toEqual(['2009 since 2009', '2023-05 in May']);
  });

  it('a verb whose past is its base form ("cut", "hit") makes the clause past', () => {
    expect(dates('The lender cut its fees in October, its first change in years, and is due to report on Tuesday.')).toEqual(
      ['2023-10 in October', '2023-12-12 on Tuesday'],
    );
    expect(dates('The lender will cut its fees in October.')).toEqual(['2024-10 in October']);
  });

  it('a verb particle before the preposition is not part of the expression', () => {
    expect(dates('The new judge was sworn in on Jan. 5.')).toEqual(['2023-01-05 on Jan. 5']);
    expect(dates('The board signed on in March.')).toEqual(['2023-03 in March']);
  });
});

describe('the timeline', () => {
  it('one event per (sentence, date), offsets pointing at the expression', () => {
    const a = article('Exports fell last year, and again in 2022 by 5%. The law changed in 2022.', '2023-12-08T07:58:02Z');
    const events = findDates(a);
    expect(events.map((e) => `${e.date} ${e.sentence}`)).toEqual(['2022 1', '2022 2']);
    for (const e of events) expect(a.text.slice(e.start, e.end)).toBe(e.expression);
  });

  it('is sorted by start date, coarser first, then in article order', () => {
    const body = [
      'In September, the army regained control.',
      'The government earlier this year conceded the point.',
      'Talks collapsed last Friday.',
      'Inflation slowed in September.',
    ].join('\n\n');
    expect(findDates(article(body)).map((e) => `${e.date} p${e.paragraph}`)).toEqual([
      '2023 p2',
      '2023-09 p1',
      '2023-09 p4',
      '2023-12-01 p3',
    ]);
    expect([sortKey('2023-09'), sortKey('2023'), sortKey('2023-09-01')].sort()).toEqual([
      sortKey('2023'),
      sortKey('2023-09'),
      sortKey('2023-09-01'),
    ]);
  });

  it('headings are skipped, body paragraphs and lists are read', () => {
    const a = article('Talks resume on Monday\n\nThe talks collapsed in 2019.');
    expect(findDates(a).map((e) => e.date)).toEqual(['2019']);
  });

  it('carries precision, paragraph and sentence numbers', () => {
    const [e] = findDates(article('Intro sentence here.\n\nThe referendum was held in March.'));
    expect(e).toMatchObject({ date: '2023-03', precision: 'month', paragraph: 2, sentence: 2 });
  });
});

describe('calendar helpers', () => {
  it('resolveYear and resolveWeekday', () => {
    const ref = { y: 2023, m: 12, d: 8 };
    expect(resolveYear(ref, 12, 8, 'past', false)).toBe(2023);
    expect(resolveYear(ref, 12, 9, 'past', false)).toBe(2022);
    expect(resolveYear(ref, 12, 8, 'future', true)).toBe(2024);
    expect(resolveWeekday(ref, 5, 'past', false)).toEqual(ref);
    expect(resolveWeekday(ref, 5, 'future', true)).toEqual({ y: 2023, m: 12, d: 15 });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Gold articles: the same scoring as ../shared/eval/score.mjs (date startsWith gold date, text holds the key).

interface GoldEvent {
  date: string;
  key: string;
}
interface Gold {
  article: string;
  sentences: Record<string, string>;
  timeline: GoldEvent[];
  timelineAlsoAcceptable?: GoldEvent[];
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

function score(events: DatedEvent[], texts: string[], gold: Gold): { found: number; wrong: string[] } {
  const match = (i: number, g: GoldEvent) =>
    (events[i] as DatedEvent).date.startsWith(g.date) &&
    norm(texts[i] as string).includes(norm(gold.sentences[g.key] as string));
  const found = gold.timeline.filter((g) => events.some((_, i) => match(i, g))).length;
  const ok = [...gold.timeline, ...(gold.timelineAlsoAcceptable ?? [])];
  const wrong = events.flatMap((e, i) => (ok.some((g) => match(i, g)) ? [] : [`${e.date} ${e.expression}`]));
  return { found, wrong };
}

function runGold(goldFile: string, instantExpected: boolean) {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const raw = readFileSync(resolve(dirname(goldFile), gold.article), 'utf8');
  const a = parseArticle(raw, 'gold');
  expect(a.published !== null).toBe(instantExpected);
  const events = findDates(a);
  const texts = events.map((e) => a.sentences[e.sentence - 1]?.text ?? '');
  return { ...score(events, texts, gold), total: gold.timeline.length };
}

describe('gold articles', () => {
  const cases: [string, boolean][] = [
    ['dates-transit-budget', true],
    ['dates-flood-recovery', true],
    ['dates-rail-strike', true],
    ['dates-museum-reopening', false],
  ];
  for (const [name, hasTime] of cases) {
    it(`${name}: at least 90% of the dates, no wrong event`, () => {
      const r = runGold(resolve(here, 'gold', `${name}.gold.json`), hasTime);
      expect(r.found / r.total).toBeGreaterThanOrEqual(0.9);
      expect(r.wrong).toEqual([]);
    });
  }

  it('the bundled article: exactly the 5 gold events, extras only from the acceptable list', () => {
    const r = runGold(fileURLToPath(new URL('./bundled/article-000.gold.json', import.meta.url)), true);
    expect(r).toMatchObject({ found: 5, total: 5, wrong: [] });
  });
});

describe('robustness', () => {
  it('empty and garbage input', () => {
    expect(findDates(parseArticle('', 'e'))).toEqual([]);
    expect(() => findDates(parseArticle('\u0000\uffff ))) 9999/99/99 ’’’ 2023-13-45T99:99Z', 'g'))).not.toThrow();
  });

  it('never throws and keeps its invariants on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (s, stamped) => {
        const events = findDates(article(s, stamped ? PUB : null));
        for (const e of events) expect(e.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        const keys = events.map((e) => sortKey(e.date));
        expect([...keys].sort()).toEqual(keys);
      }),
      { numRuns: 200 },
    );
  });

  it('1 MB of text, with and without sentence breaks, in linear-ish time', () => {
    // Built directly, so that the time measured is the date annotator's, not the parser's.
    const para = 'On Monday the council met in 2019 and again last year, said officials, before March 3, 2021. ';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const sentences = Array.from({ length: text.length / para.length }, (_, i) => ({
      n: i + 1,
      paragraph: i + 1,
      text: para.trim(),
      start: i * para.length,
      end: (i + 1) * para.length - 1,
    }));
    const big: Article = {
      id: 'big',
      title: 'big',
      source: null,
      published: { instant: PUB, id: null },
      text,
      paragraphs: sentences.map((s) => ({ n: s.n, kind: 'body' as const, text: s.text, start: s.start, end: s.end, sentences: [s] })),
      sentences,
    };
    const t0 = performance.now();
    const events = findDates(big);
    expect(events.length).toBe(sentences.length * 4);
    // One sentence of 1 MB: chrono reads it in bounded chunks.
    expect(() => findDates(article('word 2019 Monday '.repeat(60_000)))).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

describe('weekdays of this week, plans, and weekdays that qualify a noun', () => {
  // Thursday 12 March 2026.
  const THU = '2026-03-12T09:40:00Z';

  it('"this Friday" is the Friday of the publication week, even after "had been due"', () => {
    expect(dates('Alan Crewe said his operation had been due to take place this Friday.', THU)).toEqual([
      '2026-03-13 this Friday',
    ]);
  });

  it('"plans a demonstration on Friday" looks ahead', () => {
    expect(dates('The union plans a demonstration outside the headquarters on Friday.', THU)).toEqual([
      '2026-03-13 on Friday',
    ]);
  });

  it('"the Saturday rate" is no date', () => {
    expect(dates('She wants the Saturday rate raised to match weekdays.', THU)).toEqual([]);
  });
});

describe('reporting verbs, adjectives in -ed, and expectations', () => {
  // Friday 8 May 2026.
  const FRI = '2026-05-08T16:45:00Z';

  it('"said on Tuesday it would close" is last Tuesday: the date belongs to "said"', () => {
    expect(dates('The university said on Tuesday it would close its music department.', FRI)).toEqual([
      '2026-05-05 on Tuesday',
    ]);
  });

  it('"during scheduled maintenance in December" after "was replaced" is past', () => {
    expect(dates('The filter was replaced during scheduled maintenance in December.', FRI)).toEqual([
      '2025-12 in December',
    ]);
  });

  it('"expected replacement stock from unaffected batches to reach shops by the end of June" looks ahead', () => {
    expect(
      dates('The company said it expected replacement stock from unaffected batches to reach shops by the end of June.', FRI),
    ).toEqual(['2026-06 by the end of June']);
  });
});
