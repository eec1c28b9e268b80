import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/annotate/quotes.ts';
import type { Article, Quote } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';

const here = dirname(fileURLToPath(import.meta.url));
const quotesOf = (raw: string): Quote[] => findQuotes(parseArticle(raw, 'test'));
const brief = (raw: string): { text: string; speaker: string; role: string | null }[] =>
  quotesOf(raw).map(({ text, speaker, role }) => ({ text, speaker, role }));

// The scorer's normalisation (shared/eval/score.mjs): case, quote marks, dashes and spaces do not count.
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
const has = (text: string, key: string): boolean => norm(text).includes(norm(key));

interface Gold {
  article: string;
  quotes: { key: string; speaker: string[] }[];
  quotesAlsoAcceptable?: string[];
}

/** Found / right speaker / spurious, counted as the shared scorer counts them. */
function score(quotes: Quote[], gold: Gold): { found: number; right: number; spurious: string[] } {
  let found = 0;
  let right = 0;
  for (const g of gold.quotes) {
    const m = quotes.find((q) => has(q.text, g.key));
    if (!m) continue;
    found++;
    if (g.speaker.some((s) => norm(m.speaker).includes(norm(s)))) right++;
  }
  const ok = [...gold.quotes.map((g) => g.key), ...(gold.quotesAlsoAcceptable ?? [])];
  const spurious = quotes.filter((q) => !ok.some((k) => has(q.text, k))).map((q) => q.text);
  return { found, right, spurious };
}

