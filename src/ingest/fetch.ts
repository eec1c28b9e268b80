// Downloads a page or an attachment that a server manager gave us, without letting the link reach our own network.
// Every address a name resolves to is checked, and the socket connects to that checked address (not to a second
// resolution), so a name that changes its answer between check and connect (DNS rebinding) gets nowhere.
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { decodeCp1252 } from '../article/decode.ts';

export type FetchRefusalReason =
  | 'scheme'
  | 'address'
  | 'too-big'
  | 'timeout'
  | 'type'
  | 'unreachable'
  | 'redirects'
  | 'status'
  | 'not-attachment';

const MESSAGES: Record<FetchRefusalReason, string> = {
  scheme: 'only http and https links',
  address: 'that address is not allowed',
  'too-big': 'the page is too big (over 2 MB)',
  timeout: 'the site did not answer in time',
  type: 'that link is not a web page or text file',
  unreachable: 'could not reach the site',
  redirects: 'too many redirects',
  status: 'the site answered with an error',
  'not-attachment': 'that is not a Discord attachment link',
};

/** A link we will not (or could not) read; `message` is one line fit to show the user. */
export class FetchRefusal extends Error {
  readonly reason: FetchRefusalReason;
  constructor(reason: FetchRefusalReason, message = MESSAGES[reason]) {
    super(message);
    this.name = 'FetchRefusal';
    this.reason = reason;
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface FetchOptions {
  /** Host names or literal IPs exempt from the address check (env ARTICLE_FETCH_ALLOW); empty by default. */
  allowHosts?: string[];
  /** Resolves a host to all its addresses; default `dns.promises.lookup(host, { all: true })`. */
  lookup?: (host: string) => Promise<ResolvedAddress[]>;
  /** Called with the checked address just before the socket connects to it; throwing stops the connection. */
  onConnect?: (address: string, family: number) => void;
  connectTimeoutMs?: number;
  deadlineMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Read application/octet-stream like a missing type (sniffed): file hosts label .md and .txt that way. */
  sniffOctetStream?: boolean;
  signal?: AbortSignal;
}

export interface FetchedSource {
  /** The decoded body. */
  body: string;
  /** The media type without parameters, e.g. text/html (sniffed when the server sent none). */
  contentType: string;
  finalUrl: string;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_ATTACHMENT_BASES = [
  'https://cdn.discordapp.com/attachments/',
  'https://media.discordapp.net/attachments/',
];

const ACCEPTED_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'Mozilla/5.0 (compatible; article-qa-bot/0.1; +https://github.com/)';
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** `ARTICLE_FETCH_ALLOW` → host list: comma-separated, trimmed, lower-cased, brackets off IPv6. */
export function parseAllowHosts(value: string | undefined): string[] {
  return (value ?? '').split(',').map(normaliseHost).filter(Boolean);
}

function normaliseHost(host: string): string {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return ipaddr.isValid(h) ? ipaddr.process(h).toString() : h;
}

/** Only globally routable unicast addresses; IPv4-mapped IPv6 is judged as the IPv4 it carries. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.process(address);
  if (ip.range() !== 'unicast') return false;
  // Outside 2000::/3 nothing is assigned for the public; IPv4-compatible ::a.b.c.d would reach IPv4 hosts.
  return ip.kind() === 'ipv4' || (ip as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
}

/** True for a URL under one of Discord's attachment bases (same origin, path below the base's). */
export function isAllowedAttachmentUrl(url: string, cdnBases: string[] = DEFAULT_ATTACHMENT_BASES): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  return cdnBases.some((base) => {
    const b = new URL(base);
    return u.origin === b.origin && u.pathname.startsWith(b.pathname.endsWith('/') ? b.pathname : `${b.pathname}/`);
  });
}

/** Downloads a Discord attachment: only from the attachment bases, whose hosts skip the address check. */
export function fetchAttachment(
  url: string,
  opts: FetchOptions = {},
  cdnBases: string[] = DEFAULT_ATTACHMENT_BASES,
): Promise<FetchedSource> {
  if (!isAllowedAttachmentUrl(url, cdnBases)) return Promise.reject(new FetchRefusal('not-attachment'));
  const host = new URL(url).hostname;
  return fetchArticleSource(url, { sniffOctetStream: true, ...opts, allowHosts: [...(opts.allowHosts ?? []), host] });
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new FetchRefusal('scheme');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchRefusal('scheme');
  return u;
}

function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new FetchRefusal('timeout'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The addresses to connect to, every one checked unless the host is exempt. */
async function resolveChecked(url: URL, opts: FetchOptions, signal: AbortSignal): Promise<ResolvedAddress[]> {
  const host = normaliseHost(url.hostname);
  const exempt = (opts.allowHosts ?? []).map(normaliseHost).includes(host);
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }];
  else {
    const lookup = opts.lookup ?? ((h: string) => dnsLookup(h, { all: true, verbatim: true }));
    try {
      addresses = await raceSignal(lookup(host), signal);
    } catch (err) {
      throw err instanceof FetchRefusal ? err : new FetchRefusal('unreachable');
    }
  }
  if (addresses.length === 0) throw new FetchRefusal('unreachable');
  // One bad address refuses the name: a mix is how rebinding attacks hedge.
  if (!exempt && !addresses.every((a) => isPublicAddress(a.address))) throw new FetchRefusal('address');
  return addresses;
}

type LookupCallback = (err: Error | null, address: string | ResolvedAddress[], family?: number) => void;

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  stream: Readable;
  close: () => void;
}

