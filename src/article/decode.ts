// Bytes of an article file → text, or a one-line reason why they are not an article. Encodings a newsroom's
// files come in: UTF-8 (with or without BOM), UTF-16 with a BOM (Windows "Unicode" text), and Windows-1252 (older
// Windows "ANSI" text, a superset of Latin-1). Anything else with NUL or control bytes is binary.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

// windows-1252's 0x80–0x9F. Node 20's TextDecoder maps that label to windows-1252 but decodes these bytes as
// latin1 control characters, so curly quotes and dashes would come out as C1 controls.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Windows-1252 bytes → text (every byte has a meaning, so this never fails). */
export function decodeCp1252(buf: Uint8Array): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const part = buf.subarray(i, i + 8192);
    out += Array.from(part, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
  }
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters other than tab, LF, FF and CR are what marks binary data
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
/** A page's markup at its start: HTML is not plain text (the paragraphs would carry tags). */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<!doctype\s+html)/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 1024));
}

export function decodeArticleBytes(buf: Uint8Array): Decoded {
  let text: string;
  let encoding: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(buf.subarray(2));
    encoding = 'utf-16le';
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(buf.subarray(2));
    encoding = 'utf-16be';
  } else {
    if (buf.includes(0)) return { ok: false, reason: 'not a text file (it holds binary data)' };
    try {
      text = utf8.decode(buf);
      encoding = 'utf-8';
    } catch {
      // Not UTF-8: every byte sequence is Windows-1252, so the control-byte check below tells text from binary.
      text = decodeCp1252(buf);
      encoding = 'windows-1252';
    }
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > text.length / 100) {
    return { ok: false, reason: 'not a text file (it holds binary data)' };
  }
  if (looksLikeHtml(text)) {
    return {
      ok: false,
      reason: 'an HTML page, not plain text: save the article as .txt (or add the page by its link)',
    };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding };
}
