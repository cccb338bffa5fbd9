import { afterAll, beforeAll, describe } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { usagePlanServiceCases } from "./usage-plans.cases";

describe.skipIf(!process.env.TEST_DATABASE_URL)("key and plan services on PostgreSQL (TEST_DATABASE_URL)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("postgres")));
  afterAll(() => cleanup?.());
  usagePlanServiceCases();
});
