import { afterAll, beforeAll, describe } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { logRetentionCases } from "./enforce-log-retention.cases";

describe.skipIf(!process.env.TEST_DATABASE_URL)("enforceLogRetention on PostgreSQL (TEST_DATABASE_URL)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("postgres")));
  afterAll(() => cleanup?.());
  logRetentionCases();
});
