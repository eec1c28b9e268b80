// End to end: the real bot (discord.js client, real library from data/articles) against the fake Discord on
// 127.0.0.1. Every assertion reads what the bot actually sent over HTTP.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolve_ } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { discordCommands } from '../commands/index.ts';
import type { RunningBot } from '../src/discord/bot.ts';
import { deployCli, deployCommands } from '../src/discord/deploy.ts';
import { decodePageId } from '../src/discord/paging.ts';
import type { Library } from '../src/library.ts';
import { assertLoopback, FakeDiscord } from './fake-discord/fake-discord.ts';
import {
  body,
  botEnv,
  type CallbackBody,
  type Embed,
  type Harness,
  startHarness,
  TOKEN,
} from './fake-discord/harness.ts';

/** All visible text of a message, markdown bold removed. */
const textOf = (d: CallbackBody['data']) =>
  [
    d?.content,
    ...(d?.embeds ?? []).flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ]),
  ]
    .filter(Boolean)
    .join('\n')
    .replace(/\*\*/g, '');

let harness: Harness;
let fake: FakeDiscord;
let bot: RunningBot;
let library: Library;
let logs: Record<string, unknown>[];
let clock = 1_700_000_000_000;
let userSeq = 0;
/** A fresh user per test, so one test's cooldown never touches another. */
const freshUser = () => fake.user(String(600000000000000000n + BigInt(++userSeq)), `reader${userSeq}`);

beforeAll(async () => {
  harness = await startHarness({ logLevel: 'info', now: () => clock });
  ({ fake, bot, library, logs } = harness);
});

afterAll(async () => {
  await harness?.stop();
});

beforeEach(() => {
  clock += 60_000; // past any cooldown left by the previous test
});

