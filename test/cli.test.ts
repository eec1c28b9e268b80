import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runEntry } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cli-'));
const own = join(tmp, 'harbour.txt');
writeFileSync(
  own,
  [
    'The harbour authority closed the northern pier on Tuesday after a crane collapsed.',
    '“Nobody was hurt, and the pier will reopen next month,” said Maria Lopez, the authority’s director.',
    'Repairs will cost about 2 million euros.',
    '',
    '2024-04-11T08:00:00Z h1',
  ].join('\n\n'),
);

describe('cli contract', () => {
  it('ask --json answers one question with the documented shape', () => {
    const r = runEntry('cli', ['ask', 'who released prisoners', '--json']);
    expect(r.code).toBe(0);
    const [obj] = jsonLines(r.stdout) as { question: string; answers: Record<string, unknown>[] }[];
    expect(obj?.question).toBe('who released prisoners');
    expect(obj?.answers.length).toBeGreaterThan(0);
    expect(obj?.answers.length).toBeLessThanOrEqual(5);
    const first = obj?.answers[0] ?? {};
    expect(Object.keys(first).sort()).toEqual(['paragraph', 'score', 'sentence', 'short', 'text']);
    expect(first.text).toContain('release 32 prisoners of war');
    expect(first.score).toBeGreaterThan(0);
    expect(first.score).toBeLessThanOrEqual(1);
  });

  it('ask --json reads one question a line from stdin and answers each, in order, on another article', () => {
    const r = runEntry(
      'cli',
      ['ask', '--json', '--article', own],
      'How much will repairs cost?\nWhat is the capital of France?\n\n',
    );
    expect(r.code).toBe(0);
    const rows = jsonLines(r.stdout) as { question: string; answers: { text: string }[] }[];
    expect(rows.map((x) => x.question)).toEqual(['How much will repairs cost?', 'What is the capital of France?', '']);
    expect(rows[0]?.answers[0]?.text).toContain('2 million euros');
    expect(rows[1]?.answers).toEqual([]);
    expect(rows[2]?.answers).toEqual([]);
  });

  it('quotes --json and timeline --json follow the contract on any article', () => {
    const q = JSON.parse(runEntry('cli', ['quotes', '--json', '--article', own]).stdout);
    expect(q.quotes).toEqual([
      expect.objectContaining({
        speaker: 'Maria Lopez',
        paragraph: 2,
        text: expect.stringContaining('Nobody was hurt'),
      }),
    ]);
    const t = JSON.parse(runEntry('cli', ['timeline', '--json', '--article', own]).stdout);
    expect(t.events.map((e: { date: string }) => e.date)).toEqual(['2024-04-09', '2024-05']);
    expect(Object.keys(t.events[0]).sort()).toEqual(['date', 'expression', 'paragraph', 'text']);
  });

  it("--article page.html goes through the page extraction: title, quotes and the page's publication time", () => {
    const page = join(tmp, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Harbour pier closed | Site</title>
      <meta property="article:published_time" content="2024-04-11T08:00:00-04:00"></head><body><nav>Home · News</nav>
      <article><h1>Harbour pier closed after crane collapse</h1>
      <p>The harbour authority closed the northern pier on Tuesday after a crane collapsed during the night shift.</p>
      <p>“Nobody was hurt, and the pier will reopen next month,” said Maria Lopez, the authority’s director, at a press conference on the quay.</p>
      <p>Repairs will cost about 2 million euros, the authority said, and ferries will dock at the southern pier until then.</p>
      <figure><figcaption>The collapsed crane. Photo: Staff</figcaption></figure></article><footer>© Site</footer></body></html>`,
    );
    const q = JSON.parse(runEntry('cli', ['quotes', '--json', '--article', page]).stdout);
    expect(q.quotes).toEqual([
      expect.objectContaining({ speaker: 'Maria Lopez', text: expect.stringContaining('Nobody was hurt') }),
    ]);
    const t = JSON.parse(runEntry('cli', ['timeline', '--json', '--article', page]).stdout);
    expect(t.events.map((e: { date: string }) => e.date)).toEqual(['2024-04-09', '2024-05']);
    const nav = join(tmp, 'nav.html');
    writeFileSync(nav, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const refused = runEntry('cli', ['about', '--article', nav]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/nav\.html: no article found on that page/);
  });

  it('an unreadable or empty article gets one line on stderr and exit code 2', () => {
    const missing = runEntry('cli', ['quotes', '--json', '--article', join(tmp, 'missing.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/missing\.txt: cannot read/);
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const r = runEntry('cli', ['timeline', '--article', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no article text/);
  });

  it('a malformed Discord setting does not stop the offline command line', () => {
    const r = runEntry('cli', ['ask', 'How much will repairs cost?', '--json', '--article', own], '', {
      DISCORD_TOKEN: 'abc',
      COOLDOWN_SECONDS: 'x',
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).answers[0].text).toContain('2 million euros');
  });

  it('unknown commands get the usage and exit code 2', () => {
    const r = runEntry('cli', ['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"[\s\S]*Usage/);
  });
});
