import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.ts';
import { ask, questionText } from '../src/answer/ask.ts';
import { highlight } from '../src/answer/common.ts';
import { quotesReply, timelineReply } from '../src/answer/lists.ts';
import { parseArticle } from '../src/article/parse.ts';
import { libraryOf } from '../src/library.ts';
import { formatDate } from '../src/reply/dates.ts';
import { paginate } from '../src/reply/model.ts';
import { TENTATIVE_BELOW } from '../src/search/search.ts';

const doc = (id: string, paragraphs: string[]) => annotate(parseArticle(paragraphs.join('\n\n'), id));

const bridge = doc('bridge', [
  'The regional government reopened the Old Mill bridge on Wednesday after eight months of repairs.',
  '“The bridge is safer than it has ever been,” said Tom Reyes, the transport minister.',
  'Engineers replaced 40 steel cables, and the work cost 12 million dollars.',
  '“We finished ahead of schedule,” Reyes added.',
  'Dana Holt, a local shop owner, said trade had fallen by a third while the bridge was closed.',
  '2024-09-06T09:30:00Z br1',
]);
const lib = libraryOf([bridge]);

describe('questionText', () => {
  it('drops mentions, markdown, emoji ids and control characters but keeps the words', () => {
    expect(questionText('@everyone **who** reopened <@123> the <#9> bridge? <:wave:123> ||spoiler||\u202E\u0007')).toBe(
      'who reopened the bridge? wave',
    );
    expect(questionText('x'.repeat(1000))).toHaveLength(300);
  });
});

describe('ask reply', () => {
  it('puts the short answer in the title, cites the paragraph and bolds matched words', () => {
    const { hits, reply } = ask(lib, 'How much did the repairs cost?');
    expect(hits[0]?.text).toContain('12 million dollars');
    expect(reply.tone).toBe('answer');
    const best = reply.groups[0]?.items[0];
    expect(best?.cite).toBe('¶3');
    expect(best?.body.some((s) => s.strong && /cost/i.test(s.text))).toBe(true);
    expect(reply.footer).toBe('Fri 6 Sep 2024');
  });

  it('offers a weakly matched sentence as the closest one, without a short answer', () => {
    // The article says nothing of trucks: the bridge sentence is a weak match, not an answer.
    const weak = ask(lib, 'is the bridge open to trucks?');
    expect(weak.hits[0]?.score).toBeLessThan(TENTATIVE_BELOW);
    expect(weak.reply.title).toBeNull();
    expect(weak.reply.intro?.[0]?.text).toMatch(/may not answer/);
    expect(weak.reply.groups[0]?.items[0]?.label).toBe('Closest match');
    const firm = ask(lib, 'what did the shop owner say?');
    expect(firm.hits[0]?.score).toBeGreaterThanOrEqual(TENTATIVE_BELOW);
    expect(firm.reply.groups[0]?.items[0]?.label).toBe('Best match');
  });

  it('says when the article does not cover a question, and suggests what it does cover', () => {
    const { hits, reply } = ask(lib, 'What is the population of Brazil?');
    expect(hits).toEqual([]);
    expect(reply.tone).toBe('empty');
    expect(reply.title).toMatch(/doesn’t cover/);
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('answers an empty question or an unknown article with a clear message', () => {
    expect(ask(lib, '  **  ').reply.tone).toBe('error');
    expect(ask(lib, 'who?', { article: 'no-such-article-at-all' }).reply.title).toBe('No such article');
  });
});

describe('lists', () => {
  it('groups quotes by speaker with the role, and filters a speaker despite a typo', () => {
    const all = quotesReply(lib, {});
    expect(all.groups.map((g) => g.heading)).toEqual(['Tom Reyes — the transport minister']);
    expect(all.groups[0]?.items).toHaveLength(2);
    expect(quotesReply(lib, { speaker: 'reyse' }).groups[0]?.items).toHaveLength(2);
    const none = quotesReply(lib, { speaker: 'Somebody Else' });
    expect(none.tone).toBe('empty');
    expect(none.suggestions).toEqual(['Tom Reyes']);
  });

  it('keeps the comma written inside the marks in the quote, and shows the quote without it', () => {
    expect(bridge.quotes.map((q) => q.text)).toEqual([
      'The bridge is safer than it has ever been,',
      'We finished ahead of schedule,',
    ]);
    const shown = quotesReply(lib, {}).groups[0]?.items.map((i) => i.body.map((s) => s.text).join(''));
    expect(shown).toEqual(['“The bridge is safer than it has ever been”', '“We finished ahead of schedule”']);
  });

  it('lists events with readable dates and the date expression in bold', () => {
    const reply = timelineReply(lib, {});
    const first = reply.groups[0]?.items[0];
    expect(first?.label).toBe('Wed 4 Sep 2024');
    expect(first?.body.find((s) => s.strong)?.text).toMatch(/Wednesday/);
  });
});

describe('helpers', () => {
  it('highlights whole words only, case-insensitively', () => {
    expect(highlight('Cost and costs: COST.', ['cost'])).toEqual([
      { text: 'Cost', strong: true },
      { text: ' and costs: ' },
      { text: 'COST', strong: true },
      { text: '.' },
    ]);
  });

  it('formats dates at their precision', () => {
    expect([formatDate('2023-12-07'), formatDate('2023-09'), formatDate('2024'), formatDate('soon')]).toEqual([
      'Thu 7 Dec 2023',
      'Sep 2023',
      '2024',
      'soon',
    ]);
  });

  it('paginates with a clamped page number and no pager for one page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ slice: [3, 4], pager: { page: 2, pages: 3 } });
    expect(paginate([1, 2, 3], 99, 2).slice).toEqual([3]);
    expect(paginate([1], 1, 5).pager).toBeNull();
  });
});
