/**
 * Open-loop, fixed-rate load generator, run as its own process (see fixed-rate.ts). Requests are scheduled at
 * evenly spaced instants (rate/s in total, spread round-robin over `connections` keep-alive undici Clients, one
 * request in flight per connection). When every connection is busy, due requests wait here in a FIFO queue, so
 * a target that stalls is charged for every request it delayed: latency is measured from the scheduled instant,
 * not from the moment the request could finally be written (the coordinated-omission correction wrk2 makes).
 * The time from scheduled instant to actual write (timer lateness + waiting for a free connection) and the time
 * from write to response end are returned too.
 */
import { Client, type Dispatcher } from "undici";

export interface FixedRateJob {
  url: string;
  rate: number;
  seconds: number;
  /** Unrecorded seconds at the same rate first: warms this process's JIT and the target's connections. */
  warmupS: number;
  connections: number;
  /** Sent with every request (an API key, Cache-Control). */
  headers?: Record<string, string>;
}

export interface FixedRateResult {
  scheduled: number;
  completed: number;
  /** Every request sent, recorded or not (connection opening and warm-up included): the CPU-per-request divisor. */
  sent: number;
  errors: number; // transport errors + responses with status >= 400
  elapsedS: number;
  latencyUs: number[]; // from scheduled instant to end of response, per completed request
  serviceUs: number[]; // from actual write to end of response
  lagUs: number[]; // from scheduled instant to actual write
}

async function run(job: FixedRateJob): Promise<FixedRateResult> {
  const target = new URL(job.url);
  const path = `${target.pathname}${target.search}`;
  const clients = Array.from(
    { length: job.connections },
    () => new Client(target.origin, { pipelining: 1, headersTimeout: 10_000, bodyTimeout: 10_000, keepAliveTimeout: 60_000 }),
  );
  const busy = new Array<boolean>(job.connections).fill(false);
  const queue: number[] = []; // scheduled instants (performance.now() ms) waiting for a free connection
  const result: FixedRateResult = { scheduled: 0, completed: 0, sent: 0, errors: 0, elapsedS: 0, latencyUs: [], serviceUs: [], lagUs: [] };
  let cursor = 0;
  let inFlight = 0;
  let recordFrom = Infinity; // scheduled instants before this are not recorded (connection opening, warm-up)
  let drained: (() => void) | null = null;

  const send = (index: number, scheduledAt: number) => {
    busy[index] = true;
    inFlight++;
    result.sent++;
    const sentAt = performance.now();
    let status = 0;
    const finish = (failed: boolean) => {
      const end = performance.now();
      busy[index] = false;
      inFlight--;
      if (scheduledAt >= recordFrom) {
        if (failed || status >= 400) result.errors++;
        else {
          result.completed++;
          result.latencyUs.push(Math.round((end - scheduledAt) * 1000));
          result.serviceUs.push(Math.round((end - sentAt) * 1000));
          result.lagUs.push(Math.round((sentAt - scheduledAt) * 1000));
        }
      }
      const next = queue.shift();
      if (next !== undefined) send(index, next);
      else if (inFlight === 0 && drained) drained();
    };
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart: () => {}, // marks the handler as undici 7 style
      onResponseStart: (_c, statusCode) => void (status = statusCode),
      onResponseData: () => {},
      onResponseEnd: () => finish(false),
      onResponseError: () => finish(true),
    };
    clients[index].dispatch({ origin: target.origin, path, method: "GET", headers: job.headers ?? {} }, handler);
  };

  /** Round-robin over free connections; the FIFO queue when none is free. */
  const submit = (scheduledAt: number) => {
    for (let n = 0; n < clients.length; n++) {
      const index = (cursor + n) % clients.length;
      if (!busy[index]) {
        cursor = index + 1;
        return send(index, scheduledAt);
      }
    }
    queue.push(scheduledAt);
  };

  // Open every connection (one unrecorded request each) before the clock starts.
  await new Promise<void>((resolve) => {
    drained = resolve;
    for (let i = 0; i < clients.length; i++) send(i, performance.now());
  });
  drained = null;
  await new Promise((resolve) => setTimeout(resolve, 200));

  const interval = 1000 / job.rate;
  const warmup = Math.round(job.rate * job.warmupS);
  const total = warmup + Math.round(job.rate * job.seconds);
  const start = performance.now();
  recordFrom = start + warmup * interval;
  await new Promise<void>((resolve) => {
    let count = 0;
    let next = start;
    const tick = () => {
      const now = performance.now();
      while (next <= now && count < total) {
        if (count++ >= warmup) result.scheduled++;
        submit(next);
        next = start + count * interval;
      }
      if (count < total) setTimeout(tick, Math.max(0, next - performance.now()));
      else resolve();
    };
    tick();
  });
  if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
  result.elapsedS = (performance.now() - recordFrom) / 1000;
  await Promise.all(clients.map((c) => c.close()));
  return result;
}

process.on("message", (job: FixedRateJob) => {
  run(job).then(
    (result) => process.send!({ ok: true, result }),
    (error: Error) => process.send!({ ok: false, error: String(error?.stack ?? error) }),
  );
});
process.send!({ ready: true });
