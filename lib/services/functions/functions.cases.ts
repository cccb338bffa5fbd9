/** Function service behaviour that must hold on every database; run from services.cases.ts. */
import { expect, it } from "vitest";
import { getRuntimeConfig, getRuntimeConfigVersion } from "../runtime/get-runtime-config";
import { ingestTelemetry } from "../runtime/ingest-telemetry";
import { createAlias } from "./create-alias";
import { createFunction } from "./create-function";
import { deleteFunction } from "./delete-function";
import { getFunctionOrThrow } from "./get-function";
import { getFunctionCodeBySha256 } from "./get-function-code";
import { listFunctionInvocations } from "./list-function-invocations";
import { listVersionsByFunction } from "./list-versions-by-function";
import { publishVersion } from "./publish-version";
import { INVOCATIONS_KEPT_PER_FUNCTION, recordFunctionInvocation } from "./record-function-invocation";
import { resolveFunctionSpec } from "./resolve-function-spec";
import { functionZip, HELLO_HANDLER } from "./testing/function-zip";
import { updateAlias } from "./update-alias";
import { updateFunctionCode } from "./update-function-code";
import { updateFunctionConfiguration } from "./update-function-configuration";

const ROLE = "arn:aws:iam::000000000000:role/lambda-role";
let counter = 0;

async function newFunction(extra: { publish?: boolean; environment?: Record<string, string> } = {}) {
  const functionName = `fn-${Date.now().toString(36)}-${counter++}`;
  const view = await createFunction({
    functionName,
    role: ROLE,
    runtime: "nodejs20.x",
    handler: "index.handler",
    zipFile: functionZip({ "index.js": HELLO_HANDLER }),
    ...extra,
  });
  return { functionName, view };
}

const newCode = (marker: string) => functionZip({ "index.js": `${HELLO_HANDLER}// ${marker}\n` });

