// Issue 13, part 3: the timeline's precision on real articles. Each rule on small texts made for the test: the verb
// of a relative clause, past forms of "un-" verbs, modal futures across the new year, year ranges, "before" as a
// bound, the narrative year across paragraphs, quoted words of an old story, "this year" as the present frame, and
// the article's time zone (ARTICLE_TIMEZONE) for timestamps in UTC or without an offset, down to the cache.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTimeZone, publicationDay, resolveUnmarkedYear, zoneOffsetMinutes } from '../src/annotate/dates-calendar.ts';
import { findDates } from '../src/annotate/dates.ts';
import { inPresentFrame, modalFutureAt, tenseAt } from '../src/annotate/dates-tense.ts';
import { parseArticle } from '../src/article/parse.ts';
import { ConfigError, loadArticlesConfig, loadConfig } from '../src/config.ts';
import { loadLibraryDir } from '../src/library.ts';
import { createLogger } from '../src/log.ts';

/** Saturday 10 February 2024. */
const PUB = '2024-02-10T15:00:00Z';

function dates(body: string, instant: string = PUB, timeZone?: string): string[] {
  const article = parseArticle(`${body}\n\n${instant} test1`, 'test');
  return findDates(article, timeZone ? { timeZone } : {}).map((e) => `${e.date} ${e.expression}`);
}

const at = (sentence: string, words: string): [string, number, number] => {
  const i = sentence.indexOf(words);
  return [sentence, i, i + words.length];
};

describe('the verb a date belongs to', () => {
  it('"unveiled", "uncovered": past forms of verbs that begin with "un", not "un-" adjectives', () => {
    expect(dates('The rover that the agency unveiled in May will fly next year.')).toEqual(['2023-05 in May', '2025 next year']);
    expect(dates('Auditors uncovered in March a hole in the accounts.')).toEqual(['2023-03 in March']);
    // "unaffected" is still an adjective with no tense: the clause looks ahead through "will".
    expect(dates('Stocks, unaffected so far, will be sold in June.')).toEqual(['2024-06 in June']);
  });

  it('in a relative clause the date goes with the clause verb before it, not the main verb after it', () => {
    expect(dates('Talks that collapsed in December will resume in March.')).toEqual(['2023-12 in December', '2024-03 in March']);
    expect(dates('The board, which met in November, is due to vote in April.')).toEqual([
      '2023-11 in November',
      '2024-04 in April',
    ]);
    expect(tenseAt(...at('The ferry that sailed on Friday will return soon.', 'on Friday'))).toBe('past');
  });

  it('outside a relative clause the nearest cue still decides', () => {
    // The date opens the reported clause: it goes with "would be", not "said".
    expect(dates('Riders said the last week of March would be hard.')).toEqual(['2024-03 of March']);
    expect(tenseAt(...at('Officials said the final week of March would be busy.', 'March'))).toBe('future');
  });

  it('"that" before a past form followed by a noun is a determiner: "that revised plan" has no tense', () => {
    expect(tenseAt(...at('He said that revised plans will be ready in March.', 'in March'))).toBe('future');
  });

  it('a weekday in a clause that states the present is the coming one, whatever tense another clause has', () => {
    // Published on a Saturday: the coming Tuesday, not the one four days back.
    expect(dates('The mayor said she kept quiet because the council has a hard vote on Tuesday.')).toEqual([
      '2024-02-13 on Tuesday',
    ]);
    // A past verb of its own, or "since", keeps it in the past.
    expect(dates('The mayor said the council held a hard vote on Tuesday.')).toEqual(['2024-02-06 on Tuesday']);
    expect(dates('The mayor said the road remains shut since Tuesday.')).toEqual(['2024-02-06 since Tuesday']);
  });

  it('the futurate present of "heads to", "goes before": what is scheduled', () => {
    expect(dates('The bill cleared the committee and now heads to a full vote on Wednesday.')).toEqual([
      '2024-02-14 on Wednesday',
    ]);
    expect(dates('The plan passed a first reading, which now goes before the board on Monday.')).toEqual([
      '2024-02-12 on Monday',
    ]);
  });

  it('"the steepest rise in 30 years": how long since the last time, not a date ahead', () => {
    expect(dates('The steepest rise in 30 years will lift rents.')).toEqual([]);
    // A verb between, or an -est noun, leaves the span to date what is ahead.
    expect(dates('The first crew will land in two months.')).toEqual(['2024-04 in two months']);
    expect(dates('The bank will pay the interest in two months.')).toEqual(['2024-04 in two months']);
  });
});

