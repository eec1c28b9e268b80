// The news conventions of issue 13's date pipeline, each on a small text made for the test: weeks, "today" as
// nowadays, deictic words inside quotes, comparison baselines, names and labels holding a date word, dates restated
// in apposition, the narrative year of a paragraph, bracketed datelines, holidays and "the day after".
import { describe, expect, it } from 'vitest';
import { holidayKey, nthWeekday, resolveHoliday } from '../src/annotate/dates-calendar.ts';
import { newsChrono } from '../src/annotate/dates-pipeline.ts';
import { findDates, quotedSpans } from '../src/annotate/dates.ts';
import { parseArticle } from '../src/article/parse.ts';

/** Friday 8 December 2023. */
const PUB = '2023-12-08T07:58:02Z';

function dates(body: string, instant: string = PUB): string[] {
  return findDates(parseArticle(`${body}\n\n${instant} test1`, 'test')).map((e) => `${e.date} ${e.expression}`);
}

describe('weeks', () => {
  // Wednesday 15 November 2023: last week is 6–12 November, next week 20–26 November.
  const MID = '2023-11-15T10:00:00Z';

  it('"last week" and "next week" give the month the whole week lies in', () => {
    expect(dates('The council approved the budget last week.', MID)).toEqual(['2023-11 last week']);
    expect(dates('The union will strike next week.', MID)).toEqual(['2023-11 next week']);
  });

  it('a week across two months is left out, never a guessed day', () => {
    // Friday 8 December 2023: last week is 27 November – 3 December.
    expect(dates('The council approved the budget last week.')).toEqual([]);
  });

  it('"this week" is the frame of the story, not a date', () => {
    expect(dates('The minister detailed the plan this week.', MID)).toEqual([]);
    expect(dates('This week, the company shared a report on the scams.', MID)).toEqual([]);
  });

  it('chrono alone reads a week as a single day: its refiner drops it', () => {
    const results = newsChrono.parse('The board met last week.', { instant: new Date(MID), timezone: 0 });
    expect(results).toEqual([]);
  });
});

describe('"today" meaning nowadays', () => {
  it('a stative verb in the present, no past or future: nowadays', () => {
    expect(dates('The firm today employs 700 people in 22 countries.')).toEqual([]);
    expect(dates('Today the company is valued at more than $1bn.')).toEqual([]);
    expect(dates('His views appear to chime with the exam system today.')).toEqual([]);
  });

  it('a past or future marker, or a dynamic present, makes it the publication day', () => {
    expect(dates('Today, officials said the road was closed.')).toEqual(['2023-12-08 Today']);
    expect(dates('The mayor will sign the order today.')).toEqual(['2023-12-08 today']);
    expect(dates('Today, in a new paper, he brings a fresh warning.')).toEqual(['2023-12-08 Today']);
    // A start or a bound is the day itself: "available from today".
    expect(dates('The single is also available to download from today.')).toEqual(['2023-12-08 from today']);
  });

  it('"and" joining the subject\'s nouns does not end the clause "Today" opens; a plural noun in -s is no verb', () => {
    expect(dates('Today, banks and insurers are increasingly using software to screen claims.')).toEqual([]);
    // "visits" after "her" is the noun, not the futurate present of "visit".
    expect(dates('Today, the nurse is busy with her visits.')).toEqual([]);
  });
});

describe('deictic words inside quotes', () => {
  it('"today", "yesterday", "two days ago" inside a quote count from the speaking day, not the publication', () => {
    expect(dates('“As of today, we have made 20 investments,” she said.')).toEqual([]);
    expect(dates('“I spoke to him yesterday and we had a good talk,” the president said.')).toEqual([]);
    expect(dates('"They came two days ago," she said.')).toEqual([]);
  });

  it('a month or a year counted from the speaking is kept: a few days do not change it', () => {
    expect(dates('“The pier will reopen next month,” the director said.')).toEqual(['2024-01 next month']);
    expect(dates('“I hope to play some good football this year,” he said.')).toEqual(['2023 this year']);
  });

  it('a quote running on over several sentences is still a quote', () => {
    expect(dates('The chief said: “We met the families. I spoke to them yesterday. They were calm.”')).toEqual([]);
  });

  it("weekdays, months and written dates in a quote are kept, and so are the reporter's own deictic words", () => {
    expect(dates('“I spoke to him on Sunday morning,” he said yesterday.')).toEqual([
      '2023-12-03 on Sunday morning',
      '2023-12-07 yesterday',
    ]);
  });

  it('"tonight" in indirect speech about an earlier day counts from the saying, as in a quote', () => {
    expect(dates('The clerk left on Nov. 20. He wrote that the files would be ready tonight.')).toEqual([
      '2023-11-20 on Nov. 20',
    ]);
    // With no earlier day told, or in the reporter's own clause, it is the publication day.
    expect(dates('The mayor said that the road would reopen tomorrow.')).toEqual(['2023-12-09 tomorrow']);
    expect(dates('The clerk left on Nov. 20. The files arrived tonight.')).toEqual([
      '2023-11-20 on Nov. 20',
      '2023-12-08 tonight',
    ]);
  });

  it('quotedSpans: curly pairs, straight pairs, and a quote left open to the end of the paragraph', () => {
    expect(quotedSpans('He said “yes” and “no”.')).toEqual([
      [8, 13],
      [18, 22],
    ]);
    expect(quotedSpans('A "b" c')).toEqual([[2, 5]]);
    expect(quotedSpans('“Open to the end')).toEqual([[0, 16]]);
  });
});

