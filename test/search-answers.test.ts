// The finer answer kinds, WordNet expansion, carry-over to detail sentences and focus-based abstention, each
// on a small article made for the test.
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../src/article/model.ts';
import { parseQuestion } from '../src/search/question.ts';
import { buildSearchIndex, search } from '../src/search/search.ts';
import { article } from './helpers.ts';

const ask = (a: AnnotatedArticle, q: string) => search(buildSearchIndex([a]), q);
const first = (a: AnnotatedArticle, q: string) => ask(a, q)[0]?.text ?? '(nothing)';

describe('question parsing', () => {
  it('finds the finer kind of answer, the focus noun and the tense', () => {
    expect(parseQuestion('how old is the mayor').want).toBe('age');
    expect(parseQuestion('How much did the museum cost?').want).toBe('money');
    expect(parseQuestion('how long will the works last').want).toBe('duration');
    expect(parseQuestion('why was the match called off?').want).toBe('reason');
    expect(parseQuestion('who is Jane Roe').want).toBe('identity');
    const q = parseQuestion('how many parking spots would be lost');
    expect(q.want).toBe('count');
    expect(q.focus).toEqual(['park', 'spot']);
    expect(parseQuestion('when will the bridge reopen').tense).toBe('future');
  });

  it('reads the kind of figure a few key words name, and a figure asked without "how much"', () => {
    const kind = (q: string) => {
      const p = parseQuestion(q);
      return `${p.type}/${p.want}`;
    };
    expect(kind('refund amount')).toBe('number/money');
    expect(kind('jobless rate')).toBe('number/percent');
    expect(kind('tribunal hearing date')).toBe('date/null');
    expect(kind('stadium capacity')).toBe('number/null');
    expect(kind('compensaton for fishermen')).toBe('number/money');
    expect(kind('attendence inverlochy game')).toBe('number/null');
    expect(kind('what was revenue last quarter')).toBe('number/null');
    expect(kind('what happened to the plan')).toBe('null/null');
    expect(kind('whats the jobless rate now?')).toBe('number/percent');
    expect(kind('what was the vote count')).toBe('number/tally');
    // Prices in the plural are a level, not a sum.
    expect(kind("prices at the cafe's bar")).toBe('null/null');
    expect(parseQuestion("Who is Halcyon's CEO?").want).toBe('role');
    expect(parseQuestion('who is keisha morgan').want).toBe('identity');
  });

  it('reads chat spelling and phrasal verbs', () => {
    expect(parseQuestion('whats the fee').tokens.map((t) => t.norm)).toEqual(['fee']);
    expect(parseQuestion('why was the game pushed back').tokens.map((t) => t.term)).toEqual(['game', 'postpon']);
    expect(parseQuestion('what do teachers think about the plan').type).toBe('statement');
  });
});

describe('answer kinds', () => {
  const a = article('harbour', [
    'The town council approved a new harbour wall on Monday after years of debate.',
    'The wall will cost $8 million and take two years to build.',
    'Harbour master Ines Duarte, 52, said the old wall had been damaged in three storms.',
    'Work was delayed last winter. The pause was meant to give engineers time to test the seabed.',
    'Fishermen said 40 boats were damaged in the last storm.',
  ]);

  it('how much + cost → the sentence with a sum of money', () => {
    expect(first(a, 'How much will the harbour wall cost?')).toContain('$8 million');
  });

  it('how old → the sentence with an age', () => {
    const hit = ask(a, 'how old is Ines Duarte')[0];
    expect(hit?.text).toContain('52');
  });

  it('how long → the sentence with a duration', () => {
    expect(first(a, 'How long will it take to build the wall?')).toContain('two years');
  });

  it('how many X → the number that counts X', () => {
    expect(first(a, 'How many boats were damaged?')).toContain('40 boats');
  });

  it('why → the detail sentence with a purpose, even when it only refers back', () => {
    expect(first(a, 'why was the work delayed')).toContain('give engineers time');
  });

  it('who is X → the sentence that introduces X with a role', () => {
    const b = article('clinic', [
      'Dr. Rahim said the clinic would open on weekends.',
      'The plan was announced by Dr. Sara Rahim, director of the city health service.',
    ]);
    expect(first(b, 'who is Dr. Rahim')).toContain('director of the city health service');
  });
});

