// Reply → Discord message: embeds within every Discord limit, with all article and user text escaped so that only
// the bold we add is markdown, and no text can mention anyone.
import { type APIEmbed, type APIEmbedField, escapeMarkdown } from 'discord.js';
import type { Reply, ReplyItem, RichText, Tone } from '../reply/model.ts';

/** Discord's limits on a message and its embeds (characters). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of titles, descriptions, field names and values and footers over all embeds of one message. */
  total: 6000,
} as const;

const ELLIPSIS = '…';

const COLORS: Record<Tone, number> = {
  answer: 0x2ecc71,
  list: 0x5865f2,
  info: 0x95a5a6,
  empty: 0xf1c40f,
  error: 0xe74c3c,
};

/**
 * Escapes text for Discord markdown (bold, italics, code, spoilers, headings, lists, quotes, masked links) and
 * breaks mentions (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`) with a zero-width space so they show as text.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    // "-# " at a line start renders as Discord's small subtext.
    .replace(/^(\s*)-#/gm, '$1\\-#')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d)/g, '<\u200b$1$2');
}

/** A piece of message text: article/user text (escaped), bold text, or markup we add ourselves (`raw`). */
interface Piece {
  text: string;
  strong?: boolean;
  raw?: boolean;
}

function renderPiece(p: Piece): string {
  if (p.raw) return p.text;
  if (!p.strong) return escapeText(p.text);
  // `**word **` does not render bold: keep the spaces outside the markers.
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text) as RegExpExecArray;
  return m[2] ? `${m[1]}**${escapeText(m[2])}**${m[3]}` : p.text;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The longest prefix of `text` whose escaped form fits in `budget`, ending at a word boundary when the text has
 * one there; a single word longer than the budget is cut hard only when `hard` is set.
 */
function cutPlain(text: string, budget: number, measure: (s: string) => number, hard: boolean): string {
  if (budget <= 0) return '';
  let n = Math.min(text.length, budget);
  for (let over = measure(text.slice(0, n)) - budget; over > 0 && n > 0; over = measure(text.slice(0, n)) - budget) {
    n -= Math.max(1, Math.ceil(over / 2));
  }
  if (n <= 0) return '';
  if (n < text.length) {
    if (isHighSurrogate(text.charCodeAt(n - 1))) n--;
    if (!/\s/.test(text.charAt(n))) {
      const space = text.slice(0, n).search(/\s\S*$/);
      if (space > 0) n = space;
      else if (!hard) return '';
    }
  }
  return text.slice(0, n).trimEnd();
}