describe('comparisons, names and labels', () => {
  it('the baseline of a comparison is no event; something done a year ago is', () => {
    expect(dates('Sales were down 6% compared to the same period a year ago.')).toEqual([]);
    expect(dates('The rate is slightly higher than three months ago.')).toEqual([]);
    expect(dates('The firm warned investors in a letter a year ago.')).toEqual(['2022 a year ago']);
  });

  it('a possessive weekday qualifies a noun, except after a time preposition or before a noun for an event', () => {
    expect(dates('Tuesday’s edition was short.')).toEqual([]);
    expect(dates('Monday’s alert contained little information.')).toEqual([]);
    // "Saturday's blast", "Wednesday's hearing": WordNet's kinds of event (acts included) happened that day.
    expect(dates('Tuesday’s ruling was short.')).toEqual(['2023-12-05 Tuesday']);
    expect(dates('Police toured the site of Saturday’s blast.')).toEqual(['2023-12-02 of Saturday']);
    expect(dates('The envoys left just before Tuesday’s ruling.')).toEqual(['2023-12-05 before Tuesday']);
    expect(dates('Crowds gathered after Monday’s ruling.')).toEqual(['2023-12-04 after Monday']);
    // A programme's day after a verb of saying is the day the words were said.
    expect(dates('“He was open,” the reporter said on Sunday’s “Reliable Sources.”')).toEqual(['2023-12-03 on Sunday']);
  });

  it('a name holding a date word is no date', () => {
    expect(dates('USA TODAY reported the fire on Monday.')).toEqual(['2023-12-04 on Monday']);
    expect(dates('The story was first reported by USA Today.')).toEqual([]);
    expect(dates('Black Friday Deals Ltd said profits rose.')).toEqual([]);
    // A programme's name after any word, not only a capitalised one; opening a sentence, "Today" is the day.
    expect(dates('The editor told BBC Radio 4’s Today programme he was sorry.')).toEqual([]);
    expect(dates('Mr Johnson told Today he was sorry.')).toEqual([]);
    expect(dates('He was sorry. Today the council voted.')).toEqual(['2023-12-08 Today']);
    // A paper whose title ends in "on Sunday"; a person or a paper before "reported on Sunday" keeps the day.
    expect(dates('In an article for the Mail on Sunday, the minister urged haste.')).toEqual([]);
    expect(dates('The Mail reported on Sunday that the minister urged haste.')).toEqual(['2023-12-03 on Sunday']);
  });

  it('a label ("best by", "use by", "sell by") is no event', () => {
    expect(dates('The tubs carry best by dates between April 2 and April 30.')).toEqual([]);
    expect(dates('Milk marked use by Dec. 12 was recalled.')).toEqual([]);
  });
});

describe('dates in apposition and "the day after"', () => {
  it('"tonight – Dec. 30": the written date, not a range from today', () => {
    expect(dates('She wrote that it had to be tonight – Dec. 30, the papers say.', '2024-01-14T12:00:00Z')).toEqual([
      '2023-12-30 Dec. 30',
    ]);
  });

  it('"the evening of June 17, 2015": the date, which chrono loses when it merges the part of the day', () => {
    expect(dates('He entered the church on the evening of June 17, 2015, and sat down.')).toEqual([
      '2015-06-17 of June 17, 2015',
    ]);
    expect(newsChrono.parse('on the morning of March 3, 2021', new Date(PUB))[0]?.start.get('day')).toBe(3);
  });

  it('"the day after the Dec. 30 shooting" is Dec. 31, and the shooting stays Dec. 30', () => {
    expect(dates('She was arrested the day after the Dec. 30 shooting.', '2024-01-14T12:00:00Z')).toEqual([
      '2023-12-30 Dec. 30',
      '2023-12-31 the day after the Dec. 30',
    ]);
    // chrono reads this one itself, as one expression.
    expect(dates('Talks collapsed the day before March 3, 2021.')).toEqual(['2021-03-02 the day before March 3, 2021']);
  });
});

