// The process around the bot or console: stop signals watched from the first line of start-up, and a guard that
// keeps the bot serving when a library throws where nothing can catch it (discord.js building an interaction from
// a payload it did not expect, say).
import { type Logger, newErrorId } from './log.ts';

export type StopReason = NodeJS.Signals | 'disconnect';

export interface StopWatch {
  /** Resolves on the first SIGINT or SIGTERM (or, in a shard process, when the manager's channel closes). */
  readonly stopped: Promise<StopReason>;
  /** The reason once stopped, else null. */
  reason(): StopReason | null;
  /** Removes the handlers. */
  cancel(): void;
}

/** Errors of a send to the sharding manager that has died. */
const IPC_GONE = new Set(['ERR_IPC_CHANNEL_CLOSED', 'EPIPE', 'ECONNRESET']);

/**
 * Watches for a stop from now on. Installed before anything slow, so that a signal during start-up is a clean
 * stop (logged, exit 0) rather than the default kill.
 */
export function watchStop(): StopWatch {
  let reason: StopReason | null = null;
  let on: (r: StopReason) => void = () => {};
  const onDisconnect = () => on('disconnect');
  const onSignal = (sig: NodeJS.Signals) => on(sig);
  const cancel = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('disconnect', onDisconnect);
  };
  const stopped = new Promise<StopReason>((resolve) => {
    on = (r) => {
      cancel();
      reason = r;
      resolve(r);
    };
  });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (process.env.SHARDING_MANAGER && process.connected) {
    process.on('disconnect', onDisconnect);
    // discord.js's ShardClientUtil reports to the manager (ready, reconnecting…); once the manager is gone those
    // sends fail as an 'error' event on process, which must not crash the shutdown.
    process.on('error', (err: NodeJS.ErrnoException) => {
      if (!IPC_GONE.has(err.code ?? '')) throw err;
    });
  }
  return { stopped, reason: () => reason, cancel };
}

/**
 * Logs an error nothing caught, with an id, and keeps the process up: one bad payload must not cost every later
 * user their answer. Returns a function that removes the guard.
 */
export function guardProcess(log: Logger): () => void {
  const onError = (kind: string) => (err: unknown) => {
    log.error({ err, errorId: newErrorId(), kind }, 'uncaught error: still serving');
  };
  const uncaught = onError('uncaughtException');
  const rejected = onError('unhandledRejection');
  process.on('uncaughtException', uncaught);
  process.on('unhandledRejection', rejected);
  return () => {
    process.off('uncaughtException', uncaught);
    process.off('unhandledRejection', rejected);
  };
}
