// Speaker rules for the noun phrases around a speaker, found on the seventh session's train and dev articles (report7's
// pages, read after its score, and groups ae and af): initials, appositions, ordinals and ages before a name, documents
// "from" someone, "according to" a possessor; and on the eighth's (report8's pages, read after its score): a relation
// noun in apposition, "an industry group", "…, said Mayor Jo Doe.", a place people run, an initialism alone. Each on a
// text made for the test.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/annotate/quotes.ts';
import { parseArticle } from '../src/article/parse.ts';

const speakers = (...paragraphs: string[]): string[] =>
  findQuotes(parseArticle(`Headline\n\n${paragraphs.join('\n\n')}\n\n2026-03-01T10:00:00Z`, 'test')).map(
    (q) => q.speaker,
  );

describe('initials written without periods', () => {
  it('"said AJ Vorster" introduces AJ Vorster, so a later "Vorster said" is him', () => {
    expect(
      speakers(
        '“We are not rushing a hire,” said AJ Vorster, the company’s co-founder.',
        'By then, “it was very clear the money had dried up,” Vorster said.',
      ),
    ).toEqual(['AJ Vorster', 'AJ Vorster']);
  });
  it('an abbreviation or a common noun is no initials: "CB Insights" names no person "Insights"', () => {
    expect(
      speakers('CB Insights tracked the deals. “Funding fell by half,” Insights said, according to the report.'),
    ).not.toContain('CB Insights');
  });
});

describe('a wh-word is a function word', () => {
  it('"that whatever Lewis Hamilton tries" introduces Lewis Hamilton, so a later "Hamilton groaned" is him', () => {
    expect(
      speakers(
        'You get the feeling that whatever Lars Hedlund tries, this is not going to be his year.',
        'At the second red flag, Hedlund groaned: “The track is fine!”',
      ),
    ).toEqual(['Lars Hedlund']);
  });
});

describe('an apposition holds no verb of speech', () => {
  it('"In an interview with Deadline Hollywood, the director said" gives the outlet no role "the director said"', () => {
    expect(
      speakers(
        'Jo Brandt has said the crash was the biggest regret of her life.',
        'In an interview with Deadline Hollywood, the director said: “None of us ever considered it a stunt.”',
      ),
    ).toEqual(['Jo Brandt']);
  });
});

describe('the noun a name is given to is the last before "named"', () => {
  it('"a college student named Mark Dunne" is a person; an organisation word before the noun only qualifies it', () => {
    expect(
      speakers(
        'The actor Colin Marsh starred in the film.',
        'Back in 1985, a 21-year-old community college student named Mark Dunne was flying home from London.',
        '“They didn’t say Auckland,” he told the newspaper.',
      ),
    ).toEqual(['Mark Dunne']);
  });
});

describe('a clause subject that is a role with a name in apposition', () => {
  it('"The head of the Labor Party, Jo Weiss, voiced opposition, calling it “…”" is Jo Weiss', () => {
    expect(
      speakers(
        'Education Minister Dan Orr “welcomed” the call.',
        'The head of the Labor Party, Jo Weiss, voiced opposition to the decision, calling it yet “another irresponsible, impractical and unnecessary” move.',
      ),
    ).toEqual(['Jo Weiss']);
  });
});

describe('an ordinal or an age in a role before a name', () => {
  it('"said 19-year-old carpet seller Hamid Hashimi" keeps the partial quote and gives it to him', () => {
    expect(
      speakers(
        'But “the more soldiers they send here, the worse it gets,” said 19-year-old carpet seller Hamed Hashem.',
      ),
    ).toEqual(['Hamed Hashem']);
  });

  it('"said 9th grade Muskogee head coach Don Yates" is Don Yates', () => {
    expect(
      speakers(
        '“Even though we are competitors, coaching is a fraternity,” said 9th grade Muskogee head coach Dan Yeats.',
      ),
    ).toEqual(['Dan Yeats']);
  });
});

