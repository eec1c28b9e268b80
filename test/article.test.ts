import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/article/clean.ts';
import { parseArticle } from '../src/article/parse.ts';
import { splitSentences } from '../src/article/sentences.ts';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('cleanText', () => {
  it('removes BOM and soft hyphens, normalises line ends and no-break spaces', () => {
    expect(cleanText('\uFEFFpeace\u00ADful\r\nline\rnext\u00A0word')).toBe('peaceful\nline\nnext word');
  });
});

describe('splitSentences', () => {
  it('does not break at abbreviations and initials', () => {
    expect(texts('Staff at the U.S. Embassy left. The U.N. agreed.')).toEqual(['Staff at the U.S. Embassy left.', 'The U.N. agreed.']);
    expect(texts('George H.W. Bush met Robert M. Danin. Dr. Lee was there.')).toEqual([
      'George H.W. Bush met Robert M. Danin.',
      'Dr. Lee was there.',
    ]);
    expect(texts('The report is due Jan. 5. It will be public.')).toEqual(['The report is due Jan. 5.', 'It will be public.']);
  });

  it('keeps a quoted question with its attribution, and closing quote marks with their sentence', () => {
    expect(texts('“Is this the end?” she asked. Nobody replied.')).toEqual(['“Is this the end?” she asked.', 'Nobody replied.']);
    expect(texts('He said “we will win.” Then he left.')).toEqual(['He said “we will win.”', 'Then he left.']);
  });

  it('splits after a one-letter word when a quote opens the next sentence', () => {
    expect(texts('She posted on X. “I am done,” she wrote.')).toEqual(['She posted on X.', '“I am done,” she wrote.']);
  });

  it('joins hard-wrapped lines of one sentence', () => {
    expect(texts('The council met on\nMonday and voted.\nIt adjourned.')).toEqual(['The council met on\nMonday and voted.', 'It adjourned.']);
  });

  it('splits a very long paragraph exactly as its sentences, offsets included', () => {
    const sentence = 'Dr. Roe met the U.S. envoy on Jan. 5 in the capital. ';
    const p = sentence.repeat(3000);
    const spans = splitSentences(p);
    expect(spans).toHaveLength(3000);
    for (const s of spans) expect(p.slice(s.start, s.end)).toBe(sentence.trim());
  });

  it('does not break at an initialism after a hyphen ("ex-U.S. Rep.")', () => {
    expect(texts('Also Wednesday, ex-U.S. Rep. Curt Weldon said he would go. It was state-of-the-art. Then more.')).toEqual([
      'Also Wednesday, ex-U.S. Rep. Curt Weldon said he would go.',
      'It was state-of-the-art.',
      'Then more.',
    ]);
  });

  it('keeps offsets exact', () => {
    const p = '  First one.   Second “quoted.” Third? ';
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('parseArticle', () => {
  it('the first line is the headline even when it ends in "!" or "?"; a first sentence with a full stop is not', () => {
    const cheer = parseArticle(
      'Harbour crew wins its third regatta title in a row after a storm delay!\n\nThe crew won on Sunday!\n\nIt was close.',
      'a',
    );
    expect(cheer.paragraphs.map((p) => p.kind)).toEqual(['heading', 'body', 'body']);
    expect(cheer.title).toBe('Harbour crew wins its third regatta title in a row after a storm delay!');
    expect(parseArticle('Will the ferry run again?\n\nNobody knows.', 'b').paragraphs[0]?.kind).toBe('heading');
    const lead = parseArticle('The mayor wrote: “We paved this road years ago.”\n\nHe resigned.', 'c');
    expect(lead.paragraphs[0]?.kind).toBe('body');
  });

  const raw = [
    'Kenya trip',
    '',
    'Analysis: Jane Doe, BBC News, Nairobi',
    '',
    'The minister arrived on Monday. She met farmers.',
    '',
    '- first point\n- second point',
    '',
    'Sign up for our newsletter to get the news in your inbox.',
    '',
    '2024-03-14T10:00:00Z abc123',
  ].join('\r\n');

  it('reads the metadata line, drops trailers, marks headings and list items', () => {
    const a = parseArticle(`\uFEFF${raw}`, 'kenya');
    expect(a.published).toEqual({ instant: '2024-03-14T10:00:00Z', id: 'abc123' });
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['heading', 'heading', 'body', 'list']);
    expect(a.title).toBe('Kenya trip');
    expect(a.paragraphs.some((p) => p.text.includes('newsletter'))).toBe(false);
    expect(a.sentences.map((s) => s.text)).toContain('She met farmers.');
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(a.sentences.map((s) => s.n)).toEqual(a.sentences.map((_, i) => i + 1));
  });

  it('reads a timestamp on the first line too, and leaves it out of the text', () => {
    const a = parseArticle('2026-03-12T16:45:00Z\n\nTreasurer jailed\n\nA former treasurer was jailed on Wednesday.', 'x');
    expect(a.published?.instant).toBe('2026-03-12T16:45:00Z');
    expect(a.title).toBe('Treasurer jailed');
    expect(a.text.startsWith('Treasurer jailed')).toBe(true);
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('tolerates an article with no timestamp and names the source a trailer gives', () => {
    const a = parseArticle('A flood hit the town. Roads closed.\n\nFor more Reuters news and updates create an account at', 'x');
    expect(a.published).toBeNull();
    expect(a.source).toBe('Reuters');
    expect(a.paragraphs).toHaveLength(1);
    expect(a.title).toBe('A flood hit the town.');
  });

  it('parses the bundled article into its 16 paragraphs', () => {
    const a = parseArticle(readFileSync('data/articles/azerbaijan-armenia-prisoner-exchange.txt', 'utf8'), 'bundled');
    expect(a.paragraphs).toHaveLength(16);
    expect(a.source).toBe('CNN');
    expect(a.published?.instant).toBe('2023-12-08T07:58:02Z');
    const quoteParagraph = a.paragraphs[6];
    expect(quoteParagraph?.sentences.map((s) => s.text.slice(0, 20))).toEqual(['“Establishing and de', '“I now encourage the']);
  });

  it('never throws on empty, binary or unpunctuated input', () => {
    expect(parseArticle('', 'e').sentences).toEqual([]);
    expect(() => parseArticle('\u0000\u0001\uFFFF'.repeat(1000), 'b')).not.toThrow();
    // 50,000 characters with no sentence end: cut into bounded pieces (every later stage works per sentence, so
    // this bounds the cost of a question), and no word is lost.
    const long = parseArticle('word '.repeat(10_000), 'w').sentences;
    expect(Math.max(...long.map((x) => x.text.length))).toBeLessThanOrEqual(2000);
    expect(long.map((x) => x.text).join(' ').split(' ')).toHaveLength(10_000);
  });
});

describe('review fixes', () => {
  it('keeps news paragraphs that mention signing up, and drops only short trailers', () => {
    const a = parseArticle(
      [
        'More than 4,000 residents have rushed to sign up for the scheme, which officials said would open to all households next month.',
        'The union said it would not sign up to any deal that cut pay.',
        'Sign up for our morning briefing newsletter.',
      ].join('\n\n'),
      'x',
    );
    expect(a.paragraphs.map((p) => p.text.slice(0, 20))).toEqual(['More than 4,000 resi', 'The union said it wo']);
  });

  it('gives list and heading lines exact offsets, indented and repeated lines included', () => {
    const a = parseArticle('Intro sentence here.\n\n- Item one\n  - Item two\n- Item one', 'x');
    const list = a.paragraphs[1];
    expect(list?.kind).toBe('list');
    for (const s of list?.sentences ?? []) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(list?.sentences.map((s) => s.start)).toEqual([22, 35, 46]);
  });

  it('ends a sentence after a lower-case "sun" or "sat"', () => {
    expect(texts('They queued for hours in the sun. Firefighters handed out water.')).toHaveLength(2);
    expect(texts('The pupils sat. Teachers then read the names.')).toHaveLength(2);
    expect(texts('It closes on Sun. 5 May.')).toHaveLength(1);
  });
});

describe('a date line near the top, for an article with no metadata line', () => {
  const body = 'The Senate reached a deal on Tuesday to fund the government until Dec. 9, leaders said.';

  it('"Published September 27, 2016 9:21 AM EDT" is the publication instant; a date alone is noon UTC of that day', () => {
    const a = parseArticle(`Senate deal reached\n\nBy Jo Doe\n\nPublished September 27, 2016 9:21 AM EDT\n\n${body}`);
    expect(a.published).toEqual({ instant: '2016-09-27T09:21:00-04:00', id: null });
    expect(
      parseArticle(`Senate deal reached\n\nUpdated 12:41 PM ET, Tue September 27, 2016\n\n${body}`).published?.instant,
    ).toBe('2016-09-27T12:41:00-04:00');
    expect(parseArticle(`Senate deal reached\n\n27 September 2016\n\n${body}`).published?.instant).toBe(
      '2016-09-27T12:00:00Z',
    );
  });

  it('a heading that says more than a date, a month alone, or an impossible day is no date line', () => {
    expect(parseArticle(`Sept. 11, 2001: Remembering the day\n\n${body}`).published).toBeNull();
    expect(parseArticle(`Senate deal reached\n\nSeptember 2016\n\n${body}`).published).toBeNull();
    expect(parseArticle(`Senate deal reached\n\nFeb. 30, 2016\n\n${body}`).published).toBeNull();
  });

  it('a metadata line wins over a date line', () => {
    const a = parseArticle(`Senate deal reached\n\nPublished September 27, 2016\n\n${body}\n\n2016-09-28T01:00:00Z x1`);
    expect(a.published?.instant).toBe('2016-09-28T01:00:00Z');
  });
});

describe('a caption run into the headline repeated', () => {
  it('the repeat is cut from the paragraph, so the photo credit does not join the headline\'s first word', () => {
    const headline = 'Trump needles Clinton: ‘Sleep well Hillary — see you at the debate!’';
    const a = parseArticle(
      `${headline}\n\nDonald Trump mocked her planes. | Getty ${headline}\n\nTrump suggested Tuesday she needs rest.\n\n2016-09-20T12:00:00Z x1`,
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      headline,
      'Donald Trump mocked her planes. | Getty',
      'Trump suggested Tuesday she needs rest.',
    ]);
    expect(a.text.slice(a.paragraphs[1]?.start, a.paragraphs[1]?.end)).toBe('Donald Trump mocked her planes. | Getty');
  });
});
