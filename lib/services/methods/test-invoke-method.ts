import { getMethodOrThrow } from "./get-method-or-throw";
import { getRestApiOrThrow } from "../rest-apis/get-rest-api-or-throw";
import { getResourceOrThrow } from "../resources/get-resource-or-throw";
import { buildWorkingSnapshot } from "../deployments/build-working-snapshot";
import { postToRuntime } from "../runtime/runtime-admin";
import type { TestInvokeRequest, TestInvokeResult } from "../../domain/runtime-contract";

/** AWS's TestInvokeMethod request fields (clientCertificateId aside). */
export type TestInvokeMethodInput = Omit<TestInvokeRequest, "snapshot" | "httpMethod" | "pathWithQueryString"> & { pathWithQueryString?: string };

/**
 * TestInvokeMethod: sends one request through the API's working copy (not a deployed stage), on the gateway
 * runtime's own pipeline, and returns what AWS returns: status, body, headers, latency and the execution log.
 */
export async function testInvokeMethod(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  input: TestInvokeMethodInput,
): Promise<TestInvokeResult> {
  const api = await getRestApiOrThrow(restApiId);
  const resource = await getResourceOrThrow(restApiId, resourceId);
  await getMethodOrThrow(restApiId, resourceId, httpMethod);
  const snapshot = await buildWorkingSnapshot(api, "test-invoke", new Date());
  const request: TestInvokeRequest = {
    snapshot,
    httpMethod,
    pathWithQueryString: input.pathWithQueryString || resource.path,
    headers: input.headers ?? {},
    multiValueHeaders: input.multiValueHeaders ?? {},
    body: input.body,
    stageVariables: input.stageVariables ?? {},
  };
  return postToRuntime<TestInvokeResult>("/internal/test-invoke", request, 60_000);
}
