// Load and faults: the real bot (discord.js client, real library) against the fake Discord on 127.0.0.1.
// - 1,000 interactions at 200 a second, with the gateway dropped twice (1006, 4000) mid-load: none lost, each
//   answered once, within Discord's 3 s; p50/p99 dispatch→callback latency printed;
// - callbacks answered 429 (per-route, with retry_after and the X-RateLimit-* headers): retried, nothing lost;
// - a handler that throws for one interaction among many concurrent ones: the others are answered correctly;
// - INVALID_SESSION resumable (RESUME) and close 4009 (RESUME refused with INVALID_SESSION d:false → IDENTIFY).
// The order matters: discord.js waits 5 s between two IDENTIFYs, and the load test gives that gap before the 4009 one.
import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommands } from '../commands/index.ts';
import type { DiscordCommand, DiscordContext } from '../src/discord/context.ts';
import { type FakeDiscord, type FakeUser, type RecordedRequest, tooManyRequests } from './fake-discord/fake-discord.ts';
import { body, type Harness, type LogLine, startHarness } from './fake-discord/harness.ts';

const EXPECTED = 'will release 32 prisoners of war';

const plain = (r: RecordedRequest) =>
  [body(r).data?.content, ...(body(r).data?.embeds ?? []).map((e) => e.description)].join('\n').replace(/\*\*/g, '');

/** A test-only command: /echo answers like /ask, except that the question "throw" makes it throw. */
const ask = discordCommands.find((c) => c.data.name === 'ask') as DiscordCommand;
const echo: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('echo')
    .setDescription('test only')
    .addStringOption((o) => o.setName('question').setDescription('q').setRequired(true)),
  answer: ask.answer,
  async execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext) {
    if (interaction.options.getString('question', true) === 'throw') throw new Error('injected failure in /echo');
    await ask.execute(interaction, ctx);
  },
};

let harness: Harness;
let fake: FakeDiscord;
let logs: LogLine[];
let userSeq = 0;
const freshUser = (): FakeUser => fake.user(String(800000000000000000n + BigInt(++userSeq)), `load${userSeq}`);
const errorsLogged = () => logs.filter((l) => l.level >= 50);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The answered (2xx) callbacks of each interaction. */
function accepted(): Map<string, RecordedRequest[]> {
  const by = fake.callbacksById();
  for (const [id, list] of by)
    by.set(
      id,
      list.filter((r) => r.status >= 200 && r.status < 300),
    );
  return by;
}

beforeAll(async () => {
  harness = await startHarness({ logLevel: 'warn', cooldownSeconds: 0, commands: [...discordCommands, echo] });
  ({ fake, logs } = harness);
});

afterAll(async () => {
  await harness?.stop();
});

