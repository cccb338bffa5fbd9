import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDeadline } from "./redis-link";

describe("withDeadline (the per-call Redis timeout)", () => {
  // An echo server in another process, as Redis is: it answers while this one is busy.
  let echo: ChildProcess;
  let port = 0;
  beforeAll(async () => {
    const script = "require('net').createServer((s) => s.on('data', (d) => s.write(d))).listen(0, '127.0.0.1', function () { console.log(this.address().port) })";
    echo = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    port = Number(await new Promise<string>((resolve) => createInterface({ input: echo.stdout! }).once("line", resolve)));
  });
  afterAll(() => {
    echo.kill();
  });

  it("passes on an answer in time and rejects a call with none", async () => {
    expect(await withDeadline(Promise.resolve("ok"), 50)).toBe("ok");
    const started = performance.now();
    await expect(withDeadline(new Promise<never>(() => undefined), 50)).rejects.toThrow(/timed out/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("passes on an error as it is", async () => {
    await expect(withDeadline(Promise.reject(new Error("WRONGTYPE")), 50)).rejects.toThrow("WRONGTYPE");
  });

  it("does not count as late an answer that arrived while this process was too busy to read it", async () => {
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    const reply = new Promise<string>((resolve) => socket.once("data", (chunk) => resolve(chunk.toString())));
    const call = withDeadline(reply, 50);
    socket.write("pong");
    // Busy for twice the deadline: the echo is back in the socket long before this turn ends.
    const until = performance.now() + 100;
    while (performance.now() < until) {
      // spin
    }
    expect(await call).toBe("pong");
    socket.destroy();
  });
});
