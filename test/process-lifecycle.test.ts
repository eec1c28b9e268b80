// The bot as a process (`node --import tsx src/main.ts`, and `npm start`) against the fake Discord on 127.0.0.1:
// an unexpected payload does not kill it, a stop finishes the interactions in flight, a signal sent to npm alone
// stops it, a signal during start-up is logged, and an API that never answers gives a clear error.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertLoopback, FakeDiscord } from './fake-discord/fake-discord.ts';
import { body, botEnv } from './fake-discord/harness.ts';

interface BotProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function startProcess(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): BotProcess {
  assertLoopback(env.DISCORD_API_URL as string);
  // Its own process group, so that the cleanup can kill whatever it started (npm's node child too).
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += d;
  });
  child.stdout?.resume();
  const exited = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
  cleanups.push(async () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // The group has already exited.
    }
    await exited;
  });
  return { child, stderr: () => err, exited };
}

const botProcess = (apiUrl: string, extra: Record<string, string> = {}) =>
  startProcess(process.execPath, ['--import', 'tsx', resolve('src/main.ts')], botEnv(apiUrl, extra));

/** A bot process's start-up (node, tsx, the library) can take many seconds on a loaded CI machine. */
const STARTUP_MS = 30_000;

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await new FakeDiscord().start();
  cleanups.push(() => fake.stop());
  return fake;
}

async function until(pred: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the bot process', { timeout: 60_000 }, () => {
  it('survives a component interaction without a message field and keeps answering', async () => {
    const fake = await fakeDiscord();
    const bot = botProcess(fake.url, { LOG_LEVEL: 'error' });
    await fake.waitForSession(0, STARTUP_MS);
    fake.sendInteraction({ type: 3, data: { custom_id: 'page:ask:2:1:question=x', component_type: 2 } });
    const { id } = fake.slash('ask', { question: 'who released prisoners' });
    const cb = body(await fake.waitForCallback(id));
    expect(JSON.stringify(cb.data)).toContain('prisoners');
    await until(() => /still serving/.test(bot.stderr()), 'the guard log line');
    expect(bot.stderr()).toMatch(/"errorId":"[0-9a-f]{8}"/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('SIGTERM during a burst: every interaction is answered, the gateway closes (1000), exit 0 within 5 s', async () => {
    const fake = await fakeDiscord();
    const bot = botProcess(fake.url);
    await fake.waitForSession(0, STARTUP_MS);
    const ids = Array.from({ length: 200 }, (_, i) => {
      const user = fake.user(String(800000000000000000n + BigInt(i)), `u${i}`);
      return fake.slash('ask', { question: `who released prisoners ${i}` }, user).id;
    });
    const t0 = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(fake.closeCodes).toContain(1000);
    const callbacks = fake.callbacksById();
    const unanswered = ids.filter((id) => !callbacks.get(id)?.length);
    // Interactions the gateway had not delivered before the close are Discord's to fail; every one the bot
    // received was acknowledged, and every deferred one edited.
    const delivered = ids.filter((id) => callbacks.has(id));
    expect(delivered.length + unanswered.length).toBe(200);
    expect(delivered.length).toBeGreaterThan(0);
    for (const id of delivered) {
      const first = body(callbacks.get(id)?.[0] as never);
      if (first.type === 5) await fake.waitForEdit(id);
    }
    expect(bot.stderr()).not.toMatch(/Fatal/);
  });

  it('SIGTERM during start-up is logged and exits 0 without connecting', async () => {
    const fake = await fakeDiscord();
    const dir = mkdtempSync(join(tmpdir(), 'slow-start-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const sources = readdirSync('test/articles').filter((f) => f.endsWith('.txt'));
    // Enough articles that loading (with no saved index) outlasts the signal.
    for (let i = 0; i < 40; i++)
      copyFileSync(join('test/articles', sources[i % sources.length] as string), join(dir, `a${i}.txt`));
    const bot = botProcess(fake.url, { LOG_LEVEL: 'info', ARTICLES_DIR: dir });
    await until(() => /loading articles/.test(bot.stderr()), 'start-up', STARTUP_MS);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr(), bot.stderr()).toMatch(/stopped during start-up/);
    expect(fake.counts.identify).toBe(0);
  });

  it('an API that accepts connections and never answers: a clear error within 15 s', async () => {
    const sockets = new Set<Socket>();
    let firstConnection = 0;
    const silent: Server = createServer((socket) => {
      firstConnection ||= Date.now();
      sockets.add(socket);
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          for (const socket of sockets) socket.destroy();
          silent.close(() => r());
        }),
    );
    const port = (silent.address() as { port: number }).port;
    const bot = botProcess(`http://127.0.0.1:${port}/api`);
    const code = await bot.exited;
    // From the bot's first request (start-up before it is the machine's business) to its exit.
    expect(firstConnection).toBeGreaterThan(0);
    expect(Date.now() - firstConnection).toBeLessThan(15_000);
    expect(code).toBe(1);
    expect(bot.stderr()).toMatch(/Cannot start the bot: Discord did not answer/);
  });
});

describe('npm start', { timeout: 60_000 }, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s sent to the npm process alone stops the bot (gateway closed, exit 0)',
    async (signal) => {
      const fake = await fakeDiscord();
      const cwd = mkdtempSync(join(tmpdir(), 'npm-start-'));
      cleanups.push(() => rmSync(cwd, { recursive: true, force: true }));
      mkdirSync(cwd, { recursive: true });
      const npm = startProcess('npm', ['start', '--silent', '--prefix', process.cwd()], botEnv(fake.url));
      await fake.waitForSession(0, STARTUP_MS);
      npm.child.kill(signal);
      expect(await npm.exited).toBe(0);
      await until(() => fake.closeCodes.includes(1000), 'the bot to close its gateway');
    },
  );
});
