// The words that decide the answer must be in it; general phrasal verbs and equivalences; label numbers.
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../src/article/model.ts';
import { parseQuestion } from '../src/search/question.ts';
import { buildSearchIndex, search } from '../src/search/search.ts';
import { article } from './helpers.ts';

const top = (a: AnnotatedArticle, q: string) => search(buildSearchIndex([a]), q)[0];

const brewery = article('brewery', [
  'Northgate Brewing will close its riverside taproom next month, the company said on Monday.',
  'Northgate Brewing cut 30 jobs last year as sales fell.',
  'Chief executive Maria Lund said Northgate Brewing would focus on canned beer.',
  'The taproom opened in 2015 and drew about 900 visitors a week.',
  'Northgate Brewing shares fell 6% after the announcement.',
  'Ward 4 council member Tom Reyes said he was sorry to see it go.',
]);

describe('key words of the question', () => {
  it('abstains when the predicate is missing though the subject matches', () => {
    expect(search(buildSearchIndex([brewery]), 'Who founded Northgate Brewing?')).toEqual([]);
  });

  it('still answers when the predicate is there', () => {
    expect(top(brewery, 'When did the taproom open?')?.sentence).toBe(4);
  });

  it('a speech verb of a "what did X say" question is not a key word', () => {
    expect(top(brewery, 'What did Lund say about canned beer?')?.sentence).toBe(3);
  });
});

describe('general equivalences', () => {
  it('"who runs X" finds the chief executive', () => {
    expect(top(brewery, 'Who runs Northgate Brewing?')?.sentence).toBe(3);
  });

  it('phrasal verbs: "lift off" ~ launch, "take office" ~ sworn in', () => {
    const a = article('probe', [
      'The probe was launched on March 3 from a base in French Guiana.',
      'Its new director will be sworn in on Jan. 2, officials said.',
      'The probe carries six instruments.',
    ]);
    expect(top(a, 'When did the probe lift off?')?.sentence).toBe(1);
    expect(top(a, 'when does the new director take office')?.sentence).toBe(2);
  });
});

describe('question parsing', () => {
  it('"how much money": the word money only asks for a sum', () => {
    const p = parseQuestion('How much money is the city giving the club?');
    expect(p.want).toBe('money');
    expect(p.tokens.map((t) => t.norm)).not.toContain('money');
  });

  it('"is supposed to" asks about the future and is not matched', () => {
    const p = parseQuestion('when is the lander supposed to touch down');
    expect(p.tense).toBe('future');
    expect(p.tokens.map((t) => t.norm)).not.toContain('supposed');
  });
});

describe('counts', () => {
  it('a number labelling a name ("Ward 4") is not a count', () => {
    const hit = search(buildSearchIndex([brewery]), 'How many wards are on the council?')[0];
    expect(hit?.score ?? 0).toBeLessThan(0.7);
  });
});
