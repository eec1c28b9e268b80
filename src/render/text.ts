// Reply → plain text for the console and the CLI, with ANSI styles only when asked (a terminal without NO_COLOR).
import type { Reply, RichText } from '../reply/model.ts';

export interface TextStyle {
  color: boolean;
  /** Wrap width in columns; 0 leaves lines unwrapped (pipes, files). */
  width?: number;
}

const ansi = (code: string, on: boolean) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[22m\x1b[39m` : s);

/** Control characters (other than newline and tab) are dropped so that article text can't drive the terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
export const stripControls = (s: string) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');

/** Whether a text stream should get colour: a terminal, and NO_COLOR unset (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

/** Words with their style, so that wrapping never splits an ANSI sequence. */
function words(text: RichText): { word: string; strong: boolean }[] {
  return text.flatMap((s) =>
    stripControls(s.text)
      .split(/(\s+)/)
      .filter((w) => w.length > 0)
      .map((w) => ({ word: w, strong: Boolean(s.strong) })),
  );
}

/**
 * Lays out rich text: bold where strong, wrapped at `width` with `indent` on every line after the first;
 * `lead` columns are already taken on the first line (a label printed before it).
 */
function layout(text: RichText, style: TextStyle, indent = '', lead = 0): string {
  const bold = ansi('1', style.color);
  const width = style.width ?? 0;
  const lines: string[] = [];
  let line = '';
  let visible = lead;
  for (const { word, strong } of words(text)) {
    if (/^\s+$/.test(word)) {
      if (line.length > 0) {
        line += ' ';
        visible += 1;
      }
      continue;
    }
    if (width > 0 && visible > indent.length && visible + word.length > width) {
      lines.push(line.trimEnd());
      line = indent;
      visible = indent.length;
    }
    line += strong ? bold(word) : word;
    visible += word.length;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

export function renderText(reply: Reply, style: TextStyle = { color: false }): string {
  const bold = ansi('1', style.color);
  const dim = ansi('2', style.color);
  const accent = ansi(reply.tone === 'error' ? '31' : reply.tone === 'empty' ? '33' : '36', style.color);
  const out: string[] = [];
  if (reply.title) out.push(accent(bold(layout([{ text: reply.tone === 'answer' ? `Answer: ${reply.title}` : reply.title }], { ...style, color: false }))));
  if (reply.intro) out.push(layout(reply.intro, style));
  for (const group of reply.groups) {
    if (group.heading) out.push('', bold(stripControls(group.heading)));
    for (const item of group.items) {
      const label = item.label ? `${stripControls(item.label)}  ` : '';
      const body = layout([...item.body, ...(item.cite ? [{ text: ` ${item.cite}` }] : [])], style, '  ', label.length);
      out.push(`${label ? accent(label) : ''}${body}`);
      if (item.note) out.push(`  ↳ ${layout(item.note, style, '    ', 4)}`);
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
