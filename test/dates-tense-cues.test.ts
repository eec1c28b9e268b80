// The tense cues around a date without a year or week (dates-tense.ts) and the dates whose direction the clause's
// tense does not give (dates-chrono.ts), each on a small text made for the test.
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/annotate/dates.ts';
import { parseArticle } from '../src/article/parse.ts';

function dates(body: string, instant: string): string[] {
  return findDates(parseArticle(`${body}\n\n${instant} test1`, 'test')).map((e) => `${e.date} ${e.expression}`);
}

/** Thursday 4 November 2004. */
const NOV = '2004-11-04T12:00:00Z';
/** Saturday 20 November 2004, late evening. */
const SAT = '2004-11-20T23:23:00Z';

describe('participles and the future of arrangement', () => {
  it('"comes into force in September": the British futurate present looks ahead, "came into force" back', () => {
    expect(dates('The law comes into force in September.', NOV)).toEqual(['2005-09 in September']);
    expect(dates('The law came into force in September.', NOV)).toEqual(['2004-09 in September']);
  });

  it('"will be announced on Monday": a reporting verb after "be" takes the auxiliary\'s tense', () => {
    expect(dates('The new leader will be announced on 26 November.', NOV)).toEqual(['2004-11-26 on 26 November']);
    expect(dates('The new leader will be announced on Monday.', NOV)).toEqual(['2004-11-08 on Monday']);
    expect(dates('The new leader was announced on Monday.', NOV)).toEqual(['2004-11-01 on Monday']);
  });

  it('a month word that a hyphen joins to a word is part of a compound ("Mar-a-Lago"), a range of months is not', () => {
    expect(dates('The search of his home in Mar-a-Lago in Florida riled his supporters.', NOV)).toEqual([]);
    expect(dates('Sales rose in mid-May and again in the May-June period.', NOV)).toEqual(['2004-05 in mid-May']);
  });

  it('a month alone in a present-tense clause is the nearest one, as a day there is', () => {
    expect(dates("The actor, who graces the magazine's January cover, says fatherhood changed him.", NOV)).toEqual([
      '2005-01 January',
    ]);
    expect(dates("The actor, who graced the magazine's January cover, says fatherhood changed him.", NOV)).toEqual([
      '2004-01 January',
    ]);
  });

  it('a past form after a preposition, or after "and" before a noun, modifies that noun and has no tense', () => {
    // Without the preposition rule "affected" would be the clause's past and send the date back a year.
    expect(dates('The union is balloting staff in affected offices for a strike on 26 November.', NOV)).toEqual([
      '2004-11-26 on 26 November',
    ]);
    // "related": an adjective in WordNet, before "areas", a noun only; "arrested" before a determiner stays a verb.
    expect(
      dates('The union is balloting staff in the civil service and related areas for a strike on 26 November.', NOV),
    ).toEqual(['2004-11-26 on 26 November']);
    expect(dates('Police came and arrested the men on 2 November.', NOV)).toEqual(['2004-11-02 on 2 November']);
  });

  it('"scheduled" before a capitalised date looks ahead; before a lower-case noun it only modifies it', () => {
    const DEC = '2004-12-04T12:00:00Z';
    expect(dates('Insurgents have been ramping up attacks ahead of scheduled Jan. 30 elections.', DEC)).toEqual([
      '2005-01-30 Jan. 30',
    ]);
    expect(dates('The scheduled vote took place on Jan. 30.', DEC)).toEqual(['2004-01-30 on Jan. 30']);
  });

  it('"could be announced", "will be told": a past participle after "be" has no tense; "could" looks ahead', () => {
    expect(dates('The length of the bans could be announced as early as Sunday.', SAT)).toEqual(['2004-11-21 Sunday']);
    expect(dates('The length of the bans was announced on Sunday.', SAT)).toEqual(['2004-11-14 on Sunday']);
  });

  it('"isn\'t concerned", "is fully restored": a participle after a present copula, an adverb between, has no tense', () => {
    expect(dates('Steve Smith isn’t concerned about playing at the Palace on Sunday.', SAT)).toEqual([
      '2004-11-21 on Sunday',
    ]);
    expect(dates('The assembly in Stormont is fully restored from January.', '2004-11-29T12:00:00Z')).toEqual([
      '2005-01 from January',
    ]);
  });

  it('"…would discourage them, but on Tuesday, the spokesman spoke": a fronted adverbial takes the clause after it', () => {
    // Wednesday 25 May 2022 in New York.
    const WED = '2022-05-25T11:35:33-04:00';
    expect(
      dates(
        'Huang hoped the clarification would discourage officials, but on Tuesday, the spokesman spoke at length.',
        WED,
      ),
    ).toEqual(['2022-05-24 on Tuesday']);
    // "and" may join two dates instead: the one after it stays in the first clause.
    expect(dates('The regime said it would launch between May 27 and May 30, and the launch came early.', WED)).toEqual(
      ['2022-05-27 between May 27', '2022-05-30 May 30'],
    );
  });

  it('"down from about 10% just over a week ago": the baseline a figure changed from is no event', () => {
    const THU = '2022-05-26T15:37:01+01:00';
    expect(
      dates('Just 5% of the region remained – down from about 10% just over a week ago – officials said.', THU),
    ).toEqual([]);
    expect(dates('Unemployment was 4.1%, up from 3.2% a year ago.', THU)).toEqual([]);
    expect(dates('The dam burst a week ago.', THU)).toEqual(['2022-05-19 a week ago']);
  });

  it('"on Friday and until 8am on Saturday": the weekday ending a span lies after the day that starts it', () => {
    const FRI = '2022-08-19T14:08:48+01:00';
    expect(dates('People were urged to travel only if essential on Friday and until 8am on Saturday.', FRI)).toEqual([
      '2022-08-19 on Friday',
      '2022-08-20 until 8am on Saturday',
    ]);
    expect(dates('The museum was closed from Monday to Wednesday.', FRI)).toEqual([
      '2022-08-15 from Monday',
      '2022-08-17 Wednesday',
    ]);
  });

  it('"next Wednesday" written on a Tuesday is next week\'s; "this coming Wednesday" is tomorrow', () => {
    const TUE = '2022-08-16T22:04:34+01:00';
    expect(dates('Next Wednesday in Eindhoven will be a test of nerve.', TUE)).toEqual(['2022-08-24 Next Wednesday']);
    expect(dates('The vote is this coming Wednesday.', TUE)).toEqual(['2022-08-17 Wednesday']);
    // Written on a Sunday, a week of Sunday to Saturday has just begun: "next Monday" is a week from tomorrow.
    expect(dates('The final is on Saturday and next Monday.', '2015-03-29T12:00:00Z')).toEqual([
      '2015-04-04 on Saturday',
      '2015-04-06 next Monday',
    ]);
  });

  it('"were due to run on Saturday": the future-in-the-past of arrangement looks ahead, not the copula\'s past', () => {
    // Thursday 18 August 2022 in London.
    const THU = '2022-08-18T14:01:48+01:00';
    expect(dates('Some 4,300 rail services were due to run on Thursday and Saturday.', THU)).toEqual([
      '2022-08-18 on Thursday',
      '2022-08-20 Saturday',
    ]);
    expect(dates('Some 4,300 rail services were running on Saturday.', THU)).toEqual(['2022-08-13 on Saturday']);
  });

  it('"is to be held" is the future of arrangement (Quirk et al., "be to")', () => {
    expect(dates('Photographic proof is to be held by the commission until March.', '2004-11-29T12:00:00Z')).toEqual([
      '2005-03 until March',
    ]);
  });
});

