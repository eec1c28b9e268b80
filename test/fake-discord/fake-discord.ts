// A fake Discord on 127.0.0.1 (random port) for end-to-end tests of the real discord.js client:
// - HTTP: the REST routes the bot and `npm run deploy` call, every request recorded;
// - WebSocket gateway v10 (JSON text frames): HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACK,
//   RESUME → replay + RESUMED, dispatch of INTERACTION_CREATE, dropping the connection on demand, INVALID_SESSION.
// Sessions belong to shards ([id, count] from IDENTIFY): /gateway/bot recommends `recommendedShards` (2), every
// connection records the shard it serves, and interactions can be sent on any shard's connection.
// `tooManyRequests` builds a 429 as Discord sends it, for `intercept`.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. /api/v10/interactions/1/tok/callback. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Status the fake answered with. */
  status: number;
  /** performance.now() when the request arrived. */
  at: number;
}

/** One gateway WebSocket connection, as the fake saw it. */
export interface GatewayConnection {
  /** 1 for the first connection, and so on. */
  n: number;
  /** The shard this connection serves ([id, count] from IDENTIFY, or of the resumed session); null before. */
  shard: [number, number] | null;
  /** How the session was opened on this connection: a new IDENTIFY or a RESUME; null before. */
  opened: 'identify' | 'resume' | null;
  /** Close code the fake saw; null while open. */
  closeCode: number | null;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Dispatches sent in this session, for replay on RESUME. */
  sent: GatewayFrame[];
  socket: WebSocket | null;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
}

/** An override for one request: return a status and JSON body to answer with, or undefined to let the fake answer. */
export type Intercept = (
  req: RecordedRequest,
) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined;

const API = '/api/v10';
const CALLBACK_PATH = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/;
let snowflakeCounter = 0n;
/** Snowflake-like ids (increasing, 18+ digits). */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return ((BigInt(Date.now() - 1420070400000) << 22n) + snowflakeCounter).toString();
}

export class FakeDiscord {
  readonly applicationId = '111111111111111111';
  readonly guildId = '222222222222222222';
  readonly channelId = '333333333333333333';
  readonly botUser: FakeUser = { id: this.applicationId, username: 'ArticleBot' };
  /** Heartbeat interval announced in HELLO. */
  heartbeatInterval = 41250;
  /** When set, IDENTIFY/RESUME and authenticated REST calls with another token are refused (4004 / 401). */
  expectedToken: string | null = null;
  /** Shards that GET /gateway/bot recommends. */
  recommendedShards = 2;
  /** session_start_limit.max_concurrency of GET /gateway/bot (IDENTIFYs allowed at once per 5 s). */
  maxConcurrency = 1;
  /** Every gateway connection, in order. */
  readonly connections: GatewayConnection[] = [];

  readonly requests: RecordedRequest[] = [];
  /** Frames received from the client, in order. */
  readonly received: GatewayFrame[] = [];
  intercept: Intercept | null = null;

  globalCommands: Record<string, unknown>[] = [];
  readonly guildCommands = new Map<string, Record<string, unknown>[]>();

  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private sessions = new Map<string, Session>();
  /** The current session per shard id. */
  private shardSession = new Map<number, Session>();
  private sockets = new Set<WebSocket>();
  private connectionOf = new Map<WebSocket, GatewayConnection>();
  private interactions = new Map<
    string,
    { token: string; acked: boolean; expired: boolean; message: Record<string, unknown> | null }
  >();
  private waiters: { pred: () => boolean; resolve: () => void }[] = [];
  counts = { identify: 0, resume: 0, heartbeat: 0, connections: 0 };
  /** Close codes of finished gateway connections, as the fake saw them. */
  readonly closeCodes: number[] = [];

  get port(): number {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('the fake Discord is not started');
    return address.port;
  }

