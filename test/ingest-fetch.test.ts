// No test here may open a connection to anything but 127.0.0.1, even if fetch.ts is wrong: every socket connect in
// this worker goes through `guardedConnect`, which checks the address actually dialled (after any lookup) and kills
// the socket otherwise; refused addresses are exercised with stub lookups, never with a request that goes out.
import dns from 'node:dns';
import http from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExtractRefusal, extractArticle } from '../src/ingest/extract.ts';
import {
  FetchRefusal,
  type FetchOptions,
  fetchArticleSource,
  fetchAttachment,
  isAllowedAttachmentUrl,
  isPublicAddress,
  parseAllowHosts,
  type ResolvedAddress,
} from '../src/ingest/fetch.ts';

// ---- the connection guard ----------------------------------------------------------------------------------------

const violations: string[] = [];
const realConnect = net.Socket.prototype.connect;
type LookupCb = (err: Error | null, address: string | { address: string }[], family?: number) => void;
type LookupFn = (host: string, options: unknown, cb: LookupCb) => void;

function guardedConnect(this: net.Socket, ...args: unknown[]): net.Socket {
  const first = args[0];
  const options = (Array.isArray(first) ? first[0] : typeof first === 'object' ? first : null) as {
    host?: string;
    path?: string;
    lookup?: LookupFn;
  } | null;
  const refuse = (what: string) => {
    violations.push(what);
    // Later, so that the request has its listeners on the socket and fails at once instead of at its deadline.
    setImmediate(() => this.destroy(new Error(`test guard: refused a connection to ${what}`)));
    return this;
  };
  if (!options) return refuse(`${String(first)} ${String(args[1])}`);
  if (options.path) return refuse(`ipc ${options.path}`);
  const host = (options.host ?? 'localhost').replace(/^\[|\]$/g, '');
  if (net.isIP(host)) {
    if (host !== '127.0.0.1') return refuse(host);
  } else {
    // A name: the caller's lookup (never the system's, which would ask a DNS server) is checked before dialling.
    const inner = options.lookup;
    if (!inner) return refuse(`dns ${host}`);
    options.lookup = (h, o, cb) =>
      inner(h, o, (err, address, family) => {
        const list = Array.isArray(address) ? address.map((a) => a.address) : [address];
        const bad = list.filter((a) => a !== '127.0.0.1');
        if (!err && bad.length > 0) {
          violations.push(bad.join(','));
          return cb(new Error(`test guard: refused ${bad.join(',')}`), address, family);
        }
        cb(err, address, family);
      });
  }
  return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
}

// DNS would send packets to a resolver: every lookup function is replaced while these tests run.
const realLookup = dns.lookup;
const realPromisesLookup = dns.promises.lookup;
function noDns(host: unknown): never {
  violations.push(`dns ${String(host)}`);
  throw new Error(`test guard: DNS lookup of ${String(host)}`);
}

/** The code's own hook, also asserted: it must only ever be handed 127.0.0.1. */
const onConnect = (address: string) => {
  if (address !== '127.0.0.1') {
    violations.push(`onConnect ${address}`);
    throw new Error(`test guard: onConnect ${address}`);
  }
};

// ---- a local server on 127.0.0.1 ---------------------------------------------------------------------------------

const ARTICLE = `<!doctype html><html><head><title>Pier closes</title>
<meta property="article:published_time" content="2024-03-05T09:15:00-05:00"></head><body><article>
<h1>Valmont closes its old ferry pier</h1>
<p>The harbour board of Valmont voted on Tuesday to close the old ferry pier for repairs, ending a service that had run without a break since 1962.</p>
<p>Board chair Irena Kovač said the decision followed an engineering survey that found corrosion in more than half of the pier’s steel piles.</p>
<p>Commuters will be moved to a temporary landing two kilometres north, where the board has promised shuttle buses every fifteen minutes.</p>
</article></body></html>`;

