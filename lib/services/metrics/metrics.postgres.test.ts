import { afterAll, beforeAll, describe } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { metricsQueryCases } from "./metrics-query.cases";
import { metricsRollupCases } from "./metrics-rollup.cases";

describe.skipIf(!process.env.TEST_DATABASE_URL)("metrics storage and queries on PostgreSQL (TEST_DATABASE_URL)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("postgres")));
  afterAll(() => cleanup?.());
  metricsQueryCases();
  metricsRollupCases();
});
