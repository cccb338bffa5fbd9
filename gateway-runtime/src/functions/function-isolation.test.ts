import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidFunctionSpecError } from "./code-store";
import { functionSpec, payloadOf, startHost } from "./test-functions";

const PROBE = `
const fs = require("fs");
const path = require("path");
const attempt = (work) => { try { return "allowed:" + String(work()).slice(0, 40); } catch (e) { return e.code || e.message; } };
exports.handler = async (event) => {
  const root = process.env.LAMBDA_TASK_ROOT;
  return {
    passwd: attempt(() => fs.readFileSync("/etc/passwd", "utf8")),
    siblingDir: attempt(() => fs.readdirSync(path.join(root, "..", event.sibling))),
    siblingFile: attempt(() => fs.readFileSync(path.join(root, "..", event.sibling, "index.js"), "utf8")),
    secretKey: attempt(() => fs.readFileSync(event.secretPath, "utf8")),
    hostModule: attempt(() => require(event.hostModule)),
    childProcess: attempt(() => require("child_process").execSync("id")),
    workerThread: attempt(() => new (require("worker_threads").Worker)("1", { eval: true })),
    writeCode: attempt(() => fs.writeFileSync(path.join(root, "index.js"), "overwritten")),
    ownCode: attempt(() => fs.readFileSync(__filename, "utf8").length),
    tmp: attempt(() => { const file = path.join(require("os").tmpdir(), "scratch"); fs.writeFileSync(file, "kept"); return fs.readFileSync(file, "utf8"); }),
    databaseUrl: process.env.DATABASE_URL ?? null,
    hostVariables: Object.keys(process.env).filter((name) => name.startsWith("PORTICO_") || name === "HOME" || name === "VITEST"),
    nodeOptions: process.env.NODE_OPTIONS ?? null,
    ldPreload: process.env.LD_PRELOAD ?? null,
  };
};`;

let env: ReturnType<typeof startHost>;
let secretDir: string;
const saved = { DATABASE_URL: process.env.DATABASE_URL, PORTICO_SECRET_KEY: process.env.PORTICO_SECRET_KEY };

beforeAll(() => {
  // What a gateway process holds: its database URL and secrets must not reach function code.
  process.env.DATABASE_URL = "postgresql://portico:hunter2@db.internal:5432/portico";
  process.env.PORTICO_SECRET_KEY = "c2VjcmV0LWtleS1mb3ItdGVzdHM=";
  secretDir = mkdtempSync(path.join(tmpdir(), "portico-data-"));
  writeFileSync(path.join(secretDir, "secret.key"), "top secret");
  env = startHost();
});
afterAll(async () => {
  await env.close();
  rmSync(secretDir, { recursive: true, force: true });
  Object.assign(process.env, saved);
  for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name];
});

describe("what function code cannot reach", () => {
  it("denies other files, other functions' code, the host's env, child processes and workers", async () => {
    const neighbour = functionSpec("neighbour", { "index.js": "exports.handler = async () => 'neighbour';" });
    await env.host.invoke(neighbour, {});
    const probe = functionSpec("probe", { "index.js": PROBE }, {
      environment: { NODE_OPTIONS: "--allow-fs-read=* --enable-source-maps --require=/etc/passwd", LD_PRELOAD: "/tmp/evil.so" },
    });
    const seen = payloadOf(
      await env.host.invoke(probe, {
        sibling: neighbour.key,
        secretPath: path.join(secretDir, "secret.key"),
        hostModule: path.resolve("node_modules/fflate"),
      }),
    );
    expect(seen).toEqual({
      passwd: "ERR_ACCESS_DENIED",
      siblingDir: "ERR_ACCESS_DENIED",
      siblingFile: "ERR_ACCESS_DENIED",
      secretKey: "ERR_ACCESS_DENIED",
      hostModule: "ERR_ACCESS_DENIED",
      childProcess: "ERR_ACCESS_DENIED",
      workerThread: "ERR_ACCESS_DENIED",
      writeCode: "ERR_ACCESS_DENIED",
      ownCode: expect.stringMatching(/^allowed:\d+$/),
      tmp: "allowed:kept",
      databaseUrl: null,
      hostVariables: [],
      nodeOptions: "--enable-source-maps",
      ldPreload: null,
    });
  });

  it("writes code owner-only under <workDir>/<key>/", async () => {
    const spec = functionSpec("modes", { "index.js": "exports.handler = async () => 1;", "lib/util.js": "" });
    await env.host.invoke(spec, {});
    const root = path.join(env.workDir, spec.key);
    expect(statSync(root).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(root, "lib")).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(root, "lib/util.js")).mode & 0o777).toBe(0o600);
  });

  it.each([["../escape.js"], ["/etc/escape.js"], ["lib/../../escape.js"], ["C:\\escape.js"]])(
    "refuses a code file named %s and writes nothing",
    async (name) => {
      const spec = functionSpec(`traversal-${name}`, { "index.js": "exports.handler = async () => 1;", [name]: "pwned" });
      await expect(env.host.invoke(spec, {})).rejects.toThrow(InvalidFunctionSpecError);
      expect(existsSync(path.join(env.workDir, "..", "escape.js"))).toBe(false);
      expect(existsSync(path.join(env.workDir, spec.key))).toBe(false);
    },
  );

  it("refuses a key that is not a plain directory name", async () => {
    const spec = { ...functionSpec("bad-key", { "index.js": "" }), key: "../outside" };
    await expect(env.host.invoke(spec, {})).rejects.toThrow(InvalidFunctionSpecError);
  });
});
