// The neutral reply model: what an answer says, before it becomes a Discord embed, console text or JSON.
// Text is kept as spans so that each renderer escapes article and user text its own way.

export interface Span {
  text: string;
  /** Matched words, speakers: shown bold. */
  strong?: boolean;
}

export type RichText = Span[];

/** One cited piece of the article: a sentence, a quote or an event. */
export interface ReplyItem {
  /** A short label above the body: a date, a speaker, "Best match". */
  label: string | null;
  body: RichText;
  /** Citation such as "¶5" (with the article's title when several articles are served). */
  cite: string;
  /** A related quote or date, when the answering sentence has one. */
  note: RichText | null;
}

export interface ReplyGroup {
  heading: string | null;
  items: ReplyItem[];
}

/** Paging state: enough to rebuild the page from scratch (it travels in a button's customId). */
export interface Pager {
  page: number;
  pages: number;
}

export type Tone = 'answer' | 'list' | 'info' | 'empty' | 'error';

export interface Reply {
  tone: Tone;
  title: string | null;
  intro: RichText | null;
  groups: ReplyGroup[];
  /** Questions or topics to try, when there is no answer. */
  suggestions: string[];
  footer: string | null;
  pager: Pager | null;
}

export const plain = (text: string): RichText => [{ text }];

export function emptyReply(tone: Tone, title: string | null, intro: string | null): Reply {
  return { tone, title, intro: intro === null ? null : plain(intro), groups: [], suggestions: [], footer: null, pager: null };
}

/** Splits `items` into pages of `size` and returns page `page` (1-based, clamped) with its pager. */
export function paginate<T>(items: T[], page: number, size: number): { slice: T[]; pager: Pager | null } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  return { slice: items.slice((p - 1) * size, p * size), pager: pages > 1 ? { page: p, pages } : null };
}
