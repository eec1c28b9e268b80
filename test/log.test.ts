// What reaches the log: no token of any kind, no request body, no host path; stacks only at debug.
import { Writable } from 'node:stream';
import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger, displayPath, redact } from '../src/log.ts';

const BOT_TOKEN = 'MTExMTExMTExMTExMTExMTEx.GfakeA.fake-token-for-tests-only-000000';
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZmdoaWprbG1ub3A';

function sink(level: string) {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      out.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(level, stream), text: () => out.join('') };
}

/** A REST failure as discord.js reports it: the webhook URL holds the interaction token, the body the message. */
function restError(): DiscordAPIError {
  return new DiscordAPIError(
    { code: 50035, message: 'Invalid Form Body' },
    50035,
    400,
    'PATCH',
    `https://discord.com/api/v10/webhooks/111111111111111111/${INTERACTION_TOKEN}/messages/@original`,
    { files: undefined, body: { content: 'secret answer text', token: BOT_TOKEN } },
  );
}

describe('the logger', () => {
  it('never writes the interaction token, the request body or the bot token', () => {
    const { log, text } = sink('info');
    log.error({ err: restError() }, 'edit failed');
    log.warn({ token: BOT_TOKEN, note: `Bot ${BOT_TOKEN}` }, `leaked ${BOT_TOKEN}`);
    const written = text();
    expect(written).toContain('edit failed');
    expect(written).toContain('/webhooks/111111111111111111/[token]');
    expect(written).not.toContain(INTERACTION_TOKEN);
    expect(written).not.toContain(BOT_TOKEN);
    expect(written).not.toContain('secret answer text');
    expect(written).toContain('"status":400');
  });

  it('writes no path of the host; stacks only at debug', () => {
    const info = sink('info');
    const err = new Error(`ENOENT: no such file, open '${process.cwd()}/data/index/x.json'`);
    info.log.error({ err }, 'failed');
    expect(info.text()).not.toContain(process.cwd());
    expect(info.text()).toContain('./data/index/x.json');
    expect(info.text()).not.toContain('"stack"');
    const debug = sink('debug');
    debug.log.error({ err }, 'failed');
    expect(debug.text()).toContain('"stack"');
    expect(debug.text()).not.toContain(process.cwd());
  });

  it('shows paths relative to the project, and only the last parts of others', () => {
    expect(displayPath(`${process.cwd()}/data/articles/a.txt`)).toBe('data/articles/a.txt');
    expect(displayPath('/home/someone/secret/folder/a.txt')).toBe('…/folder/a.txt');
    expect(redact(`/interactions/123/${INTERACTION_TOKEN}/callback`)).toBe('/interactions/123/[token]/callback');
  });
});
