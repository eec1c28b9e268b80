import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.ts';
import { parseArticle } from '../src/article/parse.ts';
import { answerLine, parseCommandLine } from '../src/console.ts';
import { libraryOf } from '../src/library.ts';
import { runEntry } from './helpers.ts';

const library = libraryOf([
  annotate(
    parseArticle(
      [
        'Library hours',
        'The city library will open on Sundays from next month, the council said.',
        '“Readers asked for it for years,” said Ana Costa, the head librarian. “We listened.”',
        'The change costs 40,000 dollars a year.',
        '2024-02-01T10:00:00Z lib',
      ].join('\n\n'),
      'library-hours',
    ),
  ),
]);

describe('console commands', () => {
  it('maps the rest of the line and name:value pairs to the command’s options', () => {
    const parsed = (line: string) => {
      const r = parseCommandLine(line);
      return 'error' in r ? r : { name: r.command.data.name, options: r.options };
    };
    expect(parsed('/ask who pays?')).toEqual({ name: 'ask', options: { question: 'who pays?' } });
    expect(parsed('/quotes speaker:"Ana Costa"')).toEqual({ name: 'quotes', options: { speaker: 'Ana Costa' } });
    expect(parsed('/QUOTES Ana')).toEqual({ name: 'quotes', options: { speaker: 'Ana' } });
  });

  it('answers unknown commands, empty lines and huge lines with one clear line', async () => {
    for (const line of ['/frobnicate', '', 'hello there', `/ask ${'x'.repeat(10_000)}`]) {
      const text = await answerLine({ library }, line) ?? '';
      expect(text.split('\n')).toHaveLength(1);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(await answerLine({ library }, '/frobnicate')).toMatch(/Unknown command \/frobnicate/);
    expect(await answerLine({ library }, `/ask ${'x'.repeat(10_000)}`)).toMatch(/10005 characters/);
    expect(await answerLine({ library }, 'exit')).toBeNull();
  });

  it('renders quotes grouped by speaker with their role, and the help from the command registry', async () => {
    const quotes = await answerLine({ library }, '/quotes') ?? '';
    expect(quotes).toMatch(/Ana Costa — the head librarian\n“Readers asked for it for years” ¶3\n“We listened\.?” ¶3/);
    const help = await answerLine({ library }, '/help') ?? '';
    for (const name of ['/ask <question>', '/quotes [speaker]', '/timeline', '/about', '/articles']) expect(help).toContain(name);
  });

  it('keeps markdown and mentions typed by the user out of the answer', async () => {
    const text = await answerLine({ library }, '/ask @everyone **how much** does the <@123> change cost?') ?? '';
    expect(text).toContain('40,000 dollars');
    expect(text).not.toContain('@everyone');
    expect(text).not.toContain('<@123>');
  });
});

describe('npm start without a token', () => {
  it('reads commands from piped stdin, answers the bundled article and exits at end of input', () => {
    const r = runEntry('main', [], '/ask who released prisoners\n/timeline\n/nonsense\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('32 prisoners of war');
    expect(r.stdout).toMatch(/Sep 2023/);
    expect(r.stdout).toMatch(/Unknown command \/nonsense/);
  });

  it('stops quietly when the reader closes the pipe', () => {
    const { DISCORD_TOKEN: _t, ...env } = process.env;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${PIPESTATUS[1]} is bash, not a template
    const r = spawnSync('bash', ['-c', '(for i in $(seq 400); do echo /quotes; done) | node_modules/.bin/tsx src/main.ts | head -c 100 >/dev/null; echo "main exited ${PIPESTATUS[1]}"'], {
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stdout.trim()).toBe('main exited 0');
  });

  it('a malformed token gets one line naming the variable, and never echoes it', () => {
    const r = runEntry('main', [], '', { DISCORD_TOKEN: 'not-a-real-token-secret' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('Configuration error: DISCORD_TOKEN is not a Discord bot token (three dot-separated parts)');
    expect(r.stdout + r.stderr).not.toContain('not-a-real-token-secret');
  });
});
