// The general rules added for real articles (issue 13), each on a small text invented for the test.
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/annotate/dates.ts';
import { NameIndex } from '../src/annotate/mentions/names.ts';
import { findQuotes } from '../src/annotate/quotes.ts';
import { parseArticle } from '../src/article/parse.ts';

const speakers = (...paragraphs: string[]): string[] =>
  findQuotes(parseArticle(`Headline\n\n${paragraphs.join('\n\n')}\n\n2026-03-01T10:00:00Z`, 'test')).map((q) => q.speaker);

const dates = (body: string, instant: string): string[] =>
  findDates(parseArticle(`${body}\n\n${instant} test1`, 'test')).map((e) => `${e.date} ${e.expression}`);

describe('partial names resolve to the full name given earlier (mentions/names.ts)', () => {
  const index = new NameIndex();
  index.add({ name: 'Ann Grey Owl', first: 10 });
  index.add({ name: 'Jo Blake', first: 20 });
  index.add({ name: 'Keith Lorne', first: 30 });

  it('a surname of two words', () => expect(index.lookup('Grey Owl', 100)?.name).toBe('Ann Grey Owl'));
  it('an occupation noun before the surname', () => expect(index.lookup('Realtor Blake', 100)?.name).toBe('Jo Blake'));
  it('a given name nobody else has', () => expect(index.lookup('Keith', 100)?.name).toBe('Keith Lorne'));
  it('a given name shared by two people is nobody', () => {
    const two = new NameIndex();
    two.add({ name: 'Sam Hale', first: 1 });
    two.add({ name: 'Sam Ortiz', first: 2 });
    expect(two.lookup('Sam', 10)).toBeNull();
  });
  it('a different given name with the same surname is not that person', () =>
    expect(index.lookup('Ann Blake', 100)).toBeNull());
});

describe('full-name speakers', () => {
  it('the last words of a three-part name are that person', () => {
    expect(
      speakers('"We hope for the best," said Ann Grey Owl, a medic.', '"They are experimenting on us," Grey Owl said.'),
    ).toEqual(['Ann Grey Owl', 'Ann Grey Owl']);
  });

  it('a capitalised occupation opening the sentence is not part of the name', () => {
    expect(
      speakers(
        'Realtor Jo Blake said prices fell in the spring.',
        'Realtor Blake said sellers are waiting.',
        '"Check how many times the house has been listed," Blake said.',
      ),
    ).toEqual(['Jo Blake']);
  });

  it('"Sir Keith" is the knight named in full before', () => {
    expect(
      speakers(
        'The plan was drawn up by Sir Keith Lorne, the education secretary.',
        'Sir Keith said pupils were "simply ranked in merit order, with little regard to what they know".',
      ),
    ).toEqual(['Keith Lorne']);
  });
});

describe('the attribution after a quote', () => {
  it('a quote that runs on a few words before ", NAME, role, told"', () => {
    expect(
      speakers(
        'Tom Dunn lied on the form, officials say.',
        '"He will be prosecuted" when he returns home, Jo Kell, chairman of the port board, told reporters.',
      ),
    ).toEqual(['Jo Kell']);
  });

  it('"…," NAME wrote right after the mark wins over a verb of speech earlier in the sentence', () => {
    expect(
      speakers(
        'Detective Sam Pratt interviewed Rita Vale twice.',
        'Vale said she had had a dream about it, adding that "when she has a dream about things, they come true," Pratt wrote.',
      ),
    ).toEqual(['Sam Pratt']);
  });
});

describe('who "he" or "the …" stands for', () => {
  it('a name after "in" is a place, never the antecedent of "he"', () => {
    expect(
      speakers(
        'Defense Secretary Rob Gatz ordered a review.',
        'In a speech in San Jose, Gatz spoke of anxiety. He said the corps had "become too heavy, too removed from its roots."',
      ),
    ).toEqual(['Rob Gatz']);
  });

  it('a name after a possessive is no sentence subject', () => {
    expect(
      speakers(
        "Rusty Grail, managing director of Unit, said the center was a partner. The center hosted a workshop for Unit's Challenge Cup startup contest. “It was a nice example of how groups can work together,” he said.",
      ),
    ).toEqual(['Rusty Grail']);
  });

  it('a definite description ("the Canadian business leader") is the person the story was just about', () => {
    expect(
      speakers(
        'Carl Ronald founded Sotix in his basement.',
        'This is despite Mr Ronald not needing any investment.',
        'Turning down bids, the Canadian business leader instead says he wants Sotix to "become as big as they get" in the field.',
      ),
    ).toEqual(['Carl Ronald']);
  });

  it('an indefinite role ("a spokeswoman") is never someone named before', () => {
    expect(
      speakers('Mayor Jane Roe opened the depot.', 'A spokeswoman for the union said "we will not stop until the deal is signed."'),
    ).toEqual(['a spokeswoman for the union']);
  });
});

describe('dates', () => {
  it('a possessive date qualifies a noun: "Monday\'s alert" is no event', () => {
    expect(dates("Monday's alert contained very little information about the suspect.", '2016-09-19T17:18:00Z')).toEqual(
      [],
    );
  });

  it('"Friday (Dec. 12)" is the Dec. 12 that falls on a Friday, whatever the tense', () => {
    // Published Thursday 2014-12-11: the coming Friday, not last year's Dec. 12 nor last week's Friday.
    expect(dates('On Friday (Dec. 12) at 8 p.m., the quartet plays the hall.', '2014-12-11T13:40:00-06:00')).toEqual([
      '2014-12-12 On Friday (Dec. 12',
    ]);
  });
});
