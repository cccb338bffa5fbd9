/**
 * Builds the console when no current build exists: a content hash of everything the build reads is kept in
 * .next/portico-build-hash, so `npm start` after a change rebuilds and a second start does not.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const INPUT_DIRS = ["app", "components", "lib", "public", "generated"];
const INPUT_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts", "tsconfig.json"];
const HASH_FILE = path.join(root, ".next", "portico-build-hash");

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Test code never reaches the console bundle, so editing it must not force a rebuild.
    if (entry.isDirectory()) {
      if (entry.name !== "testing" && entry.name !== "test-support") yield* walk(full);
    } else if (!/\.(test|cases)\.tsx?$/.test(entry.name)) yield full;
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [...INPUT_DIRS.flatMap((d) => [...walk(path.join(root, d))]), ...INPUT_FILES.map((f) => path.join(root, f))]
    .filter((f) => existsSync(f) && statSync(f).isFile())
    .sort();
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, "utf8") === sourceHash();
}

const LOCK_DIR = path.join(root, ".next-build.lock");
// A build here takes about two minutes; a lock older than ten is left over from a killed build.
const STALE_LOCK_MS = 10 * 60_000;

/** Like ensureBuild, but safe when several test processes ask at once: one builds, the others wait. */
export async function ensureBuildShared(log: (line: string) => void = console.log): Promise<void> {
  for (;;) {
    if (buildIsCurrent()) return;
    try {
      mkdirSync(LOCK_DIR);
    } catch {
      if (Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      ensureBuild(log);
      return;
    } finally {
      rmSync(LOCK_DIR, { recursive: true, force: true });
    }
  }
}

export function ensureBuild(log: (line: string) => void = console.log): void {
  if (buildIsCurrent()) return;
  log("Building the console (first start or sources changed)...");
  const hash = sourceHash();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build", "--webpack"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}).`);
  writeFileSync(HASH_FILE, hash);
}
