// Entities and numbers on small articles made for the test.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/annotate/entities.ts';
import { findNumbers } from '../src/annotate/numbers.ts';
import { parseArticle } from '../src/article/parse.ts';

const parse = (text: string) => parseArticle(`${text}\n\n2024-03-14T10:00:00Z t1`, 't1');

describe('findEntities', () => {
  const a = parse(
    [
      'NATO Council Chair Laura Bennett said on Friday that the talks in Vienna had gone well.',
      'A UK Foreign Office spokesperson Tom Hardy said the plan was sound. Hardy added that more work was needed.',
      'The International Energy Agency published its report in Paris.',
      'Oil prices fell in Norway and Brazil as oil stocks grew.',
      'Investors were cautious, said Mira Patel, chief economist at the consultancy Northfield Analytics.',
    ].join('\n\n'),
  );
  const entities = findEntities(a);
  const get = (name: string) => entities.find((e) => e.name === name);

  it('finds people with the titles before their names', () => {
    expect(get('Laura Bennett')).toMatchObject({ kind: 'person', role: 'NATO Council Chair' });
  });

  it('finds people with a lower-case role noun before them', () => {
    expect(get('Tom Hardy')).toMatchObject({ kind: 'person', role: 'UK Foreign Office spokesperson' });
  });

  it('knows a ship by its prefix, a headland by "Point", a ferry firm by "Ferries"', () => {
    const ferry = findEntities(parse('The MV Aldora Bay, operated by Gullholm Ferries, struck rocks off Carrick Point.'));
    const kind = (name: string) => ferry.find((e) => e.name === name)?.kind;
    expect(kind('MV Aldora Bay')).toBe('other');
    expect(kind('Gullholm Ferries')).toBe('organisation');
    expect(kind('Carrick Point')).toBe('place');
  });

  it('reads roles WordNet knows as persons, possessive posts, ages and relative clauses', () => {
    const roles = findEntities(
      parse(
        [
          'Women due next month will go to Kellford, said Northair’s chief operating officer, Anders Holm.',
          'Among the marchers was Keisha Morgan, 41, a nurse whose brother was hurt.',
          '“It is too long,” said Priya Fenn, who chairs the Safer Medicines Network, a parents’ group.',
          'Composer Isabel Thorn, who graduated in 1994, signed the letter.',
          'Okafor was endorsed by U.S. Rep. Janet L. Moore and the city’s teachers union.',
          'Ada Okafor was elected mayor on Tuesday, defeating incumbent Richard Hale by 800 votes.',
          'The council thanked acting mayor Jo Bell for her work.',
          'The club sacked manager Tom Dale on Monday.',
          'Dr Helena Arro, the institute’s director of hydrological monitoring, said the reservoirs were low.',
        ].join('\n\n'),
      ),
    );
    const role = (name: string) => roles.find((e) => e.name === name)?.role;
    expect(role('Janet L. Moore')).toBe('U.S. Rep.');
    expect(role('Richard Hale')).toBe('incumbent');
    expect(role('Jo Bell')).toBe('acting mayor');
    expect(role('Anders Holm')).toBe('Northair’s chief operating officer');
    expect(role('Keisha Morgan')).toBe('a nurse');
    expect(role('Priya Fenn')).toBe('chairs the Safer Medicines Network');
    expect(role('Isabel Thorn')).toBe('Composer');
    expect(role('Tom Dale')).toBe('manager');
    expect(role('Helena Arro')).toMatch(/director of hydrological monitoring/);
  });

  it('joins a later surname to the person named in full', () => {
    expect(get('Tom Hardy')?.sentences).toEqual([2, 3]);
    expect(get('Hardy')).toBeUndefined();
  });

  it('finds a role in apposition with lower-case modifiers and an organisation: "a senior analyst at X"', () => {
    const list = findEntities(
      parse('Bo Li, a senior analyst at Marlow Research, said demand was soft. Li expects a slow year.'),
    );
    expect(list.find((e) => e.name === 'Bo Li')).toMatchObject({
      kind: 'person',
      role: 'a senior analyst at Marlow Research',
      sentences: [1, 2],
    });
  });

  it('finds a role given after the name', () => {
    expect(get('Mira Patel')).toMatchObject({
      kind: 'person',
      role: 'chief economist at the consultancy Northfield Analytics',
    });
  });

  it('finds organisations and places', () => {
    expect(get('International Energy Agency')?.kind).toBe('organisation');
    expect(get('UK Foreign Office')?.kind).toBe('organisation');
    expect(get('Vienna')?.kind).toBe('place');
    expect(get('Paris')?.kind).toBe('place');
    expect(get('Norway')?.kind).toBe('place');
    expect(get('Brazil')?.kind).toBe('place');
  });

  // A capitalised opener is a plain word when the article also writes it in lower case ("Oil …", "… oil …").
  it('does not take capitalised sentence openers for names', () => {
    expect(get('Oil')).toBeUndefined();
    expect(get('The')).toBeUndefined();
  });
});