describe('a day whose direction the tense does not give: the nearest one', () => {
  it('"set a trial for Nov. 18": the time appointed, not the time of setting it', () => {
    expect(dates('But the judge set a trial for Nov. 18 on criminal contempt charges.', NOV)).toEqual([
      '2004-11-18 Nov. 18',
    ]);
    expect(dates('But the judge held a trial on Nov. 18 on criminal contempt charges.', NOV)).toEqual([
      '2003-11-18 on Nov. 18',
    ]);
  });

  it('a sentence with no tense marker at all ("Members of Congress meet … on January 6")', () => {
    const DEC = '2004-12-28T18:32:00Z';
    expect(dates('Members of Congress meet in Washington on January 6 to evaluate the vote.', DEC)).toEqual([
      '2005-01-06 on January 6',
    ]);
    expect(dates('Members of Congress met in Washington on January 6 to evaluate the vote.', DEC)).toEqual([
      '2004-01-06 on January 6',
    ]);
  });
});

describe('clauses whose own verb the past of another clause does not date', () => {
  /** Monday 26 September 2016. */
  const SEP = '2016-09-26T15:10:47Z';

  it('an infinitive governed by a past verb looks ahead of it: the nearest month or day', () => {
    expect(dates('At the convention he encouraged Republicans to vote their conscience in November.', SEP)).toEqual([
      '2016-11 in November',
    ]);
    expect(dates('At the convention he encouraged Republicans who voted in November.', SEP)).toEqual([
      '2015-11 in November',
    ]);
    expect(dates('The leaders were forging a compromise to extend funding until Dec. 9.', SEP)).toEqual([
      '2016-12-09 until Dec. 9',
    ]);
  });

  it('a relative clause with no tense marker of its own ("— which funds the government until Dec. 9")', () => {
    expect(dates('The measure McConnell filed — which funds the government until Dec. 9 — passed.', SEP)).toEqual([
      '2016-12-09 until Dec. 9',
    ]);
    expect(dates('The measure McConnell filed — which funded the government until Dec. 9 — passed.', SEP)).toEqual([
      '2015-12-09 until Dec. 9',
    ]);
  });

  it('a day ahead of a day written with its year, in the same sentence, follows that day', () => {
    expect(
      dates(
        'On Friday, September 6, 2013, Wildstein informed staff of the closures that were scheduled to begin on Monday, September 9.',
        SEP,
      ),
    ).toEqual(['2013-09-06 On Friday, September 6, 2013', '2013-09-09 on Monday, September 9']);
    expect(dates('On December 30, 2013, the council said the vote would be held on January 6.', SEP)).toEqual([
      '2013-12-30 On December 30, 2013',
      '2014-01-06 on January 6',
    ]);
  });
});