describe('a future through a modal of possibility, across the new year', () => {
  it('the next one when it is the nearer one; this year\'s, already past, when the next is over half a year away', () => {
    // "can" is the only cue: the move speaks of what Moscow can do now, after a vote held in June.
    expect(dates('The move shows Moscow can act alone after its vote for the sanctions in June.', '2023-08-14T12:00:00Z')).toEqual([
      '2023-06 in June',
    ]);
    expect(modalFutureAt(...at('It shows the bank can act after its vote in June.', 'in June'))).toBe(true);
    // Just past the new year: the next January.
    expect(dates('The two sides could meet in January.', '2023-12-08T07:58:02Z')).toEqual(['2024-01 in January']);
  });

  it('"would", the future of a past moment, as a modal: "had forecast GDP would grow in July-September"', () => {
    expect(dates('Analysts had forecast output would grow 6.8 percent in July-September.', '2015-10-19T03:00:00Z')).toEqual([
      '2015-07 in July',
      '2015-09 September',
    ]);
    expect(dates('The mayor said the road would reopen in March.', '2015-10-19T03:00:00Z')).toEqual(['2016-03 in March']);
  });

  it('a day in a clause that states the present is the nearest one: "is on newsstands Dec. 20"', () => {
    expect(dates('The issue is on newsstands nationwide Dec. 20.', '2016-12-12T14:00:00Z')).toEqual([
      '2016-12-20 Dec. 20',
    ]);
  });

  it('"will", "is scheduled for", "next" keep the next one however far', () => {
    expect(dates('The plant will reopen in June.', '2023-08-14T12:00:00Z')).toEqual(['2024-06 in June']);
    expect(dates('A landing is targeted for May, officials said.', '2023-08-14T12:00:00Z')).toEqual(['2024-05 May']);
    expect(modalFutureAt(...at('The plant will reopen in June.', 'in June'))).toBe(false);
  });

  it('resolveUnmarkedYear: the nearer reading across the new year; a past clause is never moved', () => {
    const aug = { y: 2023, m: 8, d: 14 };
    expect(resolveUnmarkedYear(aug, 6, undefined, 'future')).toBe(2023);
    expect(resolveUnmarkedYear(aug, 2, undefined, 'future')).toBe(2024); // 6 months ahead, 6 behind: ahead
    expect(resolveUnmarkedYear(aug, 10, undefined, 'future')).toBe(2023);
    expect(resolveUnmarkedYear(aug, 8, 3, 'future')).toBe(2023); // 11 days back, not 50 weeks ahead
    expect(resolveUnmarkedYear(aug, 9, 1, 'past')).toBe(2022);
  });
});

