import { afterAll, beforeAll, describe } from "vitest";
import { serviceCases } from "./services.cases";
import { useTestDatabase } from "./testing/test-database";

describe("services on SQLite", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("sqlite")));
  afterAll(() => cleanup?.());
  serviceCases();
});
