// Each ranking feature on a small article made for the test.
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, DatedEvent, Quote } from '../src/article/model.ts';
import {
  buildSearchIndex,
  INDEX_SCHEMA_VERSION,
  restoreIndex,
  search,
  serializeIndex,
  suggestTopics,
} from '../src/search/search.ts';
import { article } from './helpers.ts';

const top = (a: AnnotatedArticle, q: string) => search(buildSearchIndex([a]), q)[0];

describe('matching words', () => {
  const a = article('bridge', [
    'The city council will release the new budget next week.',
    'Engineers inspected the old bridge after the storm.',
    'It is what it is, and that is all there is to it, he said.',
  ]);

  it('stems: "released" finds "release"', () => {
    expect(top(a, 'When was the budget released?')?.sentence).toBe(1);
  });

  it('sets stop words aside: a sentence of function words does not answer', () => {
    expect(top(a, 'What is it that the engineers inspected?')?.sentence).toBe(2);
  });

  it('normalises case, diacritics, soft hyphens and quote marks', () => {
    const b = article('cafe', ['The Café Zürich reopened after the renovation.', 'Prices at the café’s bar rose.']);
    expect(top(b, 'When did the CAFE ZURICH re\u00adopen?')?.sentence).toBe(1);
    expect(top(b, "prices at the cafe's bar")?.sentence).toBe(2);
  });
});

describe('equivalences', () => {
  it('knows an abbreviation the article defines', () => {
    const a = article('iwf', [
      'The International Widget Federation (IWF) was founded in 1990 in a small town.',
      'Last week the IWF fined the club for breaking the rules.',
    ]);
    const hit = top(a, 'Why did the International Widget Federation fine the club?');
    expect(hit?.sentence).toBe(2);
    expect(hit?.terms).toContain('IWF');
  });

  it('knows common abbreviations both ways', () => {
    const a = article('gdp', ['Exports make up a third of GDP, the ministry said.', 'The ministry also hired new staff.']);
    expect(top(a, 'How much of the gross domestic product comes from exports?')?.sentence).toBe(1);
    const b = article('pow', ['The army handed over 40 prisoners of war on Friday.', 'The army also moved troops.']);
    expect(top(b, 'How many POWs were handed over?')?.sentence).toBe(1);
  });

  it('matches synonyms, weighted below exact words', () => {
    const a = article('hostages', ['The rebels freed 12 hostages on Monday.', 'The rebels took new positions.']);
    expect(top(a, 'How many hostages were released?')?.sentence).toBe(1);
    const b = article('both', ['The rebels freed the hostages in the north.', 'The rebels released the hostages in the south.']);
    expect(top(b, 'Where were the hostages released?')?.sentence).toBe(2);
  });

  it('a pay raise matches a pay rise: "raise" ~ "rise"', () => {
    const a = article('jobs', [
      'The broadcaster announced in September that it would cut 450 jobs, about 9 percent of its workforce, by March next year, mostly in regional newsrooms.',
      '"The people who are left are doing two jobs each."',
      'The union is seeking a 7.5 percent pay rise, saying salaries have fallen in real terms.',
      'The government has said the licence fee will rise by only 2 percent next year.',
    ]);
    expect(top(a, 'what raise is the union asking for')?.sentence).toBe(3);
  });
});

