import { afterAll, beforeAll, describe } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { logRetentionCases } from "./enforce-log-retention.cases";

describe("enforceLogRetention on SQLite", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("sqlite")));
  afterAll(() => cleanup?.());
  logRetentionCases();
});
