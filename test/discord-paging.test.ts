// Paging state in a button's customId, and the per-user cooldown. Pure functions, no network.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cooldown, formatWait } from '../src/discord/cooldown.ts';
import { CUSTOM_ID_MAX, decodePageId, encodePageId, type PageState, pagerRow } from '../src/discord/paging.ts';
import type { Library } from '../src/library.ts';

const USER = '123456789012345678';
/** Only what paging reads of a library: the articles in order. */
const lib = {
  docs: ['short', 'a-very-long-article-identifier-that-alone-takes-most-of-the-hundred-characters-of-a-custom-id'].map(
    (id) => ({
      article: { id },
    }),
  ),
} as unknown as Library;

describe('page customId', () => {
  it('round-trips command, page, user and options', () => {
    const state: PageState = {
      command: 'quotes',
      page: 3,
      userId: USER,
      opts: { speaker: 'Matthew Miller', article: 'short' },
    };
    const id = encodePageId(state);
    expect(id).toBe(`page:quotes:3:${USER}:s=Matthew Miller;a=short`);
    expect(decodePageId(id)).toEqual(state);
  });

  it('escapes the separators inside values', () => {
    const state: PageState = { command: 'quotes', page: 2, userId: USER, opts: { speaker: 'a:b;c=d%e' } };
    const id = encodePageId(state);
    expect(id.split(':')).toHaveLength(5);
    expect(decodePageId(id)).toEqual(state);
  });

  it('stays within 100 characters: a long article id becomes its position, resolved back on decode', () => {
    const state: PageState = {
      command: 'timeline',
      page: 2,
      userId: USER,
      opts: { article: lib.docs[1]?.article.id as string },
    };
    const id = encodePageId(state, lib);
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(id).toContain('a=#1');
    expect(decodePageId(id, lib)).toEqual(state);
  });

  it('a long speaker is shortened to a prefix (which still matches the speaker)', () => {
    const speaker = 'The Spokesperson of the Ministry of Foreign Affairs of the Republic of Somewhere Far Away';
    const id = encodePageId({ command: 'quotes', page: 2, userId: USER, opts: { speaker } });
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    const back = decodePageId(id)?.opts.speaker as string;
    expect(back.length).toBeGreaterThan(10);
    expect(speaker.startsWith(back)).toBe(true);
  });

  it('any state encodes within 100 characters and decodes to the same command, page and user (property)', () => {
    const value = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ':', ';', '=', '%', '#', 'é', '-'),
      minLength: 1,
      maxLength: 120,
    });
    fc.assert(
      fc.property(
        fc.constantFrom('quotes', 'timeline', 'articles'),
        fc.integer({ min: 0, max: 9999 }),
        fc.stringMatching(/^\d{17,20}$/),
        fc.option(value),
        fc.option(value),
        (command, page, userId, speaker, article) => {
          const opts: Record<string, string> = {};
          if (speaker) opts.speaker = speaker;
          if (article) opts.article = article;
          const id = encodePageId({ command, page, userId, opts });
          expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
          const back = decodePageId(id);
          expect(back).toMatchObject({ command, page, userId });
          if (id.length < CUSTOM_ID_MAX - 20) expect(back?.opts).toEqual(opts);
        },
      ),
    );
  });

  it('rejects ids that are not page ids', () => {
    expect(decodePageId('something-else')).toBeNull();
    expect(decodePageId('page:quotes:x:1:')).toBeNull();
    expect(decodePageId(`page:quotes:1:${USER}:novalue`)).toBeNull();
  });

  it('pagerRow: Previous disabled on page 1, Next disabled on the last page, none for one page', () => {
    const base = { command: 'timeline', userId: USER, opts: {} };
    expect(pagerRow(null, base)).toBeNull();
    expect(pagerRow({ page: 1, pages: 1 }, base)).toBeNull();
    const first = pagerRow({ page: 1, pages: 3 }, base)?.components ?? [];
    expect(first.map((b) => b.disabled)).toEqual([true, false]);
    expect(decodePageId((first[1] as { custom_id: string }).custom_id)?.page).toBe(2);
    const last = pagerRow({ page: 3, pages: 3 }, base)?.components ?? [];
    expect(last.map((b) => b.disabled)).toEqual([false, true]);
    expect(decodePageId((last[0] as { custom_id: string }).custom_id)?.page).toBe(2);
  });
});

describe('cooldown', () => {
  it('lets a user through, then reports the time left until it passes', () => {
    let now = 0;
    const c = new Cooldown(3000, () => now);
    expect(c.take('a')).toBe(0);
    now = 1200;
    expect(c.take('a')).toBe(1800);
    expect(c.take('b')).toBe(0);
    now = 3000;
    expect(c.take('a')).toBe(0);
  });

  it('0 seconds turns it off', () => {
    const c = new Cooldown(0, () => 0);
    expect(c.take('a')).toBe(0);
    expect(c.take('a')).toBe(0);
  });

  it('formats the wait rounded up to a tenth of a second', () => {
    expect(formatWait(1800)).toBe('1.8 s');
    expect(formatWait(2000)).toBe('2 s');
    expect(formatWait(1)).toBe('0.1 s');
  });
});