describe('a place whose name ends like a demonym', () => {
  it('"a plant in Sheboygan tested …" is a place; "American officials" is not', () => {
    const entities = findEntities(
      parse('A swab from the plant in Dunmoragan tested positive. American officials said little.'),
    );
    expect(entities.find((e) => e.name === 'Dunmoragan')?.kind).toBe('place');
    expect(entities.find((e) => e.name === 'American')?.kind ?? 'other').toBe('other');
  });
});

describe('findNumbers', () => {
  const a = parse(
    [
      'The rebels will release 32 prisoners of war on Monday.',
      'Oil and gas make up nearly half the country’s output and more than 90% of its exports.',
      'The two neighbours have fought two wars since 1991.',
      'About 12,000 hectares of forest burned.',
    ].join('\n\n'),
  );
  const numbers = findNumbers(a);
  const texts = numbers.map((n) => n.text);

  it('finds numbers with the noun they count', () => {
    expect(texts).toContain('32 prisoners of war');
    expect(texts).toContain('two wars');
    expect(texts).toContain('About 12,000 hectares of forest');
  });

  it('keeps qualifiers and percentages', () => {
    expect(texts).toContain('more than 90% of its exports');
    expect(texts).toContain('nearly half');
  });

  it('gives values and offsets into the article text', () => {
    for (const n of numbers) expect(a.text.slice(n.start, n.end)).toBe(n.text);
    expect(numbers.find((n) => n.text === 'About 12,000 hectares of forest')?.value).toBe(12000);
    expect(numbers.find((n) => n.text === 'nearly half')?.value).toBe(0.5);
  });

  it('reads scales in words and attached abbreviations, but not a metre', () => {
    const values = (text: string) => findNumbers(parse(text)).map((n) => [n.text, n.value]);
    expect(values('The fund holds two million dollars.')).toContainEqual(['two million dollars', 2e6]);
    expect(values('It raised $5m from investors.')).toContainEqual(['$5m', 5e6]);
    expect(values('The wall stands 5 m high.')).toContainEqual(['5 m high', 5]);
    expect(values('About two hundred thousand people came.')).toContainEqual([
      'About two hundred thousand people came',
      200000,
    ]);
    expect(values('Sales rose to 2.3 million units.')).toContainEqual(['2.3 million units', 2.3e6]);
  });

  it('leaves years to the date annotator', () => {
    expect(numbers.some((n) => n.value === 1991)).toBe(false);
  });
});

describe('buildings and venues are places', () => {
  it('"the Olmstead Community Center", "Brannock Hill Library", "Ferrier Road" answer "where"', () => {
    const a = parse(
      'Clinics opened at the Olmstead Community Center and Brannock Hill Library, near Ferrier Road, on Monday.',
    );
    const kinds = new Map(findEntities(a).map((e) => [e.name, e.kind]));
    expect(kinds.get('Olmstead Community Center')).toBe('place');
    expect(kinds.get('Brannock Hill Library')).toBe('place');
    expect(kinds.get('Ferrier Road')).toBe('place');
  });
});

