// /quotes, /timeline, /about and /articles: what the article contains, paged.
import Fuse from 'fuse.js';
import type { AnnotatedArticle, DatedEvent, Quote } from '../article/model.ts';
import type { Library } from '../library.ts';
import { formatDate, formatInstant } from '../reply/dates.ts';
import { emptyReply, paginate, plain, type Reply, type ReplyGroup } from '../reply/model.ts';
import { cite, footerOf, highlight, resolveArticle, shownQuote } from './common.ts';

/** Page sizes chosen so that a full page stays well inside Discord's 6000-character embed budget. */
export const QUOTES_PER_PAGE = 5;
export const EVENTS_PER_PAGE = 8;
export const ARTICLES_PER_PAGE = 10;

export interface ListOptions {
  article?: string | null;
  page?: number;
  /** Items per page; the console passes Infinity to show everything at once. */
  pageSize?: number;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function noArticle(name: string | null | undefined): Reply {
  return emptyReply('error', 'No such article', `I don't serve an article called “${name ?? ''}”. Try /articles.`);
}

/** The speakers an article quotes, in order of first quote. */
export function speakersOf(doc: AnnotatedArticle): string[] {
  return [...new Set(doc.quotes.map((q) => q.speaker))];
}

/** Quotes whose speaker matches `name`: exact, then contained, then fuzzy (typos). */
export function quotesBy(doc: AnnotatedArticle, name: string): Quote[] {
  const needle = name.trim().toLowerCase();
  const exact = doc.quotes.filter((q) => q.speaker.toLowerCase() === needle);
  if (exact.length) return exact;
  const part = doc.quotes.filter((q) => q.speaker.toLowerCase().includes(needle));
  if (part.length) return part;
  const match = new Fuse(speakersOf(doc), { threshold: 0.4, ignoreLocation: true }).search(name.trim(), { limit: 1 })[0];
  return match ? doc.quotes.filter((q) => q.speaker === match.item) : [];
}

export function quotesReply(lib: Library, opts: ListOptions & { speaker?: string | null }): Reply {
  const doc = resolveArticle(lib, opts.article);
  if (!doc) return noArticle(opts.article);
  const quotes = opts.speaker?.trim() ? quotesBy(doc, opts.speaker) : doc.quotes;
  if (quotes.length === 0) {
    const speakers = speakersOf(doc);
    const reply = emptyReply(
      'empty',
      'No quotes found',
      opts.speaker?.trim()
        ? `Nobody called “${opts.speaker.trim()}” is quoted in this article.`
        : 'This article has no direct quotes.',
    );
    reply.suggestions = speakers.slice(0, 3);
    reply.footer = footerOf(doc);
    return reply;
  }
  // Grouped by speaker in order of first appearance, each group in article order; pages cut the flat list.
  const order = speakersOf(doc);
  const sorted = [...quotes].sort((a, b) => order.indexOf(a.speaker) - order.indexOf(b.speaker) || a.start - b.start);
  const { slice, pager } = paginate(sorted, opts.page ?? 1, opts.pageSize ?? QUOTES_PER_PAGE);
  const groups: ReplyGroup[] = [];
  for (const q of slice) {
    const heading = q.role ? `${q.speaker} — ${q.role}` : q.speaker;
    const last = groups.at(-1);
    const item = { label: null, body: plain(`“${shownQuote(q)}”`), cite: cite(lib, doc, q.paragraph), note: null };
    if (last?.heading === heading) last.items.push(item);
    else groups.push({ heading, items: [item] });
  }
  return {
    tone: 'list',
    title: `Quotes in “${doc.article.title}”`,
    intro: plain(`${count(quotes.length, 'quote')} from ${count(new Set(quotes.map((q) => q.speaker)).size, 'source')}`),
    groups,
    suggestions: [],
    footer: footerOf(doc),
    pager,
  };
}

export function timelineReply(lib: Library, opts: ListOptions): Reply {
  const doc = resolveArticle(lib, opts.article);
  if (!doc) return noArticle(opts.article);
  if (doc.events.length === 0) {
    const reply = emptyReply(
      'empty',
      'No dated events',
      doc.article.published ? 'This article mentions no dates I can place.' : 'This article has no publication date, and mentions no absolute dates.',
    );
    reply.footer = footerOf(doc);
    return reply;
  }
  const { slice, pager } = paginate<DatedEvent>(doc.events, opts.page ?? 1, opts.pageSize ?? EVENTS_PER_PAGE);
  const sentence = (n: number) => doc.article.sentences[n - 1]?.text ?? '';
  return {
    tone: 'list',
    title: `Timeline of “${doc.article.title}”`,
    intro: null,
    groups: [
      {
        heading: null,
        items: slice.map((e) => ({
          label: formatDate(e.date),
          body: highlight(sentence(e.sentence), [e.expression]),
          cite: cite(lib, doc, e.paragraph),
          note: null,
        })),
      },
    ],
    suggestions: [],
    footer: footerOf(doc),
    pager,
  };
}

export function aboutReply(lib: Library, opts: { article?: string | null }): Reply {
  const doc = resolveArticle(lib, opts.article);
  if (!doc) return noArticle(opts.article);
  const a = doc.article;
  const lead = a.paragraphs.find((p) => p.kind === 'body')?.sentences[0]?.text ?? '';
  const facts = [
    `Source: ${a.source ?? 'not given'}`,
    `Published: ${a.published ? formatInstant(a.published.instant) : 'not given'}`,
    `${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${doc.quotes.length} quotes, ${doc.events.length} dated events`,
  ];
  return {
    tone: 'info',
    title: a.title,
    intro: plain(lead),
    groups: [{ heading: 'About this article', items: facts.map((f) => ({ label: null, body: plain(f), cite: '', note: null })) }],
    suggestions: [],
    footer: footerOf(doc),
    pager: null,
  };
}

export function articlesReply(lib: Library, opts: { page?: number; pageSize?: number }): Reply {
  const { slice, pager } = paginate(lib.docs, opts.page ?? 1, opts.pageSize ?? ARTICLES_PER_PAGE);
  return {
    tone: 'list',
    title: count(lib.docs.length, 'article'),
    intro: null,
    groups: [
      {
        heading: null,
        items: slice.map((d) => ({
          label: d.article.title,
          body: plain([d.article.source, d.article.published ? formatInstant(d.article.published.instant) : null].filter(Boolean).join(' · ') || d.article.id),
          cite: d.article.id,
          note: null,
        })),
      },
    ],
    suggestions: [],
    footer: null,
    pager,
  };
}
