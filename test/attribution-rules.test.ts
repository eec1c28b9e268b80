// The general rules added for real articles (issue 13), each on a small text invented for the test.
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/annotate/dates.ts';
import { NameIndex } from '../src/annotate/mentions/names.ts';
import { isQuotedName } from '../src/annotate/quotes-marks.ts';
import { findQuotes } from '../src/annotate/quotes.ts';
import { parseArticle } from '../src/article/parse.ts';

const speakers = (...paragraphs: string[]): string[] =>
  findQuotes(parseArticle(`Headline\n\n${paragraphs.join('\n\n')}\n\n2026-03-01T10:00:00Z`, 'test')).map(
    (q) => q.speaker,
  );

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
  it('a surname written without its diacritics, or with a German umlaut spelt out, is that person', () => {
    const n = new NameIndex();
    n.add({ name: 'Grete Müller', first: 0 });
    n.add({ name: 'Inés Nuñez', first: 1 });
    expect([n.lookup('Muller', 9)?.name, n.lookup('Mueller', 9)?.name, n.lookup('Nunez', 9)?.name]).toEqual([
      'Grete Müller',
      'Grete Müller',
      'Inés Nuñez',
    ]);
  });
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

  it('a surname shared with a relative introduced as one is the story’s person', () => {
    expect(
      speakers(
        'Lars Vinter was nine when his father, Erik Vinter, left the farm.',
        '"I never saw him again," Vinter said.',
      ),
    ).toEqual(['Lars Vinter']);
  });

  it('a role word opening a sentence before a lone name with a role in apposition is a given name', () => {
    expect(
      speakers(
        'Rival firms such as Varn Outfitters are growing.',
        'Dean Holloway, the chief analyst at a retail research firm, likes the plan. "It is a smart move," he says.',
      ),
    ).toEqual(['Dean Holloway']);
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
      speakers(
        'Mayor Jane Roe opened the depot.',
        'A spokeswoman for the union said "we will not stop until the deal is signed."',
      ),
    ).toEqual(['a spokeswoman for the union']);
  });
});

describe('quote marks and what is not a quote', () => {
  const quotes = (...paragraphs: string[]) =>
    findQuotes(parseArticle(`Headline\n\n${paragraphs.join('\n\n')}\n\n2026-03-01T10:00:00Z`, 'test')).map((q) => [
      q.text,
      q.speaker,
    ]);

  it('British single quotes typed as straight marks, with plural possessives and elisions inside', () => {
    expect(
      quotes(
        "'The workers' canteen is shut and we don't know why,' said nurse Ada Quill.",
        "'We've had 'em all since the '90s.'",
      ),
    ).toEqual([
      ["The workers' canteen is shut and we don't know why,", 'Ada Quill'],
      ["We've had 'em all since the '90s.", 'Ada Quill'],
    ]);
  });

  it('a doubled opening mark ("") opens one quote', () => {
    expect(quotes('""We have never had a busier summer at the harbour," said Ana Kell.')).toEqual([
      ['We have never had a busier summer at the harbour,', 'Ana Kell'],
    ]);
  });

  it('a doubled curly opening mark (“”) opens one quote too', () => {
    expect(quotes('Then Ana Kell spoke. “”We were never told about the plan,” she said.')).toEqual([
      ['We were never told about the plan,', 'Ana Kell'],
    ]);
  });

  it('a name in quotation marks ("“Tavo” said") names a person and quotes nobody; a common word still quotes', () => {
    expect(
      quotes(
        'Next to the gate stood a dock worker who gave his name only as “Tavo”.',
        '“The pay is late again,” “Tavo” said. “Tavo” shrugged: “Ask her twice.”',
        'Ana Kell left. “Tavo” stayed. “Nobody pays us on time,” he said.',
      ),
    ).toEqual([
      ['The pay is late again,', 'Tavo'],
      ['Ask her twice.', 'Tavo'],
      ['Nobody pays us on time,', 'Tavo'],
    ]);
    expect(['Tavo', 'Thanks', 'No,', 'Two Words'].map(isQuotedName)).toEqual([true, false, false, false]);
  });

  it('a double mark, a space, then a single mark opens a quote within a quote', () => {
    const q = quotes(
      'Lawyer Mira Ferro gave the closing argument on Monday.',
      `" 'There was anger, yes, but it went far deeper than that,' [Ferro] said.`,
      `" 'Every bit of it came from what he read online.' "`,
    );
    expect(q.map(([text, speaker]) => [text?.slice(0, 20), speaker])).toEqual([
      ["'There was anger, ye", 'Mira Ferro'],
      ["'Every bit of it cam", 'Mira Ferro'],
    ]);
  });

  it('the name a participle gives a thing ("a campaign called “…”") is no quote; what a person called it is', () => {
    expect(quotes('Mayor Jo Hart launched a campaign called “clean streets for every child” on Monday.')).toEqual([]);
    expect(quotes('Mayor Jo Hart called the plan “a gift to every developer in town”.')).toEqual([
      ['a gift to every developer in town', 'Jo Hart'],
    ]);
  });

  it('words mentioned as words ("the phrase “…”") are no quote', () => {
    expect(quotes('Jo Parr said he had searched online for the phrase “cheap flights to the moon” all night.')).toEqual(
      [],
    );
  });
});

