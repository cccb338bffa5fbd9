/** The benchmark's backend: node:http, keep-alive, a tiny JSON answer. Prints {"port"} when ready. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const body = Buffer.from(JSON.stringify({ id: 42, name: "widget", ok: true }));
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
// Longer than any client's idle timeout, so the proxies never race a closing socket.
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