describe('answer types', () => {
  const a = article('types', [
    'The museum opened a new wing for modern art.',
    'The new wing was designed by architect Maria Lopez.',
    'The new wing opened on March 3, 2024.',
    'The new wing cost 45 million euros.',
    'The new wing stands in Lisbon, next to the river.',
  ]);
  const index = buildSearchIndex([a]);

  it('who → a sentence naming a person, with the person as short answer', () => {
    const hit = search(index, 'Who designed the new wing?')[0];
    expect(hit?.sentence).toBe(2);
    expect(hit?.short).toBe('Maria Lopez');
  });

  it('when → a sentence with a date expression', () => {
    const hit = search(index, 'When did the new wing open?')[0];
    expect(hit?.sentence).toBe(3);
    expect(hit?.short).toContain('March 3');
  });

  it('how much → a sentence with a number', () => {
    const hit = search(index, 'How much did the new wing cost?')[0];
    expect(hit?.sentence).toBe(4);
    expect(hit?.short).toContain('45');
  });

  it('where → a sentence with a place', () => {
    const hit = search(index, 'Where is the new wing?')[0];
    expect(hit?.sentence).toBe(5);
    expect(hit?.short).toBe('Lisbon');
  });

  it('short is null for other questions', () => {
    expect(search(index, 'What kind of art is in the wing?')[0]?.short).toBeNull();
  });
});

describe('weighting', () => {
  it('rare words weigh more than common ones', () => {
    const a = article('council', [
      'The council met on Monday.',
      'The council discussed the budget deficit.',
      'The council thanked the staff.',
      'The council adjourned early.',
      'The council members voted.',
    ]);
    expect(top(a, 'council deficit')?.sentence).toBe(2);
  });

  it('words close together beat the same words scattered', () => {
    const a = article('prox', [
      'Water prices in the region, officials said on a long call about several other matters, will rise.',
      'Officials expect water prices to rise again in the coming year.',
    ]);
    const hits = search(buildSearchIndex([a]), 'water prices rise');
    expect(hits[0]?.sentence).toBe(2);
  });
});