let server: http.Server;
let base = '';
let port = 0;
const seen: { url: string; host: string }[] = [];
let endlessClosed: Promise<void> = Promise.resolve();

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '/';
  const redirect = /^\/r\/(\d+)$/.exec(url);
  if (redirect) {
    const n = Number(redirect[1]);
    res.writeHead(302, { location: n > 1 ? `/r/${n - 1}` : '/article' }).end();
    return;
  }
  switch (url) {
    case '/article':
    case '/attachments/1/2/pier.html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      return;
    case '/attachments/1/2/pier.md':
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('# Pier closes\n\nThe *board* voted.\n');
      return;
    case '/to-private':
      res.writeHead(302, { location: 'http://internal.test/latest/meta-data' }).end();
      return;
    case '/to-file':
      res.writeHead(301, { location: 'file:///etc/passwd' }).end();
      return;
    case '/endless': {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      endlessClosed = new Promise((resolve) => res.on('close', resolve));
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) {}
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return;
    }
    case '/declared-big':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      res.write('<html>'); // and never the rest
      return;
    case '/image':
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      return;
    case '/untyped-binary':
      res.writeHead(200, {}).end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      return;
    case '/untyped-html':
      res.writeHead(200, {}).end(ARTICLE);
      return;
    case '/hang':
      return; // headers never come
    case '/stall':
      res.writeHead(200, { 'content-type': 'text/html' }).write('<html><body><p>The board'); // then nothing
      return;
    case '/empty':
      res.writeHead(200, { 'content-type': 'text/html' }).end('');
      return;
    case '/no-article':
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<html><body><nav><a href="/a">News</a> <a href="/b">Sport</a></nav><p>Log in to continue.</p></body></html>',
        );
      return;
    case '/cp1252':
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' });
      res.end(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80, 0x35]));
      return;
    case '/meta-latin1':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>Caf'), Buffer.from([0xe9])]),
      );
      return;
    case '/gzip':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync('Pier closes\n\nThe board voted.\n'));
      return;
    case '/gzip-bomb':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, ' ')));
      return;
    default:
      res.writeHead(404, { 'content-type': 'text/html' }).end('not here');
  }
}

beforeAll(async () => {
  net.Socket.prototype.connect = guardedConnect as typeof net.Socket.prototype.connect;
  // server.listen('127.0.0.1') looks its literal up: literals never reach a DNS server, so they go through.
  (dns as { lookup: unknown }).lookup = (host: string, ...rest: unknown[]) =>
    net.isIP(host) ? (realLookup as (...a: unknown[]) => void)(host, ...rest) : noDns(host);
  (dns.promises as { lookup: unknown }).lookup = async (host: string) => noDns(host);
  syncBuiltinESMExports(); // so that `import { lookup } from 'node:dns/promises'` sees the stub too
  server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', host: req.headers.host ?? '' });
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  net.Socket.prototype.connect = realConnect;
  (dns as { lookup: unknown }).lookup = realLookup;
  (dns.promises as { lookup: unknown }).lookup = realPromisesLookup;
  syncBuiltinESMExports();
});

afterEach(() => {
  const found = violations.splice(0);
  seen.length = 0;
  expect(found).toEqual([]);
});

/** Names used in tests resolve only through this table; anything else is a test bug. */
function stubLookup(table: Record<string, string[]>): (host: string) => Promise<ResolvedAddress[]> {
  return async (host) => {
    const list = table[host];
    if (!list) throw new Error(`test: unexpected lookup of ${host}`);
    return list.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 }));
  };
}

const local: FetchOptions = {
  allowHosts: ['127.0.0.1'],
  lookup: stubLookup({}),
  onConnect,
  connectTimeoutMs: 300,
  deadlineMs: 2_000,
};

async function refusal(p: Promise<unknown>): Promise<FetchRefusal> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchRefusal);
  return err as FetchRefusal;
}

// ---- tests -------------------------------------------------------------------------------------------------------