describe('a weekday after a name', () => {
  /** Wednesday 28 September 2016. */
  const SEP = '2016-09-28T12:00:00Z';

  it('ending its phrase after a name that is no English adjective, it dates the clause', () => {
    expect(dates('Cruz insisted to Beck Monday that he was right.', SEP)).toEqual(['2016-09-26 Monday']);
    expect(dates('She said on CNN Tuesday that there were topics she wished to discuss.', SEP)).toEqual([
      '2016-09-27 Tuesday',
    ]);
    expect(dates('He told CBS Monday.', SEP)).toEqual(['2016-09-26 Monday']);
  });

  it('an adjective naming the day, or a name going on after it, keeps it a name', () => {
    expect(dates('He won on Super Tuesday, the biggest day of the primaries.', SEP)).toEqual([]);
    expect(dates('The Sunday Times reported the plan.', SEP)).toEqual([]);
  });
});

describe('weekends', () => {
  /** Wednesday 28 September 2016: the last weekend is 24–25 September, the next 1–2 October. */
  const SEP = '2016-09-28T12:00:00Z';

  it('a comma after the weekend is no part of it: "struck the base this weekend, the latest attack"', () => {
    expect(dates('A drone struck the base this weekend, the latest attack on the region.', SEP)).toEqual([
      '2016-09 this weekend',
    ]);
    expect(dates('The board met on Monday, and the vote passed.', SEP)).toEqual(['2016-09-26 on Monday']);
  });

  it('the last or the next weekend gives the month its two days lie in, as a week does', () => {
    expect(dates('Cruz failed to answer a question this past weekend.', SEP)).toEqual(['2016-09 this past weekend']);
    expect(dates('The paper published the interview over the weekend.', SEP)).toEqual(['2016-09 over the weekend']);
    expect(dates('The team will play again next weekend.', SEP)).toEqual(['2016-10 next weekend']);
  });

  it('a weekend across two months is left out; "this weekend\'s" qualifies a noun', () => {
    // Tuesday 3 May 2016: the last weekend is 30 April – 1 May.
    expect(dates('The council met over the weekend.', '2016-05-03T12:00:00Z')).toEqual([]);
    expect(dates('This weekend’s top films grossed $100 million.', SEP)).toEqual([]);
  });

  it('"the weekend bombings", "a weekend attack": the weekend modifying a noun for an event dates it; "the weekend" alone does not', () => {
    expect(dates('He was accused of the weekend bombings in two cities.', SEP)).toEqual(['2016-09 the weekend']);
    expect(dates('Officials blamed a weekend attack that killed dozens.', SEP)).toEqual(['2016-09 a weekend']);
    expect(dates('They spent the weekend at home.', SEP)).toEqual([]);
  });
});

