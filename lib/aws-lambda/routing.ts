/**
 * AWS Lambda's REST-JSON routes under /2015-03-31 (from the Lambda API reference and the SDK's model), and the
 * matcher from a method and a raw path to the operation and its decoded path labels.
 */

export interface LambdaOperation {
  name: string;
  method: string;
  path: string;
  /** False for operations Lambda has on these paths that Portico does not implement. */
  supported: boolean;
}

const F = "/2015-03-31/functions/{FunctionName}";

export const LAMBDA_OPERATIONS: LambdaOperation[] = [
  { name: "CreateFunction", method: "POST", path: "/2015-03-31/functions", supported: true },
  { name: "ListFunctions", method: "GET", path: "/2015-03-31/functions", supported: true },
  { name: "GetFunction", method: "GET", path: F, supported: true },
  { name: "DeleteFunction", method: "DELETE", path: F, supported: true },
  { name: "GetFunctionConfiguration", method: "GET", path: `${F}/configuration`, supported: true },
  { name: "UpdateFunctionConfiguration", method: "PUT", path: `${F}/configuration`, supported: true },
  { name: "UpdateFunctionCode", method: "PUT", path: `${F}/code`, supported: true },
  { name: "PublishVersion", method: "POST", path: `${F}/versions`, supported: true },
  { name: "ListVersionsByFunction", method: "GET", path: `${F}/versions`, supported: true },
  { name: "CreateAlias", method: "POST", path: `${F}/aliases`, supported: true },
  { name: "ListAliases", method: "GET", path: `${F}/aliases`, supported: true },
  { name: "GetAlias", method: "GET", path: `${F}/aliases/{Name}`, supported: true },
  { name: "UpdateAlias", method: "PUT", path: `${F}/aliases/{Name}`, supported: true },
  { name: "DeleteAlias", method: "DELETE", path: `${F}/aliases/{Name}`, supported: true },
  { name: "Invoke", method: "POST", path: `${F}/invocations`, supported: true },
  { name: "AddPermission", method: "POST", path: `${F}/policy`, supported: false },
  { name: "GetPolicy", method: "GET", path: `${F}/policy`, supported: false },
  { name: "RemovePermission", method: "DELETE", path: `${F}/policy/{StatementId}`, supported: false },
  { name: "CreateEventSourceMapping", method: "POST", path: "/2015-03-31/event-source-mappings", supported: false },
  { name: "ListEventSourceMappings", method: "GET", path: "/2015-03-31/event-source-mappings", supported: false },
];

export interface MatchedLambdaOperation {
  operation: LambdaOperation;
  params: Record<string, string>;
}

type Segment = { literal: string } | { label: string };

const COMPILED = LAMBDA_OPERATIONS.map((operation) => ({
  operation,
  segments: operation.path
    .split("/")
    .filter(Boolean)
    .map((part): Segment => (part.startsWith("{") ? { label: part.slice(1, -1) } : { literal: part })),
}));

/** Null when no Lambda operation has this method and path; undefined labels never happen on a match. */
export function matchLambdaOperation(method: string, rawPath: string): MatchedLambdaOperation | null {
  // Split before decoding, so an encoded "/" (%2F) stays inside its label.
  const parts = rawPath.replace(/\/$/, "").split("/").filter(Boolean);
  for (const { operation, segments } of COMPILED) {
    if (operation.method !== method || segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let matched = true;
    for (let i = 0; i < segments.length && matched; i++) {
      const segment = segments[i];
      if ("literal" in segment) matched = segment.literal === parts[i];
      else params[segment.label] = safeDecode(parts[i]);
    }
    if (matched) return { operation, params };
  }
  return null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // Left as sent: the FunctionName check then answers with Lambda's pattern error.
    return part;
  }
}