/** Renders pieces into at most `max` characters; when they don't fit, cuts at a word boundary and adds "…". */
function fitPieces(input: Piece[], max: number): string {
  // Escaping only lengthens text, so what lies beyond `max` characters can never show; cutting it first matters
  // because discord.js's escapeMarkdown is quadratic (a 100,000-character question took 45 s to render).
  const pieces = input.map((p) => (p.text.length > max + 1 ? { ...p, text: p.text.slice(0, max + 1) } : p));
  const full = pieces.map(renderPiece).join('');
  if (full.length <= max) return full;
  const room = max - ELLIPSIS.length;
  let out = '';
  for (const p of pieces) {
    const r = renderPiece(p);
    if (out.length + r.length <= room) {
      out += r;
      continue;
    }
    if (!p.raw) {
      const markers = p.strong ? 4 : 0;
      const cut = cutPlain(p.text, room - out.length - markers, (s) => escapeText(s).length, out.trim() === '');
      if (cut) out += renderPiece({ ...p, text: cut });
    } else if (out.trim() === '') {
      out += r.slice(0, room);
    }
    break;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/** Plain text (article or user) fitted into `max` characters. */
export function fitText(text: string, max: number): string {
  return fitPieces([{ text }], max);
}

const rich = (spans: RichText): Piece[] => spans.map((s) => ({ text: s.text, strong: s.strong }));
const raw = (text: string): Piece => ({ text, raw: true });

/** One cited item: "**label**\n", then the body and its citation, then the related quote or date. */
function itemPieces(item: ReplyItem, bullet: boolean): Piece[] {
  const out: Piece[] = [];
  if (item.label) out.push({ text: item.label, strong: true }, raw('\n'));
  else if (bullet) out.push(raw('• '));
  out.push(...rich(item.body));
  if (item.cite) out.push(raw(' ('), { text: item.cite }, raw(')'));
  if (item.note?.length) out.push(raw('\n↳ '), ...rich(item.note));
  return out;
}

/** Joins blocks with `sep`, keeping whole blocks while they fit and cutting the first that doesn't. */
function fitBlocks(blocks: Piece[][], sep: string, max: number): string {
  let out = '';
  for (const block of blocks) {
    const prefix = out ? sep : '';
    // Never render more than `max` (escaping a 145,000-character sentence in full blocked the bot for 10 s).
    const whole = fitPieces(block, max);
    if (out.length + prefix.length + whole.length <= max) {
      out += prefix + whole;
      continue;
    }
    const room = max - out.length - prefix.length;
    // A cut block is only worth showing when some of it fits; else the previous blocks end with "…".
    if (room > 40) out += prefix + fitPieces(block, room);
    else if (out.length + 2 <= max) out += `\n${ELLIPSIS}`;
    break;
  }
  return out;
}

/** Packs a group's items into fields of at most 1024 characters, continuing under the same heading. */
function groupFields(heading: string, items: ReplyItem[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  const name = fitText(heading, LIMITS.fieldName) || '\u200b';
  let value = '';
  for (const item of items) {
    const text = fitPieces(itemPieces(item, true), LIMITS.fieldValue);
    if (value && value.length + 1 + text.length > LIMITS.fieldValue) {
      fields.push({ name: fields.length ? fitText(`${heading} (continued)`, LIMITS.fieldName) : name, value });
      value = '';
    }
    value = value ? `${value}\n${text}` : text;
  }
  if (value || fields.length === 0) {
    fields.push({
      name: fields.length ? fitText(`${heading} (continued)`, LIMITS.fieldName) : name,
      value: value || '\u200b',
    });
  }
  return fields;
}

export interface RenderOptions {
  /** The user's question, shown above the answer (escaped, mentions broken). */
  question?: string;
}

export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
}

/** The characters of an embed that count toward the 6000 total. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Renders a reply as one embed (more only when it has over 25 fields), within every Discord limit. */
export function renderReply(reply: Reply, opts: RenderOptions = {}): RenderedMessage {
  const blocks: Piece[][] = [];
  if (reply.intro?.length) blocks.push(rich(reply.intro));
  const fields: APIEmbedField[] = [];
  for (const group of reply.groups) {
    if (group.heading) {
      fields.push(...groupFields(group.heading, group.items));
      continue;
    }
    group.items.forEach((item, i) => {
      // After a labelled best match, the other matches read as a list.
      blocks.push(itemPieces(item, i > 0 && !item.label));
    });
  }
  if (reply.suggestions.length) {
    const label = reply.tone === 'empty' || reply.tone === 'error' ? 'You could try:' : 'Try:';
    blocks.push([{ text: label, strong: true }, ...reply.suggestions.flatMap((s) => [raw('\n• '), { text: s }])]);
  }

  const footer = [reply.footer, reply.pager ? `Page ${reply.pager.page}/${reply.pager.pages}` : null]
    .filter(Boolean)
    .join(' · ');
  const first: APIEmbed = { color: COLORS[reply.tone] };
  if (reply.title) first.title = fitText(reply.title, LIMITS.title);
  const description = fitBlocks(blocks, '\n\n', LIMITS.description);
  if (description) first.description = description;

  // Fields beyond 25 spill into further embeds; the footer goes on the last one.
  const embeds: APIEmbed[] = [first];
  for (let i = 0; i < fields.length; i += LIMITS.fields) {
    const chunk = fields.slice(i, i + LIMITS.fields);
    if (i === 0) first.fields = chunk;
    else if (embeds.length < LIMITS.embeds) embeds.push({ color: COLORS[reply.tone], fields: chunk });
  }
  // Footers don't render markdown, so the footer text is not escaped (and cannot mention anyone).
  if (footer) (embeds.at(-1) as APIEmbed).footer = { text: footer.slice(0, LIMITS.footer) };
  enforceTotal(embeds, (max) => fitBlocks(blocks, '\n\n', Math.min(max, LIMITS.description)));
  const question = opts.question ? echoable(opts.question) : '';
  const content = question ? fitPieces([raw('**Q:** '), { text: question }], LIMITS.content) : undefined;
  return content ? { content, embeds } : { embeds };
}

const totalLength = (embeds: APIEmbed[]) => embeds.reduce((n, e) => n + embedLength(e), 0);

/**
 * Makes the message fit Discord's 6000-character total: drops trailing fields (and emptied extra embeds) first,
 * since the description holds the answer, then renders the description again into what is left.
 */
function enforceTotal(embeds: APIEmbed[], describe: (max: number) => string): void {
  while (totalLength(embeds) > LIMITS.total) {
    const last = embeds.at(-1) as APIEmbed;
    if (!last.fields?.length) break;
    last.fields.pop();
    if (last.fields.length === 0) {
      delete last.fields;
      if (embeds.length > 1) {
        embeds.pop();
        if (last.footer) (embeds.at(-1) as APIEmbed).footer = last.footer;
      }
    }
  }
  const first = embeds[0] as APIEmbed;
  if (totalLength(embeds) > LIMITS.total && first.description) {
    const room = LIMITS.total - (totalLength(embeds) - first.description.length);
    const description = room > 0 ? describe(room) : '';
    if (description) first.description = description;
    else delete first.description;
  }
}

/** A short ephemeral notice (cooldown, refused page turn, apology) as plain text within the content limit. */
export function notice(text: string): string {
  return fitText(text, LIMITS.content);
}

/**
 * The user's question as it is echoed: control characters, zero-width characters and bidirectional overrides
 * removed (they could make the echoed line read as something else), white space collapsed.
 */
export function echoable(question: string): string {
  return (
    question
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