describe('a long apposition between the name after a quote and its verb', () => {
  it('"“…,” Ali H. Soufan, a former F.B.I. agent who has written two books, one …, said" is Ali H. Soufan', () => {
    expect(
      speakers(
        '“It was straightforward,” Omar K. Saleh, a former F.B.I. agent who has written two books, one that was published in 2011 and another last month, said of the process.',
      ),
    ).toEqual(['Omar K. Saleh']);
  });
});

describe('"according to" a possessor and what they issued', () => {
  it('"“…,” according to Mr. Rosenstein’s order naming him" is the possessor, not the "he" of the sentence', () => {
    expect(
      speakers(
        'Robert Mueller was appointed by Rod Rosenstein.',
        'He is authorized to investigate “any links and coordination between the government and the campaign,” according to Mr. Rosenstein’s order naming him to the post.',
      ),
    ).toEqual(['Rod Rosenstein']);
  });
});

describe('a document "from" someone', () => {
  it('"a release from Liberal critic Siobhan Coady said" is hers; "a letter from the company" stays the letter', () => {
    expect(
      speakers(
        '“Since November, 79 donors have been appointed to the same boards,” a release from Liberal critic Sinead Cody said.',
        '“We will appeal,” a letter from the company said.',
      ),
    ).toEqual(['Sinead Cody', 'the letter']);
  });
});

describe('an apposition whose head is an organisation word', () => {
  it('"Lockheed Martin, the aerospace contracting company," names a company, no one a later "she" can stand for', () => {
    expect(
      speakers(
        'He worked for a predecessor company to Lockheed Martin, the aerospace contracting company, from 1985 to 1988.',
        '“I thought, it couldn’t be,” she said of the shooting.',
      ),
    ).not.toContain('Lockheed Martin');
  });
  it('"the head of the Meretz party": the noun after "of" is no head, so Zahava Gal-On stays a person', () => {
    expect(
      speakers(
        'Zahava Gal-On, the head of the Meretz party, spoke. “The committee has gone completely crazy,” Gal-On said.',
      ),
    ).toEqual(['Zahava Gal-On']);
  });
});

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

// The ninth session's (report9's pages, read after its score, and groups an and aq).
describe('a noun with a person among its senses between two names', () => {
  it('"said Aviator star Alan Alda": "star" (a celestial body first, a performer too) titles the name after it', () => {
    expect(speakers('“Ossie was my hero,” said Aviator star Alan Alda, a family friend.')).toEqual(['Alan Alda']);
  });
});

describe('a document a person’s possessive names', () => {
  it('"Powell’s resignation letter … the letter reads" gives the letter’s words to Colin Powell', () => {
    expect(
      speakers(
        'Colin Powell resigned on Monday.',
        'Powell’s resignation letter was dated Friday. “Now that the election is over,” the letter reads, “the time has come for me to step down.”',
      ),
    ).toEqual(['Colin Powell', 'Colin Powell']);
  });
});

describe('an English word before a given name and a surname', () => {
  it('"union Unison Dave Prentis said" names Dave Prentis; a given name no list has keeps its place', () => {
    expect(speakers('The head of the union Unison Dave Prentis said: “We will not accept the cuts.”')).toEqual([
      'Dave Prentis',
    ]);
    expect(speakers('Zulfikar Ali Bhutto said: “We will eat grass if we have to.”')).toEqual(['Zulfikar Ali Bhutto']);
  });
});

describe('a dateline', () => {
  it('"WASHINGTON (AFP) — X said, saying “…”": the place and agency before the dash are no subject', () => {
    expect(
      speakers('WASHINGTON, Dec. 8 (UPI) — Hillary Clinton rallied supporters, saying: “We have to stop him.”'),
    ).toEqual(['Hillary Clinton']);
    expect(
      speakers('Washington (AFP) – Jo Doe took a swipe at the plan, saying that “such comments do harm.”'),
    ).toEqual(['Jo Doe']);
  });
});