describe('the narrative year of a paragraph', () => {
  it('a month after a month written with its year, in a past clause, takes that year', () => {
    expect(dates('The exams began in September 1986, after the minister resigned in May.')).toEqual([
      '1986-05 in May',
      '1986-09 in September 1986',
    ]);
    expect(dates('She raised her concerns in the spring of 1986. However on March 6 he wrote to her.')).toEqual([
      '1986-03 in the spring of 1986',
      '1986-03-06 on March 6',
    ]);
  });

  it('not past a paragraph in the present, not in a future clause, not "last March", and ended by another year', () => {
    // The story of 2001 goes on in a paragraph told in the past (dates-precision.test.ts), not once the text is back
    // in the present.
    expect(
      dates('The war began in October 2001. Marines are still fighting there.\n\nThe marines trained in June.'),
    ).toEqual(['2001-10 in October 2001', '2023-06 in June']);
    expect(dates('The plan was drafted in May 2019. The vote will be held in March.')).toEqual([
      '2019-05 in May 2019',
      '2024-03 in March',
    ]);
    expect(dates('The plan was drafted in May 2019. Sales fell last March.')).toEqual([
      '2019-05 in May 2019',
      '2023-03 last March',
    ]);
    expect(dates('The plan was drafted in May 2019. Talks began in 2021 and stalled in June.')).toEqual([
      '2019-05 in May 2019',
      '2021 in 2021',
      '2023-06 in June',
    ]);
  });
});

describe('years, datelines and holidays', () => {
  it('"in both 2018 and 2019", "in either 2020 or 2021": both are years', () => {
    expect(dates('Rates rose again in both 2018 and 2019.')).toEqual(['2018 2018', '2019 2019']);
  });

  it('"this September" is the September of the publication year, whatever the tense', () => {
    const may = '2023-05-10T12:00:00Z';
    expect(dates('Two new ferries are on their way this September.', may)).toEqual(['2023-09 this September']);
    expect(dates('The pier shut this March.', may)).toEqual(['2023-03 this March']);
  });

  it('"in November of 2005": the month with its year, not the year alone', () => {
    expect(dates('The mill closed in October of 1998.')).toEqual(['1998-10 in October of 1998']);
    expect(dates('Rates fell in March of 2001 and 2002.')).toEqual(['2001-03 in March of 2001', '2002 2002']);
  });

  it('a year before 1800 only after a time preposition; otherwise a name or a count', () => {
    expect(dates('The corps was established by the Congress in 1775.')).toEqual(['1775 in 1775']);
    expect(dates('The director of 1776, an incubator, spoke first.')).toEqual([]);
    expect(dates('Startups entered 1776’s contest.')).toEqual([]);
  });

  it('a month before a common noun dates it; a weekday there is a habit', () => {
    expect(dates('The January leave was his third.', '2011-08-25T12:00:00Z')).toEqual(['2011-01 January']);
    expect(dates('She wants the Saturday rate raised.')).toEqual([]);
    expect(dates('The October Revolution changed the country.')).toEqual([]);
    // After a determiner or a possessive and before a lower-case noun, "March", "August" are the month.
    expect(dates('He came third in the party’s botched March vote.')).toEqual(['2023-03 March']);
    expect(dates('May I ask a question?')).toEqual([]);
  });

  it('an event named by its date is that event, in its own year (AP Stylebook, "9/11")', () => {
    expect(dates('After the Sept. 11 attacks, the agency doubled its staff.')).toEqual(['2001-09-11 Sept. 11']);
    expect(dates('The 9/11 hijackers trained in Florida.')).toEqual(['2001-09-11 9/11']);
    // A date alone is the last one before publication.
    expect(dates('The council met on Sept. 11.')).toEqual(['2023-09-11 on Sept. 11']);
  });

  it('a year after the capitalised head of an event name is that edition: "At Worlds 2017", "Expo 2010"', () => {
    expect(dates('At Worlds 2017, the home side lost in the final.')).toEqual(['2017 2017']);
    expect(dates('The pavilion drew crowds during the Expo 2010 run.')).toEqual(['2010 2010']);
    expect(dates('They won the Championships 2011, 2012 and 2014 together.')).toEqual([
      '2011 2011',
      '2012 2012',
      '2014 2014',
    ]);
    // Any other name before a number is not a year: a model, a certification.
    expect(dates('Partners who hold the Design 2019 Certification get a rebate.')).toEqual([]);
  });

  it('a bracketed dateline is when the story was filed', () => {
    expect(dates('WASHINGTON (Dec. 8) -- The secretary ordered a review on Thursday.')).toEqual([
      '2023-12-07 on Thursday',
    ]);
  });

  it('holidays after a time preposition, resolved by tense like a month', () => {
    // Tuesday 29 November 2016: Thanksgiving was Thursday 24 November.
    expect(dates('On Thanksgiving, the sheriff said the camp was illegal.', '2016-11-29T07:46:00-05:00')).toEqual([
      '2016-11-24 On Thanksgiving',
    ]);
    expect(dates('Stores will reopen after Christmas.')).toEqual(['2023-12-25 after Christmas']);
    expect(dates('The bridge closed before Labor Day.')).toEqual(['2023-09-04 before Labor Day']);
  });

  it('holiday words that are no day: nouns, spans, lower case', () => {
    expect(dates('They bought Christmas trees at the market.')).toEqual([]);
    expect(dates('The protest lasted over the Thanksgiving weekend.')).toEqual([]);
    expect(dates('The country has been calm since independence.')).toEqual([]);
  });

  it('calendar rules: nth weekday, US holidays', () => {
    expect(nthWeekday(2016, 11, 4, 4)).toEqual({ y: 2016, m: 11, d: 24 });
    expect(nthWeekday(2024, 5, 1, -1)).toEqual({ y: 2024, m: 5, d: 27 });
    expect(holidayKey('Thanksgiving Day')).toBe('thanksgiving');
    expect(holidayKey('the Fourth of July')).toBe('fourth of july');
    expect(holidayKey('Easter')).toBeNull();
    const ref = { y: 2023, m: 12, d: 8 };
    expect(resolveHoliday(ref, 'christmas', 'past')).toEqual({ y: 2022, m: 12, d: 25 });
    expect(resolveHoliday(ref, 'christmas', 'future')).toEqual({ y: 2023, m: 12, d: 25 });
  });
});

