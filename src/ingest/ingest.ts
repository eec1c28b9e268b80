// A source a server manager gives (a link, a Discord attachment, or in the console a local file) → an annotated
// article ready to store: fetched within the limits of fetch.ts, extracted (extract.ts), parsed and annotated by
// the same pipeline as the bundled articles. Every refusal is an IngestRefusal whose message is one line for the user.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { annotate } from '../annotate/annotate.ts';
import type { AnnotatedArticle } from '../article/model.ts';
import { parseArticle } from '../article/parse.ts';
import { ExtractRefusal, extractArticle } from './extract.ts';
import {
  DEFAULT_ATTACHMENT_BASES,
  DEFAULT_MAX_BYTES,
  decodeBody,
  type FetchedSource,
  type FetchOptions,
  FetchRefusal,
  fetchArticleSource,
  fetchAttachment,
  looksBinary,
} from './fetch.ts';

export type ArticleSource =
  | { kind: 'url'; url: string }
  | { kind: 'attachment'; url: string; name: string; size: number }
  /** The console's own machine: a path the operator typed. */
  | { kind: 'file'; path: string };

export interface IngestOptions {
  fetch?: FetchOptions;
  /** Where Discord attachments may come from (DISCORD_ATTACHMENT_URLS). */
  attachmentBases?: string[];
  maxBytes?: number;
  /** The time zone articles are written in (ARTICLE_TIMEZONE), for their dates; default UTC. */
  timeZone?: string;
}

export interface Ingested {
  /** The URL or file name it came from. */
  source: string;
  text: string;
  doc: AnnotatedArticle;
  title: string;
  published: string | null;
}

/** Why a source cannot become an article, in one line for the user. */
export class IngestRefusal extends Error {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super(message);
    this.name = 'IngestRefusal';
    this.reason = reason;
  }
}

/** File kinds an article comes in. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

function checkName(name: string): void {
  if (!ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()))
    throw new IngestRefusal('type', `only ${ARTICLE_EXTENSIONS.join(', ')} files can be added`);
}

async function readLocal(path: string, maxBytes: number): Promise<FetchedSource> {
  checkName(path);
  let buf: Buffer;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new IngestRefusal('unreadable', 'that is not a file');
    if (st.size > maxBytes)
      throw new IngestRefusal('too-big', `the file is too big (over ${maxBytes / 1024 / 1024} MB)`);
    buf = await readFile(path);
  } catch (err) {
    if (err instanceof IngestRefusal) throw err;
    throw new IngestRefusal('unreadable', `cannot read that file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (looksBinary(buf)) throw new IngestRefusal('type', 'that file is not text');
  return { body: decodeBody(buf), contentType: '', finalUrl: basename(path) };
}

async function fetchSource(src: ArticleSource, opts: IngestOptions): Promise<FetchedSource> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (src.kind === 'file') return readLocal(src.path, maxBytes);
  if (src.kind === 'attachment') {
    checkName(src.name);
    if (src.size > maxBytes)
      throw new IngestRefusal('too-big', `the file is too big (over ${maxBytes / 1024 / 1024} MB)`);
    return fetchAttachment(src.url, { ...opts.fetch, maxBytes }, opts.attachmentBases ?? DEFAULT_ATTACHMENT_BASES);
  }
  return fetchArticleSource(src.url, { ...opts.fetch, maxBytes });
}

/** Fetches, extracts, parses and annotates one article. Throws IngestRefusal. */
export async function ingestArticle(
  src: ArticleSource,
  opts: IngestOptions = {},
  id = 'new-article',
): Promise<Ingested> {
  let fetched: FetchedSource;
  try {
    fetched = await fetchSource(src, opts);
  } catch (err) {
    if (err instanceof FetchRefusal) throw new IngestRefusal(err.reason, err.message);
    throw err;
  }
  const fileName = src.kind === 'url' ? undefined : src.kind === 'file' ? basename(src.path) : src.name;
  const source = src.kind === 'file' ? basename(src.path) : src.kind === 'attachment' ? src.name : src.url;
  let extracted: ReturnType<typeof extractArticle>;
  try {
    extracted = extractArticle({
      body: fetched.body,
      contentType: fetched.contentType,
      fileName,
      url: fetched.finalUrl,
    });
  } catch (err) {
    if (err instanceof ExtractRefusal) throw new IngestRefusal(err.reason, err.message);
    throw err;
  }
  const article = parseArticle(extracted.text, id);
  if (article.sentences.length === 0) throw new IngestRefusal('empty', 'that has no article text');
  const doc = annotate(article, { timeZone: opts.timeZone });
  return {
    source,
    text: extracted.text,
    doc,
    title: extracted.title || article.title,
    published: extracted.published ?? article.published?.instant ?? null,
  };
}
