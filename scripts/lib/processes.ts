/** Starting and supervising Portico's two processes: the console (Next.js) and the gateway runtime. */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

function startChild(name: string, args: string[], env: Record<string, string | undefined>, output: "inherit" | "prefix" | "quiet"): Child {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: output === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
  });
  if (output === "prefix") {
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        for (const line of chunk.split("\n")) if (line.trim()) process.stdout.write(`[${name}] ${line}\n`);
      });
    }
  } else if (output === "quiet") {
    // Keep the last lines so a failure can be explained without flooding test output.
    const tail: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        tail.push(...chunk.split("\n").filter(Boolean));
        tail.splice(0, Math.max(0, tail.length - 60));
      });
    }
    (child as ChildProcess & { outputTail?: string[] }).outputTail = tail;
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))));
  return { name, process: child, exited };
}

export function outputTail(child: Child): string {
  return ((child.process as ChildProcess & { outputTail?: string[] }).outputTail ?? []).join("\n");
}

export function startConsole(opts: { port: number; dev?: boolean; env: Record<string, string | undefined>; output?: "inherit" | "prefix" | "quiet" }): Child {
  const next = path.join(root, "node_modules/next/dist/bin/next");
  return startChild("console", [next, opts.dev ? "dev" : "start", "-p", String(opts.port)], { ...opts.env, PORT: String(opts.port) }, opts.output ?? "prefix");
}

export function startGateway(opts: { port: number; env: Record<string, string | undefined>; output?: "inherit" | "prefix" | "quiet"; watch?: boolean }): Child {
  const args = ["--import", "tsx", ...(opts.watch ? ["--watch"] : []), path.join(root, "gateway-runtime/src/main.ts")];
  return startChild("gateway", args, { ...opts.env, GATEWAY_PORT: String(opts.port) }, opts.output ?? "prefix");
}

/** Polls a URL until it answers at all (any status), or fails after the timeout. */
export async function waitForHttp(url: string, timeoutMs: number, child?: Child): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child?.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${child?.name} exited before answering on ${url}`);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`Nothing answered on ${url} within ${timeoutMs} ms`);
}

/** SIGTERM, then SIGKILL if the process has not exited within the grace period. */
export async function stopChild(child: Child, graceMs = 10_000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill("SIGTERM");
  const timer = setTimeout(() => child.process.kill("SIGKILL"), graceMs);
  await child.exited;
  clearTimeout(timer);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