describe('related words', () => {
  const a = article('rules', [
    'Under the new law, drivers who park on the pavement face fines of up to $500.',
    'The law takes effect in May, the transport office said.',
  ]);

  it('matches a WordNet relative of a word the article lacks ("penalty" ~ "fines")', () => {
    expect(first(a, 'whats the penalty for parking on the pavement')).toContain('fines of up to');
  });

  it('expands common shorthand and drops the g of chat spelling', () => {
    const b = article('street', ['A water main burst on Elm Avenue on Sunday, flooding 12 homes.']);
    expect(first(b, 'what happened on elm ave')).toContain('Elm Avenue');
    const c = article('break', ['Drivers breaking the new rules face a ban, the police said.']);
    expect(first(c, 'what happens to drivers breakin the rules')).toContain('face a ban');
  });

  it('does not "correct" a real word into another ("brought" is not "bought")', () => {
    const b = article('shop', ['The family bought the shop in 1990.', 'The shop was sold again in 2020.']);
    expect(ask(b, 'who brought the lawsuit')).toEqual([]);
  });
});

describe('abstention on the thing asked for', () => {
  const a = article('loan', [
    'The club loaned striker Tom Hale to Ashby Town until the end of the season.',
    'Hale scored 12 goals last season.',
  ]);

  it('returns nothing when the asked kind of answer is missing, although the words match', () => {
    expect(ask(a, 'How much did Ashby Town pay for the loan?')).toEqual([]);
    expect(ask(a, 'How old is Tom Hale?')).toEqual([]);
    expect(ask(a, 'What time does Ashby Town play?')).toEqual([]);
  });

  it('returns nothing when the focus noun is absent from the article', () => {
    expect(ask(a, 'What are Hale’s weekly wages?')).toEqual([]);
    expect(ask(a, 'What is the population of Ashby Town?')).toEqual([]);
  });

  it('still answers what the article does say', () => {
    expect(first(a, 'how many goals did Hale score')).toContain('12 goals');
    expect(first(a, 'who got sent out on loan')).toContain('Tom Hale');
  });
});

describe('short answers to "who" questions', () => {
  const a = article('treaty', [
    'Norland and Vestia signed a fishing treaty on Tuesday.',
    'In the 1990s Ostmark fought a long border war against Vestia, its neighbour.',
    'The two countries fought over fishing rights against Norland.',
    'A trade deal was rejected by the Coastal League, a group of ports.',
    'The treaty is a step that Canada and the European Union have praised.',
  ]);

  it('gives the subject before the verb, not the object after it', () => {
    expect(ask(a, 'who fought a long border war?')[0]?.short).toBe('Ostmark');
    // The subject is no name here: better no short answer than the object.
    const hit = ask(a, 'who fought over fishing rights?')[0];
    expect(hit?.text).toContain('fishing rights');
    expect(hit?.short).toBeNull();
  });

  it('keeps the object when the question asks for it', () => {
    expect(ask(a, 'who did Ostmark fight a long border war against?')[0]?.short).toBe('Vestia');
  });

  it('takes the agent of a passive after "by"', () => {
    expect(ask(a, 'who rejected the trade deal?')[0]?.short).toBe('Coastal League');
  });

  it('reads passive questions, agents with capitalised modifiers, roles named by the question', () => {
    const b = article('club', [
      'In a separate deal, Westbridge have loaned midfielder Kieran Doyle to Ashby Town.',
      'The Kestrel lander, built by Houston-based Halcyon Space, reached orbit on Friday.',
      'The club’s owner, Raymond Ketteridge, blamed the arrears on a cash-flow crisis.',
      'Last month’s defeat by amateur side Glenbrae in the fourth round of the Scottish Cup hurt.',
    ]);
    expect(ask(b, 'who got sent out on loan')[0]?.short).toBe('Kieran Doyle');
    expect(ask(b, 'Who built Kestrel?')[0]?.short).toBe('Halcyon Space');
    expect(ask(b, 'who owns the club')[0]?.short).toBe('Raymond Ketteridge');
    // The question's own words matched the cup's name: the cup is not who knocked them out.
    expect(ask(b, 'who knocked them out of the scotish cup?')[0]?.short).toBe('Glenbrae');
    // …unless they are the title of the person asked for.
    const police = article('police', ['Police Chief Angela Whitford said the pair were arrested on Cedar Street.']);
    expect(ask(police, 'whos the police chief')[0]?.short).toContain('Angela Whitford');
  });

  it('answers with every name joined by "and"', () => {
    expect(ask(a, 'who praised the treaty?')[0]?.short).toBe('Canada and the European Union');
    expect(ask(a, 'who signed the fishing treaty?')[0]?.short).toBe('Norland and Vestia');
  });
});