/** One request to the checked addresses (and only those), with Host and TLS servername kept as the URL's host. */
function request(url: URL, targets: ResolvedAddress[], opts: FetchOptions, signal: AbortSignal): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const isHttps = url.protocol === 'https:';
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    // Stands in for DNS when the socket connects: it answers with what was checked, never a fresh resolution.
    const pinned = (_h: string, o: { all?: boolean } | number, cb: LookupCallback) => {
      const all = typeof o === 'object' && o?.all === true;
      const given = all ? targets : targets.slice(0, 1);
      try {
        for (const t of given) opts.onConnect?.(t.address, t.family);
      } catch (err) {
        return cb(err as Error, '', 0);
      }
      const first = given[0] as ResolvedAddress;
      if (all) cb(null, given);
      else cb(null, first.address, first.family);
    };
    const options: https.RequestOptions = {
      method: 'GET',
      host: hostname,
      port: url.port || (isHttps ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers: {
        host: url.host,
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
      agent: false, // a fresh socket per request: no pooled connection skips the pinned lookup
      lookup: pinned as unknown as http.RequestOptions['lookup'],
      ...(isHttps && !ipaddr.isValid(hostname) ? { servername: hostname } : {}),
    };
    // An IP literal is dialled without any lookup, so the hook hears of it here.
    if (ipaddr.isValid(hostname)) {
      try {
        opts.onConnect?.(targets[0]?.address ?? hostname, targets[0]?.family ?? 0);
      } catch (err) {
        return reject(err instanceof FetchRefusal ? err : new FetchRefusal('unreachable'));
      }
    }
    const req = (isHttps ? https : http).request(options);
    let settled = false;
    const fail = (err: unknown) => {
      clearTimeout(connectTimer);
      signal.removeEventListener('abort', onAbort);
      req.destroy();
      if (!settled) {
        settled = true;
        reject(err instanceof FetchRefusal ? err : new FetchRefusal('unreachable'));
      }
    };
    const onAbort = () => fail(new FetchRefusal('timeout'));
    const connectTimer = setTimeout(() => fail(new FetchRefusal('timeout')), opts.connectTimeoutMs ?? 5_000);
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', fail);
    req.on('response', (res) => {
      clearTimeout(connectTimer);
      settled = true;
      const close = () => {
        signal.removeEventListener('abort', onAbort);
        res.destroy();
        req.destroy();
      };
      // From here the deadline is the body reader's business.
      signal.removeEventListener('abort', onAbort);
      resolve({ status: res.statusCode ?? 0, headers: res.headers, stream: res, close });
    });
    req.end();
  });
}

