/**
 * Resident memory of a function process, read from outside it: the process cannot be trusted (or may be
 * stuck in a loop) to report its own. Linux only; elsewhere the V8 heap limit is the only memory bound.
 */
import { readFileSync } from "node:fs";

const VM_RSS = /^VmRSS:\s+(\d+)\s+kB/m;

export const canWatchMemory = process.platform === "linux";

/** Bytes, or null when the process is gone or /proc is unavailable. */
export function residentBytes(pid: number): number | null {
  if (!canWatchMemory) return null;
  try {
    // A synchronous read of a procfs file takes microseconds and never blocks on disk.
    const match = VM_RSS.exec(readFileSync(`/proc/${pid}/status`, "latin1"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