describe('a start date after nouns joined by "and"', () => {
  it('"outlawed plastic bags in stores and markets beginning in July": the past verb before the "and" governs it', () => {
    const SEP = '2016-09-19T00:00:00Z';
    expect(dates('The law also outlawed plastic bags in grocery stores and markets beginning in July.', SEP)).toEqual([
      '2016-07 in July',
    ]);
    expect(dates('The law restores funding and grants beginning in July.', SEP)).toEqual(['2017-07 in July']);
  });
});

describe('a title in quotation marks inside a clause', () => {
  it('"said on NBC’s “Meet the Press” on Sunday that the panel has begun": the title ends no clause; "said" dates it', () => {
    const MON = '2017-12-04T12:00:00Z';
    expect(dates('Ann Roe said on NBC’s “Meet the Press” on Sunday that the panel has begun.', MON)).toEqual([
      '2017-12-03 on Sunday',
    ]);
  });
});

describe('a start date opening the sentence', () => {
  it('"From Dec. 22 through Jan. 25, the two sides battled": the main clause after it decides; "will" still looks ahead', () => {
    const FEB = '2019-02-15T12:00:00Z';
    expect(dates('From Dec. 22 through Jan. 25, the two sides battled over the wall.', FEB)).toEqual([
      '2018-12-22 From Dec. 22',
      '2019-01-25 through Jan. 25',
    ]);
    expect(dates('Starting Dec. 22, stores will close early.', FEB)).toEqual(['2019-12-22 Dec. 22']);
  });
});

describe('a year as the baseline of a comparison', () => {
  it('"more than in 2015", "compared with 2015" measure against the year; "in 2015" alone dates', () => {
    const SEP = '2016-09-20T12:00:00Z';
    expect(dates('Donors have given 4.5 billion dollars more this year than in 2015.', SEP)).toEqual([]);
    expect(dates('Sales rose 3% compared with 2015.', SEP)).toEqual([]);
    expect(dates('Donors gave 4.5 billion dollars in 2015.', SEP)).toEqual(['2015 in 2015']);
  });
});

describe('"this year" alone in its clause', () => {
  it('belongs to the clause after it: "and this year, it has lapped over the borders" is the present frame', () => {
    const SEP = '2016-09-20T12:00:00Z';
    expect(
      dates('Politics no longer stops at the water’s edge, and this year, it has lapped over the borders.', SEP),
    ).toEqual([]);
    expect(dates('Politics changed, and this year, it lapped over the borders.', SEP)).toEqual(['2016 this year']);
  });
});
