// A fetched page or uploaded file → the plain-text article format that src/article/parse.ts reads.
//
// DOM choice: linkedom, not jsdom. Measured with @mozilla/readability 0.6.0 (DOM parse + Readability.parse) on 13
// real news pages from postlight/parser's fixtures (33–252 KB: CNN, NYT, NPR, Guardian, Reuters, WaPo, LA Times,
// Vox, …), Node 20 on a shared 2-CPU box, each page parsed 15 times after a warm-up, median over pages of the
// per-page medians, 3–4 runs each (the box was loaded, hence the ranges):
//   linkedom 0.18.15: 13–37 ms/page; RSS +25 MB to load; +49 MB peak over one pass of the 13 pages;
//                     +84–100 MB peak over the 195 parses
//   jsdom 29.1.1:     75–167 ms/page; RSS +99 MB to load; +96–110 MB peak over one pass; +828–857 MB peak over the
//                     195 parses (windows closed after each; its garbage is collected late)
// Readability gave the same text length on every page with both. extractArticle as a whole (linkedom, metadata,
// paragraphs) takes 16 ms median per page (5–53). linkedom also runs no scripts and loads nothing, which is what
// an untrusted page needs.
import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticle } from '../article/parse.ts';

export interface ExtractInput {
  body: string;
  contentType?: string;
  fileName?: string;
  url?: string;
}

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 with the page's own offset (e.g. 2016-12-15T15:33:00-05:00), or null when the page gives none. */
  published: string | null;
  /** Title line, blank line, paragraphs separated by blank lines, then `<published> <id>` when known. */
  text: string;
}

export type ExtractRefusalReason = 'no-article' | 'empty';

const EXTRACT_MESSAGES: Record<ExtractRefusalReason, string> = {
  'no-article': 'no article found on that page',
  empty: 'that file has no article text',
};

export class ExtractRefusal extends Error {
  readonly reason: ExtractRefusalReason;
  constructor(reason: ExtractRefusalReason) {
    super(EXTRACT_MESSAGES[reason]);
    this.name = 'ExtractRefusal';
    this.reason = reason;
  }
}

/** Less body text than this is a section front, a login wall or an error page, not an article. */
export const MIN_ARTICLE_CHARS = 300;

// The few DOM members used here, typed structurally: the project compiles without the DOM lib.
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

type Kind = 'html' | 'markdown' | 'plain';

function kindOf(input: ExtractInput): Kind {
  const mime = (input.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const name = (input.fileName ?? '').toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml' || /\.x?html?$/.test(name)) return 'html';
  if (mime === 'text/markdown' || mime === 'text/x-markdown' || /\.(?:md|markdown)$/.test(name)) return 'markdown';
  if (mime === 'text/plain' || name.endsWith('.txt')) return 'plain';
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i.test(input.body) ? 'html' : 'plain';
}

/** Turns a page or file into an article, or throws ExtractRefusal. */
export function extractArticle(input: ExtractInput): ExtractedArticle {
  const kind = kindOf(input);
  if (kind === 'html') return extractHtml(input.body, input.url);
  const text = kind === 'markdown' ? markdownToText(input.body) : input.body;
  const article = parseArticle(text);
  if (article.sentences.length === 0) throw new ExtractRefusal('empty');
  return { title: article.title, byline: null, siteName: null, published: article.published?.instant ?? null, text };
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

const SKIP = new Set(
  (
    'script style noscript template figure figcaption picture img svg video audio iframe object embed canvas ' +
    'button form input select textarea aside nav'
  ).split(' '),
);
/** Captions and photo credits that sites put outside <figcaption>. */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit|byline|share|related)(?:s|-text)?(?:$|[\s_-])/i;
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'pre']);
const BLOCK_SELECTOR = [...BLOCKS].join(',');

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function isElement(node: DomNode): node is DomElement {
  return node.nodeType === 1;
}

