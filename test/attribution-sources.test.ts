// Speaker rules found on the third session's blind train articles (groups o–v) and on PolNeAR's annotated election
// news: unnamed sources, relatives, the sex a given name tells, where a speaker belongs; each on a text made for the test.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/annotate/quotes.ts';
import { parseArticle } from '../src/article/parse.ts';

const speakers = (...paragraphs: string[]): string[] =>
  findQuotes(parseArticle(`Headline\n\n${paragraphs.join('\n\n')}\n\n2026-03-01T10:00:00Z`, 'test')).map(
    (q) => q.speaker,
  );

describe('unnamed sources, "according to" and sentence-initial auxiliaries (third blind round)', () => {
  it('"the aide" after "one senior aide said …" is that unnamed aide, not the person the story is about', () => {
    expect(
      speakers(
        'Is Dana Holt ready to govern? One senior aide said she often changed course after a call.',
        '“She listens to whoever spoke last,” said the aide. “That will not change.”',
      ),
    ).toEqual(['one senior aide', 'one senior aide']);
  });

  it('"the spokesperson" after "a spokesperson for the minister said" is that spokesperson, the phrase after its head kept', () => {
    expect(
      speakers(
        'Defence minister Ray Marsh visited the yard. A spokesperson for Marsh said: “A process is under way.”',
        'The spokesperson added that the department “is looking at how quickly that can be delivered”.',
      ),
    ).toEqual(['a spokesperson for Marsh', 'a spokesperson for Marsh']);
  });

  it('a possessive description is someone else than the person it belongs to', () => {
    expect(
      speakers(
        'Singer Rob Vale was asked about the concert in March.',
        '“He will not be performing,” Rob Vale’s publicist retorted.',
      ),
    ).toEqual(['Rob Vale’s publicist']);
  });

  it('"according to X" makes X the one who spoke: a later "he said" is X', () => {
    expect(
      speakers(
        'As governor, Tom Reyes backed the plan. Staff in Millbrook say they never saw it.',
        'The results, according to Lee Park, an analyst at the institute, were mixed.',
        '“A room with no windows would be best,” he said.',
      ),
    ).toEqual(['Lee Park']);
  });

  it('a capitalised auxiliary opening a question opens no name', () => {
    expect(speakers('Was Nora Lind right? “We were,” Lind said.')).toEqual(['Nora Lind']);
  });
});

describe('speaker phrases after the verb and verbs of crying out (third blind round)', () => {
  it('a participle clause after the noun ends the speaker phrase: "said a passenger leaning out of a car"', () => {
    expect(speakers('“Why are you angry?” said a passenger leaning out of a car blocking his path.')).toEqual([
      'a passenger',
    ]);
  });

  it('"cried" attributes a quote like "shouted"; "the man" stays the description when nobody was introduced so', () => {
    expect(speakers('The man on the bike rode the wrong way.', '“I am not angry at you,” the man cried back.')).toEqual(
      ['the man'],
    );
  });

  it('"the former adviser" is the unnamed one introduced after a named adviser, not the named one', () => {
    expect(
      speakers(
        '“He listens,” said Sam Ortiz, an adviser to the mayor.',
        'One former adviser said the mayor never changed his mind.',
        '“He will say what the room wants,” the former adviser said.',
      ),
    ).toEqual(['Sam Ortiz', 'one former adviser']);
  });
});

describe("two straight single marks as a double mark (''…'')", () => {
  const quotes = (body: string) =>
    findQuotes(parseArticle(`Headline\n\n${body}\n\n2026-03-01T10:00:00Z`, 'test')).map((q) => [q.text, q.speaker]);

  it('open and close a quote, and the attribution after them still finds its speaker', () => {
    expect(quotes("''I have grave doubts about the shelters,'' said Mayor Ann Ross.")).toEqual([
      ['I have grave doubts about the shelters,', 'Ann Ross'],
    ]);
  });

  it('a plural possessive before a lone mark opens nothing', () => {
    expect(quotes("The workers' union met the officers' council on Monday.")).toEqual([]);
  });
});

describe('a definite description as a sentence subject is what a later "he" stands for', () => {
  it('"the city\'s defense director found … “…,” he said" is the director', () => {
    expect(
      speakers(
        'The shelters opened in 1961.',
        'By 1966, the city’s defense director found that most shelters were empty. “I have grave doubts,” he said.',
      ),
    ).toEqual(['the city’s defense director']);
  });
});

describe('a verb of telling after a comma', () => {
  it('"Jo Doe, the leader, told France Info radio that … X “…”": the object told is not the speaker', () => {
    expect(
      speakers(
        'But the party’s leader, Stan Garin, told France Info radio that despite the conviction, Pirat “is an honest man, I don’t think he is capable of it”.',
      ),
    ).toEqual(['Stan Garin']);
  });
});

