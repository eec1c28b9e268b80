// Per-user cooldown between slash commands. The clock is injectable so that tests need no waiting.

export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(
    /** Minimum time between two commands of one user, in ms; 0 turns the cooldown off. */
    readonly ms: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns 0 and starts the user's cooldown when they may go ahead, else the ms they still have to wait. */
  take(userId: string): number {
    if (this.ms <= 0) return 0;
    const t = this.now();
    const until = this.until.get(userId);
    if (until !== undefined && until > t) return until - t;
    this.until.set(userId, t + this.ms);
    if (this.until.size > 10_000) this.sweep(t);
    return 0;
  }

  private sweep(t: number): void {
    for (const [user, until] of this.until) if (until <= t) this.until.delete(user);
  }
}

/** "2.4 s" / "1 s": the wait, rounded up to a tenth of a second. */
export function formatWait(ms: number): string {
  const s = Math.ceil(ms / 100) / 10;
  return `${Number.isInteger(s) ? s.toFixed(0) : s.toFixed(1)} s`;
}
