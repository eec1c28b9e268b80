// Named entities: every person, organisation and place the article mentions, once each, read off the mentions
// stage (mentions/): capitalised spans and their kinds (mentions/spans.ts), and people as the registry knows them
// (mentions/registry.ts): the full name, the role given where they were introduced, and every later surname,
// given name or titled form ("Mr Doe", "Sir Jan") joined to that full name.
import type { Article, Entity } from '../article/model.ts';
import { mentionsOf } from './mentions/article.ts';
import { NameIndex } from './mentions/names.ts';
import { nameSpans } from './mentions/spans.ts';

/** Finds people, organisations and places; repeated names share one entity listing every sentence that has them. */
export function findEntities(article: Article): Entity[] {
  const { registry, vocabulary } = mentionsOf(article);
  const byName = new Map<string, Entity>();
  const order: Entity[] = [];
  const people = new NameIndex<{ name: string; first: number; entity: Entity }>();
  for (const sentence of article.sentences) {
    for (const m of nameSpans(sentence.text, vocabulary)) {
      const pos = sentence.start + m.start;
      // The person this name refers to: one the registry introduced outside quotes, else one named in full here.
      const known = people.lookup(m.name, pos);
      let person = registry.lookup(m.name, pos) ?? (known ? { name: known.name, role: known.entity.role } : null);
      // A place or an organisation joins a person only as a surname ("Roof" after "Dylann Roof").
      if (person && m.kind !== 'person' && m.kind !== 'other' && !person.name.endsWith(` ${m.name}`)) person = null;
      const name = person?.name ?? m.name;
      const kind = person ? 'person' : m.kind;
      const role = person?.role ?? m.title;
      const key = name.toLowerCase();
      let entity = byName.get(key);
      if (!entity) {
        entity = { name, kind, role, sentences: [] };
        byName.set(key, entity);
        order.push(entity);
        if (kind === 'person' && name.includes(' ')) people.add({ name, first: pos, entity });
      } else {
        entity.role ??= role;
        if (entity.kind === 'other' && kind !== 'other') entity.kind = kind;
      }
      // Sentences come in order, so a repeat can only be the last one listed.
      if (entity.sentences.at(-1) !== sentence.n) entity.sentences.push(sentence.n);
    }
  }
  return order;
}