function skipped(el: DomElement): boolean {
  return (
    SKIP.has(el.tagName.toLowerCase()) ||
    CAPTION_CLASS.test(el.getAttribute('class') ?? '') ||
    /caption|credit/i.test(el.getAttribute('aria-label') ?? '')
  );
}

/** The element's text, leaving out skipped elements and (when `own`) any nested block. */
function textOf(el: DomElement, own: boolean): string {
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) out += child.textContent ?? '';
    else if (isElement(child)) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'br') out += ' ';
      else if (skipped(child) || (own && (BLOCKS.has(tag) || child.querySelector(BLOCK_SELECTOR)))) continue;
      else out += textOf(child, own);
    }
  }
  return out;
}

/** Paragraphs from the block elements, in order; a block holding blocks gives its own text, then theirs. */
function collectBlocks(root: DomElement, out: string[]): void {
  for (const child of Array.from(root.childNodes)) {
    if (!isElement(child) || skipped(child)) continue;
    const tag = child.tagName.toLowerCase();
    if (!BLOCKS.has(tag)) {
      collectBlocks(child, out);
      continue;
    }
    const nested = child.querySelector(BLOCK_SELECTOR) !== null;
    const text = clean(textOf(child, nested));
    // List items get a bullet so that parse.ts keeps them as list items.
    if (text) out.push(tag === 'li' ? `- ${text}` : text);
    if (nested) collectBlocks(child, out);
  }
}

function metaContent(doc: DomElement, keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}"]`);
      // `value` too: some archived pages (and postlight's fixtures) rename `content`.
      const v = clean(el?.getAttribute('content') ?? el?.getAttribute('value'));
      if (v) return v;
    }
  }
  return null;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting|WebPage)$/;

/** datePublished from JSON-LD blocks: an article-typed object's first, then any object's. */
function jsonLdPublished(doc: DomElement): string | null {
  const found: { date: string; article: boolean }[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    const date = obj.datePublished;
    if (typeof date === 'string' && date.trim()) {
      const types = ([] as unknown[]).concat(obj['@type'] ?? []);
      found.push({ date, article: types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) });
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) visit(obj[key], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // A broken block is the page's problem; the other sources may still date it.
    }
  }
  return (found.find((f) => f.article) ?? found[0])?.date ?? null;
}

function timePublished(doc: DomElement): string | null {
  const selectors = ['time[itemprop="datePublished"]', 'time[pubdate]', 'time[datetime]', '[itemprop="datePublished"]'];
  for (const sel of selectors) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      const v = normaliseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? '');
      if (v) return v;
    }
  }
  return null;
}

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/i;

/**
 * A date as pages write it → ISO 8601 that parse.ts accepts, keeping the written offset (a page's -05:00 stays
 * -05:00, so the publication day is the local one). Other formats go through Date.parse and come out in UTC.
 */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  const m = ISO_LIKE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    const date = `${y}-${mo}-${d}`;
    if (Number.isNaN(Date.parse(date)) || Number(mo) > 12 || Number(d) > 31) return null;
    if (h === undefined || Number(h) > 23 || Number(mi) > 59) return h === undefined ? date : null;
    let offset = '';
    if (zone && /^(?:Z|UTC|GMT)$/i.test(zone)) offset = 'Z';
    else if (zone) {
      // "-05", "-0500", "-05:00", and "-500" as one site writes it.
      const z = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
      offset = z ? `${z[1]}${z[2]?.padStart(2, '0')}:${z[3] ?? '00'}` : '';
      if (offset === '+00:00' || offset === '-00:00') offset = 'Z';
    }
    const out = `${date}T${h}:${mi}:${sec ?? '00'}${offset}`;
    return Number.isNaN(Date.parse(out)) ? null : out;
  }
  // RFC 2822 and friends; a bare year or "P3M" is not a publication time.
  if (!/\d{4}/.test(s) || !/[a-z]{3}/i.test(s)) return null;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The publication time in the order the brief fixes: Open Graph meta, JSON-LD, then <time datetime>. */