function decompressor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** Reads the body, stopping as soon as it (decompressed, so a small bomb cannot blow up) passes `maxBytes`. */
function readCapped(res: Response, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const unzip = decompressor(res.headers['content-encoding']);
    const stream: Readable = unzip ? res.stream.pipe(unzip) : res.stream;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: FetchRefusal | null) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      if (err) {
        unzip?.destroy();
        res.close();
        reject(err);
      } else resolve(Buffer.concat(chunks));
    };
    const onAbort = () => finish(new FetchRefusal('timeout'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish(tooBig(maxBytes));
      else chunks.push(chunk);
    });
    stream.on('end', () => finish(null));
    stream.on('error', () => finish(new FetchRefusal('unreachable')));
    res.stream.on('error', () => finish(new FetchRefusal('unreachable')));
  });
}

function tooBig(maxBytes: number): FetchRefusal {
  const mb = maxBytes / (1024 * 1024);
  return new FetchRefusal(
    'too-big',
    `the page is too big (over ${mb >= 1 ? `${+mb.toFixed(1)} MB` : `${maxBytes} bytes`})`,
  );
}

/** NUL bytes or many control characters near the start: an image, archive or PDF, not text. */
export function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length / 20;
}

function charsetOf(contentType: string | undefined, buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const header = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  if (header?.[1]) return header[1];
  // A page's own <meta charset> or http-equiv, in its first bytes as browsers look for it.
  const head = buf.subarray(0, 2048).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? 'utf-8';
}

/** Bytes → text by charset; an unknown label falls back to UTF-8 (latin1 is read as windows-1252, as browsers do). */
export function decodeBody(buf: Buffer, contentType?: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charsetOf(contentType, buf));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.encoding === 'windows-1252' ? decodeCp1252(buf) : decoder.decode(buf);
}

function sniffType(text: string): string {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text) ? 'text/html' : 'text/plain';
}

/** Fetches an article page or text file, or throws FetchRefusal. */
export async function fetchArticleSource(url: string, opts: FetchOptions = {}): Promise<FetchedSource> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? 3;
  const deadline = AbortSignal.timeout(opts.deadlineMs ?? 15_000);
  const signal = opts.signal ? AbortSignal.any([deadline, opts.signal]) : deadline;
  let current = parseHttpUrl(url);

  for (let redirects = 0; ; redirects++) {
    const addresses = await resolveChecked(current, opts, signal);
    // IPv4 first: fewer hosts have working IPv6 routes, and every address was checked either way.
    const targets = [...addresses].sort((a, b) => (a.family === 4 ? 0 : 1) - (b.family === 4 ? 0 : 1));
    const res = await request(current, targets, opts, signal);

    if (REDIRECTS.has(res.status) && res.headers.location) {
      res.close();
      if (redirects >= maxRedirects) throw new FetchRefusal('redirects');
      current = parseHttpUrl(res.headers.location, current);
      continue;
    }
    if (res.status < 200 || res.status >= 300) {
      res.close();
      throw new FetchRefusal('status', `the site answered with an error (HTTP ${res.status})`);
    }

    const rawType = res.headers['content-type'];
    let mime = (rawType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const sniff = !mime || (opts.sniffOctetStream === true && mime === 'application/octet-stream');
    if (!sniff && !ACCEPTED_TYPES.has(mime)) {
      res.close();
      throw new FetchRefusal('type');
    }
    const length = Number(res.headers['content-length']);
    if (Number.isFinite(length) && length > maxBytes) {
      res.close();
      throw tooBig(maxBytes);
    }
    const buf = await readCapped(res, maxBytes, signal);
    if (sniff && looksBinary(buf)) throw new FetchRefusal('type');
    const body = decodeBody(buf, rawType);
    if (sniff) mime = sniffType(body);
    return { body, contentType: mime, finalUrl: current.href };
  }
}
