// The one chrono pipeline (dates-pipeline.ts): our recognisers run as chrono parsers and settle overlaps with
// chrono's own through chrono's refiners; the year shared in pairs, restated day words and the other joins run as
// refiners. Each on a small text made for the test.
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/annotate/dates.ts';
import { type NewsOption, READ } from '../src/annotate/dates-parsers.ts';
import type { SentenceContext } from '../src/annotate/dates-patterns.ts';
import { newsChrono, sentenceCandidates } from '../src/annotate/dates-pipeline.ts';
import { parseArticle } from '../src/article/parse.ts';

/** Friday 8 December 2023. */
const PUB = '2023-12-08T07:58:02Z';

function dates(body: string, instant: string = PUB): string[] {
  return findDates(parseArticle(`${body}\n\n${instant} test1`, 'test')).map((e) => `${e.date} ${e.expression}`);
}

function context(text: string): SentenceContext {
  return {
    text,
    ref: { y: 2023, m: 12, d: 8 },
    tense: () => 'past',
    modalFuture: () => false,
    presentFrame: () => false,
    presentState: () => false,
    unmarked: () => false,
    infinitive: () => false,
  };
}

describe('our recognisers as chrono parsers', () => {
  it('without the sentence in the option, the pipeline is chrono alone: our recognisers stand aside', () => {
    const plain = newsChrono.parse('The rules changed in 2019 and again last fall.', new Date(PUB));
    expect(plain.some((r) => r.tags().has(READ))).toBe(false);
  });

  it('with it, a recogniser result and chrono result of the same span: ours wins the tie in chrono overlap removal', () => {
    // chrono reads "Last month" too, as a relative date its news reading rejects (fromChrono): only ours dates it.
    const text = 'Last month, the board met.';
    const option: NewsOption = { news: { sentence: context(text), offset: 0 } };
    const results = newsChrono.parse(text, { instant: new Date(PUB), timezone: 0 }, option);
    expect(results.map((r) => [r.text, r.start.get('year'), r.start.get('month'), r.tags().has(READ)])).toEqual([
      ['Last month', 2023, 11, true],
    ]);
  });

  it('a longer chrono result beats a shorter one of ours that it contains', () => {
    // "March 2021" (chrono) holds the year our year recogniser would read alone.
    expect(dates('The plant closed in March 2021 after a fire.')).toEqual(['2021-03 in March 2021']);
  });

  it('candidates keep their place in the sentence across chunks of a huge sentence', () => {
    const text = `${'word '.repeat(500)}The plant closed in 2019.`;
    const found = sentenceCandidates(context(text), new Date(PUB), 0);
    expect(found.map((c) => [text.slice(c.start, c.end), c.date.y])).toEqual([['in 2019', 2019]]);
  });
});

describe('the year written once for two dates (shareYearInPairs)', () => {
  it('two days joined by "to" each get the year written after the second, and both stay dates', () => {
    expect(dates('The fair ran from March 3 to April 5, 2020, organisers said.')).toEqual([
      '2020-03-03 from March 3',
      '2020-04-05 April 5, 2020',
    ]);
  });

  it('a list with "and" shares it too, without running backwards', () => {
    expect(dates('Votes were held on March 3 and April 5, 2020.')).toEqual([
      '2020-03-03 on March 3',
      '2020-04-05 April 5, 2020',
    ]);
  });

  it('a span that runs backwards across the new year starts the year before', () => {
    expect(dates('The ban lasted from November to February 2022.')).toEqual([
      '2021-11 from November',
      '2022-02 February 2022',
    ]);
  });

  it('a date with its own year keeps it', () => {
    expect(dates('Prices rose from March 2019 to June 2020.')).toEqual([
      '2019-03 from March 2019',
      '2020-06 June 2020',
    ]);
  });
});

describe('a day word restated by its date (withoutRestatedDays)', () => {
  it('"tonight – Dec. 30" is the date alone', () => {
    expect(dates('It had to happen tonight – Dec. 30, the papers say.', '2024-01-14T12:00:00Z')).toEqual([
      '2023-12-30 Dec. 30',
    ]);
  });

  it('"today (Oct. 28)": a date in brackets restates the day word', () => {
    // Published on 29 October: the bracket, not the publication day, gives the day the text means.
    expect(
      dates('The study, which was published today (Oct. 28) in the journal, found changes.', '2014-10-29T15:00:00Z'),
    ).toEqual(['2014-10-28 Oct. 28']);
  });

  it('a day word and a date not in apposition are two dates', () => {
    expect(dates('The judge ruled today after hearings on Dec. 4.')).toEqual([
      '2023-12-04 on Dec. 4',
      '2023-12-08 today',
    ]);
  });
});

describe('the two ends of a span without a year (withSpanYears)', () => {
  it('lie in one stretch of time, the second after the first', () => {
    expect(dates('The festival runs from June 5 to June 9.', '2016-03-01T15:00:00Z')).toEqual([
      '2016-06-05 from June 5',
      '2016-06-09 June 9',
    ]);
    expect(dates('The exhibition ran from November 20 to February 2.', '2016-03-01T15:00:00Z')).toEqual([
      '2015-11-20 from November 20',
      '2016-02-02 February 2',
    ]);
  });
});
