// The mentions stage on small texts made for the test: names and their coreference, roles, and the entities
// annotator reading the stage.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/annotate/entities.ts';
import { mentionsOf } from '../src/annotate/mentions/article.ts';
import { NameIndex } from '../src/annotate/mentions/names.ts';
import { findQuotes } from '../src/annotate/quotes.ts';
import { parseArticle } from '../src/article/parse.ts';

const parse = (...paragraphs: string[]) => parseArticle(`${paragraphs.join('\n\n')}\n\n2024-03-14T10:00:00Z t1`, 't1');
const entities = (...paragraphs: string[]) => findEntities(parse(...paragraphs));
const get = (list: ReturnType<typeof entities>, name: string) => list.find((e) => e.name === name);

describe('coreference of names', () => {
  it('a participle opening a sentence before a known full name is not part of it', () => {
    const names = new NameIndex<{ name: string; first: number }>();
    names.add({ name: 'Jo Blake', first: 0 });
    expect(names.lookup('Beaming Jo Blake', 50)?.name).toBe('Jo Blake');
    expect(names.lookup('Westgate Jo Blake', 50)).toBeNull();
  });

  it('a surname no one has, one edit from one person introduced before it, is that person misspelt', () => {
    const names = new NameIndex<{ name: string; first: number }>();
    names.add({ name: 'Ofra Brandauer', first: 0 });
    names.add({ name: 'Tim Kiefer', first: 10 });
    names.add({ name: 'Ann Kiefen', first: 20 });
    names.add({ name: 'Lea Lund', first: 30 });
    expect(names.lookup('Brandaur', 50)?.name).toBe('Ofra Brandauer'); // a letter dropped
    expect(names.lookup('Barndauer', 50)?.name).toBe('Ofra Brandauer'); // two letters swapped
    expect(names.lookup('Brandauer', 5)?.name).toBe('Ofra Brandauer');
    expect(names.lookup('Kiefe', 50)).toBeNull(); // one edit from two people: neither
    expect(names.lookup('Lund', 50)?.name).toBe('Lea Lund');
    expect(names.lookup('Lind', 50)).toBeNull(); // a short name: one edit makes another name
    expect(names.lookup('Brandauer', 50)?.name).toBe('Ofra Brandauer');
    expect(names.lookup('Grandauers', 50)).toBeNull(); // two edits
  });

  it('a hyphenated romanised given name is part of the name; an adjective made from a name is not', () => {
    const quotes = findQuotes(
      parse(
        'Headline',
        'Trade minister Park Min-jun met the Oslo-based investor Ana Lis.',
        '"The talks went well," Park said. "We agreed on most points," Lis said.',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Park Min-jun', 'Ana Lis']);
  });

  it('a Title Case headline introduces no one: its capitals are the headline style’s', () => {
    const quotes = findQuotes(
      parse(
        'The Council’s Rare Praise for Halden Sisters',
        'Ines Marr has led the Halden sisters for a decade.',
        'The Halden sisters have banded together. "We are stronger than ever," she said.',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ines Marr']);
  });

  it('a sentence-case headline introduces no one either: the body names people in full', () => {
    const quotes = findQuotes(
      parse(
        'Young Quakers made homeless by floods',
        '"We are full," said Ina Lark.',
        'In the hall, young Quakers sleep on the floor.',
        '"Nobody came to help."',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ina Lark', 'Ina Lark']);
  });

  it('a given name that is also a common word ("Bill", "June", "Charity") opens a name before a surname', () => {
    const quotes = findQuotes(
      parse(
        'Headline',
        'Mayor Bill Hanley and June Oduya, a nurse, spoke. In June Hanley won the vote.',
        '"Read the bill," Charity Mbeki said. "We are ready," Hanley said. "So are we," Oduya said.',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Charity Mbeki', 'Bill Hanley', 'June Oduya']);
  });

  it('a Dutch particle capitalised without the given name is the same surname ("Van Dijk", "Ten Hag")', () => {
    const quotes = findQuotes(
      parse(
        'Headline',
        'Joost van Dalen and Piet ten Berk were furious. Mo Sadiq scored.',
        '"It is unacceptable," Van Dalen said. "We were poor," Ten Berk said.',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Joost van Dalen', 'Piet ten Berk']);
  });

  it("a possessive surname after a particle names the person; the possessor is not the sentence's subject", () => {
    const quotes = findQuotes(
      parse(
        'Headline',
        'Joost van Dalen’s old friend and former teammate, Piet van Berk, was in his sixth match as coach.',
        '"We were the better team," he said. "We were lucky," Van Dalen said.',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Piet van Berk', 'Joost van Dalen']);
  });

  it('a full name only the headline gives is the one a lone surname in the body stands for', () => {
    const quotes = findQuotes(
      parse(
        'MPs suspect cover-up over party in Boris Jonsson’s flat',
        'Jonsson declined and said he had "nothing to add" to it.',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Boris Jonsson']);
    // Three names in the headline are not read as two; a body that names the person in full keeps its own reading.
    const three = findQuotes(parse('Kim Jong Ho offers olive branch', 'Kim Jong Ho spoke. "We want talks," Kim said.'));
    expect(three.map((q) => q.speaker)).toEqual(['Kim Jong Ho']);
  });

  it('after a lower-case title, a capitalised function word opening a full name is part of it ("zoologist Per …")', () => {
    const quotes = findQuotes(
      parse(
        'Headline',
        'The zoologist Per Arne Lund told a newspaper it was “obvious” the animal would be put down.',
        'A senior adviser, Arne Lund said the decision was right, “as long as it does not endanger the population.”',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Per Arne Lund']);
  });

  it('a title and a surname with no given name anywhere name a person; "Mr." gives no role, but is shown', () => {
    const a = parse(
      'Headline',
      'The deal hands President Varga a victory. Twelve Republican senators backed it.',
      'Mr. Varga thanked them before he became Chief Whip. "It is a good day," he said. Mr. Osei disagreed. "It is not," he said.',
    );
    expect(findQuotes(a).map((q) => q.speaker)).toEqual(['President Varga', 'Mr. Osei']);
    const { registry } = mentionsOf(a);
    expect([registry.lookup('Twelve Republican', 999), registry.lookup('Chief Whip', 999)]).toEqual([null, null]);
  });

  it('a lone name with an age in apposition is a person a later "he" and a quote-only paragraph find', () => {
    const quotes = findQuotes(
      parse('Headline', '"It is cold," said Ina Lark.', 'Tavi, 21, lives alone.', '"Nobody visits any more."'),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ina Lark', 'Tavi']);
  });

  it('an entity takes the full name the stage resolved: surname, title of address, given name', () => {
    const list = entities(
      'Education secretary Sir Keith Joseph opened the school in Dorrow.',
      'Sir Keith later said the exams would stay. Joseph left in May.',
    );
    expect(get(list, 'Keith Joseph')).toMatchObject({
      kind: 'person',
      role: 'Education secretary',
      sentences: [1, 2, 3],
    });
    expect(list.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Keith Joseph']);
  });

  it('quotes and entities share one reading of the article', () => {
    const a = parse('“We will appeal,” said Mara Quill, a lawyer for the tenants.');
    expect(mentionsOf(a)).toBe(mentionsOf(a));
    expect(findQuotes(a)[0]).toMatchObject({ speaker: 'Mara Quill', role: 'a lawyer for the tenants' });
    expect(get(findEntities(a), 'Mara Quill')?.role).toBe('a lawyer for the tenants');
  });
});

describe('roles at a name', () => {
  it('any noun for a person right before the name is a role; a verb before a role word is not part of it', () => {
    const list = entities(
      'Pell won the seat, defeating incumbent Tarn Odell by 90 votes.',
      'The league fined coach Rhea Vance on Friday.',
      'The board thanked interim director Omar Sable for his work.',
    );
    expect(get(list, 'Tarn Odell')?.role).toBe('incumbent');
    expect(get(list, 'Rhea Vance')?.role).toBe('coach');
    expect(get(list, 'Omar Sable')?.role).toBe('interim director');
  });

  it('an apposition with modifiers before a noun for a person gives the role, with or without an article', () => {
    const list = entities(
      'Ann Roe, an interest rate strategist at Example Bank, said rates would rise.',
      'Rates will stay high, said Bo Lind, interest rate strategist at Norvane Capital.',
      'Cal Ott, another early coin collector, sold his hoard.',
      'Di Moss, policy director for the Tenants Union, objected.',
    );
    expect(get(list, 'Ann Roe')?.role).toBe('an interest rate strategist at Example Bank');
    // The sentence's full stop after a short name ("Bank.") is no abbreviation's.
    expect(get(list, 'Bo Lind')?.role).toBe('interest rate strategist at Norvane Capital');
    expect(get(list, 'Cal Ott')?.role).toBe('another early coin collector');
    expect(get(list, 'Di Moss')?.role).toBe('policy director for the Tenants Union');
  });

  it('an aside that is a clause, an age or a place gives no role', () => {
    const list = entities(
      'Ed Vale, police said, was arrested on Monday.',
      'Flo Reed, friends recalled, was quiet.',
      'Gus Hart, 45, of Springfield, was charged.',
    );
    expect(get(list, 'Ed Vale')?.role).toBeNull();
    expect(get(list, 'Flo Reed')?.role).toBeNull();
    expect(get(list, 'Gus Hart')?.role).toBeNull();
  });

  it('"X, who chairs the Y," gives the post as what the person does', () => {
    const list = entities('Ines Harrow, who chairs the Lakeside Anglers Club, objected to the plan.');
    expect(get(list, 'Ines Harrow')?.role).toBe('chairs the Lakeside Anglers Club');
  });
});

describe('names that are not people', () => {
  it('a name owned by a thing ("its Golden Crest Blend") is no person', () => {
    const a = parse('The brewer withdrew its Golden Crest Blend on Monday.');
    expect(mentionsOf(a).registry.lookup('Golden Crest Blend', 0)).toBeNull();
    expect(get(findEntities(a), 'Golden Crest Blend')?.kind).toBe('other');
  });

  it('"US" opening a sentence is the country, not the pronoun; a byline in capitals is no acronym', () => {
    const list = entities('US regulators fined the bank on Monday.', 'BY PETRA LUND');
    expect(get(list, 'US')?.kind).toBe('place');
    expect(get(list, 'BY PETRA LUND')).toBeUndefined();
  });

  it('a qualifier before one more word is a compound title, not a title and a name', () => {
    const list = entities('The Deputy Whip resigned on Monday.');
    expect(get(list, 'Whip')).toBeUndefined();
  });

  it('an opener word that starts a name English knows stays in it; a known place or body is no person', () => {
    const a = parse(
      'New Zealand officials said the ferry was late.',
      'The Hague court met. New Jersey Governor Ada Penn spoke at noon.',
      'Crowds gathered across New York City on Monday. Los Angeles Mayor Ivo Crane agreed.',
      'New Harbor Bank said rates would hold. The Example Bank said so too. All Halden Bank branches shut.',
    );
    const list = findEntities(a);
    expect(get(list, 'New Zealand')?.kind).toBe('place');
    expect(get(list, 'Zealand')).toBeUndefined();
    expect(get(list, 'The Hague')?.kind).toBe('place');
    expect(get(list, 'Ada Penn')?.role).toBe('New Jersey Governor');
    expect(get(list, 'New York City')?.kind).toBe('place');
    expect(get(list, 'Ivo Crane')?.role).toBe('Los Angeles Mayor');
    // An adjective before a body's name is part of it; an article or a quantifier is not.
    expect(get(list, 'New Harbor Bank')?.kind).toBe('organisation');
    expect(get(list, 'Example Bank')?.kind).toBe('organisation');
    expect(get(list, 'Halden Bank')?.kind).toBe('organisation');
    const { registry } = mentionsOf(a);
    expect(registry.lookup('York City', 200)).toBeNull();
    expect(registry.lookup('Los Angeles', 200)).toBeNull();
  });

  it('a quote spoken by a body named after a place keeps the opener word', () => {
    const q = findQuotes(parse('“The line will reopen on Friday,” New York City Transit said.'));
    expect(q[0]?.speaker).toBe('New York City Transit');
    const r = findQuotes(parse('New Zealand officials said: “The border stays shut.”'));
    expect(r[0]?.speaker).toMatch(/^New Zealand officials$/i);
  });

  it('capitals running into a hotel or tower are a building, not the person a later "he" stands for', () => {
    const quotes = findQuotes(
      parse(
        'Headline',
        'Ivo Brandt spoke to the court on Monday.',
        'Asked about the loan for the Brandt Harbour Hotel & Tower, he said it was "paid off long ago."',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ivo Brandt']);
  });

  it('sentence openers that name nothing: indefinite pronouns, number words, collective nouns', () => {
    expect(entities('Nobody came.', 'Seven stayed behind.', 'Officials said little.')).toEqual([]);
  });
});
