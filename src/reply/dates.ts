// Readable dates for replies: "Thu 7 Dec 2023", "Sep 2023", "2024".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Formats YYYY, YYYY-MM or YYYY-MM-DD; anything else comes back unchanged. */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!mo || !month) return String(y);
  if (!d) return `${month} ${y}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()];
  return `${weekday} ${Number(d)} ${month} ${y}`;
}

/** "2023-12-08T07:58:02Z" → "Fri 8 Dec 2023". */
export function formatInstant(instant: string): string {
  const t = Date.parse(instant);
  return Number.isNaN(t) ? instant : formatDate(new Date(t).toISOString().slice(0, 10));
}