describe('third round: speakers in transcripts, run-on attributions and short quotes', () => {
  const pairs = (...paragraphs: string[]): string[][] =>
    findQuotes(parseArticle(`Headline\n\n${paragraphs.join('\n\n')}\n\n2026-03-01T10:00:00Z`, 'test')).map((q) => [
      q.text,
      q.speaker,
    ]);

  it('a thing that "suggests" a partial quote gives way to the person named after it', () => {
    expect(
      speakers(
        'Lena Voss, an economist at a bank, spoke on Monday.',
        'That rents keep rising suggests “that wages have been stuck almost everywhere” except in two towns, Voss said.',
      ),
    ).toEqual(['Lena Voss']);
  });

  it('a name and its verb after a quote ending in "?" close the quote\'s sentence', () => {
    expect(speakers('Few farmers will talk. “What can we do? Who will help us?” Ann Morrow says.')).toEqual([
      'Ann Morrow',
    ]);
  });

  it('a name that "which" relates to is no person a later "he" stands for', () => {
    expect(
      speakers(
        'Tom Reyes left the bank. Over the years, he started Blue Heron, which trains young coders.',
        '“The hard part is finding teachers,” he says “We have more jobs than people.”',
      ),
    ).toEqual(['Tom Reyes', 'Tom Reyes']);
  });

  it('a transcript label owns its paragraph: a partial quote, "I said", and "he" is someone else', () => {
    expect(
      pairs(
        'Max Gray met Jo Bloggs in 2009.',
        'JO BLOGGS: I mean there is a case for that, to say that "fine, well maybe they need some more help". So be it.',
        'Bloggs: He walked in and said, "I am Max." And I said, "I am Jo." Then we worked.',
      ),
    ).toEqual([
      ['fine, well maybe they need some more help', 'Jo Bloggs'],
      ['I am Max.', 'Max Gray'],
      ['I am Jo.', 'Jo Bloggs'],
    ]);
  });

  it('two titles joined by "and" before a name are one role', () => {
    expect(speakers('“We rank the best of the field,” ShopCo co-founder and CEO Ravi Anand told reporters.')).toEqual([
      'Ravi Anand',
    ]);
  });

  it('a lone capitalised role noun is the surname of a person introduced by it', () => {
    expect(
      speakers(
        'The drug links areas “that seldom talk,” said co-author Paul Judge, a physicist.',
        'Users “call it one of the best things they have known,” Judge told a magazine.',
      ),
    ).toEqual(['Paul Judge', 'Paul Judge']);
  });

  it('a partial quote that runs on to a comma and an inverted "said X"', () => {
    expect(
      speakers('Mills have closed and there has been “very little new money” in plants, said Jo Ruddock.'),
    ).toEqual(['Jo Ruddock']);
  });

  it('a short quote right after its verb of speech, closing the clause, is a quote; one that runs on is not', () => {
    expect(pairs('Asked what he had learned, Tim Oduya said “not much.”')).toEqual([['not much.', 'Tim Oduya']]);
    expect(pairs('Tim Oduya answered “no” to the form’s questions.')).toEqual([]);
    expect(pairs('Asked his name, the stranger said “I am Sam.”')).toEqual([['I am Sam.', 'the stranger']]);
    expect(pairs('At the gate one banner read “Fair Pay Now”, and the crowd sang.')).toEqual([]);
  });
});

describe('dates', () => {
  it('a possessive date qualifies a noun: "Monday\'s alert" is no event', () => {
    expect(
      dates("Monday's alert contained very little information about the suspect.", '2016-09-19T17:18:00Z'),
    ).toEqual([]);
  });

  it('"Friday (Dec. 12)" is the Dec. 12 that falls on a Friday, whatever the tense', () => {
    // Published Thursday 2014-12-11: the coming Friday, not last year's Dec. 12 nor last week's Friday.
    expect(dates('On Friday (Dec. 12) at 8 p.m., the quartet plays the hall.', '2014-12-11T13:40:00-06:00')).toEqual([
      '2014-12-12 On Friday (Dec. 12',
    ]);
  });
});

