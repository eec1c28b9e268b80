// The holder of an office on the publication day (src/annotate/mentions/offices.ts): a person a story names only by
// office and surname is shown by full name when the surname is the sitting holder's.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/annotate/quotes.ts';
import { officeHolder } from '../src/annotate/mentions/offices.ts';
import { parseArticle } from '../src/article/parse.ts';

const speakersOn = (day: string, ...paragraphs: string[]): string[] =>
  findQuotes(parseArticle(`Headline\n\n${paragraphs.join('\n\n')}\n\n${day}T12:00:00Z`, 'test')).map((q) => q.speaker);

describe('officeHolder', () => {
  it('names the president in office on the day, by the term that began last', () => {
    expect(officeHolder('President', 'Obama', '2012-05-09')).toBe('Barack Obama');
    expect(officeHolder('president', 'Bush', '2004-11-16')).toBe('George W. Bush');
    expect(officeHolder('President', 'Bush', '1990-06-01')).toBe('George H. W. Bush');
    expect(officeHolder('President', 'Trump', '2019-01-04')).toBe('Donald Trump');
    expect(officeHolder('Vice President', 'Pence', '2019-01-04')).toBe('Mike Pence');
  });

  it('names no one for a surname that is not the sitting holder’s, or an office it has no list for', () => {
    expect(officeHolder('President', 'Obama', '2019-01-04')).toBeNull();
    expect(officeHolder('President', 'Taylor', '2003-07-01')).toBeNull();
    expect(officeHolder('President', 'Trump', '2016-09-28')).toBeNull();
    expect(officeHolder('Governor', 'Brown', '2012-05-09')).toBeNull();
    // A vacancy names no one: Ford became president on 1974-08-09 and Rockefeller took office on 1974-12-19.
    expect(officeHolder('Vice President', 'Ford', '1974-09-01')).toBeNull();
  });
});

describe('a president named by office and surname alone', () => {
  it('"President Obama" in a story of 2010 is Barack Obama, and so are "Mr. Obama" and "the president"', () => {
    expect(
      speakersOn(
        '2010-12-08',
        'President Obama defended the deal on Tuesday. “The American people are watching,” Mr. Obama said.',
        '“This makes sense,” the president said.',
      ),
    ).toEqual(['Barack Obama', 'Barack Obama']);
  });

  it('"Vice President Pence" in a story of 2019 is Mike Pence: the qualifier is part of the office', () => {
    expect(
      speakersOn(
        '2019-01-06',
        'Vice President Pence met Democrats. “If there is no wall, there is no deal,” Pence said.',
      ),
    ).toEqual(['Mike Pence']);
  });

  it('"President Trump’s campaign", a possessive, introduces him as well', () => {
    expect(
      speakersOn(
        '2017-05-17',
        'The inquiry looks at President Trump’s campaign.',
        '“It is a witch hunt,” Mr. Trump said.',
      ),
    ).toEqual(['Donald Trump']);
  });

  it('stays "President Obama" when the story was published before his term, and a full name wins', () => {
    expect(speakersOn('2005-03-01', '“We will see,” said President Obama.')).toEqual(['President Obama']);
    expect(
      speakersOn('2010-12-08', 'President Ola Obama of Ruritania spoke.', '“We will see,” said President Obama.'),
    ).toEqual(['Ola Obama']);
  });
});

describe('"the US president": the holder on the publication day, when the story names them', () => {
  it('is the sitting president the story named, not one of another day or one the story never named', () => {
    const body = [
      'Comments by Joe Biden sparked concern.',
      'On Monday, the US president said the US would “get involved militarily”.',
    ];
    expect(speakersOn('2022-05-25', ...body)).toEqual(['Joe Biden']);
    expect(speakersOn('2012-05-09', ...body)).toEqual(['the US president']);
    expect(
      speakersOn('2022-05-25', 'Talks went on.', 'The US president said the US would “get involved militarily”.'),
    ).toEqual(['the US president']);
  });
});
