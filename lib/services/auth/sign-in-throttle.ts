/**
 * Slows down repeated wrong sign-ins per client and e-mail: each failure in the last 15 minutes doubles the
 * delay (0.5 s, 1 s, 2 s ... up to 8 s). In memory: one console process; a shared store comes with scale-out.
 */
const WINDOW_MS = 15 * 60_000;
const failures = new Map<string, { count: number; last: number }>();

export function failureDelayMs(key: string, now: number): number {
  const entry = failures.get(key);
  if (!entry || now - entry.last > WINDOW_MS) return 500;
  return Math.min(500 * 2 ** entry.count, 8000);
}

export function recordFailure(key: string, now: number): void {
  const entry = failures.get(key);
  const count = entry && now - entry.last <= WINDOW_MS ? entry.count + 1 : 1;
  failures.set(key, { count, last: now });
  if (failures.size > 10_000) {
    for (const [k, v] of failures) if (now - v.last > WINDOW_MS) failures.delete(k);
  }
}

export function clearFailures(key: string): void {
  failures.delete(key);
}
