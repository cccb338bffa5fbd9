import { afterAll, beforeAll, describe } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { metricsQueryCases } from "./metrics-query.cases";
import { metricsRollupCases } from "./metrics-rollup.cases";

describe("metrics storage and queries on SQLite", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("sqlite")));
  afterAll(() => cleanup?.());
  metricsQueryCases();
  metricsRollupCases();
});
