// Bad input through Discord: /ask interactions (and /ask autocompletes) whose text is random Unicode, 100,000
// characters long, right-to-left, zero-width and control characters, markdown and mention syntax, sent through the
// fake Discord to the real bot. Every interaction gets exactly one answer, nothing throws in the bot, nobody can be
// mentioned, and every message stays within Discord's limits.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord, RecordedRequest } from './fake-discord/fake-discord.ts';
import { body, type Harness, type LogLine, type MessageData, startHarness } from './fake-discord/harness.ts';

let harness: Harness;
let fake: FakeDiscord;
let logs: LogLine[];
const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => unhandled.push(err);
let userSeq = 0;
const freshUser = () => fake.user(String(900000000000000000n + BigInt(++userSeq)), `fuzz${userSeq}`);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  harness = await startHarness({ logLevel: 'warn', cooldownSeconds: 0 });
  ({ fake, logs } = harness);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  await harness?.stop();
});

// ─── hostile text ─────────────────────────────────────────────────────────────────────────────────────────────────

const RTL = ['مرحبا بالعالم', 'שלום עולם', '\u202Eevil\u202C', '\u200F', '\u061C', 'أطلق سراح الأسرى'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u034F'];
const CONTROL = ['\u0000', '\u0007', '\b', '\t', '\n', '\r', '\u001B[31m', '\u007F', '\u0085', '\u2028', '\u2029'];
const MARKDOWN = [
  '**',
  '__',
  '*',
  '_',
  '~~',
  '`',
  '```',
  '||',
  '> ',
  '>>> ',
  '# ',
  '- ',
  '1. ',
  '[x](https://a.b)',
  '\\',
];
const MENTIONS = ['@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>'];
const MORE_MENTIONS = [
  '<#333333333333333333>',
  '</ask:123456789012345678>',
  '<t:1700000000:R>',
  '<:e:123456789012345678>',
];
const ODD = ['\uD800', '\uDFFF', '👨‍👩‍👧‍👦', '🇺🇳', 'é', 'e\u0301\u0301\u0301', 'Z̵̡̢͇̆a̸͈̿l̴̰̔g̶̱̈o̵̖͝', '\uFFFD', '\u{10FFFF}'];
const WORDS = ['who', 'released', 'prisoners', 'when', 'said', 'Armenia', 'what', '?', ' ', '  '];

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...RTL, ...INVISIBLE, ...CONTROL, ...MARKDOWN, ...MENTIONS, ...MORE_MENTIONS, ...ODD, ...WORDS),
);
const mixed = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
/** 1,000 to `max` characters: a hostile fragment repeated. */
const huge = (max: number) =>
  fc
    .tuple(
      fc.array(piece, { minLength: 1, maxLength: 5 }).map((xs) => xs.join('') || 'x'),
      fc.integer({ min: 1000, max }),
    )
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
const question = fc.oneof(
  { arbitrary: mixed, weight: 4 },
  { arbitrary: huge(100_000), weight: 1 },
  { arbitrary: fc.constant('a'.repeat(100_000)), weight: 1 },
);
/** What one can type before Discord sends an autocomplete: at most 6,000 characters (a string option's limit). */
const typed = fc.oneof({ arbitrary: mixed, weight: 4 }, { arbitrary: huge(6000), weight: 1 });

// ─── checks ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Discord's message limits (characters): content 2000; embed title 256, description 4096, 25 fields of name 256 and
 * value 1024, footer 2048, author 256, and 6000 over all embeds. */
function expectWithinLimits(data: MessageData | undefined): void {
  expect(data?.allowed_mentions?.parse).toEqual([]);
  expect(data?.content?.length ?? 0).toBeLessThanOrEqual(2000);
  const embeds = data?.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeLessThanOrEqual(1024);
      total += f.name.length + f.value.length;
    }
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
    total += e.author?.name.length ?? 0;
  }
  expect(total).toBeLessThanOrEqual(6000);
  // Whatever the user typed, no live mention reaches Discord's parser.
  const text = [data?.content, ...embeds.flatMap((e) => [e.title, e.description, e.footer?.text])].join('\n');
  expect(text).not.toMatch(/@(everyone|here)|<@[!&]?\d|<#\d/);
}

/** The final message of an interaction: the reply itself, or the edit that follows a deferral. */
async function finalMessage(id: string): Promise<MessageData | undefined> {
  const cb = body(await fake.waitForCallback(id));
  if (cb.type === 5) return (await fake.waitForEdit(id)).body as MessageData;
  return cb.data;
}

describe('hostile text through Discord (fast-check)', () => {
  it('/ask with any question: exactly one answer, no mentions, within limits, nothing thrown', async () => {
    const ids: string[] = [];
    await fc.assert(
      fc.asyncProperty(question, fc.option(mixed, { nil: undefined }), async (q, article) => {
        const options: Record<string, string> = { question: q };
        if (article !== undefined) options.article = article;
        const { id } = fake.slash('ask', options, freshUser());
        ids.push(id);
        expectWithinLimits(await finalMessage(id));
      }),
      { numRuns: 80 },
    );
    await new Promise((r) => setTimeout(r, 100)); // a second answer would show up here
    const by = fake.callbacksById();
    for (const id of ids) expect(by.get(id)?.map((r: RecordedRequest) => r.status)).toEqual([204]);
    expect(logs.filter((l) => l.level >= 50)).toEqual([]);
    expect(unhandled).toEqual([]);
  }, 30_000);

  it('/ask autocomplete with any typed text: one answer of at most 25 choices of at most 100 characters', async () => {
    await fc.assert(
      fc.asyncProperty(typed, fc.constantFrom('question', 'article'), async (text, focused) => {
        const options: Record<string, string> =
          focused === 'question' ? { question: text } : { question: 'x', article: text };
        const { id } = fake.autocomplete('ask', options, focused, freshUser());
        const cbs = await fake.waitForCallbacks(id, 1);
        expect(cbs).toHaveLength(1);
        const cb = body(cbs[0] as RecordedRequest);
        expect(cb.type).toBe(8);
        const choices = cb.data?.choices ?? [];
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 50 },
    );
    expect(logs.filter((l) => l.level >= 50)).toEqual([]);
    expect(unhandled).toEqual([]);
  }, 30_000);
});
