import { createRequire } from "node:module";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, startGateway } from "../test-support/servers";
import { integrationMethod, response } from "../test-support/integrations";

// dynalite ships no types; it returns a node:http server that speaks DynamoDB's JSON 1.0 protocol.
const dynalite = createRequire(import.meta.url)("dynalite") as (options: { createTableMs: number }) => Server;
const CREDENTIALS = { accessKeyId: "AKIAPORTICOGATEWAY01", secretAccessKey: "gateway-dynalite-secret" };

let server: Server;
let sdk: DynamoDBClient;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sdk = new DynamoDBClient({ endpoint, region: "us-east-1", credentials: CREDENTIALS });
  await sdk.send(
    new CreateTableCommand({
      TableName: "pets",
      AttributeDefinitions: [{ AttributeName: "petId", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "petId", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    }),
  );
  const api = snapshot("dynamoapi1", "dep1", {
    "/pets/{id}": {
      PUT: integrationMethod({
        type: "AWS",
        httpMethod: "POST",
        uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem",
        requestTemplates: {
          "application/json": `{"TableName": "pets", "Item": {"petId": {"S": "$input.params('id')"}, "name": {"S": "$util.escapeJavaScript($input.path('$.name'))"}}}`,
        },
        integrationResponses: {
          "200": response("200", { responseTemplates: { "application/json": `{"stored": "$input.params('id')"}` } }),
          "400": response("400", { selectionPattern: "400", responseTemplates: { "application/json": `{"error": "$input.path('$.__type')"}` } }),
        },
      }),
      GET: integrationMethod({
        type: "AWS",
        httpMethod: "POST",
        uri: "arn:aws:apigateway:us-east-1:dynamodb:action/GetItem",
        requestTemplates: { "application/json": `{"TableName": "\${stageVariables.table}", "Key": {"petId": {"S": "$input.params('id')"}}}` },
        integrationResponses: {
          "200": response("200", { responseTemplates: { "application/json": `{"name": "$input.path('$.Item.name.S')"}` } }),
          "400": response("400", { selectionPattern: "400", responseTemplates: { "application/json": `{"error": "$input.path('$.__type')"}` } }),
        },
      }),
    },
  });
  gw = await startGateway(runtimeConfig("v1", [{ stageName: "prod", snapshot: api, variables: { table: "pets" } }, { stageName: "broken", snapshot: api, variables: { table: "nope" } }]), {
    awsService: { credentials: CREDENTIALS, endpointOverrides: { dynamodb: endpoint } },
  });
});

afterAll(async () => {
  await gw?.close();
  sdk?.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("AWS service integration against dynalite (DynamoDB's wire protocol)", () => {
  it("writes an item rendered by the request template, signed with the configured credentials", async () => {
    const res = await call(gw.url("dynamoapi1", "prod", "/pets/p1"), { method: "PUT", headers: { "content-type": "application/json" }, body: '{"name": "Rex"}' });
    expect([res.status, res.body]).toEqual([200, '{"stored": "p1"}']);
    const stored = await sdk.send(new GetItemCommand({ TableName: "pets", Key: { petId: { S: "p1" } } }));
    expect(stored.Item?.name?.S).toBe("Rex");
  });

  it("reads it back through the gateway, and maps DynamoDB's 400 through a selection pattern", async () => {
    const ok = await call(gw.url("dynamoapi1", "prod", "/pets/p1"));
    expect([ok.status, ok.body]).toEqual([200, '{"name": "Rex"}']);
    const missingTable = await call(gw.url("dynamoapi1", "broken", "/pets/p1"));
    expect(missingTable.status).toBe(400);
    expect(missingTable.body).toContain("ResourceNotFoundException");
  });
});
