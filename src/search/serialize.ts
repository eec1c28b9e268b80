// The index saved and restored: what is expensive to compute, as JSON.
import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
import { z } from 'zod';
import type { AnnotatedArticle } from '../article/model.ts';
import { assemble, type SearchIndex } from './index.ts';

export const INDEX_SCHEMA_VERSION = 9;

// ---------------------------------------------------------------------------------------------------------------
// Serialisation: the index data as JSON, its number arrays as base64 of their bytes (fast to parse, compact).

const BYTE_ORDER = endianness();

const base64 = (a: Int32Array | Float64Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromBase64<T extends Int32Array | Float64Array>(text: string, make: (length: number) => T): T {
  const bytes = Buffer.from(text, 'base64');
  const out = make(bytes.length / make(0).BYTES_PER_ELEMENT);
  if (out.byteLength !== bytes.length) throw new Error('index: truncated array');
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

const serialSchema = z.object({
  schema: z.literal(INDEX_SCHEMA_VERSION),
  byteOrder: z.literal(BYTE_ORDER),
  docs: z.array(z.object({ id: z.string(), sentences: z.number(), length: z.number() })),
  /** Terms and words are tokens: never a space in them. */
  terms: z.string(),
  words: z.string(),
  termCounts: z.string(),
  termIds: z.string(),
  aliasCounts: z.string(),
  aliasPos: z.string(),
  aliasTerm: z.string(),
  aliasWeight: z.string(),
  wordTerms: z.string(),
});

const signature = (d: AnnotatedArticle) => ({
  id: d.article.id,
  sentences: d.article.sentences.length,
  length: d.article.text.length,
});

const splitWords = (text: string): string[] => (text ? text.split(' ') : []);

export function serializeIndex(index: SearchIndex): unknown {
  const d = index.data;
  return {
    schema: INDEX_SCHEMA_VERSION,
    byteOrder: BYTE_ORDER,
    docs: index.docs.map(signature),
    terms: d.terms.join(' '),
    words: d.words.join(' '),
    termCounts: base64(d.termCounts),
    termIds: base64(d.termIds),
    aliasCounts: base64(d.aliasCounts),
    aliasPos: base64(d.aliasPos),
    aliasTerm: base64(d.aliasTerm),
    aliasWeight: base64(d.aliasWeight),
    wordTerms: base64(d.wordTerms),
  };
}

/** Rebuilds an index saved by serializeIndex; throws when it does not fit these docs or this schema. */
export function restoreIndex(json: unknown, docs: AnnotatedArticle[]): SearchIndex {
  const saved = serialSchema.parse(json);
  if (saved.docs.length !== docs.length) throw new Error('index: article count differs');
  docs.forEach((d, i) => {
    const s = saved.docs[i];
    const now = signature(d);
    if (!s || s.id !== now.id || s.sentences !== now.sentences || s.length !== now.length)
      throw new Error(`index: article ${now.id} changed`);
  });
  const ints = (text: string) => fromBase64(text, (n) => new Int32Array(n));
  return assemble(docs, {
    terms: splitWords(saved.terms),
    termCounts: ints(saved.termCounts),
    termIds: ints(saved.termIds),
    aliasCounts: ints(saved.aliasCounts),
    aliasPos: ints(saved.aliasPos),
    aliasTerm: ints(saved.aliasTerm),
    aliasWeight: fromBase64(saved.aliasWeight, (n) => new Float64Array(n)),
    words: splitWords(saved.words),
    wordTerms: ints(saved.wordTerms),
  });
}