describe('names written with an ampersand (quotes-tokens.ts)', () => {
  it('"P&O Ferries", "AT&T": an ampersand between capitals joins one name, not two', () => {
    expect(
      speakers('“We acted within the law,” KQ&Z Ferries said in a statement.', '“We will appeal,” said QX&T.'),
    ).toEqual(['KQ&Z Ferries', 'QX&T']);
  });
});

describe('"the company" with no business named by a business word (mentions/registry.ts)', () => {
  it('stands for the organisation the story has named most often, the latest of equals', () => {
    expect(
      speakers(
        'The Harbour Board fined Vantel Ferries after the Harbour Board found Vantel Ferries had broken the law.',
        'The Coast Authority then inspected Vantel Ferries. The company complained of “an unprecedented level of scrutiny”.',
      ),
    ).toEqual(['Vantel Ferries']);
  });
});

describe('verbs that act rather than speak (attribution/narrative.ts, own-sentence.ts)', () => {
  it('"crews responded to the blaze", "firefighters responded." are no speech: the quote-only paragraph is Doe’s', () => {
    expect(
      speakers(
        '“We came from everywhere,” Jo Doe said, adding that dozens of firefighters responded.',
        '“They did not hesitate. They came up with a plan.”',
      ),
    ).toEqual(['Jo Doe', 'Jo Doe']);
    expect(
      speakers(
        '“We came from everywhere,” Jo Doe said, adding that dozens of crews responded to the blaze.',
        '“They did not hesitate. They came up with a plan.”',
      ),
    ).toEqual(['Jo Doe', 'Jo Doe']);
    // A reply in words is speech: "responded to questions" makes Ann Lee the one talking.
    expect(
      speakers(
        '“We came from everywhere,” Jo Doe said.',
        'Ann Lee responded to questions at a briefing.',
        '“We were ready.”',
      ),
    ).toEqual(['Jo Doe', 'Ann Lee']);
  });

  it('"as soon as firefighters arrived, “…”": a verb in an adverbial clause introduces no quote', () => {
    expect(
      speakers(
        'The chief, Jo Doe, told reporters that crews came, adding that as soon as firefighters arrived, “they did not hesitate.”',
      ),
    ).toEqual(['Jo Doe']);
  });
});

describe('unnamed sources, described in full (classify.ts, subject.ts, subject-after.ts, resolver.ts)', () => {
  it('"a source", "one senior source": a noun with a sense for a person (WordNet) introduces an unnamed speaker', () => {
    expect(speakers('“The bill is big,” said a source.', '“It was bad,” one senior source said.')).toEqual([
      'a source',
      'one senior source',
    ]);
  });

  it('the description keeps its postmodifier, before the verb or after it', () => {
    expect(
      speakers(
        '“The bill is big,” a person familiar with the talks said.',
        'A person close to the senator said the bill was “upwards of another million”.',
        '“We clean mould,” said a renter who lives in Kiama, NSW, and took part in the survey.',
      ),
    ).toEqual(['a person familiar with the talks', 'a person close to the senator', 'a renter who lives in Kiama']);
  });

  it('"the renter" later is that unnamed source', () => {
    expect(
      speakers('“We clean mould,” said a renter who lives in Kiama, NSW.', '“The house is cold,” the renter said.'),
    ).toEqual(['a renter who lives in Kiama', 'a renter who lives in Kiama']);
  });
});

describe('a whole sentence in marks with no credible speaker (attribution/context.ts)', () => {
  it('stays, as "unknown"; a phrase with no speaker is a label and goes', () => {
    expect(
      findQuotes(
        parseArticle(
          'Headline\n\nThe new guidance states: “Any requests for notes must be specific.”\n\nThe mood was one of “total carnage” at the depot.\n\n2026-03-01T10:00:00Z',
          'test',
        ),
      ).map((q) => [q.text, q.speaker]),
    ).toEqual([['Any requests for notes must be specific.', 'unknown']]);
  });
});

describe('names in apposition written in Guardian style (subject.ts, given.ts)', () => {
  it('"The city’s first mayor, Sir John A Doe, told …": an honorific and a middle initial with no full point', () => {
    expect(
      speakers(
        'The city’s first mayor, Sir John A Doe, told the council that a child was “simply a savage who can read”.',
        '“It was bad,” said Mary K Lee.',
      ),
    ).toEqual(['John A Doe', 'Mary K Lee']);
  });
});

describe('an unnamed source’s description ends where the time or place of speaking begins (subject-after.ts)', () => {
  it('"said a spokesman for the council on Tuesday" is "a spokesman for the council"', () => {
    expect(
      speakers(
        '“We will act,” said a spokesman for the council on Tuesday.',
        '“We will act,” said a source close to the talks last night.',
        '“We will act,” said a person familiar with the plans in an interview.',
      ),
    ).toEqual(['a spokesman for the council', 'a source close to the talks', 'a person familiar with the plans']);
  });
});
