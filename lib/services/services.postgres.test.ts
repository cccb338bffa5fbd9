import { afterAll, beforeAll, describe } from "vitest";
import { serviceCases } from "./services.cases";
import { useTestDatabase } from "./testing/test-database";

describe.skipIf(!process.env.TEST_DATABASE_URL)("services on PostgreSQL (TEST_DATABASE_URL)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("postgres")));
  afterAll(() => cleanup?.());
  serviceCases();
});
