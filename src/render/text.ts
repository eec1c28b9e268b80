// Reply → plain text for the console and the CLI, with ANSI styles only when asked (a terminal without NO_COLOR).
import type { Reply, RichText } from '../reply/model.ts';

export interface TextStyle {
  color: boolean;
}

const ansi = (code: string, on: boolean) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/** Control characters (other than newline and tab) are dropped so that article text can't drive the terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
export const stripControls = (s: string) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');

function rich(text: RichText, style: TextStyle): string {
  const bold = ansi('1', style.color);
  return text.map((s) => (s.strong ? bold(stripControls(s.text)) : stripControls(s.text))).join('');
}

/** Whether a text stream should get colour: a terminal, and NO_COLOR unset (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

export function renderText(reply: Reply, style: TextStyle = { color: false }): string {
  const bold = ansi('1', style.color);
  const dim = ansi('2', style.color);
  const accent = ansi(reply.tone === 'error' ? '31' : reply.tone === 'empty' ? '33' : '36', style.color);
  const out: string[] = [];
  if (reply.title) out.push(accent(bold(stripControls(reply.title))));
  if (reply.intro) out.push(rich(reply.intro, style));
  for (const group of reply.groups) {
    if (group.heading) out.push('', bold(stripControls(group.heading)));
    for (const item of group.items) {
      const label = item.label ? `${accent(stripControls(item.label))}  ` : '';
      const cite = item.cite ? ` ${dim(stripControls(item.cite))}` : '';
      out.push(`${label}${rich(item.body, style)}${cite}`);
      if (item.note) out.push(`  ↳ ${rich(item.note, style)}`);
    }
  }
  if (reply.suggestions.length) {
    out.push('', 'Try:');
    for (const s of reply.suggestions) out.push(`  • ${stripControls(s)}`);
  }
  if (reply.pager) out.push(dim(`Page ${reply.pager.page} of ${reply.pager.pages}`));
  if (reply.footer) out.push(dim(stripControls(reply.footer)));
  return out.join('\n');
}
