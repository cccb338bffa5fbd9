import { afterAll, beforeAll, describe, it } from "vitest";
import { startPortico, type PorticoInstance } from "@/scripts/testing/portico-harness";
import { runManagementScenario } from "./testing/management-scenario";

describe("management API through the AWS SDK (SQLite)", () => {
  let portico: PorticoInstance;
  beforeAll(async () => {
    portico = await startPortico();
  });
  afterAll(async () => {
    await portico?.stop();
  });

  it("builds, deploys, changes, rolls back and reports AWS errors as AWS does", async () => {
    await runManagementScenario(portico);
  }, 120_000);
});
