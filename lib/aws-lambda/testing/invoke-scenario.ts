/**
 * Invoke through @aws-sdk/client-lambda against a Portico whose function host runs the code: results, function
 * errors, log tails, qualifiers and alias routing, and Lambda's request errors. Expects the function
 * runLambdaScenario left behind ($LATEST, versions 1 and 2, alias "live" -> 1 with { "2": 0.5 }).
 */
import type { Lambda } from "@aws-sdk/client-lambda";
import { expect } from "vitest";
import { sdkError } from "./lambda-client";
import type { ScenarioPlace } from "./lambda-scenario";

const json = (payload: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
const event = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export async function runInvokeScenario(client: Lambda, name: string, place: ScenarioPlace): Promise<void> {
  const arn = `arn:aws:lambda:${place.region}:${place.accountId}:function:${name}`;

  const ok = await client.invoke({ FunctionName: name, Payload: event({ name: "Ada" }), LogType: "Tail" });
  expect([ok.StatusCode, ok.FunctionError, ok.ExecutedVersion]).toEqual([200, undefined, "$LATEST"]);
  expect(json(ok.Payload)).toEqual({ greeting: "hello", name: "Ada", version: "$LATEST", arn });
  expect(Buffer.from(ok.LogResult ?? "", "base64").toString("utf8")).toContain("echo-log");

  const failed = await client.invoke({ FunctionName: name, Payload: event({ fail: "on purpose" }) });
  expect([failed.StatusCode, failed.FunctionError, failed.LogResult]).toEqual([200, "Unhandled", undefined]);
  expect(json(failed.Payload)).toMatchObject({ errorType: "Error", errorMessage: "boom: on purpose", trace: expect.any(Array) });

  const version = await client.invoke({ FunctionName: `${name}:1`, Payload: event({}) });
  expect([version.ExecutedVersion, json(version.Payload).arn]).toEqual(["1", `${arn}:1`]);

  // Alias "live" sends half to version 2: both versions answer within a few calls, each naming the alias ARN.
  const seen = new Set<string>();
  for (let i = 0; i < 40 && seen.size < 2; i++) {
    const viaAlias = await client.invoke({ FunctionName: name, Qualifier: "live", Payload: event({}) });
    expect(json(viaAlias.Payload).arn).toBe(`${arn}:live`);
    seen.add(viaAlias.ExecutedVersion ?? "");
  }
  expect([...seen].sort()).toEqual(["1", "2"]);

  const dryRun = await client.invoke({ FunctionName: name, InvocationType: "DryRun" });
  expect(dryRun.StatusCode).toBe(204);
  const notJson = await sdkError(client.invoke({ FunctionName: name, Payload: new TextEncoder().encode("{not json") }));
  expect([notJson.name, notJson.status]).toEqual(["InvalidRequestContentException", 400]);
  expect(notJson.message).toMatch(/^Could not parse request body into json: Could not parse payload into json/);
  const unknown = await sdkError(client.invoke({ FunctionName: `${name}:7`, Payload: event({}) }));
  expect(unknown).toEqual({ name: "ResourceNotFoundException", message: `Function not found: ${arn}:7`, status: 404 });
  const tooLarge = await sdkError(client.invoke({ FunctionName: name, Payload: event({ big: "x".repeat(6_291_456) }) }));
  expect([tooLarge.name, tooLarge.status]).toEqual(["RequestTooLargeException", 413]);
  const hugeAnswer = await client.invoke({ FunctionName: name, Payload: event({ huge: 6_300_000 }) });
  expect(hugeAnswer.FunctionError).toBe("Unhandled");
  expect(json(hugeAnswer.Payload)).toMatchObject({ errorType: "Function.ResponseSizeTooLarge" });

  // A timeout is an Unhandled function error too, and its error document has no trace.
  await client.updateFunctionConfiguration({ FunctionName: name, Timeout: 1 });
  const slow = await client.invoke({ FunctionName: name, Payload: event({ sleep: 1500 }) });
  expect([slow.StatusCode, slow.FunctionError, slow.ExecutedVersion]).toEqual([200, "Unhandled", "$LATEST"]);
  const timedOut = json(slow.Payload);
  expect(timedOut.errorType).toBe("Sandbox.Timedout");
  expect(timedOut).not.toHaveProperty("trace");
}