describe('spans and bounds that date no event', () => {
  it('two full years joined by a dash are one period: neither year is an event', () => {
    expect(dates('Between 2012-2014, such deals fell to a trickle.')).toEqual([]);
    expect(dates('Rates stayed low after the 2007–2009 slump.')).toEqual([]);
    // Years joined by words stay, each its own date.
    expect(dates('He ran the club from 2010 to 2012.')).toEqual(['2010 from 2010', '2012 2012']);
    expect(dates('Floods hit the valley in 2018 and 2019.')).toEqual(['2018 in 2018', '2019 2019']);
  });

  it('"before" a year or a month bounds the event, which lies at an unsaid earlier time', () => {
    expect(dates('The sea will rise a metre before 2090, the study says.')).toEqual([]);
    expect(dates('She left the party shortly before March.')).toEqual([]);
    // Negated, it is the earliest time; a day stays.
    expect(dates('The tunnel will not open before 2031.')).toEqual(['2031 before 2031']);
    expect(dates('The alarm rang just before 9 on Thursday.')).toEqual(['2024-02-08 on Thursday']);
  });

  it('"between now and April" ends ahead of now, whatever the tense of the reporting verb', () => {
    expect(dates('The two will share the job between now and April, the firm said.')).toEqual(['2024-04 April']);
  });
});

describe('the narrative year across paragraphs', () => {
  it('a story told in the past keeps its year in the following paragraphs', () => {
    expect(dates('The survey began in June 1977.\n\nIts leader fell ill in August.')).toEqual([
      '1977-06 in June 1977',
      '1977-08 in August',
    ]);
    expect(
      dates('Crews reached the wreck in April 1962.\n\nThey found no cargo.\n\nDivers went down again in early June.'),
    ).toEqual(['1962-04 in April 1962', '1962-06 in early June']);
    // "would have" with an adverb between is no present: the story goes on.
    expect(dates('The ship sailed in May 1941.\n\nAs a doctor he would naturally have stayed ashore.\n\nIt sank in June.')).toEqual([
      '1941-05 in May 1941',
      '1941-06 in June',
    ]);
  });

  it('a paragraph in the present or the future comes back to the time of writing', () => {
    expect(dates('The survey began in June 1977.\n\nThe team has the data now and it sold maps in August.')).toEqual([
      '1977-06 in June 1977',
      '2023-08 in August',
    ]);
    expect(dates('The survey began in June 1977.\n\nThe museum will show the maps, which it bought in August.')).toEqual([
      '1977-06 in June 1977',
      '2023-08 in August',
    ]);
  });

  it('words quoted in the old story count from a time the text does not give: their relative dates are left out', () => {
    expect(dates('In May 1979 the mayor wrote: “We paved this road forty years ago.”')).toEqual(['1979-05 In May 1979']);
    // ... and the story goes on after them.
    expect(dates('In May 1979 the mayor wrote: “We paved this road forty years ago.” He resigned in July.')).toEqual([
      '1979-05 In May 1979',
      '1979-07 in July',
    ]);
    // Quoted words in a story of today keep their years.
    expect(dates('“We paved this road two years ago,” the mayor said.')).toEqual(['2022 two years ago']);
  });
});

describe('"this year" as the present frame', () => {
  it('with the present perfect or the present, the period up to now: no date', () => {
    expect(dates('No lender has cut its rates this year.')).toEqual([]);
    expect(dates('“It’s a slow market this year,” a broker said.')).toEqual([]);
    expect(inPresentFrame(...at('No lender has cut its rates this year.', 'this year'))).toBe(true);
  });

  it('with a past or future verb, or "earlier", a date in the year', () => {
    expect(dates('The lender cut its rates this year.')).toEqual(['2024 this year']);
    expect(dates('The lender will cut its rates this year.')).toEqual(['2024 this year']);
    expect(dates('The lender has raised its rates twice earlier this year.')).toEqual(['2024 earlier this year']);
    expect(inPresentFrame(...at('The firm sold its stake this year.', 'this year'))).toBe(false);
  });
});