describe('the bot against a fake Discord', () => {
  it('connects with the Guilds intent only, to the loopback fake', () => {
    assertLoopback(fake.url);
    expect(() => assertLoopback('https://discord.com/api')).toThrow(/not a loopback address/);
    const identify = fake.received.find((f) => f.op === 2)?.d as { intents: number; token: string };
    expect(identify.intents).toBe(1); // GatewayIntentBits.Guilds
    expect(identify.token).toBe(TOKEN);
    expect(bot.client.user.id).toBe(fake.applicationId);
    // The bot never registers commands on start.
    expect(fake.requests.filter((r) => r.path.includes('/commands'))).toHaveLength(0);
  });

  it('/ask who released prisoners: answers with the sentence, mentions nobody, logs one line', async () => {
    const { id } = fake.slash('ask', { question: 'who released prisoners' }, freshUser());
    const cb = body(await fake.waitForCallback(id));
    expect(cb.type).toBe(4);
    expect(cb.data?.allowed_mentions?.parse).toEqual([]);
    expect(cb.data?.flags ?? 0).toBe(0); // public
    const embed = cb.data?.embeds?.[0] as Embed;
    expect(embed.description?.replace(/\*\*/g, '')).toContain('will release 32 prisoners of war');
    expect(embed.description).toMatch(/\*\*release\*\*/); // matched words in bold
    expect(embed.description).toContain('¶2');
    expect(embed.footer?.text).toContain('CNN');
    await fake.waitUntil(() => logs.some((l) => l.msg === 'interaction' && l.command === 'ask'), 'the log line');
    const line = logs.find((l) => l.msg === 'interaction' && l.command === 'ask') as Record<string, unknown>;
    expect(line).toMatchObject({ kind: 'command', outcome: 'answer' });
    expect(typeof line.latencyMs).toBe('number');
  });

  it('/quotes answers (quotes grouped by speaker, or a friendly note when there are none)', async () => {
    const { id } = fake.slash('quotes', {}, freshUser());
    const cb = body(await fake.waitForCallback(id));
    expect(cb.type).toBe(4);
    expect(cb.data?.allowed_mentions?.parse).toEqual([]);
    const embed = cb.data?.embeds?.[0] as Embed;
    const doc = library.docs[0];
    if (doc?.quotes.length) {
      expect(embed.title).toContain('Quotes in');
      const firstSpeaker = doc.quotes[0]?.speaker as string;
      expect(embed.fields?.[0]?.name).toContain(firstSpeaker);
      expect(embed.fields?.[0]?.value).toMatch(/¶\d+/);
    } else {
      expect(embed.title).toBe('No quotes found');
    }
  });

  it('/timeline shows readable dates with citations', async () => {
    const { id } = fake.slash('timeline', {}, freshUser());
    const cb = body(await fake.waitForCallback(id));
    const embed = cb.data?.embeds?.[0] as Embed;
    expect(embed.title).toContain('Timeline of');
    expect(embed.description).toMatch(/\*\*(?:Sep 2023|2023|\w{3} \d{1,2} \w{3} \d{4})\*\*/);
    expect(embed.description).toMatch(/\(¶\d+\)/);
    expect(embed.description).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no ISO dates shown
  });

  it('/about shows the source and publication date', async () => {
    const { id } = fake.slash('about', {}, freshUser());
    const cb = body(await fake.waitForCallback(id));
    const text = textOf(cb.data);
    expect(text).toContain('Source: CNN');
    expect(text).toContain('Published: Fri 8 Dec 2023');
  });

  it('defers when the answer may be slow: callback type 5, then PATCH @original with the answer', async () => {
    bot.ctx.deferAboveArticles = 0; // as if a big library were served
    try {
      const { id } = fake.slash('ask', { question: 'who released prisoners' }, freshUser());
      const cb = body(await fake.waitForCallback(id));
      expect(cb.type).toBe(5);
      const edit = await fake.waitForEdit(id);
      const data = edit.body as CallbackBody['data'];
      expect(data?.allowed_mentions?.parse).toEqual([]);
      expect(textOf(data)).toContain('will release 32 prisoners of war');
      // Deferred first, edited after: the edit came after the callback.
      expect(fake.requests.indexOf(edit)).toBeGreaterThan(
        fake.requests.findIndex((r) => r.path.includes(`/interactions/${id}/`)),
      );
    } finally {
      bot.ctx.deferAboveArticles = 50;
    }
  });

  it('a deferred error is answered privately: an ephemeral follow-up, and the public "thinking…" is deleted', async () => {
    bot.ctx.deferAboveArticles = 0;
    try {
      const { id, token } = fake.slash('ask', { question: 'who?', article: 'no-such-article-anywhere' }, freshUser());
      expect(body(await fake.waitForCallback(id)).type).toBe(5);
      const base = `/api/v10/webhooks/${fake.applicationId}/${token}`;
      const [followUp] = await fake.waitForRequests((r) => r.method === 'POST' && r.path === base, 1, 'follow-up');
      const data = followUp?.body as CallbackBody['data'];
      expect(data?.flags).toBe(64);
      expect(data?.allowed_mentions?.parse).toEqual([]);
      expect(textOf(data)).toContain('No such article');
      await fake.waitForRequests((r) => r.method === 'DELETE' && r.path === `${base}/messages/@original`, 1, 'delete');
      expect(fake.requests.some((r) => r.method === 'PATCH' && r.path === `${base}/messages/@original`)).toBe(false);
    } finally {
      bot.ctx.deferAboveArticles = 50;
    }
  });

  it('autocomplete: /ask question suggests topics, article options list articles (≤25 choices, ≤100 chars)', async () => {
    const q = fake.autocomplete('ask', { question: 'pris' }, 'question', freshUser());
    const cb = body(await fake.waitForCallback(q.id));
    expect(cb.type).toBe(8);
    const choices = cb.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    const a = fake.autocomplete('ask', { question: 'x', article: 'azer' }, 'article', freshUser());
    const ac = body(await fake.waitForCallback(a.id));
    expect(ac.type).toBe(8);
    expect(ac.data?.choices?.[0]?.value).toBe('azerbaijan-armenia-prisoner-exchange');
    expect(ac.data?.choices?.[0]?.name.length).toBeLessThanOrEqual(100);
    const s = fake.autocomplete('quotes', { speaker: '' }, 'speaker', freshUser());
    const sc = body(await fake.waitForCallback(s.id));
    expect(sc.type).toBe(8);
    expect(sc.data?.choices?.map((c) => c.value)).toEqual(
      [...new Set(library.docs[0]?.quotes.map((q) => q.speaker))].slice(0, 25),
    );
  });

  it('page turn: Next updates the message in place; another user is refused ephemerally', async () => {
    bot.ctx.pageSize = 2; // the article has 6 dated events: 3 pages
    try {
      const owner = freshUser();
      const { id } = fake.slash('timeline', {}, owner);
      const first = body(await fake.waitForCallback(id));
      expect(first.data?.embeds?.[0]?.footer?.text).toContain('Page 1/');
      const [prev, next] = first.data?.components?.[0]?.components ?? [];
      expect(prev?.disabled).toBe(true);
      expect(next?.disabled).toBe(false);
      const nextId = next?.custom_id as string;
      expect(nextId.length).toBeLessThanOrEqual(100);
      expect(decodePageId(nextId)).toMatchObject({ command: 'timeline', page: 2, userId: owner.id });

      clock += 3_000; // a page turn counts against the per-user cooldown, like the command it re-runs
      const turn = fake.button(nextId, owner);
      const updated = body(await fake.waitForCallback(turn.id));
      expect(updated.type).toBe(7); // UPDATE_MESSAGE
      expect(updated.data?.allowed_mentions?.parse).toEqual([]);
      expect(updated.data?.embeds?.[0]?.footer?.text).toContain('Page 2/');
      expect(textOf(updated.data)).not.toEqual(textOf(first.data));
      const [prev2] = updated.data?.components?.[0]?.components ?? [];
      expect(prev2?.disabled).toBe(false);

      const stranger = fake.button(nextId, freshUser());
      const refused = body(await fake.waitForCallback(stranger.id));
      expect(refused.type).toBe(4);
      expect(refused.data?.flags).toBe(64); // ephemeral
      expect(refused.data?.content).toContain('Only the person who ran /timeline');
      expect(refused.data?.allowed_mentions?.parse).toEqual([]);
    } finally {
      bot.ctx.pageSize = undefined;
    }
  });

  it('a question with @everyone, a user mention and markdown pings no one and is shown escaped', async () => {
    const { id } = fake.slash('ask', { question: '@everyone <@123> **bold** who released prisoners' }, freshUser());
    const cb = body(await fake.waitForCallback(id));
    expect(cb.data?.allowed_mentions?.parse).toEqual([]);
    const content = cb.data?.content as string;
    expect(content).toContain('\\*\\*bold\\*\\*');
    expect(content).not.toContain('@everyone'); // broken with a zero-width space
    expect(content).toContain('@\u200beveryone');
    expect(content).not.toMatch(/<@\d/);
  });

  it('per-user cooldown: a second command within 3 s is refused ephemerally with the time left', async () => {
    const user = freshUser();
    const a = fake.slash('about', {}, user);
    expect(body(await fake.waitForCallback(a.id)).data?.flags ?? 0).toBe(0);
    clock += 1000;
    const b = fake.slash('about', {}, user);
    const cb = body(await fake.waitForCallback(b.id));
    expect(cb.data?.flags).toBe(64);
    expect(cb.data?.content).toContain('2 s');
    // Another user is not slowed down.
    const c = fake.slash('about', {}, freshUser());
    expect(body(await fake.waitForCallback(c.id)).data?.embeds?.length).toBe(1);
    clock += 2500;
    const d = fake.slash('about', {}, user);
    expect(body(await fake.waitForCallback(d.id)).data?.embeds?.length).toBe(1);
  });

  it('an expired interaction (10062) is logged, and the bot keeps answering', async () => {
    const user = freshUser();
    const first = fake.slash('about', {}, user);
    fake.expire(first.id);
    await fake.waitForCallback(first.id);
    await fake.waitUntil(() => logs.some((l) => l.outcome === 'expired'), 'the expired log line');
    clock += 60_000;
    const next = fake.slash('about', {}, user);
    expect(body(await fake.waitForCallback(next.id)).type).toBe(4);
  });

  it('an unknown command gets a clear ephemeral answer, not a crash', async () => {
    const { id } = fake.slash('nosuchcommand', {}, freshUser());
    const cb = body(await fake.waitForCallback(id));
    expect(cb.data?.flags).toBe(64);
    expect(cb.data?.content).toContain('/help');
  });

  it('a handler error becomes an ephemeral apology with an error id; the full error goes to the log', async () => {
    const real = bot.ctx.library;
    bot.ctx.library = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'byId') throw new Error('simulated failure inside the answer');
        return Reflect.get(target, prop, receiver);
      },
    });
    try {
      const { id } = fake.slash('about', {}, freshUser());
      const cb = body(await fake.waitForCallback(id));
      expect(cb.type).toBe(4);
      expect(cb.data?.flags).toBe(64);
      expect(cb.data?.allowed_mentions?.parse).toEqual([]);
      const errorId = /error id ([0-9a-f]{8})/.exec(cb.data?.content ?? '')?.[1];
      expect(errorId).toBeDefined();
      expect(cb.data?.content).not.toContain('simulated failure'); // details stay in the log
      await fake.waitUntil(
        () => logs.some((l) => l.errorId === errorId && l.msg === 'command failed'),
        'the error log line',
      );
      const line = logs.find((l) => l.errorId === errorId && l.msg === 'command failed') as {
        err: { message: string; stack?: string };
      };
      expect(line.err.message).toBe('simulated failure inside the answer');
      expect(line.err.stack).toBeUndefined(); // stacks (host paths) are logged at LOG_LEVEL=debug only (test/log.test.ts)
    } finally {
      bot.ctx.library = real;
    }
  });

  it('gateway connection dropped mid-run: the bot resumes and answers the next interaction', async () => {
    const resumes = fake.counts.resume;
    const identifies = fake.counts.identify;
    fake.dropConnection(); // network failure: the client sees 1006
    await fake.waitForResume(resumes + 1);
    await fake.waitForSession();
    const { id } = fake.slash('ask', { question: 'who released prisoners' }, freshUser());
    const cb = body(await fake.waitForCallback(id));
    expect(textOf(cb.data)).toContain('will release 32 prisoners of war');
    expect(fake.counts.identify).toBe(identifies); // resumed, not a new session
  });

  it('close code 4000 also resumes; an interaction sent while disconnected is replayed', async () => {
    const resumes = fake.counts.resume;
    fake.dropConnection(4000);
    const { id } = fake.slash('about', {}, freshUser()); // queued in the session, replayed on RESUME
    await fake.waitForResume(resumes + 1);
    expect(body(await fake.waitForCallback(id)).type).toBe(4);
  });
});

