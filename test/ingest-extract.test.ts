import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse.ts';
import { ExtractRefusal, extractArticle, markdownToText, normaliseDate } from '../src/ingest/extract.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/pages/${name}`, import.meta.url), 'utf8');

// Invented article text, long enough for Readability and the 300-character floor.
const PARAS = [
  'The harbour board of Valmont voted on Tuesday to close the old ferry pier for repairs, ending a service that had run without a break since 1962.',
  'Board chair Irena Kovač said the decision followed an engineering survey that found corrosion in more than half of the pier’s steel piles.',
  '“We cannot ask passengers to walk on a structure we no longer trust,” Kovač told reporters after the vote, adding that work would start in May.',
  'Commuters will be moved to a temporary landing two kilometres north, where the board has promised shuttle buses every fifteen minutes at peak hours.',
];

function page(opts: { head?: string; body?: string; paras?: string[] } = {}): string {
  const body = opts.body ?? (opts.paras ?? PARAS).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Valmont closes ferry pier | Coast Times</title>
<meta property="og:title" content="Valmont closes its old ferry pier">
<meta property="og:site_name" content="Coast Times">
<meta name="author" content="Dana Whitfield">
${opts.head ?? ''}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Valmont closes its old ferry pier</h1>${body}</article>
<footer>© 2024 Coast Times</footer></body></html>`;
}

const html = (body: string, url = 'https://coast.example/news/pier') =>
  extractArticle({ body, contentType: 'text/html; charset=utf-8', url });

const META = '<meta property="article:published_time" content="2024-03-05T09:15:00-05:00">';
const LD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-03-04T08:00:00+01:00"}</script>`;
const TIME = '<time datetime="2024-03-03T07:00:00Z">March 3</time>';

describe('extractArticle: HTML metadata', () => {
  it('takes title, byline and site name from the page metadata', () => {
    const a = html(page({ head: META }));
    expect(a.title).toBe('Valmont closes its old ferry pier');
    expect(a.byline).toBe('Dana Whitfield');
    expect(a.siteName).toBe('Coast Times');
  });

  it('dates by article:published_time, then JSON-LD, then <time datetime>, keeping the offset', () => {
    const body = `${TIME}${PARAS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(html(page({ head: META + LD, body })).published).toBe('2024-03-05T09:15:00-05:00');
    expect(html(page({ head: LD, body })).published).toBe('2024-03-04T08:00:00+01:00');
    expect(html(page({ body })).published).toBe('2024-03-03T07:00:00Z');
    expect(html(page()).published).toBeNull();
  });

  it('finds datePublished in a JSON-LD @graph, preferring the article over other objects', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Coast Times' },
        { '@type': 'ImageObject', datePublished: '2019-01-01T00:00:00Z' },
        { '@type': ['NewsArticle'], headline: 'Pier', datePublished: '2024-02-01T10:30:00+0100' },
      ],
    };
    const head = `<script type="application/ld+json">${JSON.stringify(graph)}</script>`;
    expect(html(page({ head })).published).toBe('2024-02-01T10:30:00+01:00');
    // A top-level array of objects, as some CMSs emit, and a broken block beside it.
    const list = `<script type="application/ld+json">{oops</script><script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","datePublished":"2024-02-02"}]</script>`;
    expect(html(page({ head: list })).published).toBe('2024-02-02');
  });

  it('writes a last metadata line that parseArticle reads back, offset included', () => {
    const a = html(page({ head: META }));
    const lines = a.text.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^2024-03-05T09:15:00-05:00 [0-9a-f]{10}$/);
    const parsed = parseArticle(a.text, 'pier');
    expect(parsed.published?.instant).toBe('2024-03-05T09:15:00-05:00');
    expect(parsed.title).toBe('Valmont closes its old ferry pier');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Valmont closes its old ferry pier', ...PARAS]);
    // Same URL, same id: re-adding a page gives the same text.
    expect(html(page({ head: META })).text).toBe(a.text);
  });

  it('normalises the date forms pages use', () => {
    expect(normaliseDate('2016-11-29T20:26:06.000Z')).toBe('2016-11-29T20:26:06Z');
    expect(normaliseDate('2016-10-04 05:07:09')).toBe('2016-10-04T05:07:09');
    expect(normaliseDate('2016-11-29T10:00:00+0530')).toBe('2016-11-29T10:00:00+05:30');
    expect(normaliseDate('2018-10-29T10:15-500')).toBe('2018-10-29T10:15:00-05:00');
    expect(normaliseDate('2016-11-29T10:00:00+00:00')).toBe('2016-11-29T10:00:00Z');
    expect(normaliseDate('Tue, 29 Nov 2016 14:30:54 GMT')).toBe('2016-11-29T14:30:54Z');
    expect(normaliseDate('P3M,14S')).toBeNull();
    expect(normaliseDate('2016-13-01')).toBeNull();
    expect(normaliseDate('yesterday')).toBeNull();
  });
});

describe('extractArticle: HTML body', () => {
  it('keeps paragraphs separate, including <br> inside one and <p>s inside a blockquote', () => {
    const [p1 = '', p2 = '', p3 = '', p4 = ''] = PARAS;
    const body = `<p>${p1}</p><p>${p2.replace(' said ', ' said<br>')}</p>
      <blockquote><p>${p3}</p><p>Kovač added that the pier would reopen.</p></blockquote>
      <h2>What happens next</h2><p>${p4}</p>
      <ul><li>Shuttles every 15 minutes</li><li>Tickets stay valid</li></ul>`;
    const a = html(page({ body }));
    const parsed = parseArticle(a.text);
    expect(parsed.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['heading', 'Valmont closes its old ferry pier'],
      ['body', p1],
      ['body', p2],
      ['body', p3],
      ['body', 'Kovač added that the pier would reopen.'],
      ['heading', 'What happens next'],
      ['body', p4],
      ['list', '- Shuttles every 15 minutes'],
      ['list', '- Tickets stay valid'],
    ]);
    expect(a.text).not.toMatch(/\n{3,}/);
  });

  it('drops figure captions, photo credits and scripts', () => {
    const body = `<p>${PARAS[0]}</p>
      <figure><img src="pier.jpg" alt="the pier"><figcaption>The pier at dusk. Photo: J. Smith</figcaption></figure>
      <p>${PARAS[1]}</p>
      <div class="credit-caption"><p class="caption">Workers inspect the piles in 2023.</p><span class="credit">Coast Times</span></div>
      <script>window.tracker = "The pier script text";</script>
      <p>${PARAS[2]}</p><p>${PARAS[3]}</p>`;
    const a = html(page({ body }));
    expect(a.text).not.toMatch(/dusk|J\. Smith|inspect the piles|tracker|script text/);
    expect(a.text).toContain(PARAS[3]);
  });

  it('refuses a page with no article', () => {
    const nav = `<!doctype html><html><head><title>Coast Times</title></head><body><nav><ul>${'<li><a href="/x">Section</a></li>'.repeat(30)}</ul></nav><p>Welcome.</p></body></html>`;
    for (const body of [nav, '<!doctype html><html><body></body></html>', page({ paras: ['Too short to be news.'] })]) {
      const err = (() => {
        try {
          html(body);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(ExtractRefusal);
      expect((err as ExtractRefusal).reason).toBe('no-article');
      expect((err as ExtractRefusal).message).toBe('no article found on that page');
    }
  });

  it('recognises HTML by file name or by sniffing when no type is given', () => {
    expect(extractArticle({ body: page({ head: META }), fileName: 'pier.HTM' }).published).toBe(
      '2024-03-05T09:15:00-05:00',
    );
    expect(extractArticle({ body: `\n<!-- saved -->\n${page()}` }).title).toBe('Valmont closes its old ferry pier');
  });
});

describe('extractArticle: real pages', () => {
  it('NPR: dated by <time datetime> with its -05:00 offset; captions and credits left out', () => {
    const a = html(fixture('npr-roof-verdict.html'), 'http://www.npr.org/sections/thetwo-way/2016/12/15/505723552/x');
    expect(a.published).toBe('2016-12-15T15:33:00-05:00');
    expect(a.text).not.toMatch(/hide caption|toggle caption|Chuck Burton\/AP/);
    const parsed = parseArticle(a.text, 'npr');
    expect(parsed.published?.instant).toBe('2016-12-15T15:33:00-05:00');
    expect(parsed.title).toBe(a.title);
    expect(parsed.paragraphs[1]?.text).toMatch(/^A jury in Charleston, S\.C\., has found Dylann Roof guilty/);
    expect(parsed.paragraphs.length).toBeGreaterThanOrEqual(18);
  });

  it('NYT: dated by article:published_time; the paragraphs stay whole', () => {
    const a = html(fixture('nytimes-rahami-arrest.html'));
    expect(a.title).toBe('Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings');
    expect(a.published).toBe('2016-09-19T11:46:01Z');
    const parsed = parseArticle(a.text, 'nyt');
    expect(parsed.title).toBe(a.title);
    expect(parsed.published?.instant).toBe('2016-09-19T11:46:01Z');
    const quote = parsed.paragraphs.find((p) => p.text.startsWith('“If you’re working off the premise'));
    expect(quote?.text).toMatch(/you don’t get that good on the internet\.”$/);
  });
});

describe('extractArticle: text files', () => {
  it('passes plain text through unchanged', () => {
    const body = `Pier closes\n\n${PARAS.join('\n\n')}\n\n2024-03-05T09:15:00-05:00 abc123\n`;
    const a = extractArticle({ body, fileName: 'pier.txt' });
    expect(a.text).toBe(body);
    expect(a.title).toBe('Pier closes');
    expect(a.published).toBe('2024-03-05T09:15:00-05:00');
    expect(extractArticle({ body, contentType: 'text/plain' }).text).toBe(body);
  });

  it('refuses an empty file', () => {
    expect(() => extractArticle({ body: ' \n\n', fileName: 'x.txt' })).toThrow('that file has no article text');
  });

  it('turns Markdown into plain paragraphs', () => {
    const md = [
      '---',
      'layout: post',
      '---',
      '# Valmont closes its *old* ferry pier',
      '',
      '![the pier](https://img.example/pier.jpg)',
      '',
      'The **harbour board** voted on _Tuesday_ to close the [old pier](https://coast.example/pier "pier") for',
      'repairs, see [the survey][1] and <https://coast.example/survey>.',
      '',
      '## What happens next',
      '',
      '* Shuttles every `15` minutes',
      '+ Tickets stay ~~invalid~~ valid',
      '',
      '> “We cannot ask passengers,” Kovač said.',
      '',
      '```',
      'snake_case **stays** [as](written)',
      '```',
      '',
      '[1]: https://coast.example/survey',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'Valmont closes its old ferry pier',
        '',
        'The harbour board voted on Tuesday to close the old pier for',
        'repairs, see the survey and https://coast.example/survey.',
        '',
        'What happens next',
        '',
        '- Shuttles every 15 minutes',
        '- Tickets stay invalid valid',
        '',
        '“We cannot ask passengers,” Kovač said.',
        '',
        'snake_case **stays** [as](written)',
        '',
      ].join('\n'),
    );
    const a = extractArticle({ body: md, contentType: 'text/markdown; charset=utf-8' });
    expect(a.title).toBe('Valmont closes its old ferry pier');
    expect(extractArticle({ body: md, fileName: 'notes.md' }).text).toBe(a.text);
  });

  it('keeps underscores and asterisks that are not emphasis', () => {
    expect(markdownToText('Rates rose 2*3 times; file_name_here and 5 * 4 = 20.')).toBe(
      'Rates rose 2*3 times; file_name_here and 5 * 4 = 20.\n',
    );
  });
});