describe('the article time zone (ARTICLE_TIMEZONE)', () => {
  it('a UTC timestamp: the publication day is the newsroom\'s, which may still be the evening before', () => {
    // 02:00 UTC on 30 December is 21:00 on the 29th in New York.
    const stamp = '2014-12-30T02:00:00Z';
    expect(dates('The mayor resigned today.', stamp)).toEqual(['2014-12-30 today']);
    expect(dates('The mayor resigned today.', stamp, 'America/New_York')).toEqual(['2014-12-29 today']);
    // Monday 29 December in New York: "on Sunday" in a past clause is the 28th, not the 28th a week back or the 29th.
    expect(dates('The mayor resigned on Sunday.', stamp, 'America/New_York')).toEqual(['2014-12-28 on Sunday']);
    expect(publicationDay(stamp, 'America/New_York')).toEqual({
      day: { y: 2014, m: 12, d: 29 },
      offsetMinutes: -300,
      instantMs: Date.parse(stamp),
    });
  });

  it('a timestamp with its own offset keeps it, whatever the zone', () => {
    expect(dates('The mayor resigned today.', '2014-12-29T23:00:00-05:00', 'Asia/Tokyo')).toEqual(['2014-12-29 today']);
    expect(publicationDay('2014-12-29T23:00:00+0530', 'America/New_York')?.offsetMinutes).toBe(330);
  });

  it('a timestamp without an offset is the local time of the zone, never of the machine', () => {
    // 21:30 on 10 March 2024 in New York, after the change to summer time that morning: 01:30 UTC on the 11th.
    expect(publicationDay('2024-03-10T21:30', 'America/New_York')).toEqual({
      day: { y: 2024, m: 3, d: 10 },
      offsetMinutes: -240,
      instantMs: Date.parse('2024-03-11T01:30:00Z'),
    });
    expect(publicationDay('2024-03-10', 'Asia/Tokyo')?.day).toEqual({ y: 2024, m: 3, d: 10 });
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      expect(dates('The mayor resigned today.', '2024-03-10T21:30')).toEqual(['2024-03-10 today']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('zone helpers: known names, offsets with summer time; an unknown zone counts as UTC', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(zoneOffsetMinutes('Europe/London', Date.parse('2024-07-01T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/London', Date.parse('2024-01-01T12:00:00Z'))).toBe(0);
    expect(publicationDay('2014-12-30T02:00:00Z', 'Mars/Olympus_Mons')?.day).toEqual({ y: 2014, m: 12, d: 30 });
  });

  it('configuration: UTC by default, an IANA name accepted, anything else a clear error naming the variable', () => {
    expect(loadArticlesConfig({}).articleTimeZone).toBe('UTC');
    expect(loadArticlesConfig({ ARTICLE_TIMEZONE: ' America/Chicago ' }).articleTimeZone).toBe('America/Chicago');
    expect(loadConfig({ ARTICLE_TIMEZONE: 'Europe/Paris' }).articleTimeZone).toBe('Europe/Paris');
    expect(() => loadArticlesConfig({ ARTICLE_TIMEZONE: 'Eastern' })).toThrow(ConfigError);
    expect(() => loadArticlesConfig({ ARTICLE_TIMEZONE: 'Eastern' })).toThrow(/^Configuration error: ARTICLE_TIMEZONE is not a time zone/);
  });
});

describe('the annotation cache and the time zone', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });

  it('a change of ARTICLE_TIMEZONE re-annotates instead of serving the dates of the old zone', () => {
    const root = mkdtempSync(join(tmpdir(), 'dates-zone-'));
    roots.push(root);
    const dir = join(root, 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, 'late.txt'), 'The council voted today on the harbour plan.\n\n2014-12-30T02:00:00Z late1');
    const cacheFile = join(root, 'index', 'articles.json');
    const log = createLogger('silent');
    const load = (timeZone?: string) => loadLibraryDir(dir, { cacheFile, log, ...(timeZone ? { timeZone } : {}) });
    const dayOf = (r: ReturnType<typeof load>) => r.library.byId.get('late')?.events.map((e) => e.date);

    const utc = load();
    expect(utc.stats).toMatchObject({ annotated: 1, reused: 0 });
    expect(dayOf(utc)).toEqual(['2014-12-30']);
    expect(load('UTC').stats).toMatchObject({ annotated: 0, reused: 1 });

    const ny = load('America/New_York');
    expect(ny.stats).toMatchObject({ annotated: 1, reused: 0 });
    expect(dayOf(ny)).toEqual(['2014-12-29']);
    expect(load('America/New_York').stats).toMatchObject({ annotated: 0, reused: 1 });
    expect(dayOf(load())).toEqual(['2014-12-30']);
  });
});

