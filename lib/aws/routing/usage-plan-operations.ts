/**
 * AWS API Gateway's account-level operations on API keys and usage plans (/apikeys, /usageplans), with AWS's
 * methods, path templates and success statuses (from the AWS SDK's model). Kept apart from the /restapis list.
 */
import type { AwsOperation } from "./aws-operations";

const op = (name: string, method: string, path: string, status: number, extra: Partial<AwsOperation> = {}): AwsOperation => ({
  name,
  method,
  path,
  status,
  ...extra,
});

const K = "/apikeys/{apiKey}";
const P = "/usageplans/{usagePlanId}";

// ImportApiKeys must be tried before CreateApiKey on the same path; its body is the CSV file itself.
export const USAGE_PLAN_OPERATIONS: readonly AwsOperation[] = [
  op("ImportApiKeys", "POST", "/apikeys", 201, { whenQuery: ["mode", "import"], rawBody: true }),
  op("GetApiKeys", "GET", "/apikeys", 200),
  op("CreateApiKey", "POST", "/apikeys", 201),
  op("GetApiKey", "GET", K, 200),
  op("UpdateApiKey", "PATCH", K, 200),
  op("DeleteApiKey", "DELETE", K, 202),
  op("GetUsagePlans", "GET", "/usageplans", 200),
  op("CreateUsagePlan", "POST", "/usageplans", 201),
  op("GetUsagePlan", "GET", P, 200),
  op("UpdateUsagePlan", "PATCH", P, 200),
  op("DeleteUsagePlan", "DELETE", P, 202),
  op("GetUsagePlanKeys", "GET", `${P}/keys`, 200),
  op("CreateUsagePlanKey", "POST", `${P}/keys`, 201),
  op("GetUsagePlanKey", "GET", `${P}/keys/{keyId}`, 200),
  op("DeleteUsagePlanKey", "DELETE", `${P}/keys/{keyId}`, 202),
  op("GetUsage", "GET", `${P}/usage`, 200),
  op("UpdateUsage", "PATCH", `${P}/keys/{keyId}/usage`, 200),
];
