import { afterAll, beforeAll, describe } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { usagePlanServiceCases } from "./usage-plans.cases";

describe("key and plan services on SQLite", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("sqlite")));
  afterAll(() => cleanup?.());
  usagePlanServiceCases();
});
