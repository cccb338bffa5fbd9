/**
 * The Functions console routes on a migrated SQLite database, called as Next.js calls them (request + params).
 * Only the session is faked; Test runs on the gateway runtime's real FunctionHost.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FunctionHost } from "@/gateway-runtime/src/functions/function-host";
import { setFunctionInvoker } from "@/lib/services/functions/function-invoker";
import { useTestDatabase } from "@/lib/services/testing/test-database";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ requireApiUser: async () => ({ id: "u1", email: "admin@example.com", role: "admin" }) }));

const functions = await import("./route");
const one = await import("./[functionName]/route");
const code = await import("./[functionName]/code/route");
const versions = await import("./[functionName]/versions/route");
const aliases = await import("./[functionName]/aliases/route");
const alias = await import("./[functionName]/aliases/[aliasName]/route");
const invocations = await import("./[functionName]/invocations/route");
const invoke = await import("./[functionName]/invoke/route");

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function call<P>(handler: Handler<P>, params: P, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const request = new NextRequest("http://console.test/api/console/functions", {
    method: body === undefined ? "GET" : "POST",
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const NAME = "hello-fn";
const fn = { functionName: NAME };

describe("Functions console routes (SQLite)", () => {
  let cleanup: () => Promise<void>;
  let host: FunctionHost | undefined;
  let workDir: string;

  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase("sqlite"));
    workDir = mkdtempSync(path.join(tmpdir(), "portico-console-fn-"));
  });

  afterAll(async () => {
    setFunctionInvoker(undefined);
    await host?.close();
    await cleanup?.();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it("creates a function with Lambda's defaults and the starter index.mjs, and lists it", async () => {
    const created = await call(functions.POST, {}, { functionName: NAME });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ functionName: NAME, version: "$LATEST", runtime: "nodejs20.x", handler: "index.handler", timeoutSec: 3, memoryMb: 128 });
    const listed = await call(functions.GET, {});
    expect(listed.json.items).toEqual([expect.objectContaining({ functionName: NAME, versionsCount: 0 })]);
    const source = await call(code.GET, fn);
    expect(source.json).toMatchObject({ path: "index.mjs", exists: true, files: [{ path: "index.mjs", size: expect.any(Number) }] });
    expect(source.json.source).toContain('export const handler = async (event, context) => ({\n  statusCode: 200,\n  body: JSON.stringify({ hello: "world" })');
  });

  it("answers 400 for a name outside Lambda's rules, 409 for a taken name and 400 for a qualified name in the URL", async () => {
    const bad = await call(functions.POST, {}, { functionName: "bad name" });
    expect([bad.status, bad.json.error]).toEqual([400, { code: "BadRequestException", message: expect.stringContaining("letters, digits, hyphens") }]);
    const taken = await call(functions.POST, {}, { functionName: NAME });
    expect([taken.status, (taken.json.error as { code: string }).code]).toEqual([409, "ResourceConflictException"]);
    expect((await call(one.GET, { functionName: `${NAME}:1` })).status).toBe(400);
  });

  it("saves the edited handler file into the package and refuses a save based on code that changed since", async () => {
    const before = await call(code.GET, fn);
    const base = before.json.codeSha256 as string;
    const edited = `export const handler = async (event) => { console.log("got", event.name); return { statusCode: 200, body: "hi " + event.name }; };\n`;
    const saved = await call(code.PUT, fn, { path: "index.mjs", source: edited, codeSha256: base });
    expect(saved.status).toBe(200);
    expect(saved.json.codeSha256).not.toBe(base);
    expect((await call(code.GET, fn)).json.source).toBe(edited);
    const stale = await call(code.PUT, fn, { path: "index.mjs", source: "x", codeSha256: base });
    expect([stale.status, (stale.json.error as { code: string }).code]).toEqual([412, "PreconditionFailedException"]);
    const escape = await call(code.PUT, fn, { path: "../x.mjs", source: "x", codeSha256: saved.json.codeSha256 });
    expect(escape.status).toBe(400);
  });

  it("updates the configuration and refuses environments over 4 KB or with reserved keys", async () => {
    const updated = await call(one.PATCH, fn, { timeout: 10, memorySize: 256, description: "greets", environment: { GREETING: "hi" } });
    expect(updated.json).toMatchObject({ timeoutSec: 10, memoryMb: 256, description: "greets", environment: { GREETING: "hi" } });
    const big = await call(one.PATCH, fn, { environment: { BIG: "x".repeat(4096) } });
    expect([big.status, (big.json.error as { message: string }).message]).toEqual([400, expect.stringContaining("4 KB")]);
    const reserved = await call(one.PATCH, fn, { environment: { AWS_REGION: "x" } });
    expect([reserved.status, (reserved.json.error as { message: string }).message]).toEqual([400, expect.stringContaining("AWS_REGION")]);
    const timeout = await call(one.PATCH, fn, { timeout: 901 });
    expect(timeout.status).toBe(400);
  });

  it("publishes versions, then creates, reweights and deletes a weighted alias", async () => {
    expect((await call(versions.POST, fn, { description: "first" })).json).toMatchObject({ version: "1", description: "first" });
    expect((await call(versions.POST, fn, {})).json.version).toBe("1"); // nothing changed since 1
    await call(one.PATCH, fn, { timeout: 11 });
    expect((await call(versions.POST, fn, {})).json.version).toBe("2");
    expect(((await call(versions.GET, fn)).json.items as { version: string }[]).map((v) => v.version)).toEqual(["$LATEST", "1", "2"]);

    const created = await call(aliases.POST, fn, { name: "live", functionVersion: "1", routing: { version: "2", weight: 0.25 } });
    expect(created.json).toMatchObject({ name: "live", functionVersion: "1", additionalVersionWeights: { "2": 0.25 } });
    const onLatest = await call(aliases.POST, fn, { name: "edge", functionVersion: "$LATEST", routing: { version: "2", weight: 0.5 } });
    expect(onLatest.status).toBe(400);
    const moved = await call(alias.PATCH, { ...fn, aliasName: "live" }, { functionVersion: "2", routing: null });
    expect(moved.json).toMatchObject({ functionVersion: "2", additionalVersionWeights: {} });
    expect((await call(aliases.GET, fn)).json.items).toEqual([expect.objectContaining({ name: "live" })]);
    expect((await call(alias.DELETE, { ...fn, aliasName: "live" })).status).toBe(204);
    expect((await call(aliases.GET, fn)).json.items).toEqual([]);
  });

  it("reports a missing function runtime as ServiceException instead of failing the request", async () => {
    setFunctionInvoker(undefined);
    const result = await call(invoke.POST, fn, { event: "{}" });
    expect([result.status, result.json.error]).toEqual([500, { code: "ServiceException", message: expect.stringContaining("No function host") }]);
    expect((await call(invoke.POST, fn, { event: "{nope" })).status).toBe(400);
  });

  it("runs Test on the function host with logs and records the invocation as a console one", async () => {
    host = new FunctionHost({ workDir });
    setFunctionInvoker(host);
    const ok = await call(invoke.POST, fn, { event: JSON.stringify({ name: "Ada" }) });
    expect(ok.json).toMatchObject({ status: "Succeeded", executedVersion: "$LATEST", error: null });
    expect(JSON.parse(ok.json.payload as string)).toEqual({ statusCode: 200, body: "hi Ada" });
    expect(ok.json.logs).toMatch(/START RequestId: .*\n.*got Ada[\s\S]*END RequestId[\s\S]*REPORT RequestId/);

    const version = await call(invoke.POST, fn, { event: "{}", qualifier: "1" });
    expect(version.json.executedVersion).toBe("1");

    await call(code.PUT, fn, { path: "index.mjs", source: "export const handler = async () => { throw new TypeError('bad'); };\n", codeSha256: (await call(code.GET, fn)).json.codeSha256 });
    const failed = await call(invoke.POST, fn, { event: "{}" });
    expect(failed.json).toMatchObject({ status: "Failed", error: { errorType: "TypeError", errorMessage: "bad" } });

    const recorded = (await call(invocations.GET, fn)).json.items as { status: string; source: string; qualifier: string }[];
    expect(recorded.map((r) => [r.status, r.source, r.qualifier])).toEqual([
      ["Unhandled", "console", "$LATEST"],
      ["Success", "console", "1"],
      ["Success", "console", "$LATEST"],
    ]);
  }, 60_000);

  it("deletes the function with its versions", async () => {
    expect((await call(one.DELETE, fn)).status).toBe(204);
    const gone = await call(one.GET, fn);
    expect([gone.status, (gone.json.error as { code: string }).code]).toEqual([404, "ResourceNotFoundException"]);
    expect((await call(functions.GET, {})).json.items).toEqual([]);
  });
});