describe('a title in capitals between a noun for a person and the name', () => {
  it('"Democratic presidential candidate Sen. Bernie Sanders …, saying “…”" is Bernie Sanders, not "Democratic"', () => {
    expect(
      speakers(
        'Democratic presidential candidate Sen. Jo Doe on Saturday criticized the accord, saying it goes “nowhere near far enough.”',
      ),
    ).toEqual(['Jo Doe']);
  });
});

describe('the day between a subject and its verb', () => {
  it('"…,” Jo Doe on Wednesday said", "whom Jo Doe late Tuesday called “…”": the day phrase is no part of the subject', () => {
    expect(speakers('“It is a horrible idea,” Jo Doe on Wednesday said.')).toEqual(['Jo Doe']);
    expect(
      speakers('The ire fell on Bannon, whom Jo Doe late Tuesday called “a horrible, despicable human being.”'),
    ).toEqual(['Jo Doe']);
  });
});

// The tenth session's (report10's pages, read after its score, and groups as and at).
describe('a full name before the noun it modifies', () => {
  it('"a former Ted Doe surrogate" introduces Ted Doe, so a later "Doe shot back" is him', () => {
    expect(
      speakers(
        'Glenn Beck, a former Ted Doe surrogate, suggested Monday that he had backed the wrong man.',
        '“You are encouraged by me to do what you believe is right,” Doe shot back.',
      ),
    ).toEqual(['Ted Doe']);
  });
});

describe('an unnamed source described again', () => {
  it('"the aide" many paragraphs after "a Clinton aide" is that aide, not the last person named', () => {
    const between = Array.from({ length: 8 }, (_, i) => `Officials in capital ${i + 1} wonder what comes next.`);
    expect(
      speakers(
        '“She’s very concerned,” said a Clinton aide.',
        ...between,
        'Take Petro Poroshenko, who is rebuking Putin: “It’s impossible not to read politics into it,” the aide said.',
      ),
    ).toEqual(['a Clinton aide', 'a Clinton aide']);
  });
});

describe('a document from a person named by surname', () => {
  it('"an email from Kelly saying: “…”" is Bridget Kelly\'s when the story introduced her; "from Google" is the email', () => {
    expect(
      speakers(
        'Bridget Kelly was the governor’s deputy chief of staff.',
        'Wildstein received an email from Kelly saying: "Time for some traffic problems in Fort Lee."',
      ),
    ).toEqual(['Bridget Kelly']);
    expect(
      speakers('Wildstein received an email from Google saying: "Time for some traffic problems in Fort Lee."'),
    ).toEqual(['the email']);
  });
});

describe('a verb of speech in a clause after the attribution', () => {
  it('"“…,” Ted Doe shot back, warning of the damage he said X would do": Ted Doe, not the last speaker', () => {
    expect(
      speakers(
        '“Is he fit to be president?” Glenn Beck asked.',
        '“You are encouraged to do what you believe is right,” Ted Doe shot back, warning of the damage he said Clinton would do.',
      ),
    ).toEqual(['Glenn Beck', 'Ted Doe']);
  });
});

describe('verbs of speech in the present', () => {
  it('"while his wife shouts “…”", "“…,” concedes Jo Doe" take their subject, as "shouted" and "conceded" do', () => {
    expect(
      speakers(
        'The video was recorded by Scott’s wife Rakeyia Scott.',
        'In the video, officers are heard yelling at Scott while his wife shouts “he has no weapon” and “he has no gun.”',
      ),
    ).toEqual(['Rakeyia Scott', 'Rakeyia Scott']);
    expect(speakers('“It would have been prudent to tell the staff,” concedes Jo Doe, the superintendent.')).toEqual([
      'Jo Doe',
    ]);
  });
});

describe('a name after a verb is its object', () => {
  it('"The real estate mogul blamed Clinton …" does not make Clinton the subject a later "he said" stands for', () => {
    expect(
      speakers(
        'Donald Trump called for a change Tuesday, a shift away from Hillary Clinton’s policies.',
        'The real estate mogul again blamed Clinton and Obama for refusing to utter the words.',
        '“Today, Hillary Clinton showed again that she will say anything,” he said in a statement.',
      ),
    ).toEqual(['Donald Trump']);
  });
});

