// Sharding: `npm run start:sharded` (tsx src/discord/sharded.ts) runs discord.js's ShardingManager, which spawns one
// real shard process per shard (src/main.ts through the tsx loader) against the fake Discord, which recommends two
// shards. Each shard IDENTIFYs with its own [id, 2] and answers the interactions sent on its own connection.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolve_ } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSharded } from '../src/discord/sharded.ts';
import { assertLoopback, FakeDiscord, type RecordedRequest } from './fake-discord/fake-discord.ts';
import { body, botEnv, type MessageData, TOKEN } from './fake-discord/harness.ts';

let fake: FakeDiscord;
let manager: ChildProcess;
let exited: Promise<number | null>;
let stderr = '';
let cwd: string;

describe('npm run start:sharded (ShardingManager, one process per shard)', () => {
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
    fake.expectedToken = TOKEN;
    fake.recommendedShards = 2;
    fake.maxConcurrency = 2; // both shards may IDENTIFY at once: the manager spawns them without the 5.5 s wait
    const env = botEnv(fake.url, { SHARD_COUNT: 'auto' });
    assertLoopback(env.DISCORD_API_URL);
    // From an empty folder, so no .env of the checkout is read: only `env` counts.
    cwd = mkdtempSync(join(tmpdir(), 'sharded-'));
    manager = spawn(resolve_('node_modules/.bin/tsx'), [resolve_('src/discord/sharded.ts')], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    manager.stderr?.on('data', (d) => {
      stderr += d;
    });
    exited = new Promise((res) => manager.on('close', (code) => res(code)));
    await fake.waitForSession(0, 25_000);
    await fake.waitForSession(1, 25_000);
  }, 30_000);

  afterAll(async () => {
    // SIGTERM reaches the manager through the tsx wrapper, and the manager stops its shards; SIGKILL of the wrapper
    // alone would leave the manager and its shards running.
    if (manager && manager.exitCode === null && manager.signalCode === null) {
      manager.kill('SIGTERM');
      const late = setTimeout(() => manager.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(late);
    }
    await fake?.stop();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  }, 20_000);

  it('asks /gateway/bot for the count (auto = 2), then each shard IDENTIFYs with [id, 2] on its own connection', () => {
    const gatewayBot = fake.requests.filter((r) => r.path === '/api/v10/gateway/bot');
    // Once by the manager (auto), once by each shard's client.
    expect(gatewayBot.length).toBeGreaterThanOrEqual(3);
    expect(gatewayBot.every((r) => r.headers.authorization === `Bot ${TOKEN}`)).toBe(true);
    const identified = fake.connections.filter((c) => c.opened === 'identify');
    expect(identified.map((c) => c.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const identifies = fake.received.filter((f) => f.op === 2).map((f) => f.d as { shard: number[]; token: string });
    expect(identifies.map((d) => d.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(identifies.every((d) => d.token === TOKEN)).toBe(true);
    expect(fake.liveShards()).toEqual([0, 1]);
  });

  it('each shard answers the interactions sent on its own connection', async () => {
    const sent = [0, 1, 0, 1].map((shard, i) => ({
      shard,
      ...fake.slash(
        'ask',
        { question: 'who released prisoners' },
        fake.user(String(700000000000000000n + BigInt(i)), `r${i}`),
        shard,
      ),
    }));
    const about = fake.slash('about', {}, fake.user('700000000000000099', 'r99'), 1);
    for (const s of sent) {
      const cbs = await fake.waitForCallbacks(s.id, 1);
      expect(cbs).toHaveLength(1);
      const cb = body(cbs[0] as RecordedRequest);
      // Answered at once (4), or deferred (5) when an answer was slow and then edited in: both are correct.
      expect([4, 5]).toContain(cb.type);
      const answer = cb.type === 4 ? cb.data : ((await fake.waitForEdit(s.id)).body as MessageData);
      expect(answer?.allowed_mentions?.parse).toEqual([]);
      expect(answer?.embeds?.[0]?.description?.replace(/\*\*/g, '')).toContain('will release 32 prisoners of war');
    }
    expect(body(await fake.waitForCallback(about.id)).data?.embeds?.[0]?.description).toBeDefined();
    // Nothing answered twice; only two connections were ever opened (no shard respawned).
    for (const [, cbs] of fake.callbacksById()) expect(cbs).toHaveLength(1);
    expect(fake.connections).toHaveLength(2);
  });

  it('SIGTERM stops every shard (each closes its gateway with 1000), none respawns, exit 0', async () => {
    manager.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fake.connections.map((c) => c.closeCode)).toEqual([1000, 1000]);
    expect(fake.connections).toHaveLength(2);
    expect(stderr).not.toMatch(/Fatal|Error/);
  });
});

describe('when the manager dies', () => {
  it('SIGKILL of the manager: each orphaned shard notices its IPC channel close and closes its gateway (1000)', async () => {
    const own = await new FakeDiscord().start();
    const dir = mkdtempSync(join(tmpdir(), 'sharded-'));
    let child: ChildProcess | undefined;
    try {
      own.expectedToken = TOKEN;
      own.maxConcurrency = 2;
      const env = botEnv(own.url, { SHARD_COUNT: '2' });
      assertLoopback(env.DISCORD_API_URL);
      // node itself (not the tsx wrapper), so that SIGKILL hits the manager process.
      const tsx = pathToFileURL(resolve_('node_modules/tsx/dist/loader.mjs')).href;
      child = spawn(process.execPath, ['--import', tsx, resolve_('src/discord/sharded.ts')], {
        cwd: dir,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr?.on('data', (d) => {
        err += d;
      });
      await own.waitForSession(0, 25_000);
      await own.waitForSession(1, 25_000);
      child.kill('SIGKILL');
      await own.waitUntil(
        () => own.connections.length === 2 && own.connections.every((c) => c.closeCode !== null),
        'both shards to close their gateway',
        10_000,
      );
      expect(own.connections.map((c) => c.closeCode), err).toEqual([1000, 1000]);
      expect(err).not.toMatch(/ERR_IPC_CHANNEL_CLOSED|EPIPE|Fatal|Error/);
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await own.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('start:sharded refuses a bad setup with one line', () => {
  let own: FakeDiscord;
  beforeAll(async () => {
    own = await new FakeDiscord().start();
    own.expectedToken = TOKEN;
  });
  afterAll(async () => {
    await own?.stop();
  });

  it('without DISCORD_TOKEN: exit 2, one line, nothing sent', async () => {
    const err: string[] = [];
    expect(await runSharded({ env: {}, err: (l) => err.push(l) })).toBe(2);
    expect(err).toEqual([
      'Cannot start the sharded bot: DISCORD_TOKEN is not set (developer portal → your application → Bot).',
    ]);
  });

  it('a malformed SHARD_COUNT: exit 2, one line naming it', async () => {
    for (const bad of ['0', 'two', '-1', '1.5', '1001']) {
      const err: string[] = [];
      const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: own.url, SHARD_COUNT: bad };
      expect(await runSharded({ env, err: (l) => err.push(l) })).toBe(2);
      expect(err).toEqual([
        'Configuration error: SHARD_COUNT must be "auto" or a whole number of shards from 1 to 1000',
      ]);
    }
  });

  it('a token Discord rejects: exit 1, one line, no shard spawned', async () => {
    const before = own.connections.length;
    const err: string[] = [];
    const env = { DISCORD_TOKEN: `${TOKEN}x`, DISCORD_API_URL: own.url, SHARD_COUNT: '2' };
    expect(await runSharded({ env, err: (l) => err.push(l) })).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('Discord rejected DISCORD_TOKEN');
    expect(own.connections.length).toBe(before);
  });
});
