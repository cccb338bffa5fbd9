import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, startGateway } from "../test-support/servers";

const api = snapshot("routeapi01", "dep1", {
  "/": { GET: mockMethod("root") },
  "/pets": { GET: mockMethod("pets GET"), ANY: mockMethod("pets ANY") },
  "/pets/{petId}": { GET: mockMethod("pet by id") },
  "/pets/mine": { GET: mockMethod("my pets") },
  "/a/{x}/c": { GET: mockMethod("a x c") },
  "/a/b/{y}": { GET: mockMethod("a b y") },
  "/a/{x}/c/d": { GET: mockMethod("a x c d") },
  "/files/{proxy+}": { ANY: mockMethod("files greedy"), POST: mockMethod("files greedy POST") },
  "/files/special": { GET: mockMethod("files special") },
});
const greedyOnly = snapshot("greedyonly", "dep2", { "/{proxy+}": { ANY: mockMethod("root greedy") } });

let gw: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  gw = await startGateway(
    runtimeConfig("v1", [
      { stageName: "prod", snapshot: api },
      { stageName: "prod", snapshot: greedyOnly },
    ]),
  );
});
afterAll(() => gw.close());

async function answer(method: string, path: string, restApiId = "routeapi01") {
  const { status, body } = await call(gw.url(restApiId, "prod", path), { method });
  return status === 200 ? body : status;
}

describe("routing precedence over real HTTP", () => {
  it.each([
    ["GET", "/", "root"],
    ["GET", "/pets", "pets GET"],
    ["POST", "/pets", "pets ANY"],
    ["DELETE", "/pets", "pets ANY"],
    ["GET", "/pets/", "pets GET"],
    ["GET", "/pets/mine", "my pets"],
    ["GET", "/pets/42", "pet by id"],
    ["GET", "/pets/a%2Fb", "pet by id"],
    ["GET", "/a/z/c", "a x c"],
    ["GET", "/a/b/c", "a b y"],
    ["GET", "/a/b/c/d", "a x c d"],
    ["GET", "/files/special", "files special"],
    ["GET", "/files/x/y/z", "files greedy"],
    ["POST", "/files/x/y", "files greedy POST"],
    ["PUT", "/files/x", "files greedy"],
  ])("%s %s answers %s", async (method, path, expected) => {
    expect(await answer(method, path)).toBe(expected);
  });

  it.each([
    ["DELETE", "/pets/42"],
    ["POST", "/pets/mine"],
    ["GET", "/a/z"],
    ["GET", "/files"],
    ["GET", "/nothing/here"],
    // AWS picks the resource first: /files/special has no POST, and the {proxy+} sibling does not take over.
    ["POST", "/files/special"],
  ])("%s %s is Missing Authentication Token", async (method, path) => {
    expect(await answer(method, path)).toBe(403);
  });

  it("does not answer / from a root whose only child is {proxy+}", async () => {
    expect(await answer("GET", "/", "greedyonly")).toBe(403);
    expect(await answer("GET", "/any/thing", "greedyonly")).toBe("root greedy");
  });
});