describe('the bot under load and faults (fake Discord on loopback)', () => {
  it('1,000 interactions at 200/s, gateway dropped mid-load (1006, then 4000): none lost, each within 3 s', async () => {
    const N = 1000;
    const RATE = 200; // per second
    const identifies = fake.counts.identify;
    const resumes = fake.counts.resume;
    const commands: [string, Record<string, string>][] = [
      ['ask', { question: 'who released prisoners' }],
      ['ask', { question: 'when was the exchange' }],
      ['about', {}],
      ['timeline', {}],
      ['quotes', {}],
    ];
    const sent: { id: string; at: number; command: string; live: boolean }[] = [];
    const start = performance.now();
    let dropped = 0;
    while (sent.length < N) {
      const due = Math.min(N, Math.floor(((performance.now() - start) * RATE) / 1000) + 1);
      while (sent.length < due) {
        const [command, options] = commands[sent.length % commands.length] as [string, Record<string, string>];
        const live = fake.liveShards().includes(0); // false while the gateway is down: queued for replay
        const at = performance.now();
        const { id } = fake.slash(command, options, freshUser());
        sent.push({ id, at, command, live });
      }
      // Network failure at 30 %, a resumable close at 60 %: interactions sent meanwhile are replayed on RESUME.
      if (dropped === 0 && sent.length >= N * 0.3) {
        fake.dropConnection();
        dropped++;
      } else if (dropped === 1 && sent.length >= N * 0.6 && fake.liveShards().includes(0)) {
        fake.dropConnection(4000);
        dropped++;
      }
      await sleep(5);
    }
    const spread = performance.now() - start;
    await fake.waitUntil(() => accepted().size >= N, `${N} answered interactions`, 15_000);
    await sleep(200); // a duplicate answer would show up here

    const by = accepted();
    const latencies: number[] = [];
    const liveLatencies: number[] = [];
    for (const s of sent) {
      const cbs = by.get(s.id) ?? [];
      expect(cbs, `interaction ${s.id} (/${s.command})`).toHaveLength(1);
      const cb = cbs[0] as RecordedRequest;
      expect(body(cb).type).toBe(4);
      expect(body(cb).data?.allowed_mentions?.parse).toEqual([]);
      latencies.push(cb.at - s.at);
      if (s.live) liveLatencies.push(cb.at - s.at);
    }
    for (const s of sent.filter((x) => x.command === 'ask').slice(0, 50)) {
      const cb = by.get(s.id)?.[0] as RecordedRequest;
      if (plain(cb).includes('who released')) expect(plain(cb)).toContain(EXPECTED);
    }
    const pct = (xs: number[], p: number) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN).toFixed(1);
    };
    console.log(
      `[load] ${N} interactions over ${(spread / 1000).toFixed(2)} s (target ${RATE}/s), 2 gateway drops; ` +
        `dispatch→callback: all p50 ${pct(latencies, 50)} ms, p99 ${pct(latencies, 99)} ms, ` +
        `max ${pct(latencies, 100)} ms; the ${liveLatencies.length} sent while connected p50 ` +
        `${pct(liveLatencies, 50)} ms, p99 ${pct(liveLatencies, 99)} ms`,
    );
    latencies.sort((a, b) => a - b);
    // Discord's contract: an interaction not acknowledged within 3 s is lost.
    expect(latencies.at(-1)).toBeLessThan(3000);
    expect(dropped).toBe(2);
    expect(fake.counts.resume).toBe(resumes + 2);
    expect(fake.counts.identify).toBe(identifies); // resumed both times, no new session
    expect(errorsLogged()).toEqual([]);
  }, 30_000);

  it('callbacks answered 429 (retry_after, X-RateLimit-*, global: false) are retried and arrive; nothing lost', async () => {
    const limited = new Set<string>();
    const refusedOnce = new Set<string>();
    fake.intercept = (req) => {
      const m = /\/interactions\/(\d+)\//.exec(req.path);
      if (req.method !== 'POST' || !m || !limited.has(m[1] as string) || refusedOnce.has(m[1] as string)) return;
      refusedOnce.add(m[1] as string);
      return tooManyRequests(0.3);
    };
    try {
      const sent = Array.from({ length: 12 }, (_, i) => {
        const s = fake.slash('ask', { question: 'who released prisoners' }, freshUser());
        if (i % 4 === 0) limited.add(s.id);
        return s;
      });
      await fake.waitUntil(
        () => sent.every((s) => (accepted().get(s.id)?.length ?? 0) >= 1),
        'every interaction answered',
        10_000,
      );
      await sleep(100);
      const all = fake.callbacksById();
      for (const s of sent) {
        const attempts = all.get(s.id) ?? [];
        const ok = attempts.filter((r) => r.status === 204);
        expect(ok).toHaveLength(1);
        expect(plain(ok[0] as RecordedRequest)).toContain(EXPECTED);
        if (limited.has(s.id)) {
          expect(attempts.map((r) => r.status)).toEqual([429, 204]);
          // discord.js waited out retry_after before sending again.
          expect((attempts[1] as RecordedRequest).at - (attempts[0] as RecordedRequest).at).toBeGreaterThan(250);
        } else {
          expect(attempts.map((r) => r.status)).toEqual([204]);
        }
      }
      expect(refusedOnce.size).toBe(3);
      expect(errorsLogged()).toEqual([]);
    } finally {
      fake.intercept = null;
    }
  });

  it('a handler that throws for one interaction does not disturb the concurrent others', async () => {
    const questions = Array.from({ length: 20 }, (_, i) => (i === 7 ? 'throw' : 'who released prisoners'));
    const sent = questions.map((question) => ({ question, ...fake.slash('echo', { question }, freshUser()) }));
    await fake.waitUntil(() => sent.every((s) => accepted().has(s.id)), 'every /echo answered', 10_000);
    await sleep(100);
    const by = accepted();
    for (const s of sent) {
      const cbs = by.get(s.id) ?? [];
      expect(cbs).toHaveLength(1);
      const cb = body(cbs[0] as RecordedRequest);
      expect(cb.data?.allowed_mentions?.parse).toEqual([]);
      if (s.question === 'throw') {
        expect(cb.data?.flags).toBe(64); // ephemeral apology
        expect(cb.data?.content).toMatch(/something went wrong on my side \(error id [0-9a-f]{8}\)/);
        expect(cb.data?.content).not.toContain('injected failure');
      } else {
        expect(cb.data?.flags ?? 0).toBe(0);
        expect(plain(cbs[0] as RecordedRequest)).toContain(EXPECTED);
      }
    }
    const failures = errorsLogged();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ msg: 'command failed', err: { message: 'injected failure in /echo' } });
    logs.length = 0;
  });

  it('INVALID_SESSION resumable (d: true): the bot RESUMEs on the same connection and answers', async () => {
    const identifies = fake.counts.identify;
    const resumes = fake.counts.resume;
    const connections = fake.connections.length;
    fake.invalidateSession(true);
    await fake.waitForResume(resumes + 1);
    await fake.waitForSession();
    const { id } = fake.slash('ask', { question: 'who released prisoners' }, freshUser());
    expect(plain(await fake.waitForCallback(id))).toContain(EXPECTED);
    expect(fake.counts.identify).toBe(identifies);
    expect(fake.connections.length).toBe(connections); // same socket
    expect(fake.connections.at(-1)?.opened).toBe('resume');
  });

  it('close 4009 (session timed out): the RESUME is refused (INVALID_SESSION d: false), the bot IDENTIFYs anew', async () => {
    const identifies = fake.counts.identify;
    const resumes = fake.counts.resume;
    const received = fake.received.length;
    fake.dropConnection(4009);
    await fake.waitForIdentify(identifies + 1); // discord.js may wait out its 5 s IDENTIFY spacing
    await fake.waitForSession();
    const after = fake.received.slice(received).map((f) => f.op);
    // It tried to RESUME first (the fake refused: the session timed out), then identified.
    expect(after.indexOf(6)).toBeGreaterThanOrEqual(0);
    expect(after.indexOf(2)).toBeGreaterThan(after.indexOf(6));
    expect(fake.counts.resume).toBe(resumes); // refused, not counted
    expect(fake.connections.at(-1)?.opened).toBe('identify');
    expect(fake.connections.find((c) => c.closeCode === 4009)).toBeDefined();
    const { id } = fake.slash('ask', { question: 'who released prisoners' }, freshUser());
    expect(plain(await fake.waitForCallback(id))).toContain(EXPECTED);
    expect(errorsLogged()).toEqual([]);
  }, 15_000);
});