export function functionServiceCases(): void {
  it("publishes versions 1, 2, 3 as immutable copies, skips an unchanged $LATEST and never reuses a number", async () => {
    const { functionName, view } = await newFunction({ publish: true, environment: { STAGE: "one" } });
    expect(view.version).toBe("1");
    expect((await publishVersion(functionName)).version).toBe("1");
    await updateFunctionConfiguration(functionName, { environment: { STAGE: "two" }, timeout: 10 });
    const second = await publishVersion(functionName, { description: "second" });
    expect([second.version, second.description, second.environment, second.timeoutSec]).toEqual(["2", "second", { STAGE: "two" }, 10]);
    expect((await getFunctionOrThrow(functionName, "1")).view.environment).toEqual({ STAGE: "one" });
    await deleteFunction(functionName, "2");
    await updateFunctionCode(functionName, { zipFile: newCode("three") });
    expect((await publishVersion(functionName)).version).toBe("3");
    expect((await listVersionsByFunction(functionName)).items.map((v) => v.version)).toEqual(["$LATEST", "1", "3"]);
  });

  it("refuses a second function of the same name and stale RevisionId / CodeSha256 preconditions", async () => {
    const { functionName, view } = await newFunction();
    await expect(newFunctionNamed(functionName)).rejects.toMatchObject({ type: "ResourceConflictException", message: `Function already exist: ${functionName}` });
    const updated = await updateFunctionConfiguration(functionName, { description: "new", revisionId: view.revisionId });
    expect(updated.revisionId).not.toBe(view.revisionId);
    await expect(updateFunctionConfiguration(functionName, { description: "late", revisionId: view.revisionId })).rejects.toMatchObject({
      type: "PreconditionFailedException",
    });
    await expect(publishVersion(functionName, { codeSha256: "bm90IHRoZSBoYXNo" })).rejects.toMatchObject({
      type: "InvalidParameterValueException",
      message: expect.stringContaining(`is different from current CodeSHA256 in $LATEST (${view.codeSha256})`),
    });
    const published = await publishVersion(functionName, { codeSha256: view.codeSha256, revisionId: updated.revisionId });
    expect(published.version).toBe("1");
    // Publishing gives $LATEST a new RevisionId, as Lambda does.
    expect((await getFunctionOrThrow(functionName)).view.revisionId).not.toBe(updated.revisionId);
  });

  it("routes an alias to published versions only and keeps its versions from being deleted", async () => {
    const { functionName } = await newFunction({ publish: true });
    await updateFunctionCode(functionName, { zipFile: newCode("v2"), publish: true });
    await expect(createAlias(functionName, "live", { functionVersion: "$LATEST", additionalVersionWeights: { "1": 0.1 } })).rejects.toMatchObject({
      message: "$LATEST is not supported for an alias pointing to more than 1 version",
    });
    await expect(createAlias(functionName, "live", { functionVersion: "1", additionalVersionWeights: { "9": 0.1 } })).rejects.toMatchObject({
      type: "ResourceNotFoundException",
      message: expect.stringMatching(new RegExp(`:function:${functionName}:9$`)),
    });
    const alias = await createAlias(functionName, "live", { functionVersion: "1", additionalVersionWeights: { "2": 0.25 } });
    expect(alias.additionalVersionWeights).toEqual({ "2": 0.25 });
    await expect(createAlias(functionName, "live", { functionVersion: "1" })).rejects.toMatchObject({ type: "ResourceConflictException" });
    await expect(deleteFunction(functionName, "2")).rejects.toMatchObject({
      message: "Unable to delete version because the following aliases reference it: [live]",
    });
    await expect(updateAlias(functionName, "live", { functionVersion: "2" })).rejects.toMatchObject({
      message: "Invalid function version 2. Function version 2 is already included in routing configuration.",
    });
    const moved = await updateAlias(functionName, "live", { functionVersion: "2", additionalVersionWeights: {}, revisionId: alias.revisionId });
    expect([moved.functionVersion, moved.additionalVersionWeights]).toEqual(["2", {}]);
    await expect(updateAlias(functionName, "live", { description: "x", revisionId: alias.revisionId })).rejects.toMatchObject({
      type: "PreconditionFailedException",
    });
    const viaAlias = await getFunctionOrThrow(functionName, "live");
    expect([viaAlias.view.version, viaAlias.qualifier]).toEqual(["2", "live"]);
  });

  it("hands the runtime every version and alias, and bumps the config version on each change", async () => {
    const before = Number(await getRuntimeConfigVersion());
    const { functionName, view } = await newFunction({ publish: true, environment: { AB: "1" } });
    await createAlias(functionName, "live", { functionVersion: "1" });
    await updateFunctionConfiguration(functionName, { memorySize: 256 });
    expect(Number(await getRuntimeConfigVersion())).toBeGreaterThanOrEqual(before + 4);
    const config = await getRuntimeConfig();
    const mine = config.functions?.functions.filter((f) => f.name === functionName) ?? [];
    expect(mine.map((f) => [f.version, f.memoryMb, f.timeoutMs, f.environment, f.codeSha256])).toEqual([
      ["$LATEST", 256, 3000, { AB: "1" }, view.codeSha256],
      ["1", 128, 3000, { AB: "1" }, view.codeSha256],
    ]);
    // Same code, different memory: different keys.
    expect(mine[0].key).not.toBe(mine[1].key);
    expect(config.functions?.aliases.filter((a) => a.functionName === functionName)).toEqual([
      { functionName, name: "live", functionVersion: "1", additionalVersionWeights: {} },
    ]);
    const zip = await getFunctionCodeBySha256(view.codeSha256.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""));
    expect(zip && Buffer.from(zip).equals(Buffer.from(functionZip({ "index.js": HELLO_HANDLER })))).toBe(true);
    await deleteFunction(functionName);
    expect((await getRuntimeConfig()).functions?.functions.some((f) => f.name === functionName)).toBe(false);
  });

  it("builds the host's spec: unzipped files, the runtime's key, and the version an alias draw picks", async () => {
    const { functionName } = await newFunction({ publish: true, environment: { STAGE: "one" } });
    await updateFunctionCode(functionName, { zipFile: newCode("v2"), publish: true });
    await createAlias(functionName, "live", { functionVersion: "1", additionalVersionWeights: { "2": 0.2 } });
    const low = await resolveFunctionSpec(functionName, "live", () => 0.1);
    const high = await resolveFunctionSpec(`${functionName}:live`, undefined, () => 0.9);
    expect([low.executedVersion, high.executedVersion, low.qualifier]).toEqual(["2", "1", "live"]);
    expect(low.spec.invokedFunctionArn).toMatch(new RegExp(`:function:${functionName}:live$`));
    expect(new TextDecoder().decode(high.spec.files["index.js"])).toBe(HELLO_HANDLER);
    expect([high.spec.timeoutMs, high.spec.memoryMb, high.spec.environment, high.spec.handler]).toEqual([3000, 128, { STAGE: "one" }, "index.handler"]);
    const runtime = (await getRuntimeConfig()).functions?.functions.find((f) => f.name === functionName && f.version === "1");
    expect(high.spec.key).toBe(runtime?.key);
    await expect(resolveFunctionSpec(functionName, "9")).rejects.toMatchObject({ type: "ResourceNotFoundException" });
  });

  it("records invocations with Lambda's statuses and keeps only the last 100 per function", async () => {
    const { functionName } = await newFunction();
    const base = { logs: "START\nEND\n", durationMs: 4.6 };
    for (let i = 0; i < INVOCATIONS_KEPT_PER_FUNCTION + 3; i++) {
      const result =
        i % 3 === 0
          ? { ok: true as const, payload: "{}", requestId: `r${i}`, ...base }
          : { ok: false as const, kind: i % 3 === 1 ? ("timeout" as const) : ("function-error" as const), error: { errorType: `E${i}`, errorMessage: "x", trace: [] }, requestId: `r${i}`, ...base };
      await recordFunctionInvocation({ functionName, qualifier: "$LATEST", result, source: "api" });
    }
    const kept = await listFunctionInvocations(functionName);
    expect(kept).toHaveLength(INVOCATIONS_KEPT_PER_FUNCTION);
    expect([kept[0].requestId, kept.at(-1)?.requestId]).toEqual([`r${INVOCATIONS_KEPT_PER_FUNCTION + 2}`, "r3"]);
    expect(kept.slice(0, 3).map((k) => [k.status, k.errorType, k.durationMs])).toEqual([
      ["Success", null, 5],
      ["Unhandled", "E101", 5],
      ["Timeout", "E100", 5],
    ]);
    await deleteFunction(functionName);
    expect(await listFunctionInvocations(functionName)).toEqual([]);
  });

  it("shows invocations a gateway runtime reports with its telemetry, and ignores those of deleted functions", async () => {
    const { functionName } = await newFunction();
    const record = { functionName, qualifier: "$LATEST", requestId: "gw-1", status: "Unhandled" as const, durationMs: 12, errorType: "Error", logTail: "START\nboom\nEND\n" };
    await ingestTelemetry({ runtimeId: "rt", logs: [], metrics: [], droppedLogs: 0, invocations: [record, { ...record, functionName: "no-such-function", requestId: "gw-2" }] });
    const [shown] = await listFunctionInvocations(functionName);
    expect(shown).toMatchObject({ requestId: "gw-1", status: "Unhandled", errorType: "Error", durationMs: 12, source: "gateway", logTail: "START\nboom\nEND\n" });
    await deleteFunction(functionName);
  });
}

function newFunctionNamed(functionName: string) {
  return createFunction({ functionName, role: ROLE, runtime: "nodejs20.x", handler: "index.handler", zipFile: functionZip({ "index.js": HELLO_HANDLER }) });
}
