import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putIntegration } from "../integrations/put-integration";
import { putIntegrationResponse } from "../integrations/put-integration-response";
import { putMethod } from "../methods/put-method";
import { createResource } from "../resources/create-resource";
import { createRestApi } from "../rest-apis/create-rest-api";
import { useTestDatabase } from "../testing/test-database";
import { createDeployment } from "./create-deployment";
import { diffDeployments } from "./diff-deployments";
import { listDeployedMethods } from "./list-deployed-methods";

async function mockApi(body: string) {
  const api = await createRestApi({ name: "pets" });
  const res = await createResource(api.id, { parentId: api.rootResourceId, pathPart: "pets" });
  await putMethod(api.id, res.id, "GET", {});
  await putIntegration(api.id, res.id, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
  await putIntegrationResponse(api.id, res.id, "GET", "200", { responseTemplates: { "application/json": body } });
  return { api, res };
}

describe("diffDeployments and listDeployedMethods (SQLite)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("sqlite")));
  afterAll(() => cleanup?.());

  it("reads both stored snapshots and names the template changed between them", async () => {
    const { api, res } = await mockApi('{"v":1}');
    const first = await createDeployment(api.id, { stageName: "dev" });
    await putIntegrationResponse(api.id, res.id, "GET", "200", { responseTemplates: { "application/json": '{"v":2}' } });
    await createResource(api.id, { parentId: api.rootResourceId, pathPart: "toys" });
    const second = await createDeployment(api.id, { stageName: "dev" });

    const diff = await diffDeployments(api.id, second.id, first.id);
    expect([diff.fromDeploymentId, diff.toDeploymentId]).toEqual([second.id, first.id]);
    expect(diff.summary).toEqual({ added: 0, removed: 1, changed: 1 });
    const labels = diff.groups.flatMap((g) => g.items.map((i) => `${i.kind} ${i.label}`));
    expect(labels).toEqual(["changed GET /pets", "removed /toys"]);
    const get = diff.groups[0].items[0];
    expect(get.texts).toEqual([{ path: ["Integration response 200", "Templates", "application/json"], before: '{"v":2}', after: '{"v":1}' }]);
  });

  it("answers AWS's NotFound for a deployment of another API or an unknown id", async () => {
    const one = await mockApi("{}");
    const two = await mockApi("{}");
    const mine = await createDeployment(one.api.id, {});
    const theirs = await createDeployment(two.api.id, {});
    await expect(diffDeployments(one.api.id, mine.id, theirs.id)).rejects.toMatchObject({ code: "NotFoundException", message: "Invalid Deployment identifier specified" });
    await expect(diffDeployments(one.api.id, "nope000000", mine.id)).rejects.toMatchObject({ code: "NotFoundException" });
  });

  it("lists the methods a deployment serves, as deployed, by path and AWS's method order", async () => {
    const { api, res } = await mockApi("{}");
    await putMethod(api.id, res.id, "DELETE", {});
    await putIntegration(api.id, res.id, "DELETE", { type: "MOCK" });
    await putMethod(api.id, api.rootResourceId, "POST", {});
    await putIntegration(api.id, api.rootResourceId, "POST", { type: "MOCK" });
    const deployment = await createDeployment(api.id, {});
    // A later method in the working copy is not part of that deployment.
    await putMethod(api.id, res.id, "PUT", {});
    expect(await listDeployedMethods(api.id, deployment.id)).toEqual([
      { resourcePath: "/", httpMethod: "POST" },
      { resourcePath: "/pets", httpMethod: "GET" },
      { resourcePath: "/pets", httpMethod: "DELETE" },
    ]);
  });
});
