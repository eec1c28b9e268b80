// Text clean-up applied before anything else, so that offsets stay valid for every later stage.

/** Removes BOM and soft hyphens, turns CRLF/CR into LF and no-break spaces into spaces. */
export function cleanText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replace(/[^\S\n]+$/gm, '');
}