describe('quote patterns', () => {
  it('attributes a quote followed by "X said" and resolves the surname', () => {
    const q = brief('Jane Doe runs the shop.\n\n“We are open as usual this week,” Doe said.');
    expect(q).toEqual([{ text: 'We are open as usual this week,', speaker: 'Jane Doe', role: null }]);
  });

  it('reads "said X, role" with the role in apposition', () => {
    const q = brief('“This is a good day for the city,” said Jane Doe, the mayor of Springfield.');
    expect(q[0]).toMatchObject({ speaker: 'Jane Doe', role: 'the mayor of Springfield' });
  });

  it('reads a colon introduction with a title and role before the name', () => {
    const q = brief('Prime Minister Ana Silva said on Tuesday: “We will not back down from this fight.”');
    expect(q).toEqual([
      { text: 'We will not back down from this fight.', speaker: 'Ana Silva', role: 'Prime Minister' },
    ]);
  });

  it('gives both halves of a split quote to the same speaker, as two quotes', () => {
    const q = quotesOf('“We are cautiously optimistic,” Dr. Lee Wong said, “but there is a long way to go.”');
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['We are cautiously optimistic,', 'Lee Wong'],
      ['but there is a long way to go.', 'Lee Wong'],
    ]);
  });

  it('keeps the short second half of a split quote', () => {
    const q = brief('Tom Reyes coached the side.\n\n"It is over," Reyes said. "We lost."');
    expect(q.map((x) => x.text)).toEqual(['It is over,', 'We lost.']);
    expect(q.every((x) => x.speaker === 'Tom Reyes')).toBe(true);
  });

  it('gives a partial quote to the speaker of its sentence', () => {
    const q = brief('Police Chief Dana Cole said the suspect was “armed and extremely dangerous.”');
    expect(q).toEqual([{ text: 'armed and extremely dangerous.', speaker: 'Dana Cole', role: 'Police Chief' }]);
  });

  it('gives a coordinated verb the subject of its clause', () => {
    const q = brief(
      'Ann Lee spoke last.\n\nShe called it a “mess” and said the plan was “a blank check for developers.”',
    );
    expect(q).toEqual([{ text: 'a blank check for developers.', speaker: 'Ann Lee', role: null }]);
  });

  it('continues the previous speaker in a quote-only paragraph', () => {
    const q = quotesOf(
      '“We did everything right,” said Coach Mike Tran.\n\n“I’m proud of these guys, every one of them.”',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Mike Tran', 'Mike Tran']);
    expect(q[1]?.paragraph).toBe(2);
  });

  it('gives a quote-only paragraph to the person the previous paragraph was about', () => {
    const q = quotesOf(
      '“The plan is sound,” the report says.\n\nGov. Ray Park was blunter.\n\n“We will not pay for this.”',
    );
    expect(q.map((x) => x.speaker)).toEqual(['the report', 'Ray Park']);
  });

  it('gives a quote over several paragraphs (open mark each paragraph, one close) to one speaker', () => {
    const raw =
      'Lena Ortiz, the union leader, spoke to reporters.\n\n' +
      '“We asked for a fair deal and we were ignored for a year.\n\n' +
      '“Now the members have decided, and I will not overrule them,” Ortiz said.';
    const q = quotesOf(raw);
    expect(q.map((x) => [x.paragraph, x.speaker, x.role])).toEqual([
      [2, 'Lena Ortiz', 'the union leader'],
      [3, 'Lena Ortiz', 'the union leader'],
    ]);
  });

  it('reads such a quote run into one paragraph (each part opened, only the last closed) as its parts, one speaker', () => {
    // An extractor that joins paragraphs keeps the opening mark of each part: `…ignored. "Now…`.
    const straight =
      'Lena Ortiz, the union leader, spoke. "We were ignored for a year," Ortiz said. ' +
      '"We asked for a fair deal. "Now the members have decided. "I will not overrule them."';
    const curly = straight.replace(/(^|\s)"/g, '$1“').replace(/"/g, '”');
    for (const raw of [straight, curly]) {
      expect(brief(raw).map((x) => [x.text, x.speaker])).toEqual([
        ['We were ignored for a year,', 'Lena Ortiz'],
        ['We asked for a fair deal.', 'Lena Ortiz'],
        ['Now the members have decided.', 'Lena Ortiz'],
        ['I will not overrule them.', 'Lena Ortiz'],
      ]);
    }
  });

  it('resolves he/she to the matching person', () => {
    const raw =
      'John Adams and Mary Baker met on Monday. Adams said the talks went well.\n\n' +
      '“We made real progress,” he said.\n\n“It was productive,” she said.';
    expect(quotesOf(raw).map((x) => x.speaker)).toEqual(['John Adams', 'Mary Baker']);
  });

  it('resolves Mr/Ms titles and keeps the role given at introduction', () => {
    const raw =
      'The health secretary, Victoria Hale, spoke on Monday.\n\n“My door remains open to the union,” Ms Hale said.';
    expect(brief(raw)[0]).toMatchObject({ speaker: 'Victoria Hale', role: 'the health secretary' });
  });

  it('names a document speaker as specifically as the article did', () => {
    const raw =
      'The two agencies released a joint statement on Friday.\n\n“Both sides remain committed to the talks,” the statement reads.';
    expect(quotesOf(raw)[0]?.speaker).toBe('the joint statement');
  });

  it('reads letters, reports and "according to"', () => {
    expect(
      quotesOf('The letter, signed by 40 scientists, warns: “The window for action is closing.”')[0]?.speaker,
    ).toBe('the letter');
    expect(quotesOf('According to the report, “the river will rise by two metres.”')[0]?.speaker).toBe('the report');
  });

  it('gives organisations their quotes', () => {
    expect(quotesOf('“We are not going anywhere,” the company said in a statement.')[0]?.speaker).toBe('the company');
  });

  it('handles British single quotes and leaves apostrophes alone', () => {
    const q = brief('‘It is a disgrace,’ said Labour MP Sarah Jones. ‘The minister’s plan must be withdrawn.’');
    expect(q).toEqual([
      { text: 'It is a disgrace,', speaker: 'Sarah Jones', role: 'Labour MP' },
      { text: 'The minister’s plan must be withdrawn.', speaker: 'Sarah Jones', role: 'Labour MP' },
    ]);
  });

  it('gives offsets of the quoted words, and sentence and paragraph numbers', () => {
    const article = parseArticle('Intro line here.\n\nThen “we will see what happens next,” Ann Lee said.', 't');
    const [q] = findQuotes(article);
    expect(q).toBeDefined();
    expect(article.text.slice(q?.start, q?.end)).toBe('we will see what happens next,');
    expect(q).toMatchObject({ paragraph: 2, sentence: 2 });
  });
});

