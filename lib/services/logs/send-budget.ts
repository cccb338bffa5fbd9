/**
 * At most `perSecond` records in any one-second window: what one live-tail connection may send, so a burst of
 * traffic cannot flood a browser tab. Pure; the caller passes the clock in.
 */
export class SendBudget {
  private sent: { atMs: number; count: number }[] = [];

  constructor(private readonly perSecond: number) {}

  /** How many records may go out at `nowMs`. */
  available(nowMs: number): number {
    this.sent = this.sent.filter((entry) => entry.atMs > nowMs - 1_000);
    return Math.max(0, this.perSecond - this.sent.reduce((sum, entry) => sum + entry.count, 0));
  }

  spend(count: number, nowMs: number): void {
    if (count > 0) this.sent.push({ atMs: nowMs, count });
  }
}
