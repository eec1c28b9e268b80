// Parts of a month ("in early May", "by mid-June", "the end of March"), anaphoric days ("the next day", "that
// evening", "that week") and periods ("that summer", "the following year", "two months later"), distances ahead
// ("is still a month away") and back in number words ("Forty-five years ago"). Texts made up for the tests.
import { describe, expect, it } from 'vitest';
import { cardinalValue } from '../src/annotate/dates-numbers.ts';
import { findDates } from '../src/annotate/dates.ts';
import { parseArticle } from '../src/article/parse.ts';

/** Wednesday 10 July 2024. */
const PUB = '2024-07-10T12:00:00Z';

function dates(body: string, instant: string = PUB): string[] {
  const article = parseArticle(`${body}\n\n${instant} test1`, 'test');
  return findDates(article).map((e) => `${e.date} ${e.expression}`);
}

describe('a part of a month is the month', () => {
  it('"in early May": chrono alone reads nothing (its filter for the modal "may" drops it)', () => {
    expect(dates('The ferry ran aground in early May.')).toEqual(['2024-05 in early May']);
    expect(dates('Early May saw the first frost.')).toEqual(['2024-05 Early May']);
    expect(dates('Prices fell by mid-May, traders said.')).toEqual(['2024-05 by mid-May']);
    expect(dates('Growth slowed in the middle of May.')).toEqual(['2024-05 in the middle of May']);
    expect(dates('The mill shut at the beginning of May.')).toEqual(['2024-05 the beginning of May']);
  });

  it('early, mid, late, the start and the end of any month, at month precision', () => {
    expect(dates('The ferry ran aground in early June.')).toEqual(['2024-06 in early June']);
    expect(dates('The dam burst in mid June.')).toEqual(['2024-06 in mid June']);
    expect(dates('Talks ended at the end of March.')).toEqual(['2024-03 the end of March']);
    expect(dates('The pier reopened at the start of April.')).toEqual(['2024-04 the start of April']);
    expect(dates('Auditors arrived in late Sept. 2021.')).toEqual(['2021-09 in late Sept. 2021']);
  });

  it('the year follows the tense of the clause, as for a month alone', () => {
    expect(dates('The ferry will sail again in early May.')).toEqual(['2025-05 in early May']);
    expect(dates('The ferry sailed again in late August.')).toEqual(['2023-08 in late August']);
    expect(dates('The new wing is scheduled to open in mid-October.')).toEqual(['2024-10 in mid-October']);
    // A modal of possibility alone reaches across the new year only when that is the nearer one.
    expect(dates('Fares could rise in early January.', '2024-12-02T12:00:00Z')).toEqual(['2025-01 in early January']);
    expect(dates('The vote will be held in late May next year.')).toEqual(['2025-05 in late May next year']);
  });

  it('not the modal verb, and a day after the month is chrono\'s to read', () => {
    expect(dates('He said it was too late may be the answer.')).toEqual([]);
    expect(dates('The bridge opened early June 4.')).toEqual(['2024-06-04 early June 4']);
  });
});

describe('anaphoric days count from the last day named', () => {
  it('"the next day", "that evening", "a day later", "the day before" in the sentence after', () => {
    expect(dates('The fire broke out on June 3. The owner was arrested the next day.')).toEqual([
      '2024-06-03 on June 3',
      '2024-06-04 the next day',
    ]);
    expect(dates('The storm hit on June 3. Crews reached the valley that evening, hours before dark.')).toEqual([
      '2024-06-03 on June 3',
      '2024-06-03 that evening',
    ]);
    expect(dates('The pilot landed on Monday. A day later, the airline grounded the fleet.')).toEqual([
      '2024-07-08 on Monday',
      '2024-07-09 A day later',
    ]);
    expect(dates('The mayor resigned on June 3. She had met the auditors the day before.')).toEqual([
      '2024-06-02 the day before',
      '2024-06-03 on June 3',
    ]);
  });

  it('across paragraphs told in the past; "that week" is the month when the whole week lies in it', () => {
    expect(dates('The council voted on Thursday, July 4.\n\nIn a statement that week, the mayor said it was wrong.')).toEqual([
      '2024-07 that week',
      '2024-07-04 on Thursday, July 4',
    ]);
    // The week of Friday 31 May runs into June: no month holds it.
    expect(dates('The council voted on May 31.\n\nIn a statement that week, the mayor said it was wrong.')).toEqual([
      '2024-05-31 on May 31',
    ]);
    expect(
      dates('The fire broke out on June 3.\n\nWitnesses described the smoke.\n\nThe owner was arrested the next day.'),
    ).toEqual(['2024-06-03 on June 3', '2024-06-04 the next day']);
  });

  it('not without a day before, not after a paragraph in the present, not in a quote, not as a habit', () => {
    expect(dates('The owner was arrested the next day.')).toEqual([]);
    expect(dates('The fire broke out on June 3.\n\nThe shop is closed.\n\nThe owner was arrested the next day.')).toEqual([
      '2024-06-03 on June 3',
    ]);
    expect(dates('The fire broke out on June 3. "We left the next day," the owner said.')).toEqual(['2024-06-03 on June 3']);
    expect(dates('The fire broke out on June 3. Guests who stay here leave the next day.')).toEqual(['2024-06-03 on June 3']);
    // A month alone gives no day to count from.
    expect(dates('The fire broke out in June. The owner was arrested the next day.')).toEqual(['2024-06 in June']);
  });

  it('"that" as a conjunction, "the day before" a noun, are no anaphoric days', () => {
    expect(dates('The fire broke out on June 3. He said that night fell early.')).toEqual(['2024-06-03 on June 3']);
    expect(dates('The fire broke out on June 3. He left the day before the vote.')).toEqual(['2024-06-03 on June 3']);
  });
});

