/**
 * Test helper: a TCP proxy in front of a real server (Redis) that a test can stall (answers held back, as from an
 * overloaded server), stop (connections cut, port closed) and start again on the same port.
 */
import { createServer, connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let stalled = false;
  let held: (() => void)[] = [];
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const cut = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("data", (chunk: Buffer) => upstream.write(chunk));
    upstream.on("data", (chunk: Buffer) => (stalled ? held.push(() => client.write(chunk)) : client.write(chunk)));
    client.on("error", cut).on("close", cut);
    upstream.on("error", cut).on("close", cut);
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stall() {
      stalled = true;
    },
    resume() {
      stalled = false;
      const release = held;
      held = [];
      for (const write of release) write();
    },
    /** Cuts every connection and closes the port. */
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      }),
    start: () => listen(port),
  };
}
