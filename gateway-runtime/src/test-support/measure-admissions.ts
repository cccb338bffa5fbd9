/** Test helper: offers a steady stream of requests for a while and records when each was sent and what it got. */
import { call, sleep } from "./servers";

export interface Admission {
  /** ms since the first request was sent. */
  sentAt: number;
  status: number;
  body: string;
}

/** `workers` loops, each sending its next request `gapMs` (default none) after the previous answer, for `durationMs`. */
export async function measureAdmissions(
  url: string,
  options: { headers?: Record<string, string>; durationMs: number; workers?: number; gapMs?: number; warmUpUrl?: string },
): Promise<{ admissions: Admission[]; elapsedMs: number }> {
  const admissions: Admission[] = [];
  const workers = options.workers ?? 3;
  // One connection per worker opened (and the server's code paths warmed) before the clock starts.
  const warmUpUrl = options.warmUpUrl;
  if (warmUpUrl) await Promise.all(Array.from({ length: workers }, () => call(warmUpUrl)));
  const start = performance.now();
  const worker = async () => {
    while (performance.now() - start < options.durationMs) {
      const sentAt = performance.now() - start;
      const res = await call(url, { headers: options.headers });
      admissions.push({ sentAt, status: res.status, body: res.body });
      if (options.gapMs) await sleep(options.gapMs);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  admissions.sort((a, b) => a.sentAt - b.sentAt);
  return { admissions, elapsedMs: admissions[admissions.length - 1].sentAt };
}
