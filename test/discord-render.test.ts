// Reply → Discord message: limits, escaping, cutting at a word boundary. Pure functions, no network.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedLength, escapeText, fitText, LIMITS, renderReply } from '../src/discord/render.ts';
import type { Reply, ReplyItem } from '../src/reply/model.ts';

const reply = (over: Partial<Reply>): Reply => ({
  tone: 'answer',
  title: null,
  intro: null,
  groups: [],
  suggestions: [],
  footer: null,
  pager: null,
  ...over,
});
const item = (text: string, over: Partial<ReplyItem> = {}): ReplyItem => ({
  label: null,
  body: [{ text }],
  cite: '¶1',
  note: null,
  ...over,
});
const words = (n: number, word = 'lorem') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

/** Every Discord limit, checked on one rendered message. */
function expectWithinLimits(msg: ReturnType<typeof renderReply>) {
  expect(msg.embeds.length).toBeGreaterThan(0);
  expect(msg.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(msg.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  let total = 0;
  for (const e of msg.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    total += embedLength(e);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.total);
}

describe('escaping', () => {
  it('escapes a line starting with "-#", which Discord would show as subtext', () => {
    expect(escapeText('-# small print\nline')).toBe('\\-# small print\nline');
  });

  it('escapes markdown and breaks every kind of mention', () => {
    const out = escapeText('@everyone @here <@123> <@!456> <@&789> <#42> **bold** _it_ `code` ||spoiler|| # heading');
    expect(out).not.toMatch(/@everyone|@here|<@!?\d|<@&\d|<#\d/);
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\_it\\_');
    expect(out).toContain('\\`code\\`');
    expect(out).toContain('\\|\\|spoiler\\|\\|');
  });

  it('bolds only the strong spans; article markdown stays literal', () => {
    const msg = renderReply(
      reply({
        title: '*Not* italic',
        groups: [
          {
            heading: null,
            items: [item('', { body: [{ text: 'a **b** ' }, { text: 'release', strong: true }, { text: ' _c_' }] })],
          },
        ],
      }),
    );
    const e = msg.embeds[0];
    expect(e?.title).toBe('\\*Not\\* italic');
    expect(e?.description).toBe('a \\*\\*b\\*\\* **release** \\_c\\_ (¶1)');
  });

  it('keeps spaces outside the bold markers (`**word **` would not render)', () => {
    const msg = renderReply(reply({ intro: [{ text: 'x' }, { text: ' word ', strong: true }, { text: 'y' }] }));
    expect(msg.embeds[0]?.description).toBe('x **word** y');
  });

  it('shows the question escaped with mentions broken', () => {
    const msg = renderReply(reply({ title: 'T' }), { question: '@everyone <@123> **bold**' });
    expect(msg.content).toBe('**Q:** @\u200beveryone <\u200b@123> \\*\\*bold\\*\\*');
  });

  it('escapes speakers in field names, suggestions and citations', () => {
    const msg = renderReply(
      reply({
        tone: 'empty',
        suggestions: ['What about *stars*?'],
        groups: [{ heading: 'A_B — role', items: [item('q', { cite: '¶3 · *T*' })] }],
      }),
    );
    const e = msg.embeds[0];
    expect(e?.fields?.[0]?.name).toBe('A\\_B — role');
    expect(e?.fields?.[0]?.value).toBe('• q (¶3 · \\*T\\*)');
    expect(e?.description).toContain('What about \\*stars\\*?');
  });
});

describe('cutting at a word boundary', () => {
  it('fitText cuts between words and ends with …', () => {
    expect(fitText('alpha beta gamma delta', 13)).toBe('alpha beta…');
    expect(fitText('alpha beta', 10)).toBe('alpha beta');
  });

  it('a single word longer than the limit is cut hard', () => {
    const out = fitText('x'.repeat(300), 256);
    expect(out).toHaveLength(256);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never leaves a dangling backslash or splits a surrogate pair', () => {
    const out = fitText(`${'😀'.repeat(200)}`, 101);
    expect(out.length).toBeLessThanOrEqual(101);
    expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
    const esc = fitText('a_b_c_d_e_f_g_h_i_j_k', 12);
    expect(esc.length).toBeLessThanOrEqual(12);
    expect(esc).not.toMatch(/\\…$/);
  });

  it('a long title is cut to 256 at a word boundary', () => {
    const title = words(100);
    const e = renderReply(reply({ title })).embeds[0];
    expect(e?.title?.length).toBeLessThanOrEqual(256);
    expect(e?.title?.endsWith('…')).toBe(true);
    const kept = String(e?.title).slice(0, -1);
    expect(title.startsWith(kept)).toBe(true);
    expect(title.charAt(kept.length)).toBe(' ');
  });

  it('a cut bold span keeps its markers closed', () => {
    const e = renderReply(reply({ title: 'T', intro: [{ text: words(1000, 'w'), strong: true }] })).embeds[0];
    expect(e?.description?.length).toBeLessThanOrEqual(4096);
    expect(e?.description).toMatch(/^\*\*w0 .* w\d+\*\*…$/s);
  });
});

describe('Discord limits', () => {
  it('a single sentence of 150,000 characters is cut into the description, not escaped whole', () => {
    const long = words(20_000, 'w');
    const msg = renderReply(reply({ groups: [{ heading: null, items: [item(long, { label: 'Best match' })] }] }));
    expectWithinLimits(msg);
    expect(msg.embeds[0]?.description).toMatch(/^\*\*Best match\*\*\nw0 w1 w2 [\s\S]*…$/);
  });

  it('a long description stops at 4096 with whole items first', () => {
    const items = Array.from({ length: 60 }, (_, i) => item(words(20, `s${i}x`)));
    const e = renderReply(reply({ groups: [{ heading: null, items }] })).embeds[0];
    expect(e?.description?.length).toBeLessThanOrEqual(4096);
    expect(e?.description).toMatch(/…$/);
    expect(e?.description).toContain('s0x0');
  });

  it('a group longer than 1024 continues in further fields under the same heading', () => {
    const items = Array.from({ length: 8 }, () => item(words(40)));
    const fields = renderReply(reply({ groups: [{ heading: 'Jane Roe — minister', items }] })).embeds[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThan(1);
    expect(fields[0]?.name).toBe('Jane Roe — minister');
    expect(fields[1]?.name).toBe('Jane Roe — minister (continued)');
    for (const f of fields) expect(f.value.length).toBeLessThanOrEqual(1024);
    // No quote is lost: every item appears whole.
    expect(
      fields
        .map((f) => f.value)
        .join('\n')
        .split('\n'),
    ).toHaveLength(8);
  });

  it('more than 25 fields spill into more embeds, all within 6000 in total', () => {
    const groups = Array.from({ length: 40 }, (_, i) => ({ heading: `Speaker ${i}`, items: [item(`quote ${i}`)] }));
    const msg = renderReply(
      reply({ tone: 'list', title: 'Quotes', groups, footer: 'CNN', pager: { page: 1, pages: 2 } }),
    );
    expect(msg.embeds).toHaveLength(2);
    expect(msg.embeds[0]?.fields).toHaveLength(25);
    expect(msg.embeds[1]?.fields).toHaveLength(15);
    expect(msg.embeds[1]?.footer?.text).toBe('CNN · Page 1/2');
    expectWithinLimits(msg);
  });

  it('the 6000 total drops trailing fields before touching the answer', () => {
    const groups = Array.from({ length: 20 }, (_, i) => ({ heading: `Speaker ${i}`, items: [item(words(60))] }));
    const msg = renderReply(reply({ title: 'T', intro: [{ text: words(600) }], groups }));
    expectWithinLimits(msg);
    expect(msg.embeds[0]?.description?.length).toBeGreaterThan(3000);
    expect(msg.embeds[0]?.fields?.length ?? 0).toBeLessThan(20);
  });

  it('the question is cut to the 2000-character content limit', () => {
    const msg = renderReply(reply({ title: 'T' }), { question: words(500, '*x') });
    expect(msg.content?.length).toBeLessThanOrEqual(2000);
    expect(msg.content?.endsWith('…')).toBe(true);
  });

  it('any reply renders within every limit (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '*', '_', '@', '<', '>', '#', '\n', '😀', 'é', '`', '|', '~'),
      maxLength: 3000,
    });
    const rich = fc.array(fc.record({ text, strong: fc.boolean() }), { maxLength: 4 });
    const anItem = fc.record({ label: fc.option(text), body: rich, cite: text, note: fc.option(rich) });
    const aReply = fc.record({
      tone: fc.constantFrom('answer', 'list', 'info', 'empty', 'error'),
      title: fc.option(text),
      intro: fc.option(rich),
      groups: fc.array(fc.record({ heading: fc.option(text), items: fc.array(anItem, { maxLength: 6 }) }), {
        maxLength: 30,
      }),
      suggestions: fc.array(text, { maxLength: 5 }),
      footer: fc.option(text),
      pager: fc.option(fc.record({ page: fc.nat(9), pages: fc.nat(9) })),
    }) as fc.Arbitrary<Reply>;
    fc.assert(
      fc.property(aReply, fc.option(text), (r, q) => {
        const msg = renderReply(r, { question: q ?? undefined });
        expectWithinLimits(msg);
        const all = JSON.stringify(msg);
        expect(all).not.toMatch(/@everyone|@here|<@\d/);
      }),
      { numRuns: 150 },
    );
  });
});
