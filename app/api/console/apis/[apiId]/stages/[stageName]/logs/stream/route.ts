// GET /api/console/apis/[apiId]/stages/[stageName]/logs/stream: server-sent events with the stage's request logs
import { consoleRoute } from "@/lib/http/console-route";
import { sleep, sseResponse } from "@/lib/http/sse";
import { listRequestLogs } from "@/lib/services/telemetry/list-request-logs";

type Params = { apiId: string; stageName: string };

const POLL_MS = 1_000;
// Idle proxies and browsers drop silent connections; a comment every 15 s keeps this one open.
const HEARTBEAT_MS = 15_000;
const INITIAL_RECORDS = 50;

// Events: `logs` with { records } (oldest first). The first event holds the newest records already stored.
export const GET = consoleRoute<Params>(async (request, { params }) => {
  const { apiId, stageName } = params;
  // Read once before streaming so an unknown API or stage is a JSON 404, not an empty stream.
  const newest = await listRequestLogs(apiId, stageName, { limit: INITIAL_RECORDS });
  return sseResponse(request.signal, async (writer, signal) => {
    const initial = [...newest].reverse();
    let afterId = initial.at(-1)?.id ?? 0;
    writer.event("logs", { records: initial }, afterId);
    let lastBeat = Date.now();
    while (!signal.aborted) {
      await sleep(POLL_MS, signal);
      if (signal.aborted) break;
      const records = await listRequestLogs(apiId, stageName, { afterId, limit: 200 });
      if (records.length > 0) {
        afterId = records[records.length - 1].id;
        writer.event("logs", { records }, afterId);
      } else if (Date.now() - lastBeat >= HEARTBEAT_MS) {
        writer.comment("heartbeat");
        lastBeat = Date.now();
      }
      if (records.length > 0) lastBeat = Date.now();
    }
  });
});
