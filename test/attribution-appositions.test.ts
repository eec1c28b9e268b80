// Speaker rules found on the eighth session's train and dev articles (report8's pages, read after its score): a
// relation noun in apposition, an organisation described by "an industry group"; each on a text made for the test.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/annotate/quotes.ts';
import { parseArticle } from '../src/article/parse.ts';

const speakers = (...paragraphs: string[]): string[] =>
  findQuotes(parseArticle(`Headline\n\n${paragraphs.join('\n\n')}\n\n2026-03-01T10:00:00Z`, 'test')).map(
    (q) => q.speaker,
  );

describe('a relation noun with any determiner in apposition before a name', () => {
  it('"another sister, Lena Ortiz, said" lets a later "the sister said" stand for Lena Ortiz', () => {
    expect(
      speakers(
        'Another sister, Lena Ortiz, said the family had not spoken in years.',
        'Sam Hale, a neighbour, said the house was quiet. “He never had visitors,” the sister said.',
      ),
    ).toEqual(['Lena Ortiz']);
  });
});

describe('an apposition opened by "a" or "an" says what an organisation is', () => {
  it('"according to the National Beekeepers Federation, a trade group." lets "the group says" stand for it', () => {
    expect(
      speakers(
        'Hives are lost every winter, according to the National Beekeepers Federation, a trade group.',
        '“Without bees,” the group says, “Farms stop.”',
      ),
    ).toEqual(['National Beekeepers Federation', 'National Beekeepers Federation']);
  });
  it('a group named earlier with "group" in its name does not take the words', () => {
    expect(
      speakers(
        'A translation was provided by the Orbit Monitoring Group.',
        'Most freight moves by road, according to the National Haulage Council, an industry group.',
        '“Without lorries,” the group says, “Shops close.”',
      ),
    ).toEqual(['National Haulage Council', 'National Haulage Council']);
  });
});

describe('an inverted attribution outside quotes: "…, said Mayor Jo Doe."', () => {
  it('makes the person after "said" the one talking, whom a quote-only sentence after it belongs to', () => {
    expect(
      speakers(
        'While pressure was needed on the council, being too tough could backfire, said Mayor Ines Varga. “If they walk out, nothing gets built.”',
      ),
    ).toEqual(['Ines Varga']);
  });
  it('not when the noun phrase after "said" runs on into a clause: "Jo Doe, a witness, said Karl Bost stood …"', () => {
    expect(
      speakers('Another witness, Petra Lind, said Karl Bost stood over her for a minute.', '“He looked right at me.”'),
    ).toEqual(['Petra Lind']);
  });
});

describe('a place people run speaks for them', () => {
  it('"The station said in a statement that …" gives the quote to the station; "the car said" stays no one', () => {
    expect(
      speakers('The station said in a statement that the painting “was removed for cleaning and will return in May.”'),
    ).toEqual(['the station']);
    expect(speakers('The car said in its robotic voice that the door “will not open until the engine stops.”')).toEqual(
      ['unknown'],
    );
  });
});

describe('an initialism alone is an organisation', () => {
  it('"… ,’ NOAA explains." gives the quote and the paragraph after it to NOAA; "GDP said" names no one', () => {
    expect(
      speakers(
        '‘The undersides of some icebergs can be eroded away,’ NOAA explains.',
        '‘Erosion can change an iceberg’s shape and cause it to flip.’',
      ),
    ).toEqual(['NOAA', 'NOAA']);
    expect(speakers('“Growth will slow this year,” GDP said.')).not.toContain('GDP');
  });
});
