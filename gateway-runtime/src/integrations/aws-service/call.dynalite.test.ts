import { createRequire } from "node:module";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAwsService, type AwsServiceResponse } from "./call";
import { buildAwsServiceRequest, signAwsServiceRequest } from "./request";
import { parseAwsIntegrationUri } from "./uri";

// dynalite ships no types; it returns a node:http server that speaks DynamoDB's JSON 1.0 protocol.
const dynalite = createRequire(import.meta.url)("dynalite") as (options: { createTableMs: number }) => Server;

const CREDENTIALS = { accessKeyId: "AKIAPORTICODYNALITE1", secretAccessKey: "dynalite-secret" };
let server: Server;
let endpoint: string;
let sdk: DynamoDBClient;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sdk = new DynamoDBClient({ endpoint, region: "us-east-1", credentials: CREDENTIALS });
  await sdk.send(
    new CreateTableCommand({
      TableName: "pets",
      AttributeDefinitions: [
        { AttributeName: "owner", AttributeType: "S" },
        { AttributeName: "petId", AttributeType: "S" },
      ],
      KeySchema: [
        { AttributeName: "owner", KeyType: "HASH" },
        { AttributeName: "petId", KeyType: "RANGE" },
      ],
      BillingMode: "PAY_PER_REQUEST",
    }),
  );
});

afterAll(async () => {
  sdk?.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** What API Gateway does for `arn:aws:apigateway:us-east-1:dynamodb:action/<action>` with a rendered template. */
async function dynamo(action: string, template: unknown, options: { sign?: boolean; secret?: string } = {}) {
  const parsed = parseAwsIntegrationUri(`arn:aws:apigateway:us-east-1:dynamodb:action/${action}`);
  if (!parsed.ok || parsed.uri.kind !== "action") throw new Error("bad uri");
  const request = buildAwsServiceRequest(parsed.uri, {
    integrationHttpMethod: "POST",
    body: new TextEncoder().encode(JSON.stringify(template)),
    // The client's own Content-Type, copied by AWS's defaults; the JSON protocol replaces it.
    headers: { Accept: "application/json", "Content-Type": "application/json", "User-Agent": "AmazonAPIGateway_abc123" },
    querystring: {},
    endpointOverrides: { dynamodb: endpoint },
  });
  const credentials = { ...CREDENTIALS, secretAccessKey: options.secret ?? CREDENTIALS.secretAccessKey };
  const ready = options.sign === false ? request : await signAwsServiceRequest(request, credentials);
  const outcome = await callAwsService(ready, { timeoutMs: 5_000 });
  if ("error" in outcome) throw new Error(outcome.error);
  return { response: outcome as AwsServiceResponse, json: JSON.parse(new TextDecoder().decode(outcome.body)) as Record<string, unknown> };
}

const item = (owner: string, petId: string, name: string) => ({
  TableName: "pets",
  Item: { owner: { S: owner }, petId: { S: petId }, name: { S: name } },
});

describe("AWS service integration against dynalite (DynamoDB)", () => {
  it("PutItem lands the item, as the SDK reads it back", async () => {
    const { response, json } = await dynamo("PutItem", item("ann", "p1", "Rex"));
    expect(response.status).toBe(200);
    expect(json).toEqual({});
    const stored = await sdk.send(new GetItemCommand({ TableName: "pets", Key: { owner: { S: "ann" }, petId: { S: "p1" } } }));
    expect(stored.Item?.name).toEqual({ S: "Rex" });
  });

  it("GetItem returns the item in DynamoDB's JSON", async () => {
    await dynamo("PutItem", item("ann", "p2", "Tom"));
    const { response, json } = await dynamo("GetItem", { TableName: "pets", Key: { owner: { S: "ann" }, petId: { S: "p2" } } });
    expect(response.status).toBe(200);
    expect(json).toEqual({ Item: { owner: { S: "ann" }, petId: { S: "p2" }, name: { S: "Tom" } } });
  });

  it("Query finds every item of a partition", async () => {
    await dynamo("PutItem", item("bob", "p1", "Ada"));
    await dynamo("PutItem", item("bob", "p2", "Bea"));
    const { response, json } = await dynamo("Query", {
      TableName: "pets",
      KeyConditionExpression: "#o = :owner",
      ExpressionAttributeNames: { "#o": "owner" },
      ExpressionAttributeValues: { ":owner": { S: "bob" } },
    });
    expect(response.status).toBe(200);
    expect(json.Count).toBe(2);
    expect((json.Items as { name: { S: string } }[]).map((found) => found.name.S)).toEqual(["Ada", "Bea"]);
  });

  it("passes DynamoDB's 400 ResourceNotFoundException back for a missing table", async () => {
    const { response, json } = await dynamo("GetItem", { TableName: "nope", Key: { owner: { S: "x" }, petId: { S: "y" } } });
    expect(response.status).toBe(400);
    expect(json).toEqual({ __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", message: "Requested resource not found" });
    expect(response.headers).toContainEqual(["Content-Type", "application/x-amz-json-1.0"]);
  });

  it("is refused without a signature (dynalite checks one is there)", async () => {
    const { response, json } = await dynamo("GetItem", { TableName: "pets", Key: { owner: { S: "x" }, petId: { S: "y" } } }, { sign: false });
    expect(response.status).toBe(400);
    expect(json.__type).toBe("com.amazon.coral.service#MissingAuthenticationTokenException");
  });

  it("is not refused with a wrong secret: dynalite does not verify signatures (call.test.ts does)", async () => {
    const { response } = await dynamo("GetItem", { TableName: "pets", Key: { owner: { S: "x" }, petId: { S: "y" } } }, { secret: "wrong" });
    expect(response.status).toBe(200);
  });
});
