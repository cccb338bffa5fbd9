/**
 * The Lambda API end to end through @aws-sdk/client-lambda: create, read, update, publish, alias, page, delete,
 * and Lambda's errors. Shared by the in-process server test and the real-Portico SDK test, so both run the same
 * script. Names are unique per run, so several runs can share one database.
 */
import { createHash } from "node:crypto";
import { paginateListFunctions, waitUntilFunctionActiveV2, waitUntilFunctionUpdatedV2, type Lambda } from "@aws-sdk/client-lambda";
import { expect } from "vitest";
import { functionZip } from "@/lib/services/functions/testing/function-zip";
import { sdkError } from "./lambda-client";

export const ROLE = "arn:aws:iam::000000000000:role/portico-test";
export const ECHO_HANDLER = `exports.handler = async (event, context) => {
  console.log("echo-log", JSON.stringify(event));
  if (event.fail) throw new Error("boom: " + event.fail);
  if (event.sleep) await new Promise((resolve) => setTimeout(resolve, event.sleep));
  if (event.huge) return "x".repeat(event.huge);
  return { greeting: process.env.GREETING, name: event.name, version: context.functionVersion, arn: context.invokedFunctionArn };
};
`;

export interface ScenarioPlace {
  region: string;
  accountId: string;
}

export async function runLambdaScenario(client: Lambda, place: ScenarioPlace): Promise<string> {
  const name = `scenario-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  const arn = `arn:aws:lambda:${place.region}:${place.accountId}:function:${name}`;
  const zip = functionZip({ "index.js": ECHO_HANDLER });

  const created = await client.createFunction({
    FunctionName: name,
    Runtime: "nodejs20.x",
    Handler: "index.handler",
    Role: ROLE,
    Code: { ZipFile: zip },
    Environment: { Variables: { GREETING: "hello" } },
    Timeout: 5,
  });
  expect(created).toMatchObject({
    FunctionName: name,
    FunctionArn: arn,
    Runtime: "nodejs20.x",
    Role: ROLE,
    Handler: "index.handler",
    CodeSize: zip.byteLength,
    CodeSha256: createHash("sha256").update(zip).digest("base64"),
    Timeout: 5,
    MemorySize: 128,
    Version: "$LATEST",
    Environment: { Variables: { GREETING: "hello" } },
    State: "Active",
    PackageType: "Zip",
    Architectures: ["x86_64"],
  });
  expect(created.LastModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
  await waitUntilFunctionActiveV2({ client, maxWaitTime: 10 }, { FunctionName: name });

  const duplicate = await sdkError(client.createFunction({ FunctionName: name, Runtime: "nodejs20.x", Handler: "index.handler", Role: ROLE, Code: { ZipFile: zip } }));
  expect(duplicate).toEqual({ name: "ResourceConflictException", message: `Function already exist: ${name}`, status: 409 });

  // GetFunction by full ARN; Code.Location downloads the very zip for ten minutes without other credentials.
  const got = await client.getFunction({ FunctionName: arn });
  expect(got.Configuration?.FunctionArn).toBe(arn);
  expect(got.Code?.RepositoryType).toBe("S3");
  const download = await fetch(got.Code?.Location ?? "");
  expect(download.status).toBe(200);
  expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(zip))).toBe(true);
  expect((await fetch((got.Code?.Location ?? "").replace(/X-Amz-Signature=[0-9a-f]/, "X-Amz-Signature=x"))).status).toBe(403);

  const qualified = await client.getFunctionConfiguration({ FunctionName: name, Qualifier: "$LATEST" });
  expect(qualified.FunctionArn).toBe(`${arn}:$LATEST`);
  const missing = await sdkError(client.getFunction({ FunctionName: `${name}-missing` }));
  expect(missing).toEqual({ name: "ResourceNotFoundException", message: `Function not found: ${arn}-missing`, status: 404 });

  const updated = await client.updateFunctionConfiguration({ FunctionName: name, MemorySize: 256, RevisionId: created.RevisionId });
  expect([updated.MemorySize, updated.LastUpdateStatus]).toEqual([256, "Successful"]);
  await waitUntilFunctionUpdatedV2({ client, maxWaitTime: 10 }, { FunctionName: name });
  const stale = await sdkError(client.updateFunctionConfiguration({ FunctionName: name, Timeout: 9, RevisionId: created.RevisionId }));
  expect([stale.name, stale.status]).toEqual(["PreconditionFailedException", 412]);
  const tooLong = await sdkError(client.updateFunctionConfiguration({ FunctionName: name, Timeout: 901 }));
  expect([tooLong.name, tooLong.status]).toEqual(["ValidationException", 400]);

  await checkVersionsAndAliases(client, name, arn);
  await checkListing(client, name);
  return name;
}

async function checkVersionsAndAliases(client: Lambda, name: string, arn: string): Promise<void> {
  const v1 = await client.publishVersion({ FunctionName: name, Description: "first" });
  expect([v1.Version, v1.FunctionArn, v1.Description]).toEqual(["1", `${arn}:1`, "first"]);
  const v2 = await client.updateFunctionCode({
    FunctionName: name,
    ZipFile: functionZip({ "index.js": `${ECHO_HANDLER}// two\n` }),
    Publish: true,
  });
  expect([v2.Version, v2.FunctionArn]).toEqual(["2", `${arn}:2`]);
  const versions = await client.listVersionsByFunction({ FunctionName: name });
  expect(versions.Versions?.map((v) => [v.Version, v.FunctionArn])).toEqual([
    ["$LATEST", `${arn}:$LATEST`],
    ["1", `${arn}:1`],
    ["2", `${arn}:2`],
  ]);

  const alias = await client.createAlias({ FunctionName: name, Name: "live", FunctionVersion: "1", RoutingConfig: { AdditionalVersionWeights: { "2": 0.5 } } });
  expect(alias).toMatchObject({ AliasArn: `${arn}:live`, Name: "live", FunctionVersion: "1", RoutingConfig: { AdditionalVersionWeights: { "2": 0.5 } } });
  const onLatest = await sdkError(client.updateAlias({ FunctionName: name, Name: "live", FunctionVersion: "$LATEST" }));
  expect(onLatest).toEqual({ name: "InvalidParameterValueException", message: "$LATEST is not supported for an alias pointing to more than 1 version", status: 400 });
  const twoExtra = await sdkError(client.updateAlias({ FunctionName: name, Name: "live", RoutingConfig: { AdditionalVersionWeights: { "1": 0.1, "2": 0.1 } } }));
  expect(twoExtra.message).toBe("Number of items in AdditionalVersionWeights cannot be greater than 1");
  const noAlias = await sdkError(client.getAlias({ FunctionName: name, Name: "nope" }));
  expect(noAlias).toEqual({ name: "ResourceNotFoundException", message: `Cannot find alias arn: ${arn}:nope`, status: 404 });
  expect((await client.getAlias({ FunctionName: name, Name: "live" })).RevisionId).toBe(alias.RevisionId);
  expect((await client.listAliases({ FunctionName: name, FunctionVersion: "1" })).Aliases?.map((a) => a.Name)).toEqual(["live"]);
  const viaAlias = await client.getFunction({ FunctionName: name, Qualifier: "live" });
  expect([viaAlias.Configuration?.FunctionArn, viaAlias.Configuration?.Version]).toEqual([`${arn}:live`, "1"]);
}

