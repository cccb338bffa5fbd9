/** Child processes for the benchmark targets, and peak-RSS sampling from /proc. */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";

export interface Target {
  child: ChildProcess;
  pid: number;
  port: number;
}

const HERE = path.dirname(new URL(import.meta.url).pathname);

/** Starts bench/targets/<name>.ts under Node + tsx and waits for its {"port"} line. */
export async function startTarget(name: string, env: Record<string, string> = {}): Promise<Target> {
  const file = path.join(HERE, "..", "targets", `${name}.ts`);
  const child = spawn(process.execPath, ["--import", "tsx", file], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code} before listening`)));
    lines.once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return { child, pid: child.pid!, port };
}

export async function stopTarget(target: Target): Promise<void> {
  if (target.child.exitCode !== null) return;
  const exited = new Promise((resolve) => target.child.once("exit", resolve));
  target.child.kill("SIGTERM");
  await exited;
}

/** A process and its descendants (cluster workers, function host children), from /proc (Linux). */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      const children = readFileSync(`/proc/${out[i]}/task/${out[i]}/children`, "utf8").trim();
      if (children) out.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone, or /proc without children lists: count what we have
    }
  }
  return out;
}

function ownRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Resident set size in MB of a process and its descendants, from /proc (Linux); null elsewhere. */
export function rssMb(pid: number): number | null {
  let total: number | null = null;
  for (const member of processTree(pid)) {
    const mb = ownRssMb(member);
    if (mb !== null) total = (total ?? 0) + mb;
  }
  return total;
}

/** Samples a process's RSS while `work` runs and returns the peak seen. */
export async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number | null }> {
  let peak: number | null = rssMb(pid);
  const timer = setInterval(() => {
    const now = rssMb(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 200);
  try {
    const result = await work();
    return { result, peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}

const CLOCK_TICKS_PER_S = 100; // USER_HZ, 100 on every mainstream Linux build

/** User + system CPU seconds a process has used so far, from /proc/<pid>/stat (Linux); null elsewhere. */
function ownCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields[0] is field 3 (state)
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) of a process and its live descendants. */
export function cpuSeconds(pid: number): number | null {
  let total: number | null = null;
  for (const member of processTree(pid)) {
    const seconds = ownCpuSeconds(member);
    if (seconds !== null) total = (total ?? 0) + seconds;
  }
  return total;
}
