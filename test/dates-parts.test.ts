// Parts of a month ("in early May", "by mid-June", "the end of March"), anaphoric days ("the next day", "that
// evening", "that week") and distances ahead ("is still a month away"). Texts made up for the tests.
import { describe, expect, it } from 'vitest';
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
  });

  it('not in the past, not for distances in space', () => {
    expect(dates('The deal was a year away from completion.')).toEqual([]);
    expect(dates('The stadium is a mile away.')).toEqual([]);
  });
});