describe('spans, copulas, expectations and quarters', () => {
  it('"since the spring of 2021" opens a span up to now: it sets no narrative year for a later month', () => {
    expect(dates('The union said nurses had raised concerns since the spring of 2021 and that two quit in October.')).toEqual([
      '2021-03 since the spring of 2021',
      '2023-10 in October',
    ]);
  });

  it('a participle after a linking verb ("remain closed") has no tense: the copula\'s future decides', () => {
    expect(dates('The library will remain closed until Friday.')).toEqual(['2024-02-16 until Friday']);
  });

  it('"expects to" looks ahead, as "intends to" does', () => {
    expect(dates('The company expects to hire staff in March.')).toEqual(['2024-03 in March']);
    // "anticipates" is its synonym (WordNet: anticipate, expect), with or without "to".
    expect(dates('It anticipates completing the process by March 27.')).toEqual(['2024-03-27 by March 27']);
  });

  it('a quarter without a year is the last finished one when reporting, the current or next when announcing', () => {
    expect(dates('Sales fell 4 percent in the first quarter.')).toEqual(['2023 in the first quarter']);
    expect(dates('Sales will rise 3 percent in the fourth quarter.')).toEqual(['2024 in the fourth quarter']);
    expect(dates('Revenue rose in the first quarter of 2022.')).toEqual(['2022 of 2022']);
    expect(dates('A quarter of the staff left in the final quarter century.')).toEqual([]);
    // The other sense: a period of play.
    expect(dates('He threw two touchdowns in the fourth quarter.')).toEqual([]);
  });

  it('"is likely" looks ahead, as "is expected" does', () => {
    expect(dates('A rate cut in June is now more likely than not, analysts said.')).toEqual(['2024-06 in June']);
    expect(dates('The vote in March was likely rigged.')).toEqual(['2023-03 in March']);
  });
});

describe('times ahead of a past clause (third blind round)', () => {
  // Tuesday 13 December 2016.
  const DEC = '2016-12-13T12:31:48Z';
  it('"come January 20": the time when it arrives, ahead, whatever the verbs around it', () => {
    expect(dates('The aides said they would be prepared and armed with answers come January 20.', DEC)).toEqual([
      '2017-01-20 January 20',
    ]);
  });

  it('"is expecting to", "is hoping to": the progressive of a verb of intention looks ahead, as "expects to" does', () => {
    expect(dates('He is expecting to complete his treatment in January.', DEC)).toEqual(['2017-01 in January']);
    expect(dates('The firm is hoping to open the store in March.', DEC)).toEqual(['2017-03 in March']);
  });

  it('"are working to … in early January": an effort under way looks ahead, past "safely and reliably"', () => {
    expect(dates('“We are working to safely and reliably return to flight in early January,” he said.', DEC)).toEqual([
      '2017-01 in early January',
    ]);
  });

  it('a date with no tense in its own clause takes the verb before it, not the reporting clause after it', () => {
    expect(dates('The films will be sold by iTunes, Google Play, and Xbox on April 10th, Disney announced.', DEC)).toEqual([
      '2017-04-10 on April 10th',
    ]);
  });

  it('the effort looks ahead only in its own clause, not for a date in the clause before "and"', () => {
    expect(dates('“We studied our Sept. 1 failure and we are working to fly again,” the spokesman said.', DEC)).toEqual([
      '2016-09-01 Sept. 1',
    ]);
  });
});