describe('short answers of which and who-is questions', () => {
  const a = article('council', [
    'The council approved the plan by seven votes to two on Tuesday.',
    'Council member Tomás Reyes, who cast a vote against it, said it went too far.',
    'The hummus was sold at Fresh Basket, Midway Market and Corner Grocer stores.',
    'Northair’s chief operating officer, Anders Holm, said flights would resume.',
    'Refunds of $4.99 per tub are available at the till.',
  ]);
  it('names the things of the kind asked for, listed together', () => {
    expect(ask(a, 'which council member opposed the plan')[0]?.short).toBe('Tomás Reyes');
    expect(ask(a, 'which stores sold the hummus')[0]?.short).toBe('Fresh Basket, Midway Market and Corner Grocer');
  });
  it('reads "news" as no plural: the noun phrase asked about goes on after it', () => {
    expect(parseQuestion('What news agency published the statement?').focus).toEqual(['new', 'agenc']);
    expect(parseQuestion('What did the agency publish?').want).toBeNull();
  });

  it('answers who someone is with their role, not another name', () => {
    expect(ask(a, 'who is Anders Holm?')[0]?.short).toBe('Northair’s chief operating officer');
  });
  it('answers with a figure of the kind asked, not the nearest figure', () => {
    const court = article('court', [
      'The former treasurer was jailed on Monday for seven years for taking $2.3 million from the county.',
      'Reyburn, 61, has fished these waters for 43 years.',
    ]);
    expect(ask(court, 'how much money did he take')[0]?.short).toBe('$2.3 million');
    expect(ask(court, 'how long has Reyburn been a fisherman')[0]?.short).toBe('43 years');
  });

  it('takes the date nearest the matched verb, counting from where the verb ends', () => {
    const life = article('life', [
      'Marrow, who was born in the town in 1851 and died on 14 March 1907, exhibited at the Royal Academy.',
    ]);
    expect(ask(life, 'when did marrow die')[0]?.short).toBe('on 14 March 1907');
  });

  it('answers how long with the date a stretch of time runs until', () => {
    const rail = article('rail', [
      'About 38 percent of intercity trains were cancelled, and the operator warned that disruption would continue until at least Friday.',
    ]);
    expect(ask(rail, 'how long will the disruption last?')[0]?.short).toBe('until at least Friday');
  });

  it('answers with the whole range a figure is given as', () => {
    const pouches = article('pouches', [
      'Lockable pouches cost between £15 and £30 per pupil.',
      'The firm expects restructuring charges of $60 million to $70 million next year.',
    ]);
    expect(ask(pouches, 'how much do the pouches cost')[0]?.short).toBe('between £15 and £30');
    expect(ask(pouches, 'how big will the restructuring charges be')[0]?.short).toBe('$60 million to $70 million');
  });

  it('answers a few key words naming a figure with the figure', () => {
    expect(ask(a, 'refund amount')[0]?.short).toBe('$4.99');
  });
});
