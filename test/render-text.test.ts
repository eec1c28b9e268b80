import { describe, expect, it } from 'vitest';
import type { Reply } from '../src/reply/model.ts';
import { renderText, wantsColor } from '../src/render/text.ts';

const reply: Reply = {
  tone: 'answer',
  title: 'Tom Reyes',
  intro: null,
  groups: [
    {
      heading: null,
      items: [
        {
          label: 'Best match',
          body: [{ text: 'The bridge was reopened by ' }, { text: 'Tom', strong: true }, { text: ' ' }, { text: 'Reyes', strong: true }, { text: ', the minister, on a sunny Wednesday morning in the town.' }],
          cite: '¶1',
          note: [{ text: '“It is safer,” — ' }, { text: 'Tom Reyes', strong: true }],
        },
      ],
    },
  ],
  suggestions: [],
  footer: 'Daily News · Fri 6 Sep 2024',
  pager: null,
};

describe('renderText', () => {
  it('prints plain text without escapes when colour is off', () => {
    const text = renderText(reply, { color: false });
    expect(text).not.toContain('\x1b[');
    expect(text.split('\n')).toEqual([
      'Answer: Tom Reyes',
      'Best match  The bridge was reopened by Tom Reyes, the minister, on a sunny Wednesday morning in the town. ¶1',
      '  ↳ “It is safer,” — Tom Reyes',
      'Daily News · Fri 6 Sep 2024',
    ]);
  });

  it('bolds matched words with ANSI codes and wraps to the width without splitting them', () => {
    const text = renderText(reply, { color: true, width: 40 });
    expect(text).toContain('\x1b[1mTom\x1b[22m\x1b[39m');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what is removed
    const visible = text.replace(/\x1b\[[0-9;]*m/g, '');
    for (const line of visible.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(visible.replace(/\s+/g, ' ')).toContain('reopened by Tom Reyes, the minister');
  });

  it('drops control characters that could drive the terminal', () => {
    const evil: Reply = { ...reply, title: 'a\x1b[2Jb\u202Ec', groups: [] };
    expect(renderText(evil)).toMatch(/^Answer: a\[2Jbc/);
  });

  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
  });
});