describe('fuzzy matching and abstention', () => {
  const a = article('collapse', [
    'A bridge collapse in the harbour district injured four workers.',
    'Inspectors had warned about corrosion in the steel cables.',
  ]);
  const index = buildSearchIndex([a]);

  it('corrects typos against the vocabulary', () => {
    expect(search(index, 'bridgge colapse harbuor')[0]?.sentence).toBe(1);
    expect(search(index, 'corosion in the cabels')[0]?.sentence).toBe(2);
  });

  it('abstains when the article does not hold the question', () => {
    expect(search(index, 'What is the capital of France?')).toEqual([]);
    expect(search(index, 'Who won the football match?')).toEqual([]);
    expect(search(index, 'why?')).toEqual([]);
  });

  it('scores in 0..1, answered above abstained', () => {
    for (const h of search(index, 'Who was injured in the bridge collapse?')) {
      expect(h.score).toBeGreaterThan(0);
      expect(h.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('hits', () => {
  it('bring the linked quote and dated event of the sentence', () => {
    const base = article('linked', [
      '"We will finish the tunnel on time," the minister said.',
      'The tunnel opened in June 2023 after years of delays.',
    ]);
    const [s1, s2] = base.article.sentences;
    if (!s1 || !s2) throw new Error('sentences');
    const quote: Quote = {
      text: 'We will finish the tunnel on time,',
      speaker: 'the minister',
      role: null,
      paragraph: 1,
      sentence: 1,
      start: s1.start + 1,
      end: s1.start + 35,
    };
    const event: DatedEvent = {
      date: '2023-06',
      precision: 'month',
      expression: 'in June 2023',
      paragraph: 2,
      sentence: 2,
      start: s2.start + 18,
      end: s2.start + 30,
    };
    const a: AnnotatedArticle = { ...base, quotes: [quote], events: [event] };
    const index = buildSearchIndex([a]);
    expect(search(index, 'What did the minister promise about the tunnel?')[0]?.quote).toEqual(quote);
    const when = search(index, 'When did the tunnel open?')[0];
    expect(when?.event).toEqual(event);
    expect(when?.short).toBe('in June 2023');
  });

  it('search every indexed article and name the article of each hit', () => {
    const a = article('alpha', ['The orchestra toured Japan in the spring.', 'The conductor retired.']);
    const b = article('beta', ['The volcano erupted twice overnight.', 'Flights were cancelled.']);
    const index = buildSearchIndex([a, b]);
    expect(search(index, 'Which volcano erupted?')[0]?.article).toBe('beta');
    expect(search(index, 'Where did the orchestra tour?')[0]?.article).toBe('alpha');
    expect(search(index, 'volcano erupted', { article: 'alpha' })).toEqual([]);
    expect(search(index, 'volcano erupted', { article: 'nope' })).toEqual([]);
  });

  it('respect the limit', () => {
    const a = article('many', ['Rain fell on Monday.', 'Rain fell on Tuesday.', 'Rain fell on Wednesday.']);
    expect(search(buildSearchIndex([a]), 'rain fell', { limit: 2 })).toHaveLength(2);
  });
});

describe('many articles', () => {
  // Many sentences hold the question's rarer words: the ranker walks their postings and looks the common
  // words ("council", "said") up for those sentences alone. Scores must not change for it.
  const filler = Array.from({ length: 80 }, (_, i) =>
    article(`filler-${i}`, [
      `The harbour bridge on Street ${i} will reopen in May, the council said.`,
      'The council said little else.',
    ]),
  );
  const target = article('target', ['The council said the harbour tunnel would close in June.', 'Traffic was light.']);
  const docs = [...filler.slice(0, 40), target, ...filler.slice(40)];
  const index = buildSearchIndex(docs);

  it('finds the one article that answers among many that share its words', () => {
    const hit = search(index, 'When will the harbour tunnel close?')[0];
    expect(hit?.article).toBe('target');
    expect(hit?.short).toContain('June');
  });

  it('scores a sentence the same whether all articles or only its own are searched', () => {
    const q = 'What did the council say about reopening the harbour bridge?';
    const all = search(index, q);
    expect(all[0]?.article).toBe('filler-0');
    expect(all[0]).toEqual(search(index, q, { article: 'filler-0' })[0]);
  });

  it('restores to the same answers', () => {
    const restored = restoreIndex(JSON.parse(JSON.stringify(serializeIndex(index))), docs);
    for (const q of ['What did the council say about the bridge?', 'When will the tunnel close?', 'harbour bridge']) {
      expect(search(restored, q)).toEqual(search(index, q));
    }
  });
});

describe('index on disk', () => {
  const a = article('disk', ['The factory will hire 300 workers next year.', 'The mayor welcomed the plan.']);

  it('serialises to JSON and restores to the same answers', () => {
    const index = buildSearchIndex([a]);
    const json = JSON.parse(JSON.stringify(serializeIndex(index)));
    const restored = restoreIndex(json, [a]);
    expect(search(restored, 'How many workers will the factory hire?')).toEqual(
      search(index, 'How many workers will the factory hire?'),
    );
    expect((json as { schema: number }).schema).toBe(INDEX_SCHEMA_VERSION);
  });

  it('refuses a malformed or incompatible index', () => {
    const json = serializeIndex(buildSearchIndex([a])) as Record<string, unknown>;
    expect(() => restoreIndex({ ...json, schema: -1 }, [a])).toThrow();
    expect(() => restoreIndex(null, [a])).toThrow();
    const other = article('disk', ['Something else entirely was written here instead.']);
    expect(() => restoreIndex(json, [other])).toThrow();
  });
});

describe('topics', () => {
  const a = article('topics', [
    'Health Minister Anna Berg announced 200 new hospital beds on Tuesday.',
    '"This is only the start," Berg said.',
  ]);
  const index = buildSearchIndex([a]);

  it('lists at most 25 topics of at most 100 characters', () => {
    const topics = suggestTopics(index);
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.length).toBeLessThanOrEqual(25);
    for (const t of topics) expect(t.length).toBeLessThanOrEqual(100);
  });

  it('fuzzy-matches what was typed', () => {
    expect(suggestTopics(index, { typed: 'ana berg' })[0]).toContain('Anna Berg');
  });
});
