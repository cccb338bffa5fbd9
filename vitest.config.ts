import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "gateway-runtime/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // Server tests start a real console; the first may wait for a console build on a slow machine.
    hookTimeout: 600_000,
    // Server tests start real processes and bind ports; files run in parallel workers, tests inside one file in order.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