describe('"asked one", "One said": one of the group just named', () => {
  it('is one of that group, its count and determiner left out; "the officer" after it is the same one', () => {
    expect(
      speakers(
        'Worried locals responded to the governor. “Was our air defence on a lunch break?” asked one.',
        'Two former intelligence officers who saw his work said they were shocked.',
        'One said the country owed him “a permanent debt”. “His commitment is total,” the former officer said.',
        'A couple of Virginia Republicans offered compliments. One called Kaine a “trial lawyer who is great on his feet.”',
      ),
    ).toEqual([
      'one of the worried locals',
      'one of the former intelligence officers',
      'one of the former intelligence officers',
      'one of the Virginia Republicans',
    ]);
  });

  it('"Another said" after an unnamed source who spoke ("One senior MP told …") is another of that kind', () => {
    expect(
      speakers(
        'One senior Tory MP told the paper they believed it was a cover-up. Another said it could be “the most damaging event of the bunch”.',
      ),
    ).toEqual(['another senior Tory MP']);
  });

  it('with no group named before it, "said another" names nobody', () => {
    expect(speakers('The advert drew comment online. “It scared me,” said another.')).toEqual(['unknown']);
  });
});

describe('an object after a verb and a comma is no inverted subject', () => {
  it('"The mayor, Sadiq Kahn, accused the minister, Grant Shaw, of provoking strikes" has the mayor speaking next', () => {
    expect(
      speakers(
        'The mayor, Sadiq Kahn, accused the transport secretary, Grant Shaw, of provoking strikes.',
        '“It is almost like they are provoking strikes,” he said.',
      ),
    ).toEqual(['Sadiq Kahn']);
  });
});

describe('a title and a full name in apposition to the subject', () => {
  it('"The minister responsible for the Rail Loop, deputy premier Jacinta Allen, said": the titled name speaks', () => {
    expect(
      speakers(
        'The minister responsible for the Northern Rail Loop, deputy premier Jacinta Allen, said it would cost “thousands and thousands of jobs”.',
        '“Most tax regimes begin with federal income,” Marvin Kish, a tax lawyer at Greenfield Tully, said.',
      ),
    ).toEqual(['Jacinta Allen', 'Marvin Kish']);
  });
});

describe('"No 10": a house by its number', () => {
  it('"a No 10 source said", "No 10 said" speak for the office, not the last person named', () => {
    expect(
      speakers('Mick Lyle, the union leader, spoke.', '“The priority is getting people to work,” a No 10 source said.'),
    ).toEqual(['a No 10 source']);
    expect(speakers('Mick Lyle spoke.', '“We will not budge,” No 10 said.')).toEqual(['No 10']);
  });
});

describe('post-nominal letters', () => {
  it('"Biggs’s barrister, Chris Dane QC, asked": letters after the name in apposition are no part of it', () => {
    expect(
      speakers('Biggs’s barrister, Chris Dane QC, asked the former manager: “Did you at any stage put your hands on her?”'),
    ).toEqual(['Chris Dane']);
  });
});

describe('an age as an epithet', () => {
  it('"the 47-year-old said" is the person just named, even in a clause that is not the sentence\'s subject', () => {
    expect(
      speakers(
        'The ground shook moments after Nadia Timko climbed out of her bunker.',
        '“I go outside just to see people,” the 47-year-old said.',
      ),
    ).toEqual(['Nadia Timko']);
  });
});

describe('relatives and the sex a given name tells (third blind round)', () => {
  it('"his son, Omar Hale," in apposition is a relative: "Hale" alone stays the story\'s person', () => {
    expect(
      speakers(
        'Seddique Hale maintained a high profile online.',
        'Hale met reporters and called the attack by his son, Omar Hale, “the act of a terrorist.”',
        'In a video, Hale said: “I do not know what caused him to shoot.”',
      ),
    ).toEqual(['Seddique Hale', 'Seddique Hale']);
  });

  it('"she" passes over a man named in her sentence: the given name tells his sex', () => {
    expect(
      speakers(
        'Gwyneth Lund spoke about her career on the show.',
        'And on the subject of Johnny Ward, with whom she co-stars, she said, “I am not cool enough for him.”',
      ),
    ).toEqual(['Gwyneth Lund']);
  });
});

describe('a name after a preposition that follows a common noun is where the speaker belongs', () => {
  it('"says a doctor from Hebron" is the doctor, not Hebron', () => {
    expect(speakers('“We are not just numbers,” says a doctor from Hebron, whose name has been withheld.')).toEqual([
      'a doctor from Hebron',
    ]);
  });

  it('"a spokesman for U.N. Secretary-General Ada Vey" is the spokesman: a title before the name changes nothing', () => {
    expect(
      speakers('A spokesman for U.N. Secretary-General Ada Vey called the launch “a clear breach of the rules.”'),
    ).toEqual(['a spokesman for U.N. Secretary-General Ada Vey']);
  });
});

