// /article end to end: the real discord.js client against the fake Discord, pages and attachments served by a
// local HTTP server on 127.0.0.1, articles stored in a temporary SQLite file. No connection ever leaves 127.0.0.1:
// the fetcher's resolver is a stub that knows only made-up names, and its connect hook fails on any other address.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../src/catalog.ts';
import { answerLine } from '../src/console.ts';
import { type Library, loadLibraryDir } from '../src/library.ts';
import { ArticleStore } from '../src/store/article-store.ts';
import type { FakeDiscord, FakeUser } from './fake-discord/fake-discord.ts';
import { body, type CallbackBody, type Harness, startHarness } from './fake-discord/harness.ts';

const MANAGE_GUILD = (2248473465835073n | 0x20n).toString();
const OTHER_GUILD = '444444444444444444';
const CHIP = readFileSync('test/articles/quotes-chip-plant.txt', 'utf8');
const WILDFIRE = readFileSync('test/articles/ask-wildfire.txt', 'utf8');
const NPR = readFileSync('test/fixtures/pages/npr-roof-verdict.html', 'utf8');

let server: Server;
let base = '';
const connectsTo: string[] = [];
const root = mkdtempSync(join(tmpdir(), 'article-cmd-'));
const dbPath = join(root, 'library.db');

/** Fetch options that can only ever reach 127.0.0.1. */
const fetchOpts = () => ({
  allowHosts: ['127.0.0.1'],
  lookup: async (host: string) => {
    if (host === 'intranet.example') return [{ address: '10.1.2.3', family: 4 }];
    if (host === 'metadata.example') return [{ address: '169.254.169.254', family: 4 }];
    throw Object.assign(new Error(`no such host ${host}`), { code: 'ENOTFOUND' });
  },
  onConnect: (address: string) => {
    connectsTo.push(address);
    if (address !== '127.0.0.1') throw new Error(`test guard: refused to connect to ${address}`);
  },
  deadlineMs: 3000,
});