async function checkListing(client: Lambda, name: string): Promise<void> {
  // A second function, so there is always a second page.
  const other = `${name}-b`;
  await client.createFunction({ FunctionName: other, Runtime: "nodejs22.x", Handler: "index.handler", Role: ROLE, Code: { ZipFile: functionZip({ "index.js": ECHO_HANDLER }) } });
  const first = await client.listFunctions({ MaxItems: 1 });
  expect(first.Functions).toHaveLength(1);
  expect(first.NextMarker).toBeTruthy();
  const names: string[] = [];
  for await (const page of paginateListFunctions({ client, pageSize: 1 }, {})) names.push(...(page.Functions ?? []).map((f) => f.FunctionName ?? ""));
  expect(names).toEqual(expect.arrayContaining([name, other]));
  expect(new Set(names).size).toBe(names.length);
  await client.deleteFunction({ FunctionName: other });
  const all = await client.listFunctions({ FunctionVersion: "ALL", MaxItems: 50 });
  const mine = [];
  let page = all;
  for (;;) {
    mine.push(...(page.Functions ?? []).filter((f) => f.FunctionName === name).map((f) => f.Version));
    if (!page.NextMarker) break;
    page = await client.listFunctions({ FunctionVersion: "ALL", Marker: page.NextMarker });
  }
  expect(mine).toEqual(["$LATEST", "1", "2"]);
}

/** Deleting: a version an alias uses is refused; then the alias, the version and the whole function go. */
export async function runDeleteScenario(client: Lambda, name: string): Promise<void> {
  const inUse = await sdkError(client.deleteFunction({ FunctionName: name, Qualifier: "2" }));
  expect(inUse).toEqual({ name: "ResourceConflictException", message: "Unable to delete version because the following aliases reference it: [live]", status: 409 });
  const latest = await sdkError(client.deleteFunction({ FunctionName: name, Qualifier: "$LATEST" }));
  expect(latest.message).toBe("$LATEST version cannot be deleted without deleting the function.");
  await client.deleteAlias({ FunctionName: name, Name: "live" });
  await client.deleteFunction({ FunctionName: name, Qualifier: "2" });
  expect((await client.listVersionsByFunction({ FunctionName: name })).Versions?.map((v) => v.Version)).toEqual(["$LATEST", "1"]);
  await client.deleteFunction({ FunctionName: name });
  expect((await sdkError(client.getFunction({ FunctionName: name }))).name).toBe("ResourceNotFoundException");
}
