/**
 * The benchmark's telemetry endpoint: stands in for the control plane's POST /api/internal/runtime/telemetry,
 * answering 204 to every batch after reading it whole, and keeping nothing. Its own process, so the gateway pays
 * for serialising and sending its batches (HttpLogSink) but not for anyone parsing them. Prints {"port"} when
 * ready and, on SIGTERM, how many batches and bytes it took (stderr).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

let batches = 0;
let bytes = 0;
const server = createServer((req, res) => {
  req.on("data", (chunk: Buffer) => (bytes += chunk.length));
  req.on("end", () => {
    batches++;
    res.writeHead(204).end();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.on("SIGTERM", () => {
  process.stderr.write(`${JSON.stringify({ telemetrySink: { batches, megabytes: Math.round(bytes / 1e5) / 10 } })}\n`);
  process.exit(0);
});