describe('speaker phrases', () => {
  it('a surname ending in -man does not make a pronoun male', () => {
    const q = brief(
      'Board chair Nadia Hoffman defended the budget on Monday. “Every cent went where we said it would,” she said.',
    );
    expect(q).toEqual([
      { text: 'Every cent went where we said it would,', speaker: 'Nadia Hoffman', role: 'Board chair' },
    ]);
  });

  it('a document placed by a preposition is still the document: "a statement on its website"', () => {
    const q = brief('“We thank him for ten loyal years of service,” a notice on the school’s website reads.');
    expect(q).toEqual([{ text: 'We thank him for ten loyal years of service,', speaker: 'the notice', role: null }]);
  });

  it('a participle between a document and its place: "a statement posted on its website reads"', () => {
    const q = brief(
      'The utility said it had shut two lines, and a statement posted on its website reads: “We will share what we learn.”',
    );
    expect(q).toEqual([{ text: 'We will share what we learn.', speaker: 'the statement', role: null }]);
  });

  it('a title whose role word is not a common one stays out of the name: "State Forester X"', () => {
    const q = brief('At a briefing, County Forester Jan Kowal said: “The woods are dry.”');
    expect(q).toEqual([{ text: 'The woods are dry.', speaker: 'Jan Kowal', role: 'County Forester' }]);
  });

  it('a document from an organisation: the head before "from" speaks', () => {
    const q = brief(
      'A memo from the Board of Trustees, sent to staff on Friday, says the school “will not reopen this term.”',
    );
    expect(q.map((x) => x.speaker)).toEqual(['the memo']);
  });

  it('an organisation named "X of Y" is kept whole', () => {
    const q = brief('“Our inspectors found no breach of the rules,” the Department of Fisheries said.');
    expect(q).toEqual([
      { text: 'Our inspectors found no breach of the rules,', speaker: 'the Department of Fisheries', role: null },
    ]);
  });

  it('a participle after a comma shares the clause subject, not the object before the comma', () => {
    const q = brief('Governor Alma Reyes praised the verdict, calling it “a fair end to a very long fight.”');
    expect(q).toEqual([{ text: 'a fair end to a very long fight.', speaker: 'Alma Reyes', role: 'Governor' }]);
    const r = brief('On Tuesday, the union rejected the offer, describing it as “an insult to every member.”');
    expect(r.map((x) => x.speaker)).toEqual(['the union']);
  });

  it('a role after the verb with the name in apposition: the name speaks, the phrase is the role', () => {
    const q = brief('The guild backed the plan. “We want it done soon,” said its vice chair, Rosa Kimball.');
    expect(q).toEqual([{ text: 'We want it done soon,', speaker: 'Rosa Kimball', role: 'its vice chair' }]);
    const r = brief('“No comment,” said a spokesman for the ministry, Lena Holt.');
    expect(r).toEqual([{ text: 'No comment,', speaker: 'Lena Holt', role: 'a spokesman for the ministry' }]);
  });

  it('a lone first name with an age in apposition is a person a pronoun can point back to', () => {
    const body =
      'The union leader Sean Pryor backed the move.\n\nTomas, 12, who walks to school, said the rule was fine. “I never use it anyway,” he said.';
    expect(brief(body).map((x) => x.speaker)).toEqual(['Tomas']);
  });

  it('lower-case nouns before a role word are part of the role', () => {
    const q = brief('The dam held, flood duty officer Carla Benn said. “We were lucky,” Benn said.');
    expect(q).toEqual([{ text: 'We were lucky,', speaker: 'Carla Benn', role: 'flood duty officer' }]);
    const r = brief('Former county health officer Nils Roe agreed. “Wash your hands,” Roe said.');
    expect(r[0]?.role).toBe('Former county health officer');
    // After another verb the lower-case word may be that verb's object: only the role word is kept.
    const s = brief('The mayor met harbour chief Ida Lund. “It went well,” Lund said.');
    expect(s[0]?.role).toBe('chief');
  });
});