describe('kinds of names news writes', () => {
  const kindsOf = (text: string) => new Map(findEntities(parse(text)).map((e) => [e.name, e.kind]));

  it('companies, hospitals and wire services by their last word; a possessive inside a name stays', () => {
    const k = kindsOf(
      [
        'Corvane Health Systems supplied the software to Orley Cross Hospital, Meridian Wire reported.',
        "The Old Town Traders' Association called the charge a tax on customers.",
      ].join('\n\n'),
    );
    expect(k.get('Corvane Health Systems')).toBe('organisation');
    expect(k.get('Orley Cross Hospital')).toBe('organisation');
    expect(k.get('Meridian Wire')).toBe('organisation');
    expect(k.get("Old Town Traders' Association")).toBe('organisation');
  });

  it('a portfolio is part of the title, "General Hospital" no title, a dateline a place, "River X" a place', () => {
    const entities = findEntities(
      parse(
        [
          'VELLMONT, March 12 (Wire) - Deputy Mayor for Transport Joris Kamphuis defended the plan.',
          'Patients at Marrowgate General Hospital were moved away from the River Osse.',
        ].join('\n\n'),
      ),
    );
    const get = (name: string) => entities.find((e) => e.name === name);
    expect(get('Joris Kamphuis')?.role).toBe('Deputy Mayor for Transport');
    expect(get('Marrowgate General Hospital')?.kind).toBe('organisation');
    expect(get('VELLMONT')?.kind).toBe('place');
    expect(get('River Osse')?.kind).toBe('place');
  });

  it('countries are places wherever they stand, one word or several', () => {
    const entities = findEntities(
      parse(
        [
          'Costa Rica backed the bid by Trinidad and Tobago, while Herzegovina and Sierra Leone abstained.',
          'Envoys praised Antigua on Monday.',
        ].join('\n\n'),
      ),
    );
    const kinds = new Map(entities.map((e) => [e.name, e.kind]));
    for (const name of ['Costa Rica', 'Herzegovina', 'Sierra Leone', 'Antigua']) expect(kinds.get(name)).toBe('place');
  });

  it('a country the word list leaves out is known to WordNet: "Burma", "Rhodesia"', () => {
    const kinds = new Map(
      findEntities(parse('The treaty was signed by Burma on Monday.\n\nLater, Rhodesia objected.')).map((e) => [e.name, e.kind]),
    );
    expect(kinds.get('Burma')).toBe('place');
    expect(kinds.get('Rhodesia')).toBe('place');
  });

  it('"Nobody", "I\'ve" and a plural noun opening a sentence name nothing', () => {
    const names = findEntities(
      parse(['Nobody knew.', "I've been waiting since October.", 'Couriers said they were owed money.'].join('\n\n')),
    ).map((e) => e.name);
    expect(names).toEqual([]);
  });
});

describe('names of things after a possessive or a common noun', () => {
  it('"its Sunny Valley Classic", "the restaurant Casa Ferrant" are things; "the striker Declan Osei" a person', () => {
    const kinds = new Map(
      findEntities(
        parse(
          [
            'The recall covers its Sunny Valley Classic hummus.',
            'Lucia Ferrant owns the restaurant Casa Ferrant in the old town.',
            'The club sold the striker Declan Osei in January.',
          ].join('\n\n'),
        ),
      ).map((e) => [e.name, e.kind]),
    );
    expect(kinds.get('Sunny Valley Classic')).toBe('other');
    expect(kinds.get('Casa Ferrant')).toBe('other');
    expect(kinds.get('Declan Osei')).toBe('person');
  });
});