describe('an "and" inside an organisation’s name', () => {
  it('"the Health and Human Services Department said" is the department, whole, before or after the quote', () => {
    expect(speakers('“All beneficiaries have equal coverage,” the Health and Human Services Department said.')).toEqual(
      ['the Health and Human Services Department'],
    );
    expect(
      speakers(
        'The Health and Human Services Department said Medicare would extend benefits, “clarifying that all have access.”',
      ),
    ).toEqual(['the Health and Human Services Department']);
  });
});

describe('an organisation named for a cause and those it is for', () => {
  it('"said Democracy for America", "Americans for Prosperity said": the whole name, no person "America"', () => {
    expect(
      speakers(
        '“It is a stunning display of cowardice,” said Democracy for America, one of several groups.',
        '“We will fight,” Americans for Prosperity said.',
        '“We will win,” said Jo Doe for the campaign.',
      ),
    ).toEqual(['Democracy for America', 'Americans for Prosperity', 'Jo Doe']);
  });
});

describe('documents that speak', () => {
  it('"says a pamphlet issued by the ministry": a pamphlet is a document (WordNet), the passive participle ends it', () => {
    expect(speakers('“Every woman must wear a veil!” says a pamphlet issued by the state publisher.')).toEqual([
      'the pamphlet',
    ]);
  });
});

describe('a quoted question and its attribution', () => {
  it('"“Who are they?” Jo Doe said of the firm in May": the name and verb after the question attribute it', () => {
    expect(speakers('“Who do they think they are?” Jo Doe said of the firm in February, when it balked.')).toEqual([
      'Jo Doe',
    ]);
  });
});

describe("a noun for a person between two names is the second name's title", () => {
  it('"said Virginia delegate Beau Correll" is Beau Correll, not Virginia', () => {
    expect(speakers('“This is just a scripted television show,” said Virginia delegate Beau Correll.')).toEqual([
      'Beau Correll',
    ]);
  });
});

describe('closed-class words and month abbreviations opening a sentence open no name', () => {
  it('"Like Corker, Bob Menendez …" is Bob Menendez, and "said Republican political consultant Chris Russell" is Russell', () => {
    expect(speakers('Like Corker, Bob Menendez wants “flexibility for the administration,” he said.')).toEqual([
      'Bob Menendez',
    ]);
    expect(speakers('“It became a lot of people,” said Republican political consultant Chris Russell.')).toEqual([
      'Chris Russell',
    ]);
  });
});

