// Who held an office on a day: news copy names the sitting president by office and surname alone ("President
// Trump", AP style), and a reader supplies the full name. The holders and their terms are data (office-holders.json).
import HOLDERS from './office-holders.json' with { type: 'json' };

interface Term {
  name: string;
  /** ISO date the term began; it ends when the next one begins. An empty name is a vacancy. */
  from: string;
}

const TERMS: Readonly<Record<string, readonly Term[]>> = {
  president: HOLDERS.president,
  'vice president': HOLDERS['vice president'],
};

/** The full name of whoever held `office` on `day` (an ISO date), or null (a vacancy, an office not listed). */
export function holderOn(office: string, day: string): string | null {
  let held: string | null = null;
  for (const term of TERMS[office.toLowerCase()] ?? []) {
    if (term.from > day) break;
    held = term.name;
  }
  return held || null;
}

/** The full name of whoever held `office` on `day` (an ISO date), when their surname is `surname`; else null. */
export function officeHolder(office: string, surname: string, day: string): string | null {
  const held = holderOn(office, day);
  return held && held.split(' ').at(-1) === surname ? held : null;
}