describe('what is not a quote', () => {
  it('drops one-word scare quotes and two-word terms', () => {
    expect(quotesOf('The team has had a string of “wins” lately, and critics called it “beginner luck.”')).toEqual([]);
    expect(quotesOf('The Fed’s “dot plot” shows three rises; its chair called the plan a “game-changer.”')).toEqual([]);
  });

  it('keeps two words led by a modifier ("very modest", "pure luck"): someone’s judgement, a partial quote', () => {
    expect(quotesOf('He called the cost estimates a “moving target” and left.')).toEqual([]);
    expect(brief('The team won again.\n\nJo Doe, its coach, said the win was “pure luck.”')).toEqual([
      { text: 'pure luck.', speaker: 'Jo Doe', role: 'its coach' },
    ]);
    expect(brief('Acme said the rise was “very modest” and would not last.').map((q) => q.text)).toEqual([
      'very modest',
    ]);
  });

  it('keeps two words written as a sentence that someone\'s verb of speech governs ("asked simply, “Who cares?”")', () => {
    expect(
      brief(
        'The debate looms. One Nevada Democrat asked simply, “Who cares?”\n\nAn Ohio Republican answered the question: “Nobody cares.”',
      ),
    ).toEqual([
      { text: 'Who cares?', speaker: 'one Nevada Democrat', role: null },
      { text: 'Nobody cares.', speaker: 'an Ohio Republican', role: null },
    ]);
  });

  it('drops imagined speech', () => {
    expect(quotesOf('She looked at the crowd as if to say “you have no idea what is coming.”')).toEqual([]);
    expect(quotesOf('He shrugged, as though to say “that is not my problem at all.”')).toEqual([]);
  });

  it('drops titles of works', () => {
    expect(quotesOf('The film “The Long Road Home” premiered in Cannes on Friday.')).toEqual([]);
    expect(quotesOf('Its annual report, titled “Building for the next decade,” was published.')).toEqual([]);
  });

  it('keeps a sentence of short words, which only looks like a title by its lengths ("We see no end to it.")', () => {
    expect(
      quotesOf('Jo Doe said prices will rise next year.\n\n“We see no end to it.”\n\nAcme declined to comment.').map(
        (q) => q.text,
      ),
    ).toEqual(['We see no end to it.']);
    expect(quotesOf('They sang “Stay With Me” at the end of the night.')).toEqual([]);
  });

  it('gives no quote for indirect speech', () => {
    expect(quotesOf('Press secretary Josh Earnest added that the White House would respond in due course.')).toEqual(
      [],
    );
  });

  it('drops a partial quote with no speaker in its sentence', () => {
    expect(quotesOf('The so-called “special military operation” began in February.')).toEqual([]);
  });
});

describe('robustness', () => {
  const article = (text: string): Article => ({
    id: 'x',
    title: '',
    source: null,
    published: null,
    text,
    paragraphs: [
      {
        n: 1,
        kind: 'body',
        text,
        start: 0,
        end: text.length,
        sentences: [{ n: 1, paragraph: 1, text, start: 0, end: text.length }],
      },
    ],
    sentences: [{ n: 1, paragraph: 1, text, start: 0, end: text.length }],
  });

  it('copes with empty text', () => {
    expect(quotesOf('')).toEqual([]);
    expect(findQuotes({ ...article(''), paragraphs: [], sentences: [] })).toEqual([]);
  });

  it('copes with unbalanced marks', () => {
    for (const raw of [
      '“open and never closed',
      'closed only”',
      '" " "',
      '‘’‘’',
      '“a “b ”c” d”',
      '\u201d\u201c',
      '"',
    ]) {
      expect(() => quotesOf(raw)).not.toThrow();
    }
    const q = quotesOf('Ann Lee said: “this sentence never closes and runs on to the end');
    expect(q[0]).toMatchObject({ speaker: 'Ann Lee', text: 'this sentence never closes and runs on to the end' });
  });

  it('handles 1 MB of repeated text quickly', () => {
    const unit = '“We will keep going, whatever happens,” said Jane Doe, the mayor. “Always.” She said "yes ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const q = findQuotes(article(text));
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(q.length).toBeGreaterThan(1000);
    // Paragraph-sized pieces too, through the real parser.
    const paras = Array.from({ length: 3000 }, (_, i) => `Para ${i} “quote number ${i} is here,” Ann Lee said.`).join(
      '\n\n',
    );
    expect(quotesOf(paras)).toHaveLength(3000);
  });

  it('survives binary garbage', () => {
    let seed = 42;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const marks = '“”‘’"\'«», .:;—\n';
    let s = '';
    for (let i = 0; i < 200_000; i++) {
      const r = rnd();
      s += r % 3 === 0 ? (marks[r % marks.length] as string) : String.fromCharCode(r % 0xffff);
    }
    expect(() => findQuotes(article(s))).not.toThrow();
    expect(() => quotesOf(s.slice(0, 50_000))).not.toThrow();
  });
});

