// Structured logs (pino) on stderr, so stdout stays clean for JSON and the console.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const valid = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  return pino({ level: valid.includes(level) ? level : 'info', base: undefined }, pino.destination(2));
}