describe('capitals that grammar put there (mentions/capitals.ts)', () => {
  it('a word capitalised only because it opens the sentence is no speaker: the clause subject after it is', () => {
    expect(
      speakers(
        'Senator Ana Ruiz spoke in Dover on Monday.',
        'Early in her campaign, Ruiz attacked the governor, calling him “a tired man.”',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('a plural noun for people opening the sentence is a group, not the person named before', () => {
    expect(
      speakers(
        'Mayor Jo Ann Smith spoke on Monday.',
        'Demonstrators said they wanted “a fair hearing,” but pledged to remain calm.',
        'The nurses said the ward was “full every night.”',
      ),
    ).toEqual(['Demonstrators', 'the nurses']);
  });

  it('a surname that is also a common word stays a name when the story capitalises it inside a sentence', () => {
    expect(
      speakers(
        'The young voters met Dr. Ellen Young, a surgeon, on Monday, and Young spoke first.',
        'Young said the clinic was “ready for anyone.”',
      ),
    ).toEqual(['Ellen Young']);
  });
});

describe('asides that hold a title in marks or run long', () => {
  it('reads the subject across an aside holding a title in quotation marks', () => {
    expect(
      speakers(
        'Jeff Hemsley, the co-author of “Going Viral,” about the spread of news, said the days of “one shared story” are gone.',
      ),
    ).toEqual(['Jeff Hemsley']);
  });

  it('reads an inverted attribution across a participle aside holding a short quote', () => {
    expect(
      speakers(
        '“We have had better conventions than this one,” delegate Bill Eastland, wearing a hat and “Vote Ruiz” pins, said.',
      ),
    ).toEqual(['Bill Eastland']);
  });

  it('reads the subject across a long appositive with a relative clause', () => {
    expect(
      speakers(
        'Rich Heffley, a veteran county party operative who played a major role in the last two campaigns and is now running the early-vote effort in the state, said the program is a “critical part of our strategy.”',
      ),
    ).toEqual(['Rich Heffley']);
  });

  it('an inverted verb after a phrase that names no one takes the subject after it', () => {
    expect(
      speakers('In other words, explained moderator Nancy Cordes: “What does that have to do with the donations?”'),
    ).toEqual(['Nancy Cordes']);
  });
});

describe('a dash and a name after the quote (epigraphs, pull quotes, reader responses)', () => {
  it('names the source of each quote, on lines of one paragraph, whatever dash is used', () => {
    expect(
      speakers(
        'Readers wrote to us after the debate.',
        '“The debate was a mess for everyone.” ― Sonya Herridge\n“He is ignorant of our culture.”— Pamela Padilla',
        '“We deserve better answers.” -- Omar Reyes, a teacher in Ohio.',
      ),
    ).toEqual(['Sonya Herridge', 'Pamela Padilla', 'Omar Reyes']);
  });

  it('is no attribution after a quote its own sentence attributes, nor before a verb', () => {
    expect(
      speakers(
        'Prime Minister Ana Ruiz spoke on Monday.',
        'Ruiz insisted her party was “still the first force in the country.”--Kim Lund.',
        '“We will win,” Ruiz said — Lee Park disagreed.',
      ),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('generational suffixes (AP style: Jr., Sr., II)', () => {
  it('keep the name whole, and the surname before the suffix finds it later', () => {
    expect(
      speakers(
        'Rep. Steve Kling spoke first.',
        '“Hate this framing,” Vann R. Newkirk II, a writer for the magazine, said on Twitter.',
        '“We march on,” said Martin Luther King Jr., the pastor. “Again,” King said.',
      ),
    ).toEqual(['Vann R. Newkirk II', 'Martin Luther King Jr.', 'Martin Luther King Jr.']);
  });
});

describe('groups of people and words that only look like adverbs', () => {
  it('"the family", "Scott’s family" speak as a group, not as the person the story is about', () => {
    expect(
      speakers(
        'Walter Scott was shot by an officer. Lawyer Justin Bamberg said the videos were short.',
        '“We want the truth,” the family said.',
        'Scott’s family has called on police to release the videos “as a matter of the greater good” and to act.',
      ),
    ).toEqual(['the family', 'Scott’s family']);
  });

  it('an adverb ending in -ly before the verb is still skipped', () => {
    expect(speakers('Jo Smith spoke.', '“We lost,” Smith angrily said.')).toEqual(['Jo Smith']);
  });
});

describe('participles and reports', () => {
  it('a participle of speech right before the quote, after a full name, is that person speaking', () => {
    expect(
      speakers(
        'Senator Ana Ruiz spoke first.',
        'The ad uses footage of Ana Ruiz asking, “Why am I not fifty points ahead?”',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('not a lone capital after a preposition ("on Facebook writing")', () => {
    expect(
      speakers(
        'Senator Ana Ruiz spoke first.',
        'Ruiz answered the question on Facebook writing, “Yes, I will. That was a poor choice of words.”',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('"…,” reported Reuters" gives the quote to whoever reports', () => {
    expect(
      speakers('Ana Ruiz leads the race.', 'This is “roughly the same lead she has held all month,” reported Reuters.'),
    ).toEqual(['Reuters']);
  });
});

describe('epithets for someone the story named (news style second references)', () => {
  it('"the Texas Republican", "the 45-year-old" stand for the person just named; "the Democrats" is a group', () => {
    expect(
      speakers(
        'Sen. Maria Lopez, a Democrat from Ohio, and Rep. Tom Hale clashed on Thursday over the bill.',
        'Hale disagreed. “It protects jobs,” the Texas Republican said.',
        '“We will see in November,” the 45-year-old added.',
        '“They lost,” the Democrats said.',
      ),
    ).toEqual(['Tom Hale', 'Tom Hale', 'the Democrats']);
  });

  it('a famous person WordNet knows by name is a name, not an epithet', () => {
    expect(
      speakers(
        'Rep. Bobby Scott spoke to voters.',
        'But Scott grinned and invoked the famous story John F. Kennedy told about his father who wired, “Dear Jack, don’t buy a single vote more than is necessary.”',
      ),
    ).not.toContain('Bobby Scott');
  });
});

describe('a place set off by commas after a place ("in Columbus, Ohio,")', () => {
  it('is where the place lies, not the subject of the verb of speech', () => {
    expect(
      speakers(
        'Ana Ruiz and Tom Hale campaigned this week.',
        'Ruiz, during a town hall meeting in Columbus, Ohio, said she was “going to put the coal plants out of business,” while explaining her plan.',
        'Speaking at a town hall in Salem, New Hampshire, Hale went after Ruiz, calling her “a total stiff.”',
      ),
    ).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
});

describe('a conjunction opening the clause before a colon', () => {
  it('"But X was unmoved: “…”" gives the quote to X', () => {
    expect(
      speakers(
        'House Speaker Mike Jansen spoke on Monday.',
        'But House Speaker Mike Jansen was unmoved: “The border comes first.”',
      ),
    ).toEqual(['Mike Jansen']);
  });
});

describe('a quote closed by its own comma runs on into its attribution', () => {
  it('whatever verb of manner of speaking follows the name or pronoun', () => {
    expect(
      speakers(
        'Dr. Ann Fauster testified on Tuesday. Sen. Rand Pauling pressed her. “You do not know that,” Pauling said.',
        '“Senator, you do not know what you are talking about,” Fauster shot back.',
        '“This is absurd,” she fumed.',
      ),
    ).toEqual(['Rand Pauling', 'Ann Fauster', 'Ann Fauster']);
  });

  it('not when the clause goes on after the verb', () => {
    expect(speakers('Jo Ann Lee spoke.', '“We lost,” Lee Park carried the boxes to the car.')).not.toContain(
      'Lee Park',
    );
  });
});

describe('an initial that spells a function word ("Beryl A. Howell")', () => {
  it('is part of the name, so "Judge Howell" later is the judge in full; "A" opening a phrase stays the article', () => {
    expect(
      speakers(
        'Judge Beryl A. Howell ruled on Monday.',
        'Judge Howell disagreed. “The court concludes that the objections have no merit,” she wrote.',
        'A Halden spokeswoman said the plant was “safe and sound.”',
      ),
    ).toEqual(['Beryl A. Howell', 'a Halden spokeswoman']);
  });
});

describe('a given name WordNet knows by one famous bearer ("Seth", "Paul")', () => {
  it('is a given name, not an occupation before a surname: "Seth Medley" is not Caleb Medley', () => {
    expect(
      speakers(
        'Caleb Medley was shot in the theater.',
        'Seth Medley says his brother is in critical but stable condition.',
        '“He will close his hands,” says Seth. “He is a fighter.”',
      ),
    ).toEqual(['Seth Medley', 'Seth Medley']);
  });
});

describe('a name given to an organisation ("a company named Young Indian")', () => {
  it('is no person a later "he" stands for', () => {
    expect(
      speakers(
        'Party leader Subramanian Swamy spoke on Tuesday.',
        'Swamy said the two leaders formed a private company named Young Indian.',
        'The party leader said Young Indian filed statements with the registrar. “This is in violation of law,” he said.',
      ),
    ).toEqual(['Subramanian Swamy']);
  });
});

describe('romanised Arabic names ("Nur el-Din", "Sheik Shahat")', () => {
  it('keep the article joined by a hyphen, and the surname without it finds the full name', () => {
    expect(
      speakers(
        '“The things they say show us they are crazy,” Abdel Halim Nur el-Din, a professor, said in an interview.',
        'Abdel Moneim el-Shahat, a preacher, spoke too. “The movement was in power at the time,” Sheik Shahat said.',
      ),
    ).toEqual(['Abdel Halim Nur el-Din', 'Abdel Moneim el-Shahat']);
  });
});

describe('a verb right before the comma that opens a quote introduces it', () => {
  it('whatever verb of manner it is, but not a plural noun', () => {
    expect(
      speakers(
        '“We did our best,” Mayor Jo Reed said.',
        'The magazine Commentary was more restrained, but grumbled, “That such a fringe idea gains any voice should be cause for concern.”',
        'Ann Kovac wrote to her 20,000 Twitter followers, “It is time to end his career for good.”',
      ),
    ).toEqual(['Jo Reed', 'Commentary', 'Ann Kovac']);
  });
});

describe('documents in the plural', () => {
  it('"the documents said" is a document speaking, as "the statement said" is', () => {
    expect(
      speakers(
        'Actor David Birrell is suing the theatre.',
        '“It is unknown whether the gun used by Mr Birrell was one of those supplied,” the documents said.',
      ),
    ).toEqual(['the documents']);
  });
});

describe('"told" takes whom the words were told, never an inverted speaker', () => {
  it('"…,” a senior official, Amos Gilad, told Israel Radio" is Amos Gilad', () => {
    expect(
      speakers(
        '“At the moment, the system is under control,” a senior defense official, Amos Gilad, told Israel Radio.',
      ),
    ).toEqual(['Amos Gilad']);
  });
});

describe('a peer named only by style and surname ("Lord Willis")', () => {
  it('keeps the style, the name Debrett’s gives a baron; so does "Mr Pike", whom the story never names in full', () => {
    expect(
      speakers(
        'Lord Willis, who chairs the committee, spoke first. “The quality of graduates is poor,” Lord Willis said.',
        'Mr Pike disagreed. “They are fine,” Mr Pike said.',
      ),
    ).toEqual(['Lord Willis', 'Mr Pike']);
  });
});

describe('a name after "the" is no person a later "he" stands for', () => {
  it('"the Gideons Bible"', () => {
    expect(
      speakers(
        'Hotel owner Jonathan Denby removed the books. Denby noted that most complaints came from abroad.',
        'The Gideons Bible is not as common in England, he added. “People in the States feel much more strongly,” he said.',
      ),
    ).toEqual(['Jonathan Denby']);
  });
});

describe('unnamed sources described by party, place or a title of several words (spent report splits)', () => {
  it('"an Iowa Republican" is an unnamed source written with its article, not a name', () => {
    expect(
      speakers(
        '“It will be a rout,” an Ohio Republican predicted. “Nobody saw it coming.”',
        '“He is sharp,” said a Texas Democrat.',
      ),
    ).toEqual(['an Ohio Republican', 'an Ohio Republican', 'a Texas Democrat']);
  });

  it('"one bank chief information security officer": a title goes on to its last role word', () => {
    expect(speakers('“Patch first,” said one bank chief information security officer.')).toEqual([
      'one bank chief information security officer',
    ]);
    expect(speakers('“We are done,” said the chief operating officer of the firm.')).toEqual([
      'the chief operating officer of the firm',
    ]);
  });
});

describe('a document speaks for whoever issued it (documents.ts)', () => {
  it('"X released a statement … “…,” the statement read" is X; "a statement saying, “…”" in X\'s own sentence too', () => {
    expect(
      speakers(
        'Halden Books and Wren Media released a statement mourning the author on Tuesday.',
        '“She was a writer others would always aspire to be,” the statement read.',
        'Acme released a separate statement saying, “It allows us to grow.”',
      ),
    ).toEqual(['Halden Books and Wren Media', 'Acme']);
  });

  it('"In a statement, X said" and "X said in a letter" name the issuer; the full name a surname stands for', () => {
    expect(
      speakers(
        'In a statement, the Ocean Trust said it was deeply disappointed. “This is a setback,” the statement said.',
        'Mayor Jane Doe spoke on Monday. Doe said in a letter that she would resign. “I am tired,” the letter read.',
      ),
    ).toEqual(['the Ocean Trust', 'Jane Doe']);
  });

  it('a new document with no issuer ("A statement was posted") is no earlier issuer\'s', () => {
    expect(
      speakers(
        'Acme issued a statement on Monday.',
        'A statement was posted online later. “We are closed,” the statement said.',
      ),
    ).toEqual(['the statement']);
  });
});

describe('names that are no speaker, and subjects behind asides (spent report splits)', () => {
  it('a possessive introduces a person WordNet knows by name ("Vladimir Putin\'s …"), so "Putin said" is him', () => {
    expect(
      speakers(
        "Ana Ruiz has an explanation for Vladimir Putin's alleged role in the affair.",
        '“I looked at the first reaction,” Putin said.',
      ),
    ).toEqual(['Vladimir Putin']);
  });

  it('"Powder River Basin": a run with two geographic nouns is a place, no antecedent for "he"', () => {
    expect(
      speakers(
        'Prices fell, said Tom Grady, an economist at the state university.',
        'But the economics of Powder River Basin mining are so attractive that the state will weather it, he added.',
        '“When the last coal train leaves, it will be from here,” he said.',
      ),
    ).toEqual(['Tom Grady']);
  });

  it('one name after an institution\'s comma is its campus ("the University of California, Berkeley,")', () => {
    expect(
      speakers(
        'Ada Voss, a former chief economist who now teaches at the University of California, Berkeley, has warned that the bank could “drive the economy into a harsh contraction.”',
      ),
    ).toEqual(['Ada Voss']);
  });

  it('"Jan van Dijk of the X University of Applied Sciences writes": the person is named before "of"', () => {
    expect(
      speakers('“The findings matter,” Jan van Dijk of the Netherlands’ Fontys University of Applied Sciences writes.'),
    ).toEqual(['Jan van Dijk']);
  });

  it('a prepositional phrase opening the clause is no subject; the aside after it is', () => {
    expect(
      speakers(
        'In its analysis of the impact on Norland, Veta Group, a research firm, says the country is at risk. “If demand falls, a country like Norland will be hurt,” it says.',
        'Tom Hale won.',
        'In January 2011, the spokesman for the Preaching Movement, Sheik Omar Nasser, said the matter was settled. “I will do something that honours both,” he said on television.',
      ),
    ).toEqual(['Veta Group', 'Omar Nasser']);
  });
});

describe('a surname met first with an honorific, named in full later', () => {
  it('"said Ms. Hale" before "(Ruth Hale, President and CEO)" is Ruth Hale; a man of that surname is not her', () => {
    expect(
      speakers(
        '“We are thrilled to launch the second phase,” said Ms. Hale.',
        'The Lantern Trust (Ruth Hale, President and CEO) supports young actors.',
      ),
    ).toEqual(['Ruth Hale']);
    expect(
      speakers('“We are thrilled to launch the second phase,” said Ms. Hale.', 'Her husband, John Hale, disagreed.'),
    ).toEqual(['Ms. Hale']);
  });
});

describe('who a later "he" or surname stands for: names of things, openers, famous given names', () => {
  it('a given name WordNet knows by a famous bearer opens a full name at a sentence start ("James Roe Jr., …")', () => {
    expect(
      speakers(
        'The act was signed by President Franklin Roe in 1935.',
        'James Roe Jr., the grandson of the president, spoke on the call.',
        'Roe, who served as a commissioner, blasted the claims. “There is a lot of scare talk out there,” he said.',
      ),
    ).toEqual(['James Roe Jr.']);
  });

  it('a name given to a thing and the names in an opening prepositional phrase are no subject a quote falls to', () => {
    expect(
      speakers(
        'Tom Vale has a new film out.',
        'With his musical Blue Harbour charming audiences and Night Shift 2049 in production, Vale has a lot on his plate. But what the actor likes most is home. “Your whole life, you hear what it is like to have kids.”',
      ),
    ).toEqual(['Tom Vale']);
  });

  it('the opening phrase ends at the comma inside the marks of a title it holds', () => {
    expect(
      speakers(
        '“We must step away from that,” Tom Hale said on the show.',
        'On “Face the Week,” Sen. Ann Ruiz (Vt.), who lost the primary, named young voters as one reason. “The younger people are sick and tired of discrimination.”',
      ),
    ).toEqual(['Tom Hale', 'Ann Ruiz']);
  });
});

describe('after a verb of telling, the one told is no speaker (Levin 37.2)', () => {
  it('"she said he is the dad who tells his child, “…”" is hers; "Asked a voter: “…”" opening a sentence is the voter\'s', () => {
    expect(
      speakers(
        'Ana Ruiz spoke to a talk show host.',
        'She said Tom is the calm dad who tells his injured child, “You know what, babe? It is OK.”',
        '“I feel that way about the nation,” she said.',
        'Asked a Texas Democrat: “Is it just me or are they both more appealing than their running mates?”',
      ),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz', 'a Texas Democrat']);
  });
});

describe('"the actress" passes over a man her role cannot be', () => {
  it('the latest person whose given name says otherwise is skipped for the woman before him', () => {
    expect(
      speakers(
        'Emma Vale had just come off a run on Broadway. Later, Ryan Holt said he wanted to dance.',
        '“It was at a diner,” the actress says.',
      ),
    ).toEqual(['Emma Vale']);
  });
});

describe('research and public bodies named "Center" speak, by their words', () => {
  it('"the hurricane center wrote", "the Weather Prediction Center reported.", "the center said"', () => {
    expect(
      speakers(
        'The National Storm Center is watching four areas.',
        '“A depression is likely to form later this week,” the storm center wrote in its outlook.',
        '“Moisture will support showers across the coast today,” the Rain Prediction Center reported.',
        '“Rain will fall,” the center said.',
      ),
    ).toEqual(['National Storm Center', 'the Rain Prediction Center', 'Rain Prediction Center']);
  });
});

describe('an organisation its apposition names', () => {
  it('"SAG-AFTRA, the actors’ union, …" then "“…,” the union said" is SAG-AFTRA', () => {
    expect(
      speakers(
        'ACT-NOW, the actors’ union, called her “a powerful and dynamic performer in drama and comedy.”',
        '“She will be deeply missed. Our condolences to her family,” the union said in a post.',
      ),
      // The partial quote after "called her" is the union's too, now that its initialism reads as an organisation.
    ).toEqual(['ACT-NOW', 'ACT-NOW']);
  });
});

describe('a coordinated verb of speech after a prepositional phrase', () => {
  it('"X was criticised …, but in an interview last year argued “…”" is X\'s', () => {
    expect(
      speakers(
        'Health Secretary Jo Hale was criticised for backing the motion, but in an interview last year argued “when money is tight we have to follow the evidence”.',
      ),
    ).toEqual(['Jo Hale']);
  });
});

describe('initials and a possessive surname introduce a person', () => {
  it('"a role in R.J. Kemble’s new film" makes a later "Kemble" a person, whom "the director" then stands for', () => {
    expect(
      speakers(
        'She ends the year with a role in R.J. Kemble’s new film, out on Dec. 31.',
        'Kemble asked his cast to pick a city the character had lived in.',
        '“Scripts are vague on back-story,” the director said.',
      ),
    ).toEqual(['R.J. Kemble']);
    // A middle initial before the possessive: "Mr. Corey" is the man the story named in full.
    expect(
      speakers(
        'Few can boast of a résumé like James B. Corey’s: top prosecutor and chief lawyer.',
        'Mr. Corey said he would “try to spread them as far as I can.”',
      ),
    ).toEqual(['James B. Corey']);
  });
});

describe('a semicolon opens a clause with its own subject', () => {
  it('"…, Dan Pike met Lane; Moss had just …" then "the actress says" is Ada Moss', () => {
    expect(
      speakers(
        'The film follows a pianist (Rob Lane) and an actor (Ada Moss).',
        'While touring, Dan Pike met Lane; Moss had just finished a play, and met the director soon after. “It was at a diner,” the actress says.',
      ),
    ).toEqual(['Ada Moss']);
  });
});

describe('a lone given name names a person a pronoun can stand for', () => {
  it('"Marla said …" with no surname in the story, then "“…,” she said" is Marla, not the boy named before', () => {
    expect(
      speakers(
        'Tom Vance is four and has been ill for three years.',
        'Marla said although the bills add up, the treatment seems to be working.',
        '“He is clear now,” she said.',
      ),
    ).toEqual(['Marla']);
  });
});

describe('a romanised Korean given name', () => {
  it('"Secretary-General Ban Ki-moon" is one name: a later "Ban" and "he" are him; "Ex-wife" stays no name', () => {
    expect(
      speakers(
        'U.N. Secretary-General Ban Ki-moon arrived in Seoul on Tuesday. Police officer Dan Lowe stood nearby.',
        'Ban told students he understood them. “Your hopes have been dashed,” he said.',
      ),
    ).toEqual(['Ban Ki-moon']);
    expect(speakers('Mayor Rob Hale Ex-wife Dora Hale said: “We are fine.”')).toEqual(['Dora Hale']);
  });
});

describe('capitals after an organisation word and "of" continue its name', () => {
  it('"University of Vermont Law Professor Glen Ray" names no person "Vermont Law"; "he" is the professor after', () => {
    expect(
      speakers(
        'In a 2013 article, University of Vermont Law Professor Glen Ray wrote: “The decision is unconstrained.”',
        'Columbia University Law Professor Jon Tull believes the donations are troubling.',
        '“It is surprising that they went to these attorneys.” he added, “You should avoid it.”',
      ),
    ).toEqual(['Glen Ray', 'Jon Tull', 'Jon Tull']);
  });
});

describe('a person the story names only by a courtesy title and surname', () => {
  it('keeps the title ("Mrs Pell"), and drops it once the story gives the full name', () => {
    expect(
      speakers(
        'The Pell family were devastated by the news in June.',
        'Mrs Pell said: “That is the hardest bit of it all.”',
        '“We will keep going,” said Mr. Grund, a neighbour.',
        'Ann Grund, his wife, agreed. “It is hard,” she said.',
      ),
    ).toEqual(['Mrs Pell', 'Mr. Grund', 'Ann Grund']);
  });
});

describe('verbs of communication by text and e-mail', () => {
  it('"“…,” Cody texted" attributes as "said" does, not to the person named last', () => {
    expect(
      speakers(
        'Cody Barr, 15, noticed a caption. His teacher Ana Ruiz saw it too.',
        '“We was real hard workers wasn’t we,” Cody texted.',
      ),
    ).toEqual(['Cody Barr']);
  });

  it('"e-mailed", AP style’s spelling until 2011, attributes as "emailed" does', () => {
    expect(
      speakers(
        'Ana Ruiz knew Cody Barr. “It is fine,” Barr said.',
        'The job, Ana e-mailed him on Sept. 5, “must be challenging, tough.”',
      ),
    ).toEqual(['Cody Barr', 'Ana Ruiz']);
  });
});

describe('the sex a given name suggests is a guess', () => {
  it('"Macklem said." then "“…,” he said" is Tiff Macklem, not a man quoted paragraphs before', () => {
    expect(
      speakers(
        '“The worst is yet to come,” said chief economist Pierre Gourin.',
        'Three major economies are stalling.',
        'Rates will rise, echoing remarks from Bank of Canada governor Tiff Macklem last week.',
        'Cooling inflation remains the priority, Macklem said.',
        '“Our mandate is clear,” he said.',
      ),
    ).toEqual(['Pierre Gourin', 'Tiff Macklem']);
  });
});

describe('a document with no issuer named speaks for the sentence subject', () => {
  it('"Secretary-General Ana Varo is “…,” according to a statement" and a later "the statement said" are hers', () => {
    expect(
      speakers(
        'The council met on Monday. Police officer Dan Lowe stood nearby.',
        'Secretary-General Ana Varo is “deeply concerned about the situation facing civilians,” according to a statement. Conditions are bad, the statement said, “with reports of heavy weapons used on the city.”',
      ),
    ).toEqual(['Ana Varo', 'Ana Varo']);
    // Several issuers, or one the phrase names after the noun: the document keeps its own name.
    expect(
      speakers(
        'Arland will free 32 prisoners, according to a joint statement published by its news agency.',
        '“The sides agreed to take steps,” the statement reads.',
      ),
    ).toEqual(['the joint statement']);
  });
});

describe('a capitalised function word opening an organisation name', () => {
  it('"First Analysis Securities Corp. analyst Tod Vance is bullish: “…”" is the analyst\'s', () => {
    expect(
      speakers(
        'First Analysis Securities Corp. analyst Tod Vance is bullish on the opportunity: “I think both firms are well positioned to address the market.”',
      ),
    ).toEqual(['Tod Vance']);
  });
});

describe('a name WordNet lists as a noun for no person', () => {
  it('"Social Security" is no one a later "he" can stand for', () => {
    expect(
      speakers(
        '“We will protect it,” said party chairman Tim Kaine. Social Security turns 75 this year.',
        'He said that Democrats are “very dedicated to preserving this wonderful program.”',
      ),
    ).toEqual(['Tim Kaine', 'Tim Kaine']);
  });
});

describe('an acronym opening a name', () => {
  it('"SBM Intel, a Lagos firm, says …" keeps the acronym in the speaker\'s name', () => {
    expect(
      speakers(
        'In its analysis, QRS Intel, a Lagos intelligence firm, says the country depends on oil. “If oil demand continues to fall, the budget will suffer,” QRS Intel said.',
      ),
    ).toEqual(['QRS Intel']);
  });
});