function catalogOver(library: Library, maxPerGuild = 3): Catalog {
  return new Catalog(library, {
    store: ArticleStore.open(dbPath),
    maxPerGuild,
    ingest: { fetch: fetchOpts(), attachmentBases: [`${base}/attachments/`] },
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const send = (status: number, type: string, text: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(text);
    };
    if (req.url === '/npr.html') return send(200, 'text/html; charset=utf-8', NPR);
    if (req.url === '/chip.txt') return send(200, 'text/plain; charset=utf-8', CHIP);
    if (req.url === '/attachments/1/2/wildfire.txt') return send(200, 'text/plain', WILDFIRE);
    if (req.url === '/logo.png') return send(200, 'image/png', 'PNG');
    if (req.url === '/empty.html') return send(200, 'text/html', '');
    if (req.url === '/nav.html')
      return send(200, 'text/html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
    if (req.url === '/to-intranet') {
      res.writeHead(302, { location: 'http://intranet.example/secret' });
      return res.end();
    }
    if (req.url?.startsWith('/article/')) {
      const n = req.url.slice('/article/'.length);
      return send(
        200,
        'text/plain',
        `Harbour council number ${n} approves ferry plan\n\nThe harbour council of district ${n} approved a new ferry plan on Monday. Councillor Ada Brenner${n} said the ferries would start in the spring. The plan costs ${n} million euros in its first year.\n\n2024-03-04T10:00:00Z h${n}`,
      );
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(root, { recursive: true, force: true });
});

/** /article <sub> with options, as Discord sends it. */
function articleCommand(
  fake: FakeDiscord,
  sub: string,
  options: { type: number; name: string; value: string }[],
  opts: { user?: FakeUser; manager?: boolean; guildId?: string; resolved?: Record<string, unknown> } = {},
) {
  return fake.sendInteraction({
    type: 2,
    user: opts.user,
    guildId: opts.guildId,
    permissions: opts.manager === false ? undefined : MANAGE_GUILD,
    data: {
      id: '900000000000000001',
      name: 'article',
      type: 1,
      guild_id: opts.guildId ?? fake.guildId,
      options: [{ type: 1, name: sub, options }],
      ...(opts.resolved ? { resolved: opts.resolved } : {}),
    },
  });
}

const textOf = (cb: CallbackBody) =>
  [
    cb.data?.content,
    ...(cb.data?.embeds ?? []).flatMap((e) => [
      e.title,
      e.description,
      e.footer?.text,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ]
    .filter(Boolean)
    .join('\n')
    .replace(/\*\*/g, '');

/** The final message of an interaction: its callback, or the edit of a deferred one. */
async function finalText(fake: FakeDiscord, id: string): Promise<string> {
  const cb = body(await fake.waitForCallback(id));
  if (cb.type !== 5) return textOf(cb);
  return textOf({ type: 4, data: (await fake.waitForEdit(id)).body as CallbackBody['data'] });
}

describe('/article through Discord', () => {
  let harness: Harness;
  let fake: FakeDiscord;
  let seq = 0;
  let clock = 1_900_000_000_000;
  const user = () => fake.user(String(610000000000000000n + BigInt(++seq)), `mgr${seq}`);

  beforeAll(async () => {
    harness = await startHarness({ now: () => clock, catalog: (lib) => catalogOver(lib) });
    fake = harness.fake;
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('a manager adds a page by link: deferred privately, then its title and counts; /ask then answers from it', async () => {
    clock += 10_000;
    const { id } = articleCommand(fake, 'add', [{ type: 3, name: 'url', value: `${base}/npr.html` }]);
    const cb = body(await fake.waitForCallback(id));
    expect(cb.type).toBe(5);
    expect(cb.data?.flags).toBe(64);
    const text = await finalText(fake, id);
    expect(text).toMatch(/Added: Dylann Roof Convicted/);
    expect(text).toMatch(/\d+ paragraphs, \d+ quotes, \d+ dated events/);
    clock += 10_000;
    const ask = fake.slash('ask', { question: 'who was convicted of the church massacre' }, user());
    expect(await finalText(fake, ask.id)).toMatch(/Roof/);
  });

  it('a manager adds an attachment from the attachment host; it is answered on this server only', async () => {
    clock += 10_000;
    const attachment = {
      id: '123',
      filename: 'wildfire.txt',
      size: WILDFIRE.length,
      url: `${base}/attachments/1/2/wildfire.txt`,
      proxy_url: `${base}/attachments/1/2/wildfire.txt`,
      content_type: 'text/plain',
    };
    const { id } = articleCommand(fake, 'add', [{ type: 11, name: 'file', value: '123' }], {
      resolved: { attachments: { '123': attachment } },
    });
    expect(await finalText(fake, id)).toMatch(/Added: Thousands flee as wildfire/);
    clock += 10_000;
    const here = fake.slash('ask', { question: 'how many hectares burned on evia' }, user());
    expect(await finalText(fake, here.id)).toMatch(/12,000 hectares/);
    // Another server: not served, not listed, not suggested.
    clock += 10_000;
    const there = fake.sendInteraction({
      type: 2,
      guildId: OTHER_GUILD,
      user: user(),
      data: {
        id: '1',
        name: 'ask',
        type: 1,
        options: [{ type: 3, name: 'question', value: 'how many hectares burned on evia' }],
      },
    });
    expect(await finalText(fake, there.id)).not.toMatch(/12,000 hectares/);
    clock += 10_000;
    const list = fake.sendInteraction({
      type: 2,
      guildId: OTHER_GUILD,
      user: user(),
      data: { id: '2', name: 'articles', type: 1 },
    });
    expect(await finalText(fake, list.id)).not.toMatch(/wildfire|Roof/i);
    const ac = fake.sendInteraction({
      type: 4,
      guildId: OTHER_GUILD,
      user: user(),
      data: { id: '3', name: 'ask', type: 1, options: [{ type: 3, name: 'article', value: 'wild', focused: true }] },
    });
    expect(JSON.stringify(body(await fake.waitForCallback(ac.id)).data?.choices ?? [])).not.toMatch(/wildfire/i);
  });

  it('refuses, in one private line each: a member without Manage Server, private addresses, bad pages, a duplicate, the limit', async () => {
    const cases: [string, { type: number; name: string; value: string }[], RegExp, { manager?: boolean }?][] = [
      ['not a manager', [{ type: 3, name: 'url', value: `${base}/chip.txt` }], /Manage Server/, { manager: false }],
      ['loopback not exempted', [{ type: 3, name: 'url', value: 'http://127.0.0.2/x' }], /not allowed/],
      ['IPv6 loopback', [{ type: 3, name: 'url', value: 'http://[::1]/x' }], /not allowed/],
      ['private range', [{ type: 3, name: 'url', value: 'http://10.0.0.1/x' }], /not allowed/],
      ['cloud metadata', [{ type: 3, name: 'url', value: 'http://169.254.169.254/latest' }], /not allowed/],
      [
        'a name resolving to a private address',
        [{ type: 3, name: 'url', value: 'http://metadata.example/' }],
        /not allowed/,
      ],
      ['a redirect to a private address', [{ type: 3, name: 'url', value: `${base}/to-intranet` }], /not allowed/],
      ['an image', [{ type: 3, name: 'url', value: `${base}/logo.png` }], /not a web page/],
      ['an empty page', [{ type: 3, name: 'url', value: `${base}/empty.html` }], /no article|no text|empty/i],
      ['a page with no article', [{ type: 3, name: 'url', value: `${base}/nav.html` }], /no article/],
      ['a duplicate', [{ type: 3, name: 'url', value: `${base}/npr.html` }], /already has that article/],
      ['neither link nor file', [], /Give a link/],
    ];
    for (const [what, options, expected, opts] of cases) {
      clock += 10_000;
      const { id } = articleCommand(fake, 'add', options, { user: user(), ...opts });
      const text = await finalText(fake, id);
      expect(text, what).toMatch(expected);
      expect(text, what).toMatch(/^(Not added|Not allowed|Nothing to add)/);
      const first = body((await fake.waitForCallbacks(id, 1))[0] as never);
      expect(first.data?.flags, what).toBe(64);
    }
    expect(connectsTo.every((a) => a === '127.0.0.1')).toBe(true);
    // Third article fills the limit of 3; the fourth is refused and nothing half-stored.
    clock += 10_000;
    expect(
      await finalText(fake, articleCommand(fake, 'add', [{ type: 3, name: 'url', value: `${base}/chip.txt` }]).id),
    ).toMatch(/Added/);
    clock += 10_000;
    expect(
      await finalText(fake, articleCommand(fake, 'add', [{ type: 3, name: 'url', value: `${base}/article/77` }]).id),
    ).toMatch(/limit of 3/);
    clock += 10_000;
    const listed = await finalText(fake, articleCommand(fake, 'list', []).id);
    expect(listed).toMatch(/3 added on this server/);
    expect(listed).not.toMatch(/number 77/);
  });

  it('remove and default: managers only; a bundled article cannot be removed', async () => {
    clock += 10_000;
    const own = harness.bot.ctx.catalog?.list(fake.guildId).own ?? [];
    const chip = own.find((a) => /Chipmaker/.test(a.title))?.articleId as string;
    expect(
      await finalText(
        fake,
        articleCommand(fake, 'remove', [{ type: 3, name: 'article', value: chip }], { manager: false }).id,
      ),
    ).toMatch(/Manage Server/);
    clock += 10_000;
    expect(
      await finalText(
        fake,
        articleCommand(fake, 'remove', [{ type: 3, name: 'article', value: harness.library.defaultId }]).id,
      ),
    ).toMatch(/comes with the bot/);
    clock += 10_000;
    expect(
      await finalText(fake, articleCommand(fake, 'remove', [{ type: 3, name: 'article', value: chip }]).id),
    ).toMatch(/Removed/);
    clock += 10_000;
    const wildfire = own.find((a) => /wildfire/i.test(a.title))?.articleId as string;
    expect(
      await finalText(fake, articleCommand(fake, 'default', [{ type: 3, name: 'article', value: wildfire }]).id),
    ).toMatch(/Default set/);
    clock += 10_000;
    expect(await finalText(fake, fake.slash('timeline', {}, user()).id)).toMatch(/Evia|wildfire|Tuesday/i);
  });
});

describe('after a restart', () => {
  it('the articles added before are served again', async () => {
    const harness = await startHarness({ catalog: (lib) => catalogOver(lib) });
    try {
      const { id } = harness.fake.slash(
        'ask',
        { question: 'how many hectares burned on evia' },
        harness.fake.user('620000000000000001', 'r'),
      );
      expect(await finalText(harness.fake, id)).toMatch(/12,000 hectares/);
    } finally {
      await harness.stop();
    }
  });
});

describe('the catalog under load and in the console', () => {
  it('50 adds from 50 servers at once: every article stored whole and answerable on its own server', async () => {
    const library = loadLibraryDir('data/articles', { writeCache: false }).library;
    const store = ArticleStore.open(join(root, 'load.db'));
    const catalog = new Catalog(library, { store, maxPerGuild: 50, ingest: { fetch: fetchOpts() } });
    const servers = Array.from({ length: 50 }, (_, i) => String(5000 + i));
    const outcomes = await Promise.all(
      servers.map((g, i) => catalog.add(g, { kind: 'url', url: `${base}/article/${i}` }, 'u')),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(50);
    const { ask } = await import('../src/answer/ask.ts');
    for (const [i, g] of servers.entries()) {
      const hits = ask(catalog.forGuild(g), `who is councillor ada brenner${i}`).hits;
      expect(hits[0]?.text, g).toContain(`Ada Brenner${i}`);
    }
    expect(store.db.prepare('pragma integrity_check').get()).toEqual({ integrity_check: 'ok' });
    store.close();
  }, 60_000);

  it('/article add PATH, list and ask in the console (one local server)', async () => {
    const library = loadLibraryDir('data/articles', { writeCache: false }).library;
    const catalog = new Catalog(library, { store: ArticleStore.open(join(root, 'console.db')), maxPerGuild: 5 });
    const ctx = () => ({
      library: catalog.forGuild('console'),
      catalog,
      guildId: 'console',
      userId: 'console',
      canManage: true,
    });
    expect(await answerLine(ctx(), '/article add test/articles/quotes-chip-plant.txt')).toMatch(
      /Added: Chipmaker delays Ohio plant/,
    );
    expect(await answerLine(ctx(), '/article list')).toMatch(/1 added on this server/);
    expect(await answerLine(ctx(), '/ask who is the chief executive of northgate')).toMatch(/Daniel Whitfield/);
    expect(await answerLine(ctx(), '/article add /etc/passwd')).toMatch(/only \.txt, \.md, \.html, \.htm files/);
    expect(await answerLine(ctx(), '/article frobnicate')).toMatch(/Try \/article add/);
  });
});