describe('bundled article', () => {
  const raw = readFileSync(resolve(here, '../data/articles/azerbaijan-armenia-prisoner-exchange.txt'), 'utf8');
  const quotes = quotesOf(raw);

  it('finds the 7 gold quotes with speakers and roles, and nothing else', () => {
    const expected: [string, string, string | null][] = [
      ['The Republic of Armenia and the Republic of Azerbaijan share the view', 'the joint statement', null],
      ['An agreement has been reached on taking tangible steps', 'the joint statement', null],
      ['an important confidence building measure', 'Matthew Miller', 'US State Department spokesperson'],
      ['We commend Azerbaijani President', 'Matthew Miller', 'US State Department spokesperson'],
      ['The United States will continue to strongly support', 'Matthew Miller', 'US State Department spokesperson'],
      ['Establishing and deepening bilateral dialogue', 'Charles Michel', 'EU Council President'],
      ['I now encourage the leaders to finalise', 'Charles Michel', 'EU Council President'],
    ];
    expect(quotes).toHaveLength(7);
    expected.forEach(([key, speaker, role], i) => {
      expect(quotes[i]?.text.startsWith(key)).toBe(true);
      expect(quotes[i]).toMatchObject({ speaker, role });
    });
    expect(quotes[0]?.text.endsWith('territorial integrity,')).toBe(true); // the comma inside the marks is kept
    expect(quotes.map((q) => q.paragraph)).toEqual([3, 4, 5, 6, 6, 7, 7]);
  });
});

describe('gold articles', () => {
  for (const name of ['flood-barrier', 'chip-plant', 'doctors-strike']) {
    it(`finds ≥ 90% of the quotes in quotes-${name} with the right speaker and none spurious`, () => {
      const goldPath = resolve(here, `gold/quotes-${name}.gold.json`);
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
      const quotes = quotesOf(readFileSync(resolve(dirname(goldPath), gold.article), 'utf8'));
      const { found, right, spurious } = score(quotes, gold);
      expect(found / gold.quotes.length).toBeGreaterThanOrEqual(0.9);
      expect(right / gold.quotes.length).toBeGreaterThanOrEqual(0.9);
      expect(spurious).toEqual([]);
    });
  }
});

describe('elision marks', () => {
  it('a ‘ before a digit or in ‘n’ opens no quote, so the real quote after it is kept', () => {
    const a = parseArticle('The park, built in the ‘90s, is “the pride of this whole city,” Jane Doe said.', 'elision');
    expect(findQuotes(a).map((q) => [q.text, q.speaker])).toEqual([['the pride of this whole city,', 'Jane Doe']]);
  });
});

describe('organisation names that end in a list', () => {
  it('"the Department of Health and Human Services said" is the department, not a person', () => {
    expect(quotesOf('The Department of Health and Human Services said: "We are ready."')[0]?.speaker).toBe(
      'the Department of Health and Human Services',
    );
  });

  it('"a statement from the Department of Agriculture, Trade and Consumer Protection says" is the statement', () => {
    const q = quotesOf(
      'A statement from the State Department of Agriculture, Trade and Consumer Protection says its inspectors "are working with the company."',
    );
    expect(q[0]?.speaker).not.toBe('Consumer Protection');
    expect(q[0]?.speaker).toContain('statement');
  });

  it('a list of people before the verb is not an organisation', () => {
    expect(quotesOf('Anna Lee, Tom Park and Jane Roe said: "We are ready."')[0]?.speaker).toBe('Jane Roe');
  });
});

