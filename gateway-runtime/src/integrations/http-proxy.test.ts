import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, startBackend, startGateway } from "../test-support/servers";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let seen: Seen[] = [];
let backend: Awaited<ReturnType<typeof startBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  backend = await startBackend((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.setHeader("x-backend", "yes");
      res.setHeader("set-cookie", ["a=1", "b=2"]);
      res.setHeader("server", "backend-server");
      res.statusCode = req.url!.includes("teapot") ? 418 : 200;
      res.end(JSON.stringify({ echo: req.url }));
    });
  });
  const api = snapshot("proxyapi01", "dep1", {
    "/{proxy+}": { ANY: proxyMethod(`${backend.origin}/base/{proxy}`) },
    "/items/{itemId}": { GET: proxyMethod(`${backend.origin}/things/{itemId}?fixed=1`) },
    "/renamed/{a}": {
      GET: proxyMethod(`${backend.origin}/r/{b}`, { requestParameters: { "integration.request.path.b": "method.request.path.a" } }),
    },
    "/always-post": { GET: proxyMethod(`${backend.origin}/posted`, { httpMethod: "POST" }) },
    "/via-variable": { GET: proxyMethod("http://${stageVariables.backendHost}/from-variable") },
    "/validated": {
      POST: { ...proxyMethod(`${backend.origin}/validated`), requestValidatorId: "body", requestModels: { "application/json": "Pet" } },
    },
  });
  api.models = [{ name: "Pet", contentType: "application/json", schema: JSON.stringify({ type: "object", required: ["name"] }) }];
  api.requestValidators = [{ id: "body", name: "body", validateRequestBody: true, validateRequestParameters: false }];
  gw = await startGateway(
    runtimeConfig("v1", [{ stageName: "dev", snapshot: api, variables: { backendHost: `127.0.0.1:${backend.port}` } }]),
  );
});
afterAll(async () => {
  await gw.close();
  await backend.close();
});

describe("HTTP_PROXY integration", () => {
  it("forwards a body that request validation has already read", async () => {
    seen = [];
    const payload = JSON.stringify({ name: "Rex", notes: "x".repeat(70_000) });
    const res = await call(gw.url("proxyapi01", "dev", "/validated"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: payload,
    });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0].body).toBe(payload);
    const refused = await call(gw.url("proxyapi01", "dev", "/validated"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(refused.status).toBe(400);
    expect(seen).toHaveLength(1);
  });

  it("passes method, greedy path, query, headers and body through", async () => {
    seen = [];
    const res = await call(gw.url("proxyapi01", "dev", "/deep/a%20b/c?x=1&y=two"), {
      method: "PUT",
      headers: { "content-type": "text/plain", "x-client": "hello", "x-forwarded-for": "10.0.0.1", connection: "keep-alive" },
      body: "payload",
    });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request.method).toBe("PUT");
    expect(request.url).toBe("/base/deep/a%20b/c?x=1&y=two");
    expect(request.body).toBe("payload");
    expect(request.headers["x-client"]).toBe("hello");
    expect(request.headers["content-type"]).toBe("text/plain");
    expect(request.headers.host).toBe(`127.0.0.1:${backend.port}`);
    expect(request.headers["x-forwarded-for"]).toBe("10.0.0.1, 127.0.0.1");
  });

  it("passes the backend's status and headers back, remapping reserved ones", async () => {
    const res = await call(gw.url("proxyapi01", "dev", "/teapot"));
    expect(res.status).toBe(418);
    expect(res.body).toBe(JSON.stringify({ echo: "/base/teapot" }));
    expect(res.headers["x-backend"]).toBe("yes");
    expect(res.headers["set-cookie"]).toEqual(["a=1", "b=2"]);
    expect(res.headers["x-amzn-remapped-server"]).toBe("backend-server");
    expect(res.headers["x-amzn-remapped-date"]).toBeDefined();
    expect(res.headers.server).toBeUndefined();
    expect(res.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("substitutes {param} and appends the query to the URI's own", async () => {
    seen = [];
    await call(gw.url("proxyapi01", "dev", "/items/7?z=9"));
    expect(seen[0].url).toBe("/things/7?fixed=1&z=9");
  });

  it("maps a URI placeholder through integration.request.path requestParameters", async () => {
    seen = [];
    await call(gw.url("proxyapi01", "dev", "/renamed/value"));
    expect(seen[0].url).toBe("/r/value");
  });

  it("uses the integration's httpMethod when it is not ANY", async () => {
    seen = [];
    await call(gw.url("proxyapi01", "dev", "/always-post"));
    expect(seen[0]).toMatchObject({ method: "POST", url: "/posted" });
  });

  it("resolves ${stageVariables.x} in the URI", async () => {
    seen = [];
    const res = await call(gw.url("proxyapi01", "dev", "/via-variable"));
    expect(res.status).toBe(200);
    expect(seen[0].url).toBe("/from-variable");
  });

  it("reuses keep-alive connections to the backend", async () => {
    const before = backend.connections;
    for (let i = 0; i < 20; i++) await call(gw.url("proxyapi01", "dev", `/seq/${i}`));
    expect(backend.connections - before).toBeLessThanOrEqual(1);
  });

  it("streams a large body both ways", async () => {
    seen = [];
    const body = "x".repeat(3 * 1024 * 1024);
    const res = await call(gw.url("proxyapi01", "dev", "/big"), { method: "POST", body });
    expect(res.status).toBe(200);
    expect(seen[0].body.length).toBe(body.length);
  });
});