describe('a distance ahead: "is still a month away"', () => {
  it('the publication day plus the distance, at the precision of the unit', () => {
    expect(dates('Though the inauguration is still a month away, markets moved.')).toEqual(['2024-08 a month away']);
    expect(dates('The election is two weeks away.')).toEqual(['2024-07-24 two weeks away']);
    expect(dates('The games are a year away.')).toEqual(['2025 a year away']);
    expect(dates('The centenary is still fifteen years away.')).toEqual(['2039 fifteen years away']);
  });

  it('not in the past, not for distances in space', () => {
    expect(dates('The deal was a year away from completion.')).toEqual([]);
    expect(dates('The stadium is a mile away.')).toEqual([]);
  });
});

describe('anaphoric periods count from the last date named', () => {
  it('"that summer", "the following year": from the last year named', () => {
    expect(dates('The bakery opened in 2015. It moved to a bigger shop the following year.')).toEqual([
      '2015 in 2015',
      '2016 the following year',
    ]);
    expect(dates('The club was founded in 1998 and won its first cup that summer.')).toEqual([
      '1998 in 1998',
      '1998-06 that summer',
    ]);
  });

  it('"two months later", "12 months later": from the last date, at the precision both give', () => {
    expect(dates('The mine closed in March 2020. Two months later, the town voted to buy it.')).toEqual([
      '2020-03 in March 2020',
      '2020-05 Two months later',
    ]);
    expect(dates('He opened the shop in 2009, and 12 months later he sold it.')).toEqual(['2009 in 2009', '2010 12 months later']);
    // A year gives no month to count months from, a month no day.
    expect(dates('He opened the shop in 2009, and two months later he sold it.')).toEqual(['2009 in 2009']);
    expect(dates('The mine closed in March 2020. Two days later, the town voted.')).toEqual(['2020-03 in March 2020']);
  });

  it('not in a future clause, not as a possessive', () => {
    expect(dates('The bakery opened in 2015. It will move the following year.')).toEqual(['2015 in 2015']);
    expect(dates('The bakery opened in 2015. The following year’s rent was higher.')).toEqual(['2015 in 2015']);
  });

  it('"for the next year", "over the following year": a duration after that time, not the year after', () => {
    expect(dates('The grant was cut in 2015, a loss of staff for the next year.')).toEqual(['2015 in 2015']);
    expect(dates('Prices doubled in 2015 and fell back over the following year.')).toEqual(['2015 in 2015']);
  });

  it('a paragraph of a quote and "he says" keeps the time of the narration; one with words of its own in the present does not', () => {
    expect(dates('The firm was set up in 2004.\n\n“It was hard,” he says.\n\nA year later, it hired its first engineer.')).toEqual([
      '2004 in 2004',
      '2005 A year later',
    ]);
    expect(
      dates('The firm was set up in 2004.\n\nIt now has 300 staff, he says.\n\nA year later, it hired its first engineer.'),
    ).toEqual(['2004 in 2004']);
  });
});

describe('a distance back in number words: "Forty-five years ago"', () => {
  it('number words above twelve, which chrono does not read, at the precision of the unit', () => {
    expect(dates('Forty-five years ago, the mill burned down.')).toEqual(['1979 Forty-five years ago']);
    expect(dates('The well ran dry twenty days ago.')).toEqual(['2024-06-20 twenty days ago']);
    // The baseline of a comparison is no event.
    expect(dates('Output is higher than thirty years ago.')).toEqual([]);
  });

  it('cardinalValue reads English cardinals below a thousand', () => {
    expect(cardinalValue('seventy')).toBe(70);
    expect(cardinalValue('Forty-two')).toBe(42);
    expect(cardinalValue('a hundred and five')).toBe(105);
    expect(cardinalValue('twelve')).toBe(12);
    expect(cardinalValue('dozen')).toBeNull();
  });
});