describe('a person named with their organisation', () => {
  it('"Opposition leader Ruth Kallander of the Social Democrats said" is Ruth Kallander', () => {
    const q = quotesOf('Opposition leader Ruth Kallander of the Social Democrats said: "We are ready."')[0];
    expect(q?.speaker).toBe('Ruth Kallander');
    expect(q?.role).toBe('Opposition leader');
  });

  it('an organisation named "X of Y" stays whole', () => {
    expect(quotesOf('The Bank of England said: "We are ready."')[0]?.speaker).toBe('the Bank of England');
  });
});

describe('organisations and names of things', () => {
  const para = (...ps: string[]): string => `Headline\n\n${ps.join('\n\n')}\n\n2026-03-01T10:00:00Z`;

  it('"the agency" and "Halden" are the organisations the article named in full', () => {
    const q = quotesOf(
      para(
        'The hospital took advice from the National Cyber Resilience Agency on Sunday.',
        'The agency described the incident as "serious but contained" on Monday.',
        'The landlord, Halden Property Group, wants to sell the site.',
        'Halden said it had offered a rent it called "well below market value" last month.',
      ),
    );
    expect(q.map((x) => x.speaker)).toEqual(['National Cyber Resilience Agency', 'Halden Property Group']);
  });

  it('"X and Y Council" before a colon is one organisation; a plain noun phrase there is no speaker', () => {
    const q = quotesOf(
      para(
        'The Walkers and Riders Forum, a users\' group, was blunt: "The path has been neglected for years."',
        'The forum later said the path was "a disgrace to the county".',
        'The mood was grim: "Nobody expected this," one resident said.',
      ),
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'the Walkers and Riders Forum',
      'Walkers and Riders Forum',
      'one resident',
    ]);
  });

  it('"He was blunt about the outlook: …" goes to the person "he" stands for; "It was simple: …" to no one', () => {
    const q = quotesOf(
      para(
        'Tomas Reyl, an economist at Varden Bank, said the figures were weak.',
        'He was blunt about the outlook: "A rate cut is now more likely than not."',
        'It was a simple message: "Stay at home."',
      ),
    );
    expect(q.find((x) => x.text.includes('rate cut'))?.speaker).toBe('Tomas Reyl');
    expect(q.find((x) => x.text.includes('Stay at home'))?.speaker ?? null).not.toBe('Tomas Reyl');
  });

  it('"Hollins’s said", "St Anne’s said it": a possessive form with no noun after it, before "said", is a name', () => {
    const q = quotesOf(
      para(
        '"We are cooperating with the inquiry," Hollins’s said.',
        'Parents complained. St Anne’s said it could not comment. "We follow every procedure," it said.',
        'Judge Ada Quill was patient. She was following his lead on Marr’s answers, "if you want to let the witness ramble on."',
      ),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Hollins’s', 'St Anne’s', 'Ada Quill']);
    // A noun in marks after the possessive is its noun: "Marr’s “excesses”" names no one.
    const marked = quotesOf(
      para('Marr’s "excesses" are sickening, Lavelle said in Paris, noting the nominee "makes you want to retch."'),
    );
    expect(marked.map((x) => x.speaker)).toEqual(['Lavelle']);
  });

  it('"said Crimestoppers’ regional manager, Alexa Roe": a possessive determines the role; the apposition speaks', () => {
    const q = quotesOf(
      para(
        '"She is loved by her family," said Lightkeepers’ London regional manager, Alexa Roe.',
        '"Come forward," said Oxfam’s head of policy, Dan Pike.',
      ),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Alexa Roe', 'Dan Pike']);
  });

  it('"the chain", "the company" after a business that spoke by its one-word name is that business', () => {
    const q = quotesOf(
      para(
        'Halvane Investments holds 5% of the shares.',
        'In a statement, Kinoplex said it was in "active talks with lenders" about a rescue. "Any deal will dilute existing shareholders," the chain warned.',
        'Admissions fell in July.',
        '"The group has been taking steps to strengthen its balance sheet," the company said.',
      ),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Kinoplex', 'Kinoplex', 'Kinoplex']);
    // A business named in full after the one that spoke is the nearer antecedent.
    const later = quotesOf(
      para(
        'Kinoplex said it was in "active talks with lenders" about a rescue.',
        'On Monday, Brastow Cinemas Ltd bought two of its sites.',
        '"We are pleased with the purchase," the company said.',
      ),
    );
    expect(later.map((x) => x.speaker)).toEqual(['Kinoplex', 'Brastow Cinemas Ltd']);
  });

  it('"the company" is the latest business named in full, never a public body named after it', () => {
    const q = quotesOf(
      para(
        'Brastow Kitchen Appliances Ltd blamed a faulty valve made by a supplier.',
        'The Consumer Product Safety Office said it would review the case.',
        '"Every affected unit will be replaced free of charge," the company said.',
      ),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Brastow Kitchen Appliances Ltd']);
    // No business named at all: the phrase stays as written.
    const none = quotesOf(para('The Safety Office said it would review it.', '"We will fix it," the company said.'));
    expect(none.map((x) => x.speaker)).toEqual(['the company']);
  });

  it('"the restaurant Casa Ferrant" names a thing: "Ferrant added" is the person', () => {
    const q = quotesOf(
      para(
        'Lucia Ferrant, who owns the restaurant Casa Ferrant in the old town, said the firm owed her money.',
        '"We chose them because they were cheaper and they treated us fairly," Ferrant added.',
      ),
    );
    expect(q[0]?.speaker).toBe('Lucia Ferrant');
  });

  it('"some of Nora Blake’s allies": a quantifier and "of" before a name is no noun naming a thing; "she" finds her', () => {
    const q = quotesOf(
      para(
        'The plan was approved, but some of Nora Blake’s senior allies are split.',
        'She told the Courier: "I think it is very important that we stay independent."',
      ),
    );
    expect(q[0]?.speaker).toBe('Nora Blake');
  });

  it('a portfolio after the role is not part of the name; a sentence-initial "A" is no initial', () => {
    const q = quotesOf(
      para(
        'Deputy Mayor for Transport Joris Kamphuis, who drafted the plan, rejected the claims.',
        '"Shops do not live off cars, they live off people," Kamphuis said.',
        'A Halden spokeswoman, Fiona Carrick, said: "We remain open to talks with the club."',
      ),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Joris Kamphuis', 'Fiona Carrick']);
  });

  it('a plural possessive stays in the name; a colon hands the quote to the named subject', () => {
    const q = quotesOf(
      para(
        'The Old Town Traders\' Association called the decision "a tax on customers who have been squeezed".',
        'Denise Fairlow, chair of the patients\' forum, put it bluntly: "People have already waited a year."',
      ),
    );
    expect(q.map((x) => x.speaker)).toEqual(["the Old Town Traders' Association", 'Denise Fairlow']);
  });
});

describe('an organisation named by its apposition', () => {
  it('"Grenmoor said" after "Grenmoor Environmental, the company that won the contract" is the company', () => {
    const q = quotesOf(
      'The mayor took payments from executives at Grenmoor Environmental, the company that won the contract.\n\n' +
        'Grenmoor said in a statement: "The company has replaced its entire management board."\n\n2026-05-14T14:20:00Z',
    );
    expect(q[0]?.speaker).toBe('Grenmoor Environmental');
  });
});

describe('a person introduced by an occupation noun', () => {
  it('"the striker Declan Osei" is a person, so "Osei said" is Declan Osei', () => {
    const q = quotesOf(
      'The club sold the striker Declan Osei in January.\n\n"I will miss the fans," Osei said.\n\n2026-05-14T14:20:00Z',
    );
    expect(q[0]?.speaker).toBe('Declan Osei');
  });
});

describe('quotes in headings', () => {
  it('a headline that restates a body quote does not list it again', () => {
    const a = parseArticle(
      'Machado: "I think I speak more English"\n\n"I think I speak more English than her," Alicia Machado said on Monday.\n\n2016-09-27T12:00:00Z x1',
      'x',
    );
    expect(findQuotes(a).map((q) => [q.paragraph, q.speaker])).toEqual([[2, 'Alicia Machado']]);
  });
});
