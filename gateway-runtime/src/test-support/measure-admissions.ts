/** Test helper: offers a steady stream of requests for a while and records when each was sent and what it got. */
import { call, sleep } from "./servers";

export interface Admission {
  /** ms since the first request was sent. */
  sentAt: number;
  /** ms since the first request was sent, when the answer was in. */
  answeredAt: number;
  status: number;
  body: string;
}

export interface MeasureOptions {
  headers?: Record<string, string>;
  /** At least this long. */
  durationMs: number;
  /** And on until this many requests were refused (a starved test process may offer too little at first)... */
  minRefused?: number;
  /** ...but never longer than this. */
  maxDurationMs?: number;
  workers?: number;
  gapMs?: number;
  /** Fetched once per worker before the clock starts: opens the connections. */
  warmUpUrl?: string;
}

/** `workers` loops, each sending its next request `gapMs` (default none) after the previous answer. */
export async function measureAdmissions(url: string, options: MeasureOptions): Promise<{ admissions: Admission[]; elapsedMs: number }> {
  const admissions: Admission[] = [];
  const workers = options.workers ?? 3;
  const warmUpUrl = options.warmUpUrl;
  if (warmUpUrl) await Promise.all(Array.from({ length: workers }, () => call(warmUpUrl)));
  const start = performance.now();
  let refused = 0;
  const going = () => {
    const elapsed = performance.now() - start;
    if (elapsed >= (options.maxDurationMs ?? options.durationMs)) return false;
    return elapsed < options.durationMs || refused < (options.minRefused ?? 0);
  };
  const worker = async () => {
    while (going()) {
      const sentAt = performance.now() - start;
      const res = await call(url, { headers: options.headers });
      admissions.push({ sentAt, answeredAt: performance.now() - start, status: res.status, body: res.body });
      if (res.status !== 200) refused++;
      if (options.gapMs) await sleep(options.gapMs);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  admissions.sort((a, b) => a.sentAt - b.sentAt);
  return { admissions, elapsedMs: admissions[admissions.length - 1].sentAt };
}
