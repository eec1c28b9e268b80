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

  it('an entity takes the full name the stage resolved: surname, title of address, given name', () => {
    const list = entities(
      'Education secretary Sir Keith Joseph opened the school in Dorrow.',
      'Sir Keith later said the exams would stay. Joseph left in May.',
    );
    expect(get(list, 'Keith Joseph')).toMatchObject({ kind: 'person', role: 'Education secretary', sentences: [1, 2, 3] });
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

  it('sentence openers that name nothing: indefinite pronouns, number words, collective nouns', () => {
    expect(entities('Nobody came.', 'Seven stayed behind.', 'Officials said little.')).toEqual([]);
  });
});
