/**
 * A function version's deployment package on disk (Lambda's /var/task): `<workDir>/<key>/`, written once per
 * key, owner-only (0700 directories, 0600 files), never through a path that leaves the directory.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** An unusable FunctionSpec: the host refuses it before starting anything. */
export class InvalidFunctionSpecError extends Error {
  readonly name = "InvalidFunctionSpecError";
}

// Used as a directory name and inside --allow-fs-read, where "*" would be a wildcard.
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function assertValidKey(key: string): void {
  if (!KEY.test(key)) throw new InvalidFunctionSpecError(`Function key must match ${KEY}: ${JSON.stringify(key)}`);
}

/**
 * The file's path inside the package, or null for a directory entry ("lib/"). Refuses absolute paths and any
 * path that climbs out ("../x", "a/../../x"), as a zip-slip guard.
 */
export function packagePath(name: string): string | null {
  if (name.endsWith("/")) return null;
  const normalized = path.posix.normalize(name);
  const escapes = normalized === ".." || normalized.startsWith("../") || normalized === ".";
  if (name === "" || name.includes("\0") || path.posix.isAbsolute(name) || path.win32.isAbsolute(name) || escapes) {
    throw new InvalidFunctionSpecError(`Unsafe file name in function code: ${JSON.stringify(name)}`);
  }
  return normalized;
}

export class CodeStore {
  private readonly writing = new Map<string, Promise<string>>();

  constructor(readonly root: string) {}

  /** The task root for `key`, writing `files` there first unless an earlier call (or process) already did. */
  taskRoot(key: string, files: Record<string, Uint8Array>): Promise<string> {
    assertValidKey(key);
    let pending = this.writing.get(key);
    if (!pending) {
      pending = this.write(key, files);
      this.writing.set(key, pending);
      // A failed write may be retried; a finished one is remembered as the path.
      pending.catch(() => this.writing.delete(key));
    }
    return pending;
  }

  private async write(key: string, files: Record<string, Uint8Array>): Promise<string> {
    const target = path.join(this.root, key);
    if (await isDirectory(target)) return target;
    const entries = Object.entries(files).map(([name, content]) => [packagePath(name), content] as const);
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    // Written aside and renamed into place, so a crash never leaves a half-written package under the key.
    const staging = path.join(this.root, `.staging-${key}-${randomBytes(6).toString("hex")}`);
    try {
      await mkdir(staging, { mode: 0o700 });
      for (const [relative, content] of entries) {
        if (relative === null) continue;
        const file = path.join(staging, relative);
        if (!file.startsWith(staging + path.sep)) throw new InvalidFunctionSpecError(`Unsafe file name: ${relative}`);
        await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
        await writeFile(file, content, { mode: 0o600, flag: "wx" });
      }
      await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
        // Another host process wrote the same key first; its copy is identical by definition of the key.
        if ((error.code === "ENOTEMPTY" || error.code === "EEXIST") && (await isDirectory(target))) return;
        throw error;
      });
      return target;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}