describe('a leap day written without a year', () => {
  it('"Feb. 29" takes the nearest year that has one, never an impossible date', () => {
    // Tuesday 1 March 2016: the coming Feb. 29 of 2017 does not exist; the one just past does.
    expect(dates('The filing deadline is Feb. 29.', '2016-03-01T15:00:00Z')).toEqual(['2016-02-29 Feb. 29']);
    expect(dates('The filing deadline was Feb. 29.', '2016-03-01T15:00:00Z')).toEqual(['2016-02-29 Feb. 29']);
  });
});

describe('a weekday by its place in a month', () => {
  // Tuesday 1 March 2016.
  const MARCH = '2016-03-01T15:00:00Z';

  it('"the first Tuesday in November" is that day, by the clause tense, and its weekday is not read again', () => {
    expect(dates('The primary was held on the first Tuesday in November.', MARCH)).toEqual([
      '2015-11-03 first Tuesday in November',
    ]);
    expect(dates('The election is on the first Tuesday in November.', MARCH)).toEqual([
      '2016-11-01 first Tuesday in November',
    ]);
  });

  it('a written year is kept, "last" counts from the end of the month', () => {
    expect(dates('The fair opens on the last Monday of May 2027.', MARCH)).toEqual([
      '2027-05-31 last Monday of May 2027',
    ]);
  });
});

describe('a weekday that dates one event, not a habit', () => {
  // Tuesday 24 July 2012.
  const JULY = '2012-07-24T12:00:00Z';

  it('after a possessive ("her Monday ruling") or with a part of the day ("a Sunday afternoon showing")', () => {
    expect(dates('That trend was evident in her Monday ruling.', JULY)).toEqual(['2012-07-23 Monday']);
    expect(dates('A man at a Sunday afternoon showing of the film was arrested.', JULY)).toEqual([
      '2012-07-22 Sunday afternoon',
    ]);
    expect(dates('The Saturday rate is higher, and he attends a Sunday school.', JULY)).toEqual([]);
  });

  it('right after the place where it happened ("in Southern California Sunday,"), not inside a name', () => {
    expect(dates('In Southern California Sunday, a man was arrested.', JULY)).toEqual(['2012-07-22 Sunday']);
    expect(dates('He was seen fleeing Berlin Monday after the attack.', JULY)).toEqual(['2012-07-23 Monday']);
    expect(dates('Shops opened on Good Friday, officials said.', JULY)).toEqual([]);
  });
});

