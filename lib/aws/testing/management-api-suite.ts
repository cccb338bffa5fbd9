/**
 * For SDK test suites: a migrated throw-away database of `kind`, the management API on a real port (SigV4, AWS's
 * wire format, no console build) for the suite's tests, and an AWS SDK client signed for it. Call inside describe.
 */
import { APIGateway } from "@aws-sdk/client-api-gateway";
import { afterAll, beforeAll } from "vitest";
import { useTestDatabase } from "@/lib/services/testing/test-database";
import { startInProcessManagementApi, type InProcessManagementApi } from "./in-process-server";

export interface ManagementApiUnderTest {
  api(): InProcessManagementApi;
  client(): APIGateway;
}

export function managementApiForSuite(kind: "sqlite" | "postgres"): ManagementApiUnderTest {
  let api: InProcessManagementApi | undefined;
  let client: APIGateway | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase(kind));
    api = await startInProcessManagementApi();
    const credentials = { accessKeyId: api.accessKeyId, secretAccessKey: api.secretAccessKey };
    client = new APIGateway({ endpoint: api.url, region: "us-east-1", credentials, maxAttempts: 1 });
  });
  afterAll(async () => {
    await api?.close();
    await cleanup?.();
  });
  return {
    api: () => api!,
    client: () => client!,
  };
}
