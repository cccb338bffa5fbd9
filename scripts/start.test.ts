/**
 * `npm start` as a user runs it: one command, two processes, a printed first-start password,
 * a clean stop on SIGTERM, and a crash of one process taking the other down.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuildShared } from "./lib/build";
import { freePort } from "./lib/processes";

const root = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "portico-start-"));
// Every npm start this file launches; killed in afterAll whatever the tests did, so none outlives the run.
const launched: ChildProcess[] = [];

interface Started { child: ChildProcess; output: () => string; exited: Promise<number | null>; ports: { console: number; gateway: number } }

async function npmStart(): Promise<Started> {
  const ports = { console: await freePort(), gateway: await freePort() };
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/start.ts")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(ports.console),
      GATEWAY_PORT: String(ports.gateway),
      DATABASE_URL: `file:${path.join(dir, "portico.db")}`,
      PORTICO_DATA_DIR: dir,
      PORTICO_ADMIN_EMAIL: "",
      PORTICO_ADMIN_PASSWORD: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  launched.push(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (!output.includes("Portico is running")) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill("SIGTERM");
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => output, exited, ports };
}

const refused = (port: number) => fetch(`http://127.0.0.1:${port}/`).then(() => false, () => true);

describe("npm start", () => {
  beforeAll(() => ensureBuildShared(), 600_000);
  afterAll(async () => {
    for (const child of launched) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.all(launched.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((r) => child.once("exit", r)) : null)));
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs console and gateway, prints the generated admin password once, and stops both on SIGTERM", async () => {
    const first = await npmStart();
    expect(first.output()).toMatch(/password: \S{12,}/);
    expect((await fetch(`http://127.0.0.1:${first.ports.console}/login`)).status).toBe(200);
    const gateway = await fetch(`http://127.0.0.1:${first.ports.gateway}/nothing/here`);
    expect(gateway.status).toBe(403);
    expect(await gateway.text()).toBe('{"message":"Missing Authentication Token"}');
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(await refused(first.ports.console)).toBe(true);
    expect(await refused(first.ports.gateway)).toBe(true);

    const second = await npmStart();
    expect(second.output()).not.toMatch(/password:/);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 240_000);

  it("reports a crash of the gateway and stops the console", async () => {
    const started = await npmStart();
    const gatewayPid = Number(/gateway pid (\d+)/.exec(started.output())?.[1]);
    process.kill(gatewayPid, "SIGKILL");
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/the gateway exited unexpectedly/);
    expect(await refused(started.ports.console)).toBe(true);
  }, 240_000);
});