describe('fetchArticleSource: addresses', () => {
  it('the guard itself refuses a connection to anything but 127.0.0.1', async () => {
    const socket = net.connect({ host: '10.0.0.1', port: 9 });
    await new Promise((resolve) => socket.on('error', resolve));
    expect(violations).toEqual(['10.0.0.1']);
    violations.length = 0;
  });

  it('the guard stops DNS too, including the default lookup of fetch.ts', async () => {
    const err = await refusal(fetchArticleSource('http://news.test/', { onConnect }));
    expect(err.reason).toBe('unreachable');
    expect(violations).toEqual(['dns news.test']);
    violations.length = 0;
  });

  it.each([
    ['http://127.0.0.2/', {}],
    ['http://[::1]/', {}],
    ['http://10.0.0.1/', {}],
    ['http://169.254.169.254/latest/meta-data', {}],
    ['http://[::ffff:10.0.0.1]/', {}],
    ['http://0x7f.1/', {}],
    ['http://internal.test/', { 'internal.test': ['10.0.0.1'] }],
    ['http://mixed.test/', { 'mixed.test': ['93.184.216.34', '192.168.1.5'] }],
    ['http://v6.test/', { 'v6.test': ['fd00::1'] }],
    ['http://compat.test/', { 'compat.test': ['::a00:1'] }],
  ])('refuses %s before connecting', async (url, table) => {
    const err = await refusal(fetchArticleSource(url, { lookup: stubLookup(table), onConnect }));
    expect(err.reason).toBe('address');
    expect(err.message).toBe('that address is not allowed');
  });

  it('refuses 127.0.0.1 like any loopback unless it is allowed', async () => {
    const err = await refusal(fetchArticleSource(`${base}/article`, { ...local, allowHosts: [] }));
    expect(err.reason).toBe('address');
    expect(seen).toEqual([]);
  });

  it.each(['ftp://example.test/a', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url'])(
    'refuses %s',
    async (u) => {
      const err = await refusal(fetchArticleSource(u, local));
      expect([err.reason, err.message]).toEqual(['scheme', 'only http and https links']);
    },
  );

  it('connects to the checked address once, keeping the name in the Host header', async () => {
    let lookups = 0;
    // A rebinding name: the second answer would be private, but there must be no second lookup.
    const lookup = async (host: string): Promise<ResolvedAddress[]> => {
      expect(host).toBe('news.test');
      lookups++;
      return [{ address: lookups === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    };
    const got = await fetchArticleSource(`http://news.test:${port}/article`, {
      ...local,
      allowHosts: ['NEWS.test'],
      lookup,
    });
    expect(got.contentType).toBe('text/html');
    expect(lookups).toBe(1);
    expect(seen).toEqual([{ url: '/article', host: `news.test:${port}` }]);
  });

  it('classifies addresses', () => {
    expect(['8.8.8.8', '2606:4700::1', '::ffff:8.8.8.8'].map(isPublicAddress)).toEqual([true, true, true]);
    const blocked = [
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      'fe80::1',
      '::',
      '2002:a00:1::',
      '2001::1',
    ];
    expect(blocked.filter(isPublicAddress)).toEqual([]);
    expect(parseAllowHosts(' 127.0.0.1, Files.Example. ,[::1],')).toEqual(['127.0.0.1', 'files.example', '::1']);
    expect(parseAllowHosts(undefined)).toEqual([]);
  });
});

describe('fetchArticleSource: a local server', () => {
  it('fetches an HTML article page that extracts to an article', async () => {
    const got = await fetchArticleSource(`${base}/article`, local);
    expect(got).toMatchObject({ contentType: 'text/html', finalUrl: `${base}/article` });
    const a = extractArticle({ body: got.body, contentType: got.contentType, url: got.finalUrl });
    expect(a.title).toBe('Valmont closes its old ferry pier'); // Readability prefers the lone <h1> to a short <title>
    expect(a.published).toBe('2024-03-05T09:15:00-05:00');
    expect(a.text).toContain('Irena Kovač');
  });

  it('follows up to 3 redirects and refuses a 4th', async () => {
    const got = await fetchArticleSource(`${base}/r/3`, local);
    expect(got.finalUrl).toBe(`${base}/article`);
    expect(seen.map((s) => s.url)).toEqual(['/r/3', '/r/2', '/r/1', '/article']);
    seen.length = 0;
    const err = await refusal(fetchArticleSource(`${base}/r/4`, local));
    expect([err.reason, err.message]).toEqual(['redirects', 'too many redirects']);
    expect(seen.map((s) => s.url)).toEqual(['/r/4', '/r/3', '/r/2', '/r/1']);
  });

  it('re-checks the address of a redirect and refuses a private one before connecting', async () => {
    const opts = { ...local, lookup: stubLookup({ 'internal.test': ['10.0.0.1'] }) };
    expect((await refusal(fetchArticleSource(`${base}/to-private`, opts))).reason).toBe('address');
    expect((await refusal(fetchArticleSource(`${base}/to-file`, opts))).reason).toBe('scheme');
  });

  it('stops an endless body at the cap', async () => {
    const started = Date.now();
    const err = await refusal(fetchArticleSource(`${base}/endless`, { ...local, maxBytes: 256 * 1024 }));
    expect(err.reason).toBe('too-big');
    expect(err.message).toBe('the page is too big (over 262144 bytes)');
    await endlessClosed; // the connection was dropped, not drained
    expect(Date.now() - started).toBeLessThan(2_000);
    const big = await refusal(fetchArticleSource(`${base}/declared-big`, local));
    expect([big.reason, big.message]).toEqual(['too-big', 'the page is too big (over 2 MB)']);
  });

  it('caps the decompressed size, and reads gzip', async () => {
    expect((await fetchArticleSource(`${base}/gzip`, local)).body).toBe('Pier closes\n\nThe board voted.\n');
    expect((await refusal(fetchArticleSource(`${base}/gzip-bomb`, { ...local, maxBytes: 1024 * 1024 }))).reason).toBe(
      'too-big',
    );
  });

  it('refuses images and untyped binary, and sniffs untyped text', async () => {
    for (const path of ['/image', '/untyped-binary']) {
      const err = await refusal(fetchArticleSource(`${base}${path}`, local));
      expect([err.reason, err.message]).toEqual(['type', 'that link is not a web page or text file']);
    }
    expect((await fetchArticleSource(`${base}/untyped-html`, local)).contentType).toBe('text/html');
  });

  it('gives up at the deadline on a server that never answers or stops mid-body', async () => {
    const started = Date.now();
    const err = await refusal(fetchArticleSource(`${base}/hang`, { ...local, deadlineMs: 300 }));
    expect([err.reason, err.message]).toEqual(['timeout', 'the site did not answer in time']);
    const stalled = await refusal(fetchArticleSource(`${base}/stall`, { ...local, deadlineMs: 300 }));
    expect(stalled.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reports a refused connection and an error status', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const err = await refusal(fetchArticleSource(`http://127.0.0.1:${deadPort}/`, local));
    expect([err.reason, err.message]).toEqual(['unreachable', 'could not reach the site']);
    expect((await refusal(fetchArticleSource(`${base}/missing`, local))).message).toBe(
      'the site answered with an error (HTTP 404)',
    );
  });

  it('an empty page and a page with no article fetch, then extraction refuses them', async () => {
    for (const path of ['/empty', '/no-article']) {
      const got = await fetchArticleSource(`${base}${path}`, local);
      expect(() => extractArticle({ body: got.body, contentType: got.contentType })).toThrow(ExtractRefusal);
    }
  });

  it('decodes windows-1252 by header and latin1 by <meta charset>', async () => {
    expect((await fetchArticleSource(`${base}/cp1252`, local)).body).toBe('Café – “ok” €5');
    expect((await fetchArticleSource(`${base}/meta-latin1`, local)).body).toMatch(/Café$/);
  });
});

describe('attachments', () => {
  it('accepts only URLs under the attachment bases', () => {
    expect(isAllowedAttachmentUrl('https://cdn.discordapp.com/attachments/1/2/a.txt?ex=1')).toBe(true);
    expect(isAllowedAttachmentUrl('https://media.discordapp.net/attachments/1/2/a.html')).toBe(true);
    for (const bad of [
      'http://cdn.discordapp.com/attachments/1/2/a.txt',
      'https://cdn.discordapp.com/avatars/1/2.png',
      'https://cdn.discordapp.com/attachments/../avatars/x',
      'https://cdn.discordapp.com/attachments/%2e%2e/avatars/x',
      'https://cdn.discordapp.com.evil.test/attachments/1/a.txt',
      'https://user@cdn.discordapp.com/attachments/1/a.txt',
      'https://cdn.discordapp.com:8443/attachments/1/a.txt',
      'https://cdn.discordapp.com/attachmentsX/1/a.txt',
      'nonsense',
    ]) {
      expect(isAllowedAttachmentUrl(bad), bad).toBe(false);
    }
  });

  it('downloads from a local base with its host exempt, and refuses other links', async () => {
    const bases = [`${base}/attachments/`];
    const opts = { ...local, allowHosts: [] };
    const html = await fetchAttachment(`${base}/attachments/1/2/pier.html`, opts, bases);
    expect(html.contentType).toBe('text/html');
    const md = await fetchAttachment(`${base}/attachments/1/2/pier.md`, opts, bases);
    expect([md.contentType, md.body]).toEqual(['text/plain', '# Pier closes\n\nThe *board* voted.\n']);
    const err = await refusal(fetchAttachment(`${base}/article`, opts, bases));
    expect([err.reason, err.message]).toEqual(['not-attachment', 'that is not a Discord attachment link']);
  });
});
