/**
 * Portico's runtime as the benchmark runs it: in-memory config with an HTTP_PROXY stage ({proxy+} to the
 * backend, the usual AWS setup) and a MOCK stage; telemetry on, into a sink that accepts and forgets.
 */
import { createGatewayServer } from "../../gateway-runtime/src/server";
import { MemorySnapshotSource } from "../../gateway-runtime/src/ports/snapshot-source";
import { DiscardLogSink } from "../../gateway-runtime/src/ports/log-sink";
import { consoleLogger } from "../../gateway-runtime/src/ports/logger";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../../gateway-runtime/src/test-support/snapshots";

const backend = process.env.BACKEND_URL;
if (!backend) throw new Error("BACKEND_URL is required");

const proxied = snapshot("benchapi01", "dep-proxy", { "/{proxy+}": { ANY: proxyMethod(`${backend}/{proxy}`) } });
const mocked = snapshot("benchapi01", "dep-mock", {
  "/items/{id}": { GET: mockMethod(JSON.stringify({ id: 42, name: "widget", ok: true })) },
});
const source = new MemorySnapshotSource(
  runtimeConfig("bench", [
    { stageName: "proxy", snapshot: proxied },
    { stageName: "mock", snapshot: mocked },
  ]),
);
const gateway = createGatewayServer({ source, sink: new DiscardLogSink(), logger: consoleLogger });
const { port } = await gateway.listen(0, "127.0.0.1");
process.stdout.write(`${JSON.stringify({ port })}\n`);

// Exit through process.exit so `node --cpu-prof` writes its profile when the bench stops this process.
process.on("SIGTERM", () => void gateway.close().finally(() => process.exit(0)));
