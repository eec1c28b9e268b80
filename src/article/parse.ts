// Raw article text → Article: metadata line, boilerplate trailers, paragraphs with kinds, sentences.
import { cleanText } from './clean.ts';
import { DATE_LINE_REACH, publishedFromDateLine } from './dateline.ts';
import type { Article, Paragraph, ParagraphKind, Published, Sentence } from './model.ts';
import { splitSentences } from './sentences.ts';

/** A last line such as `2023-12-08T07:58:02Z dg43tfdfdgfd`: the publication instant and an opaque id. */
const METADATA_LINE = /^(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)(?:\s+(\S.*))?$/;

/**
 * Site furniture that news sites append to articles: calls to subscribe, sign up, follow, download, read
 * more, copyright lines. Recognised by their wording, not by a site's exact sentence.
 */
const BOILERPLATE = [
  /\b(?:create|open|register)\s+(?:an?\s+)?(?:free\s+)?account\b/i,
  /\b(?:sign\s+up|subscribe)\b.*\b(?:newsletters?|updates|alerts|here|today|now)\b/i,
  /\bnewsletters?\b.*\b(?:sign\s+up|subscribe|inbox)\b/i,
  /^for\s+more\s+(?:[\w&.'-]+\s+){0,3}(?:news|coverage|stories|updates)\b/i,
  /^(?:read|see|watch|listen)\s+(?:more|also|next|the\s+full)\b/i,
  /^(?:follow|like)\s+(?:us|\S+)\s+on\s+(?:twitter|x|facebook|instagram|tiktok|linkedin|threads)\b/i,
  /^(?:click|tap)\s+here\b/i,
  /^(?:download|get)\s+the\s+(?:\S+\s+)?app\b/i,
  /^(?:©|\(c\)|copyright)\s/i,
  /\ball\s+rights\s+reserved\b/i,
];

/** "For more CNN news …", "© 2023 Reuters": the publisher a trailer names. */
const SOURCE_IN_TRAILER = [
  /^[Ff]or\s+more\s+((?:[A-Z][\w&.'-]*\s+){1,3})(?:news|coverage|stories|updates)\b/,
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?([A-Z][\w&.' -]{1,40}?)(?:[.,]|\s+all\s+rights|$)/i,
];

const LIST_ITEM = /^\s*(?:[-*•–—▪●]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)/;

/** Trailers are a line or two; a longer paragraph that mentions signing up is news ("residents rushed to sign up"). */
const MAX_TRAILER_WORDS = 30;

export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.split(/\s+/).length <= MAX_TRAILER_WORDS && BOILERPLATE.some((re) => re.test(text));
}

/** The most words a headline runs to; body headings, bylines and datelines are shorter. */
const HEADLINE_WORDS = 20;

function paragraphKind(text: string, first: boolean): ParagraphKind {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length > 0 && lines.every((l) => LIST_ITEM.test(l))) return 'list';
  const words = text.trim().split(/\s+/).length;
  // Headings, bylines, datelines: short and without final punctuation.
  if (lines.length === 1 && words <= 14 && !/[.!?:;…"”’')\]]$/.test(text.trim())) return 'heading';
  // The first line is the headline (the article format), which may end in "!", "?" or a quote, never in a full stop.
  if (first && lines.length === 1 && words <= HEADLINE_WORDS && !/[.:;…]["”’')\]]*$/.test(text.trim())) return 'heading';
  return 'body';
}

function sourceFrom(trailers: string[]): string | null {
  for (const t of trailers) {
    for (const re of SOURCE_IN_TRAILER) {
      const m = re.exec(t.trim());
      if (m?.[1]) return m[1].trim();
    }
  }
  return null;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

/** Each line of a heading or list block as its own unit, trimmed, with exact offsets (repeated lines included). */
function lineSpans(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    out.push({ text: trimmed, start: at + lead, end: at + lead + trimmed.length });
    at += line.length + 1;
  }
  return out;
}

/** A metadata line: an ISO 8601 timestamp, then an optional opaque id. */
function metadataOf(line: string): Published | null {
  const meta = METADATA_LINE.exec(line.trim());
  return meta?.[1] && !Number.isNaN(Date.parse(meta[1])) ? { instant: meta[1], id: meta[2]?.trim() || null } : null;
}

/**
 * "Donald Trump mocked … | Getty Trump needles Clinton: ‘…’": a page's photo caption and credit run into the
 * headline repeated, as extractors join them. The repeat is cut, so that the credit and the headline's first word do
 * not read as one name ("Getty Trump"). The headline is the first block.
 */
function withoutRepeatedHeadline(block: { text: string; start: number }, i: number, all: { text: string }[]) {
  const headline = all[0]?.text ?? '';
  if (i === 0 || headline.split(/\s+/).length < 4 || headline.includes('\n')) return block;
  if (!block.text.endsWith(headline) || block.text.length === headline.length) return block;
  return { ...block, text: block.text.slice(0, -headline.length).trimEnd() };
}

/** Parses an article's raw text. `id` names it (e.g. its file name without `.txt`). */
export function parseArticle(raw: string, id = 'article'): Article {
  let text = cleanText(raw);
  let published: Published | null;

  // Metadata: the last non-empty line, when it starts with an ISO 8601 timestamp.
  const lastLineStart = text.trimEnd().lastIndexOf('\n') + 1;
  published = metadataOf(text.slice(lastLineStart));
  if (published) text = text.slice(0, lastLineStart).trimEnd();
  else {
    // Or the first non-empty line, as many exports put it: "2026-03-12T16:45:00Z" above the headline.
    const body = text.trimStart();
    const firstLineEnd = body.indexOf('\n');
    published = firstLineEnd < 0 ? null : metadataOf(body.slice(0, firstLineEnd));
    if (published) text = body.slice(firstLineEnd).trimStart();
  }

  // Blocks separated by blank lines, with their offsets.
  const blocks: { text: string; start: number }[] = [];
  const blockRe = /[^\n]+(?:\n[^\S\n]*\S[^\n]*)*/g;
  for (let m = blockRe.exec(text); m; m = blockRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) blocks.push({ text: t, start: m.index + lead });
  }

  // Trailing boilerplate is dropped from the content (and may name the source).
  const trailers: string[] = [];
  while (blocks.length > 0 && isBoilerplate((blocks.at(-1) as { text: string }).text)) {
    trailers.unshift((blocks.pop() as { text: string }).text);
  }
  const contentBlocks = blocks.filter((b) => !isBoilerplate(b.text)).map(withoutRepeatedHeadline);
  for (const b of blocks) if (isBoilerplate(b.text)) trailers.push(b.text);

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of contentBlocks) {
    const n = paragraphs.length + 1;
    const kind = paragraphKind(block.text, paragraphs.length === 0);
    const spans = kind === 'body' ? splitSentences(block.text) : lineSpans(block.text);
    const own: Sentence[] = spans
      .filter((s) => s.text)
      .map((s, i) => ({
        n: sentences.length + i + 1,
        paragraph: n,
        text: s.text,
        start: block.start + s.start,
        end: block.start + s.end,
      }));
    for (const sentence of own) sentences.push(sentence);
    paragraphs.push({ n, kind, text: block.text, start: block.start, end: block.start + block.text.length, sentences: own });
  }

  // No metadata line: a line near the top that states the date ("Published September 27, 2016 9:21 AM EDT").
  for (const p of paragraphs.slice(0, DATE_LINE_REACH)) {
    if (published) break;
    if (p.kind === 'heading') published = publishedFromDateLine(p.text);
  }

  const first = paragraphs[0];
  const title =
    first?.kind === 'heading' ? first.text : shorten(paragraphs.find((p) => p.kind === 'body')?.sentences[0]?.text ?? id, 120);

  return { id, title, source: sourceFrom(trailers), published, text, paragraphs, sentences };
}
