// Previous/Next buttons whose whole state lives in the customId, so pages keep turning after a restart:
//   page:<command>:<page>:<userId>:<key>=<value>;<key>=<value>
// Values are percent-escaped for the separators only. Discord caps a customId at 100 characters: when the options
// don't fit, an article is referred to by its position in the library (`#3`) and long values are shortened (a
// speaker's name still matches by prefix).
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { CommandOptions } from '../command.ts';
import type { Library } from '../library.ts';
import type { Pager } from '../reply/model.ts';

export const CUSTOM_ID_MAX = 100;
const PREFIX = 'page';

export interface PageState {
  command: string;
  /** The page the button goes to (1-based). */
  page: number;
  /** Only this user may turn the pages. */
  userId: string;
  opts: Record<string, string>;
}

/** Short keys for the options commands page with; other option names are kept whole. */
const SHORT: Record<string, string> = { article: 'a', speaker: 's' };
const LONG: Record<string, string> = Object.fromEntries(Object.entries(SHORT).map(([k, v]) => [v, k]));

/** Discord option names: lower-case words of at most 32 characters. */
const OPTION_NAME = /^[a-z][a-z0-9_-]{0,31}$/;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const esc = (s: string) =>
  s.replace(/[%:;=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const unesc = (s: string) =>
  s.replace(/%([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

function build(s: PageState): string {
  const opts = Object.entries(s.opts)
    .map(([k, v]) => `${SHORT[k] ?? esc(k)}=${esc(v)}`)
    .join(';');
  return `${PREFIX}:${s.command}:${s.page}:${s.userId}:${opts}`;
}

/** Encodes a page state as a customId of at most 100 characters. */
export function encodePageId(state: PageState, lib?: Library): string {
  const s: PageState = { ...state, opts: { ...state.opts } };
  let id = build(s);
  if (id.length <= CUSTOM_ID_MAX) return id;
  const article = s.opts.article;
  const at = lib && article !== undefined ? lib.docs.findIndex((d) => d.article.id === article) : -1;
  if (at >= 0) {
    s.opts.article = `#${at}`;
    id = build(s);
  }
  // Shorten the longest value until it fits (never below one character).
  while (id.length > CUSTOM_ID_MAX) {
    const longest = Object.entries(s.opts).sort((a, b) => b[1].length - a[1].length)[0];
    if (!longest || longest[1].length <= 1) throw new Error(`page state does not fit a customId: ${id}`);
    const [key, value] = longest;
    const cut = Math.max(1, value.length - (id.length - CUSTOM_ID_MAX));
    s.opts[key] = value.slice(0, cut).trimEnd() || value.slice(0, 1);
    id = build(s);
  }
  return id;
}

/** Decodes a customId made by encodePageId; null when it isn't one (or is malformed). */
export function decodePageId(customId: string, lib?: Library): PageState | null {
  const m = /^page:([\w-]{1,32}):(\d{1,6}):(\d{1,25}):(.*)$/s.exec(customId);
  if (!m) return null;
  const [, command, page, userId, rest] = m as unknown as [string, string, string, string, string];
  // No prototype, and only option-like keys: a forged `__proto__=` or `constructor=` stays data.
  const opts: Record<string, string> = Object.create(null);
  for (const part of rest ? rest.split(';') : []) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const raw = unesc(part.slice(0, eq));
    const key = Object.hasOwn(LONG, raw) ? (LONG[raw] as string) : raw;
    if (!OPTION_NAME.test(key) || UNSAFE_KEYS.has(key)) return null;
    opts[key] = unesc(part.slice(eq + 1));
  }
  const ref = /^#(\d+)$/.exec(opts.article ?? '');
  if (ref && lib) {
    const doc = lib.docs[Number(ref[1])];
    if (doc) opts.article = doc.article.id;
  }
  return { command, page: Number(page), userId, opts };
}

/** The option values worth carrying from one page to the next (strings only, no empty ones). */
export function pageOptions(options: CommandOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(options))
    if (v !== undefined && v !== null && String(v) !== '') out[k] = String(v);
  return out;
}

/** The Previous/Next row for a paged reply; null when there is a single page. */
export function pagerRow(
  pager: Pager | null,
  base: Omit<PageState, 'page'>,
  lib?: Library,
): APIActionRowComponent<APIButtonComponent> | null {
  if (!pager || pager.pages <= 1) return null;
  const button = (label: string, page: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodePageId({ ...base, page }, lib),
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('◀ Previous', pager.page - 1, pager.page <= 1),
      button('Next ▶', pager.page + 1, pager.page >= pager.pages),
    ],
  };
}
