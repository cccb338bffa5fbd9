import { afterAll, beforeAll, describe, it } from "vitest";
import { startPortico, type PorticoInstance } from "@/scripts/testing/portico-harness";
import { runManagementScenario } from "./testing/management-scenario";

// Runs only where a PostgreSQL server is given; the harness isolates the run in its own schema.
describe.skipIf(!process.env.TEST_DATABASE_URL)("management API through the AWS SDK (PostgreSQL)", () => {
  let portico: PorticoInstance;
  beforeAll(async () => {
    portico = await startPortico({ databaseUrl: process.env.TEST_DATABASE_URL });
  });
  afterAll(async () => {
    await portico?.stop();
  });

  it("builds, deploys, changes, rolls back and reports AWS errors as AWS does", async () => {
    await runManagementScenario(portico);
  }, 120_000);
});
