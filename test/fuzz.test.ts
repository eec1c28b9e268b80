// Property-based tests: whatever text arrives, preprocessing returns a well-formed article and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.ts';
import type { AnnotatedArticle } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';
import { buildSearchIndex, search } from '../src/search/search.ts';

/** Pieces that stress the pipeline: quote marks, abbreviations, dates, markdown, mentions, RTL, zero-width. */
const tricky = fc.constantFrom(
  '“', '”', '"', '‘', '’', ' said ', ' Mr. ', ' U.S. ', ' Jan. 5', ' 2024', ' next year', ' on Thursday', '\n\n', '\r\n',
  '\u00AD', '\u00A0', '\u200B', '\u202E', 'مرحبا', '**bold**', '@everyone', '<@123>', '…', '?', '!', '.', ',',
  '2023-12-08T07:58:02Z x', '\uFEFF', '\u0000', '(', ')', ' she asked.', ' the statement reads',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(tricky, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join('')),
);

function wellFormed(doc: AnnotatedArticle): void {
  const { article } = doc;
  for (const s of article.sentences) {
    expect(article.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.trim()).toBe(s.text);
    expect(s.text.length).toBeGreaterThan(0);
  }
  for (const q of doc.quotes) expect(q.paragraph).toBeGreaterThanOrEqual(1);
  for (const e of doc.events) expect(e.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
}

describe('preprocessing never throws', () => {
  it('on random and broken text', () => {
    fc.assert(
      fc.property(text, (raw) => {
        wellFormed(annotate(parseArticle(raw, 'fuzz')));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('on empty input, unbalanced quote marks and text without punctuation', () => {
    for (const raw of ['', '\n\n\n', '“'.repeat(5000), `“${'open quote never closed '.repeat(2000)}`, 'no punctuation at all '.repeat(5000)]) {
      wellFormed(annotate(parseArticle(raw, 'edge')));
    }
  });

  it('on a 5 MB article', () => {
    const paragraph =
      '“We will meet again on Thursday,” said Dr. Jane Roe, the U.N. envoy, adding that talks in 2024 would follow. ' +
      'Officials said 32 people were released last month.\n\n';
    const raw = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const doc = annotate(parseArticle(`${raw}2024-01-10T10:00:00Z big`, 'big'));
    expect(doc.article.paragraphs.length).toBeGreaterThan(20_000);
    wellFormed(doc);
  }, 120_000);

  it('on a 300 KB run-on sentence: annotates, indexes and answers without overflowing the stack', () => {
    for (const unit of ['Jane Roe, Mark Doe, ', 'Spring came and Spring went and ', 'prisoners released and ']) {
      const doc = annotate(parseArticle(`${unit.repeat(Math.ceil(300_000 / unit.length))}end.\n\n2024-01-01T00:00:00Z x`, 'long'));
      wellFormed(doc);
      expect(() => search(buildSearchIndex([doc]), 'who released prisoners')).not.toThrow();
    }
  }, 120_000);
});
