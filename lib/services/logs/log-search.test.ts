import { afterAll, beforeAll, describe } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { logSearchCases } from "./log-search.cases";

describe("request log search on SQLite", () => {
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("sqlite")), 60_000);
  afterAll(() => cleanup?.());
  logSearchCases();
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("request log search on PostgreSQL (TEST_DATABASE_URL)", () => {
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("postgres")), 60_000);
  afterAll(() => cleanup?.());
  logSearchCases();
});