function publishedOf(doc: DomElement): string | null {
  const meta = metaContent(doc, ['article:published_time', 'og:article:published_time', 'datePublished']);
  const fromMeta = meta ? normaliseDate(meta) : null;
  if (fromMeta) return fromMeta;
  const ld = jsonLdPublished(doc);
  const fromLd = ld ? normaliseDate(ld) : null;
  if (fromLd) return fromLd;
  const fromTime = timePublished(doc);
  if (fromTime) return fromTime;
  // Older metadata that some sites still send alone.
  const other = metaContent(doc, [
    'pubdate',
    'publish-date',
    'date',
    'DC.date.issued',
    'dcterms.created',
    'sailthru.date',
  ]);
  return other ? normaliseDate(other) : null;
}

function parseDocument(html: string): DomElement {
  // linkedom builds no <html> for a bare fragment; wrap it so queries and Readability see a full document.
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as DomElement;
}

function shortId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 10);
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

function extractHtml(html: string, url: string | undefined): ExtractedArticle {
  const doc = parseDocument(html);
  // Metadata first: Readability rewrites the document as it goes.
  const published = publishedOf(doc);
  const fallbackTitle = clean(
    metaContent(doc, ['og:title', 'twitter:title']) ?? doc.querySelector('title')?.textContent,
  );
  // keepClasses: the caption and credit classes are how captions outside <figure> are recognised.
  const parsed = new Readability<DomElement>(doc, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomElement,
  }).parse();
  if (!parsed?.content) throw new ExtractRefusal('no-article');

  const title = clean(parsed.title) || fallbackTitle || 'Untitled';
  let paragraphs: string[] = [];
  collectBlocks(parsed.content, paragraphs);
  // Readability usually hands back <p>s; text left in bare <div>s falls back to its line breaks.
  if (paragraphs.join('').length < MIN_ARTICLE_CHARS) {
    paragraphs = (parsed.textContent ?? '')
      .split(/\n\s*\n|\n/)
      .map(clean)
      .filter(Boolean);
  }
  paragraphs = paragraphs.filter((p, i) => !(i === 0 && sameText(p, title)) && p !== paragraphs[i - 1]);
  const bodyChars = paragraphs.filter((p) => !p.startsWith('- ')).join(' ').length;
  if (bodyChars < MIN_ARTICLE_CHARS) throw new ExtractRefusal('no-article');

  const blocks = [title, ...paragraphs];
  if (published) blocks.push(`${published} ${shortId(url ?? title)}`);
  return {
    title,
    byline: clean(parsed.byline) || null,
    siteName: clean(parsed.siteName) || null,
    published,
    text: `${blocks.join('\n\n')}\n`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

/** Inline Markdown → plain words: images out, links to their text, emphasis and code marks off. */
function markdownInline(line: string): string {
  // Code spans keep their content as written; only the text between them is rewritten.
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) => {
      if (i % 2 === 1) return part.replace(/^`+\s?|\s?`+$/g, '');
      return part
        .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, '')
        .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
        .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
        .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/(^|[^\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1$2')
        .replace(/(^|[^\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)/g, '$1$2')
        .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
        .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
    })
    .join('');
}

/** Markdown → the plain-text article format. Code blocks stay as written, without their fences. */
export function markdownToText(md: string): string {
  const lines = md
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (f?.[1]?.startsWith(fence)) fence = null;
      else out.push(line);
      continue;
    }
    if (f?.[1]) {
      fence = f[1];
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s+\S+/.test(line)) continue; // link reference definitions
    if (/^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*=+\s*$/.test(line)) continue; // rules, setext underlines
    let l = line.replace(/^\s{0,3}(?:>\s?)+/, ''); // quotes
    l = l.replace(/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1'); // ATX headings
    l = l.replace(/^(\s*)[*+](\s+)/, '$1-$2'); // one bullet style
    out.push(markdownInline(l));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