describe('npm start with a token (runBot)', () => {
  it('connects, answers, and on SIGTERM closes the gateway (1000) and exits 0', async () => {
    const own = await new FakeDiscord().start();
    try {
      const env = botEnv(own.url);
      assertLoopback(env.DISCORD_API_URL);
      const cwd = mkdtempSync(join(tmpdir(), 'bot-'));
      const child = spawn(resolve_('node_modules/.bin/tsx'), [resolve_('src/main.ts')], {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      const exited = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
      await own.waitForSession();
      const { id } = own.slash('ask', { question: 'who released prisoners' });
      expect(textOf(body(await own.waitForCallback(id)).data)).toContain('will release 32 prisoners of war');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(own.closeCodes).toContain(1000);
      expect(stderr).not.toMatch(/Fatal|Error/);
      rmSync(cwd, { recursive: true, force: true });
    } finally {
      await own.stop();
    }
  });
});

describe('deploy', () => {
  it('deployCommands PUTs every command to the guild route and reports what changed', async () => {
    assertLoopback(fake.url);
    const lines: string[] = [];
    fake.guildCommands.set(fake.guildId, [{ id: '1', name: 'oldcommand', description: 'gone', type: 1 }]);
    const result = await deployCommands({
      token: TOKEN,
      clientId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.url,
      print: (l) => lines.push(l),
    });
    const route = `/api/v10/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`;
    const [get, put] = fake.requests.filter((r) => r.path === route).slice(-2);
    expect(get?.method).toBe('GET');
    expect(put?.method).toBe('PUT');
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put?.body).toEqual(discordCommands.map((c) => c.data.toJSON()));
    expect(((put?.body ?? []) as { name: string }[]).map((c) => c.name)).toEqual([
      'ask',
      'quotes',
      'timeline',
      'about',
      'articles',
      'article',
      'help',
    ]);
    expect(result.added).toHaveLength(7);
    expect(result.removed).toEqual(['oldcommand']);
    expect(lines.join('\n')).toContain('removed:   /oldcommand');

    // A second deploy changes nothing.
    const again = await deployCommands({
      token: TOKEN,
      clientId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.url,
      print: () => {},
    });
    expect(again.unchanged).toHaveLength(7);
    expect([...again.added, ...again.changed, ...again.removed]).toEqual([]);
  });

  it('`npm run deploy` (tsx src/discord/deploy.ts) registers global commands when no guild is set', async () => {
    const env = {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.url,
    };
    assertLoopback(env.DISCORD_API_URL);
    const { code, stdout } = await run('src/discord/deploy.ts', env);
    expect(code).toBe(0);
    expect(stdout).toContain('Registered 7 commands');
    const put = fake.requests.filter(
      (r) => r.method === 'PUT' && r.path === `/api/v10/applications/${fake.applicationId}/commands`,
    );
    expect(put).toHaveLength(1);
    expect(fake.globalCommands.map((c) => c.name)).toEqual(['ask', 'quotes', 'timeline', 'about', 'articles', 'article', 'help']);
  });

  it('deploy without DISCORD_CLIENT_ID prints one clear line and exits 2, sending nothing', async () => {
    const before = fake.requests.length;
    const err: string[] = [];
    const code = await deployCli({
      env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.url },
      out: () => {},
      err: (l) => err.push(l),
      dotenv: false,
    });
    expect(code).toBe(2);
    expect(err).toEqual(['Cannot deploy: DISCORD_CLIENT_ID is not set (the application id, General Information tab).']);
    expect(fake.requests.length).toBe(before);
  });

  it('deploy with a token Discord rejects: one line naming the token, exit 1', async () => {
    const err: string[] = [];
    const env = { DISCORD_TOKEN: `${TOKEN}x`, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.url };
    const code = await deployCli({ env, out: () => {}, err: (l) => err.push(l), dotenv: false });
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('Discord rejected DISCORD_TOKEN');
  });
});

/** Runs tsx on `script` from an empty temp folder, so no .env of the checkout is read: only `env` counts. */
function run(
  script: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const cwd = mkdtempSync(join(tmpdir(), 'deploy-'));
    const child = spawn(resolve_('node_modules/.bin/tsx'), [resolve_(script)], {
      cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}