describe('the sex of a given name both of Moby\'s lists hold', () => {
  it('"Hillary" is a woman\'s name by the 1990 census, so "he said" after her quote is the man before her', () => {
    expect(
      speakers(
        'Asked about the debate, Donald Trump said she had not got under his skin until the end. Addressing Trump directly, Hillary Clinton said, “Donald, she has a name.”',
        '“I know that person, she was the worst we ever had,” he said.',
      ),
    ).toEqual(['Hillary Clinton', 'Donald Trump']);
  });
});

describe('a participle opening a sentence before a name', () => {
  it('"Addressing Trump directly, …" names no "Addressing Trump": a participle is no given name', () => {
    expect(
      speakers('Addressing Trump directly, Jo Doe said, “Donald, she has a name.”', '“It was a sharp moment,” Trump said.'),
    ).toEqual(['Jo Doe', 'Trump']);
  });
});

describe('a past verb after the subject\'s noun', () => {
  it('"Vohor\'s two bodyguards stopped the ambassador, Bao added": the subject is the bodyguards, not a clause', () => {
    expect(
      speakers(
        'Ambassador Bao Shusheng said the incident occurred last Wednesday.',
        'Vohor’s two bodyguards stopped the ambassador, Bao added, but did not touch him.',
        '“I think this is a personal act,” he said.',
      ),
    ).toEqual(['Bao Shusheng']);
  });
});

// Read on report11's pages after its first and only score.
describe('a given name that is also a word, before a particle', () => {
  it('"Mayor Bill de Blasio" introduces Bill de Blasio, so "de Blasio said" is him', () => {
    expect(
      speakers(
        'New York Mayor Bill de Blasio spoke on Monday.',
        '“We want to get this guy in for questioning,” de Blasio said.',
      ),
    ).toEqual(['Bill de Blasio']);
  });
});

describe('a relative named after a possessive and a relation noun', () => {
  it('"Donald’s father, Fred Trump Junior," is a relative, so a later "Trump said" is Donald Trump', () => {
    expect(
      speakers(
        'Donald Trump’s grandfather was born in Kallstadt.',
        'Shortly after that, Donald’s father, Fred Trump Junior, was born.',
        '“The cake looks really good,” Trump said.',
      ),
    ).toEqual(['Donald Trump']);
  });
});

describe('a noun for a person after an organisation word', () => {
  it('"said another former senior Obama campaign staffer" keeps its head noun', () => {
    expect(speakers('“There is not a lot of mirth here,” said another former senior Obama campaign staffer.')).toEqual([
      'another former senior Obama campaign staffer',
    ]);
  });
});

describe('a year before a noun in a speaker’s phrase', () => {
  it('"said a former Lund 2008 campaign aide Ada Vey" is Ada Vey, not the Lund the story named before', () => {
    expect(
      speakers('President Tomas Lund spoke on Monday.', '“He is done,” said a former Lund 2008 campaign aide Ada Vey.'),
    ).toEqual(['Ada Vey']);
  });
});

describe('a generational suffix keeps its period', () => {
  it('"Theo J. Lund Jr." is shown as written, "Jr." with its period, as initials keep theirs', () => {
    expect(
      speakers('Theo J. Lund Jr., a lawyer for the firm, spoke first.', '“Each case is different,” Mr. Lund said.'),
    ).toEqual(['Theo J. Lund Jr.']);
  });
});

describe('a reduced relative clause between the speech verb and the quote', () => {
  it('"told reporters that a deal announced by Ana Ruiz “would …”": the quote is the teller’s, not the agent’s', () => {
    expect(
      speakers(
        'Lars Eng, the outgoing chairman, told reporters that failure to pass the deal announced by President Ana Ruiz “would increase the risk” of a recession.',
      ),
    ).toEqual(['Lars Eng']);
  });
});
