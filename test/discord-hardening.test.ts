// Hardening against odd and forged payloads, through the real discord.js client and the fake Discord on 127.0.0.1:
// interaction types the bot does not use, forged page buttons, prototype keys in a custom_id, control characters
// and bidirectional overrides in a question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord } from './fake-discord/fake-discord.ts';
import { body, type Harness, startHarness } from './fake-discord/harness.ts';

let harness: Harness;
let fake: FakeDiscord;
let clock = 1_800_000_000_000;
let seq = 0;
const freshUser = () => fake.user(String(700000000000000000n + BigInt(++seq)), `tester${seq}`);

beforeAll(async () => {
  harness = await startHarness({ logLevel: 'info', now: () => clock });
  fake = harness.fake;
});
afterAll(async () => {
  await harness?.stop();
});

const messageWith = (customId: string) => fake.messageWithButton(customId);

describe('interactions the bot has no use for get a short ephemeral answer', () => {
  it.each([
    ['a select menu', { type: 3, data: { custom_id: 'menu', component_type: 3, values: ['a'] } }, true],
    ['a modal submit', { type: 5, data: { custom_id: 'modal', components: [] } }, false],
    [
      'a user context-menu command',
      { type: 2, data: { id: '1', name: 'Inspect', type: 2, target_id: '5', resolved: { users: {} } } },
      false,
    ],
  ])('%s', async (_what, fields, withMessage) => {
    clock += 10_000;
    const user = freshUser();
    const { id } = fake.sendInteraction({
      ...(fields as { type: number; data: Record<string, unknown> }),
      user,
      ...(withMessage ? { message: messageWith('menu') } : {}),
    });
    const cb = body(await fake.waitForCallback(id));
    expect(cb.type).toBe(4);
    expect(cb.data?.flags).toBe(64);
    expect(cb.data?.content).toMatch(/not something this bot supports/);
    expect(cb.data?.allowed_mentions?.parse).toEqual([]);
  });
});

describe('page buttons', () => {
  it('a custom_id that is not a button of the message it came with is refused (no /ask run)', async () => {
    clock += 10_000;
    const user = freshUser();
    const forged = `page:ask:1:${user.id}:question=who released prisoners`;
    const { id } = fake.button(forged, user, messageWith(`page:timeline:2:${user.id}:`));
    const cb = body(await fake.waitForCallback(id));
    expect(cb.type).toBe(4);
    expect(cb.data?.flags).toBe(64);
    expect(cb.data?.content).toContain('These buttons no longer work');
  });

  it('presses count against the per-user cooldown: 20 presses in a burst, one served', async () => {
    clock += 10_000;
    const user = freshUser();
    const customId = `page:ask:1:${user.id}:question=who released prisoners`;
    const ids = Array.from({ length: 20 }, () => fake.button(customId, user, messageWith(customId)).id);
    const types = await Promise.all(ids.map(async (id) => body(await fake.waitForCallback(id)).type));
    expect(types.filter((t) => t === 7)).toHaveLength(1); // one page update
    expect(types.filter((t) => t === 4)).toHaveLength(19); // the rest: the ephemeral cooldown notice
  });

  it('prototype keys in a custom_id are refused and reach no object', async () => {
    clock += 10_000;
    const user = freshUser();
    for (const customId of [
      `page:timeline:2:${user.id}:__proto__=polluted`,
      `page:timeline:2:${user.id}:constructor=x;a=y`,
    ]) {
      clock += 10_000;
      const { id } = fake.button(customId, user, messageWith(customId));
      const cb = body(await fake.waitForCallback(id));
      expect(cb.data?.content).toContain('These buttons no longer work');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the echoed question', () => {
  it('drops control characters, zero-width characters and bidirectional overrides', async () => {
    clock += 10_000;
    const { id } = fake.slash('ask', { question: 'who \u202Ereleased\u202C\u0007 \u2066prisoners\u200B' }, freshUser());
    const cb = body(await fake.waitForCallback(id));
    const content = cb.data?.content as string;
    expect(content).toContain('**Q:** who released prisoners');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be absent
    expect(content).not.toMatch(/[\u0000-\u001F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
  });
});
