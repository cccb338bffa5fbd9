// GET /api/console/apis/[apiId]/stages/[stageName]/logs/stream?(the list's filters): a live tail as server-sent events
import { consoleRoute } from "@/lib/http/console-route";
import { sleep, sseResponse } from "@/lib/http/sse";
import { openLogTail, type LogTailEvent } from "@/lib/services/logs/log-tail";

type Params = { apiId: string; stageName: string };

const POLL_MS = 500;
// Idle proxies and browsers drop silent connections; a comment every 15 s keeps this one open.
const HEARTBEAT_MS = 15_000;

// Events: `logs` with { records } (oldest first, id: the last id seen) and `skipped` with { count } when more
// arrived than the rate bound lets through. The tail starts after the newest stored record, or after Last-Event-ID.
export const GET = consoleRoute<Params>(async (request, { params }) => {
  // Opened before streaming so bad filters or an unknown API are a JSON 400/404, not an empty stream.
  const tail = await openLogTail(params.apiId, params.stageName, Object.fromEntries(request.nextUrl.searchParams), request.headers.get("last-event-id"));
  return sseResponse(request.signal, async (writer) => {
    // Read through `request` on every turn: undici's Request holds the controller behind request.signal, and only
    // weakly from the caller's signal, so a request nobody references can be collected and the disconnect lost.
    const signal = () => request.signal;
    const send = (e: LogTailEvent) => writer.event(e.event, e.data, "id" in e ? e.id : undefined);
    send(tail.opening());
    let lastWrite = Date.now();
    while (!signal().aborted) {
      await sleep(POLL_MS, signal());
      if (signal().aborted) break;
      const events = await tail.poll(Date.now());
      for (const event of events) send(event);
      if (events.length > 0) lastWrite = Date.now();
      else if (Date.now() - lastWrite >= HEARTBEAT_MS) {
        writer.comment("heartbeat");
        lastWrite = Date.now();
      }
    }
  });
});