  /** REST base URL to give the bot (discord.js appends /v10). */
  get url(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.onRequest(req, res));
    this.server = server;
    this.wss = new WebSocketServer({ server, path: '/gateway' });
    this.wss.on('connection', (ws) => this.onConnection(ws));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
    this.server = null;
    this.wss = null;
  }

  // ─── waiting ────────────────────────────────────────────────────────────────────────────────────────────────────

  private notify(): void {
    for (const w of [...this.waiters]) {
      if (w.pred()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /**
   * Resolves when `pred` holds: checked after every request and gateway frame, and every 5 ms for conditions
   * outside the fake (log lines); rejects after `ms` with the last requests in the message.
   */
  waitUntil(pred: () => boolean, what: string, ms = 8000): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const poll = setInterval(() => this.notify(), 5);
      const timer = setTimeout(() => {
        clearInterval(poll);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const recent = this.requests.slice(-5).map((r) => `${r.method} ${r.path} → ${r.status}`);
        reject(new Error(`fake Discord: timed out waiting for ${what}; last requests: ${recent.join(', ') || 'none'}`));
      }, ms);
      const waiter = {
        pred,
        resolve: () => {
          clearTimeout(timer);
          clearInterval(poll);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** The requests matching `pred`, waiting until there are at least `count`. */
  async waitForRequests(
    pred: (r: RecordedRequest) => boolean,
    count: number,
    what: string,
  ): Promise<RecordedRequest[]> {
    await this.waitUntil(() => this.requests.filter(pred).length >= count, what);
    return this.requests.filter(pred);
  }

  /** The interaction callbacks (POST …/callback) of one interaction, waiting for the first `count`. */
  async waitForCallbacks(interactionId: string, count = 1): Promise<RecordedRequest[]> {
    return this.waitForRequests(
      (r) =>
        r.method === 'POST' &&
        r.path.startsWith(`${API}/interactions/${interactionId}/`) &&
        r.path.endsWith('/callback'),
      count,
      `callback ${count} of interaction ${interactionId}`,
    );
  }

  /** The first callback of an interaction. */
  async waitForCallback(interactionId: string): Promise<RecordedRequest> {
    return (await this.waitForCallbacks(interactionId, 1))[0] as RecordedRequest;
  }

  /** Edits of the original response (PATCH …/messages/@original) of an interaction. */
  async waitForEdit(interactionId: string): Promise<RecordedRequest> {
    const token = this.interactions.get(interactionId)?.token;
    if (!token) throw new Error(`unknown interaction ${interactionId}`);
    const [edit] = await this.waitForRequests(
      (r) => r.method === 'PATCH' && r.path === `${API}/webhooks/${this.applicationId}/${token}/messages/@original`,
      1,
      `edit of interaction ${interactionId}`,
    );
    return edit as RecordedRequest;
  }

  /** Resolves when shard `shard` has a live session (after READY or RESUMED). */
  waitForSession(shard = 0, ms = 8000): Promise<void> {
    return this.waitUntil(
      () => {
        const s = this.shardSession.get(shard);
        return !!s?.socket && s.socket.readyState === 1;
      },
      `a live gateway session on shard ${shard}`,
      ms,
    );
  }

  /** Resolves when the client has resumed `count` times in all. */
  waitForResume(count = 1): Promise<void> {
    return this.waitUntil(() => this.counts.resume >= count, `RESUME number ${count}`);
  }

  /** Resolves when the client has identified `count` times in all. */
  waitForIdentify(count = 1, ms = 12_000): Promise<void> {
    return this.waitUntil(() => this.counts.identify >= count, `IDENTIFY number ${count}`, ms);
  }

  /** The shard ids with a live session. */
  liveShards(): number[] {
    return [...this.shardSession.entries()]
      .filter(([, s]) => s.socket?.readyState === 1)
      .map(([id]) => id)
      .sort((a, b) => a - b);
  }

  // ─── gateway ────────────────────────────────────────────────────────────────────────────────────────────────────

  private send(ws: WebSocket, frame: GatewayFrame): void {
    if (ws.readyState === 1) ws.send(JSON.stringify(frame));
  }

  private onConnection(ws: WebSocket): void {
    this.sockets.add(ws);
    this.counts.connections++;
    const connection: GatewayConnection = { n: this.counts.connections, shard: null, opened: null, closeCode: null };
    this.connections.push(connection);
    this.connectionOf.set(ws, connection);
    ws.on('close', (code) => {
      this.closeCodes.push(code);
      connection.closeCode = code;
      this.connectionOf.delete(ws);
      this.sockets.delete(ws);
      for (const s of this.sessions.values()) if (s.socket === ws) s.socket = null;
      this.notify();
    });
    ws.on('message', (data) => this.onFrame(ws, String(data)));
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatInterval }, s: null, t: null });
  }

  private onFrame(ws: WebSocket, text: string): void {
    let frame: GatewayFrame;
    try {
      frame = JSON.parse(text) as GatewayFrame;
    } catch {
      ws.close(4002, 'Error while decoding payload.');
      return;
    }
    this.received.push(frame);
    const d = frame.d as Record<string, unknown> | null;
    switch (frame.op) {
      case 1:
        this.counts.heartbeat++;
        this.send(ws, { op: 11, d: null });
        break;
      case 2: {
        if (this.expectedToken && d?.token !== this.expectedToken) {
          ws.close(4004, 'Authentication failed.');
          break;
        }
        this.counts.identify++;
        const shard = (Array.isArray(d?.shard) ? d.shard : [0, 1]) as [number, number];
        const session: Session = { id: `session-${snowflake()}`, shard, seq: 0, sent: [], socket: ws };
        this.sessions.set(session.id, session);
        this.shardSession.set(shard[0], session);
        this.opened(ws, shard, 'identify');
        this.dispatch(session, 'READY', {
          v: 10,
          user: { ...this.botUser, discriminator: '0', bot: true, avatar: null },
          application: { id: this.applicationId, flags: 0 },
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard,
        });
        this.dispatch(session, 'GUILD_CREATE', this.guildPayload());
        break;
      }
      case 6: {
        const session = this.sessions.get(String(d?.session_id));
        if (!session || (this.expectedToken && d?.token !== this.expectedToken)) {
          this.send(ws, { op: 9, d: false });
          break;
        }
        this.counts.resume++;
        session.socket = ws;
        this.opened(ws, session.shard, 'resume');
        this.shardSession.set(session.shard[0], session);
        const from = Number(d?.seq ?? 0);
        for (const f of session.sent) if ((f.s ?? 0) > from) this.send(ws, f);
        this.dispatch(session, 'RESUMED', {});
        break;
      }
      default:
        break;
    }
    this.notify();
  }

  private opened(ws: WebSocket, shard: [number, number], how: 'identify' | 'resume'): void {
    const c = this.connectionOf.get(ws);
    if (c) {
      c.shard = shard;
      c.opened = how;
    }
  }

  private dispatch(session: Session, t: string, d: unknown): void {
    session.seq++;
    const frame: GatewayFrame = { op: 0, t, s: session.seq, d };
    session.sent.push(frame);
    if (session.socket) this.send(session.socket, frame);
  }

  /** Sends a dispatch to shard `shard`'s session (queued for replay when it is disconnected). */
  dispatchEvent(t: string, d: unknown, shard = 0): void {
    const session = this.shardSession.get(shard);
    if (!session) throw new Error(`no gateway session on shard ${shard}`);
    this.dispatch(session, t, d);
  }

  /**
   * Drops shard `shard`'s connection: with a close code (e.g. 4000, 4009), or with no code as a network failure
   * (the client sees 1006). 4009 (session timed out) also ends the session: a RESUME of it is refused (op 9, d: false).
   */
  dropConnection(code?: number, shard = 0): void {
    const session = this.shardSession.get(shard);
    const ws = session?.socket;
    if (!session || !ws) throw new Error(`no live connection on shard ${shard}`);
    if (code === 4009) this.sessions.delete(session.id);
    if (code === undefined) ws.terminate();
    else ws.close(code, 'dropped by the fake');
  }

  /**
   * Sends INVALID_SESSION (op 9) on shard `shard`'s connection. Not resumable (d: false) also ends the session, so
   * the client must IDENTIFY again; resumable (d: true) keeps it, and the client RESUMEs.
   */
  invalidateSession(resumable: boolean, shard = 0): void {
    const session = this.shardSession.get(shard);
    const ws = session?.socket;
    if (!session || !ws) throw new Error(`no live connection on shard ${shard}`);
    if (!resumable) this.sessions.delete(session.id);
    this.send(ws, { op: 9, d: resumable });
  }

  /** Asks the client to reconnect (op 7). */
  requestReconnect(shard = 0): void {
    const ws = this.shardSession.get(shard)?.socket;
    if (ws) this.send(ws, { op: 7, d: null });
  }

  private guildPayload() {
    return {
      id: this.guildId,
      name: 'Test guild',
      icon: null,
      owner_id: '444444444444444444',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: this.guildId,
          name: '@everyone',
          permissions: '1071698660929',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      members: [],
      channels: [
        {
          id: this.channelId,
          type: 0,
          name: 'general',
          position: 0,
          permission_overwrites: [],
          guild_id: this.guildId,
        },
      ],
      threads: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ─── interactions ───────────────────────────────────────────────────────────────────────────────────────────────

  user(id = '555555555555555555', username = 'reader'): FakeUser {
    return { id, username, global_name: username };
  }

  /** Dispatches an INTERACTION_CREATE built around `fields`; returns its id and token. */
  sendInteraction(
    fields: {
      type: number;
      data: Record<string, unknown>;
      user?: FakeUser;
      message?: Record<string, unknown>;
      /** Another server than the fake's own. */
      guildId?: string;
      /** The member's permissions in the channel (a bit field as a decimal string); default: all but admin. */
      permissions?: string;
    },
    shard = 0,
  ) {
    const id = snowflake();
    const token = `itoken-${id}`;
    const user = fields.user ?? this.user();
    const payload = {
      id,
      application_id: this.applicationId,
      type: fields.type,
      data: fields.data,
      guild_id: fields.guildId ?? this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: fields.guildId ?? this.guildId, name: 'general' },
      member: {
        user: { ...user, discriminator: '0', avatar: null },
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        permissions: fields.permissions ?? '2248473465835073',
      },
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': fields.guildId ?? this.guildId },
      context: 0,
      attachment_size_limit: 10485760,
      ...(fields.message ? { message: fields.message } : {}),
    };
    this.interactions.set(id, { token, acked: false, expired: false, message: null });
    this.dispatchEvent('INTERACTION_CREATE', payload, shard);
    return { id, token };
  }

  private static options(options: Record<string, string | number | boolean>, focused?: string) {
    return Object.entries(options).map(([name, value]) => ({
      name,
      type: typeof value === 'string' ? 3 : typeof value === 'number' ? 10 : 5,
      value,
      ...(name === focused ? { focused: true } : {}),
    }));
  }

  /** A slash command (APPLICATION_COMMAND, type 2), on shard `shard`'s connection. */
  slash(name: string, options: Record<string, string | number | boolean> = {}, user?: FakeUser, shard = 0) {
    return this.sendInteraction(
      {
        type: 2,
        user,
        data: { id: snowflake(), name, type: 1, guild_id: this.guildId, options: FakeDiscord.options(options) },
      },
      shard,
    );
  }

  /** The callbacks (POST …/callback) received so far, by interaction id. */
  callbacksById(): Map<string, RecordedRequest[]> {
    const by = new Map<string, RecordedRequest[]>();
    for (const r of this.requests) {
      const m = CALLBACK_PATH.exec(r.path);
      if (r.method !== 'POST' || !m) continue;
      const list = by.get(m[1] as string) ?? [];
      list.push(r);
      by.set(m[1] as string, list);
    }
    return by;
  }

  /** An autocomplete (type 4) with `focused` the option being typed. */
  autocomplete(name: string, options: Record<string, string>, focused: string, user?: FakeUser) {
    return this.sendInteraction({
      type: 4,
      user,
      data: { id: snowflake(), name, type: 1, options: FakeDiscord.options(options, focused) },
    });
  }

  /**
   * A button press (MESSAGE_COMPONENT, type 3). As on Discord, it comes with the bot's message that holds the
   * button; a test forging a press passes its own `message`.
   */
  button(customId: string, user?: FakeUser, message?: Record<string, unknown>) {
    return this.sendInteraction({
      type: 3,
      user,
      data: { custom_id: customId, component_type: 2 },
      message: message ?? this.messageWithButton(customId),
    });
  }

  /** A message of the bot holding one button, as Discord sends it with a press of that button. */
  messageWithButton(customId: string): Record<string, unknown> {
    const row = { type: 1, components: [{ type: 2, style: 2, label: 'Next ▶', custom_id: customId }] };
    return this.messagePayload(snowflake(), { components: [row] });
  }

  /** Makes the next callback of this interaction fail with 10062 Unknown interaction, as when it expired. */
  expire(interactionId: string): void {
    const i = this.interactions.get(interactionId);
    if (i) i.expired = true;
  }

  private messagePayload(id: string, body: Record<string, unknown>): Record<string, unknown> {
    return {
      id,
      type: 20,
      channel_id: this.channelId,
      guild_id: this.guildId,
      author: { ...this.botUser, discriminator: '0', bot: true, avatar: null },
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      application_id: this.applicationId,
    };
  }

  // ─── REST ───────────────────────────────────────────────────────────────────────────────────────────────────────

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body,
      status: 0,
      at,
    };
    const answer = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      this.requests.push(rec);
      if (json === undefined) res.writeHead(status, headers).end();
      else res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(json));
      this.notify();
    };
    const override = this.intercept?.(rec);
    if (override) return answer(override.status, override.body, override.headers);
    try {
      const [status, json] = this.route(rec);
      answer(status, json);
    } catch (err) {
      answer(500, { message: String(err), code: 0 });
    }
  }

  private authorized(rec: RecordedRequest): boolean {
    return !this.expectedToken || rec.headers.authorization === `Bot ${this.expectedToken}`;
  }

  private route(rec: RecordedRequest): [number, unknown?] {
    const { method, path } = rec;
    const p = path.startsWith(API) ? path.slice(API.length) : null;
    if (p === null) return [404, { message: '404: Not Found', code: 0 }];
    const unauthorized: [number, unknown] = [401, { message: '401: Unauthorized', code: 0 }];

    if (method === 'GET' && (p === '/gateway/bot' || p === '/gateway')) {
      if (p === '/gateway/bot' && !this.authorized(rec)) return unauthorized;
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.recommendedShards,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14400000,
            max_concurrency: this.maxConcurrency,
          },
        },
      ];
    }
    if (method === 'GET' && p === '/users/@me') {
      if (!this.authorized(rec)) return unauthorized;
      return [200, { ...this.botUser, discriminator: '0', bot: true, avatar: null }];
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p);
    if (method === 'POST' && callback) {
      const m = callback;
      const i = this.interactions.get(m[1] as string);
      if (!i || i.token !== m[2] || i.expired) return [404, { message: 'Unknown interaction', code: 10062 }];
      if (i.acked) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      i.acked = true;
      const cb = rec.body as { type: number; data?: Record<string, unknown> };
      if (cb.type === 4 || cb.type === 5 || cb.type === 7) i.message = this.messagePayload(snowflake(), cb.data ?? {});
      if (rec.query.get('with_response') === 'true') {
        return [200, { interaction: { id: m[1], type: 2 }, resource: { type: cb.type, message: i.message } }];
      }
      return [204];
    }
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/.exec(p);
    if (webhook) {
      const m = webhook;
      const token = m[2] as string;
      const entry = [...this.interactions.values()].find((i) => i.token === token);
      if (!entry?.acked || m[1] !== this.applicationId) return [404, { message: 'Unknown Webhook', code: 10015 }];
      const body = (rec.body ?? {}) as Record<string, unknown>;
      if (method === 'PATCH' && m[4]) {
        const message = {
          ...(entry.message ?? this.messagePayload(snowflake(), {})),
          ...this.messagePayload(String(entry.message?.id ?? snowflake()), body),
        };
        entry.message = message;
        return [200, message];
      }
      if (method === 'GET' && m[4]) return [200, entry.message ?? this.messagePayload(snowflake(), {})];
      if (method === 'DELETE' && m[4]) return [204];
      if (method === 'POST' && !m[3]) return [200, this.messagePayload(snowflake(), body)];
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p);
    if (commands) {
      const m = commands;
      if (!this.authorized(rec)) return unauthorized;
      if (m[1] !== this.applicationId) return [404, { message: 'Unknown Application', code: 10002 }];
      const guild = m[2];
      const current = guild ? (this.guildCommands.get(guild) ?? []) : this.globalCommands;
      if (method === 'GET') return [200, current];
      if (method === 'PUT') {
        const stored = ((rec.body ?? []) as Record<string, unknown>[]).map((c) => {
          const old = current.find((o) => o.name === c.name);
          return {
            id: (old?.id as string) ?? snowflake(),
            application_id: this.applicationId,
            version: snowflake(),
            type: 1,
            ...(guild ? { guild_id: guild } : {}),
            ...c,
          };
        });
        if (guild) this.guildCommands.set(guild, stored);
        else this.globalCommands = stored;
        return [200, stored];
      }
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }
}

/**
 * A 429 as Discord sends it for a per-route limit (not global), for `FakeDiscord.intercept`: the JSON body
 * (`retry_after` in seconds, `global: false`) and the headers discord.js reads (Retry-After, X-RateLimit-*).
 */
export function tooManyRequests(
  retryAfterSeconds: number,
  bucket = 'fakebucket',
): { status: number; body: unknown; headers: Record<string, string> } {
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
    headers: {
      'Retry-After': String(retryAfterSeconds),
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': (Date.now() / 1000 + retryAfterSeconds).toFixed(3),
      'X-RateLimit-Reset-After': retryAfterSeconds.toFixed(3),
      'X-RateLimit-Bucket': bucket,
      'X-RateLimit-Scope': 'user',
    },
  };
}

/** Throws unless `url` points at this machine: tests must never reach the real Discord. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') {
    throw new Error(`refusing to run: ${url} is not a loopback address; tests must never reach the real Discord`);
  }
}