describe('the year and direction of a date from its own phrase (spent report splits)', () => {
  // Saturday 22 January 2011.
  const JAN = '2011-01-22T16:00:00Z';

  it('a weekday written with the day fixes the year ("Monday, Dec. 14" in late December 2016 is 2015)', () => {
    expect(dates('The drama began on Monday, Dec. 14, when the threat arrived.', '2016-12-20T12:00:00Z')).toEqual([
      '2015-12-14 on Monday, Dec. 14',
    ]);
  });

  it('a day that modifies a noun ("a March 11 date for an election") is the nearest one, whatever the verb', () => {
    expect(dates('The party humiliated him, forcing him to announce a March 11 date for an election.', JAN)).toEqual([
      '2011-03-11 March 11',
    ]);
    expect(dates('The January leave was his third medical leave.', '2011-08-20T12:00:00Z')).toEqual([
      '2011-01 January',
    ]);
  });

  it('a condition in the present ("if he refuses to resign by Tuesday") looks ahead past the reporting verb', () => {
    expect(dates('Kenny said that if Cowen refuses to resign by Tuesday, his party will act.', JAN)).toEqual([
      '2011-01-25 by Tuesday',
    ]);
    expect(dates('If he won on Tuesday, nobody noticed.', JAN)).toEqual(['2011-01-18 on Tuesday']);
  });
});

describe('"this past", "this coming" and "a week ago"', () => {
  // Friday 13 August 2010.
  const AUG = '2010-08-13T23:08:00Z';

  it('"this past Sunday" is the last one, "this coming Friday" the next', () => {
    expect(dates('On the show this past Sunday, he was asked about it.', AUG)).toEqual(['2010-08-08 this past Sunday']);
    expect(dates('He will speak this coming Friday.', AUG)).toEqual(['2010-08-20 Friday']);
  });

  it('"a week ago" counts back seven days, as "two weeks ago" does; "last week" stays a month', () => {
    expect(dates('Flooding hit the city a week ago.', AUG)).toEqual(['2010-08-06 a week ago']);
    expect(dates('Flooding hit the city two weeks ago.', AUG)).toEqual(['2010-07-30 two weeks ago']);
    expect(dates('The council approved the budget last week.', AUG)).toEqual(['2010-08 last week']);
  });
});

describe('scheduled releases in the present, and participles after a comma', () => {
  // Friday 12 December 2014.
  const DEC = '2014-12-12T12:00:00Z';

  it('"hits theaters on Dec. 31", "premieres on Jan. 5": the futurate present of a release; ", followed by" has no tense', () => {
    expect(dates('The film hits select theaters on Dec. 31, followed by a wider release in January.', DEC)).toEqual([
      '2014-12-31 on Dec. 31',
      '2015-01 in January',
    ]);
    expect(dates('The show premieres on Jan. 5.', DEC)).toEqual(['2015-01-05 on Jan. 5']);
  });

  it('a dash typed as two hyphens sets off its own clause: "-- to be released Nov. 9 --" looks ahead past "held"', () => {
    const NOV = '2004-11-02T12:00:00Z';
    expect(
      dates('The browser -- a version of which is scheduled to be released Nov. 9 -- held 3 percent.', NOV),
    ).toEqual(['2004-11-09 Nov. 9']);
  });
});

describe('a habit is no event', () => {
  it('"usually … by Halloween", "typically open on Sundays"; another clause\'s day stays', () => {
    const DEC = '2014-12-12T12:00:00Z';
    expect(dates('In Edmonton, there is usually snow on the ground to stay by Halloween.', DEC)).toEqual([]);
    expect(dates('Stores typically open on Sundays.', DEC)).toEqual([]);
    expect(dates('He often said he would retire, and on Tuesday he did.', DEC)).toEqual(['2014-12-09 on Tuesday']);
  });
});

describe('two days of one month joined by "and"', () => {
  it('"August 6 and 9, 1945" and "7 and 11 April" are two dates; "March 3 and 5 people" is one', () => {
    const DEC = '2016-12-22T12:00:00Z';
    expect(dates('The attacks on August 6 and 9, 1945, ended the war.', DEC)).toEqual([
      '1945-08-06 on August 6',
      '1945-08-09 9',
    ]);
    expect(dates('On 7 and 11 April, severe aftershocks struck nearby.', DEC)).toEqual([
      '2016-04-07 7',
      '2016-04-11 11 April',
    ]);
    expect(dates('Between March 3 and 5 people died.', DEC)).toEqual(['2016-03-03 Between March 3']);
    expect(dates('Votes were held on March 3 and April 5, 2020.', DEC)).toEqual([
      '2020-03-03 on March 3',
      '2020-04-05 April 5, 2020',
    ]);
  });
});
