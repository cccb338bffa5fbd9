/** Finds the AWS operation for a method and a raw (percent-encoded) path, and decodes its path labels. */
import { badRequest } from "@/lib/errors";
import { AWS_OPERATIONS, type AwsOperation } from "./aws-operations";
import { USAGE_PLAN_OPERATIONS } from "./usage-plan-operations";

export interface MatchedOperation {
  operation: AwsOperation;
  /** Path labels, URL-decoded: { restApiId, resourceId, httpMethod, ... }. */
  params: Record<string, string>;
}

type Segment = { literal: string } | { label: string };

// Compiled once: each template split into literal and {label} segments.
const COMPILED = [...AWS_OPERATIONS, ...USAGE_PLAN_OPERATIONS].map((operation) => ({
  operation,
  segments: operation.path
    .split("/")
    .filter(Boolean)
    .map((part): Segment => (part.startsWith("{") ? { label: part.slice(1, -1) } : { literal: part })),
}));

export function matchOperation(method: string, rawPath: string, query: Record<string, string[]>): MatchedOperation | null {
  // Split before decoding, so an encoded "/" (%2F) stays inside its segment.
  const parts = rawPath.replace(/\/$/, "").split("/").filter(Boolean);
  for (const { operation, segments } of COMPILED) {
    if (operation.method !== method || segments.length !== parts.length) continue;
    if (operation.whenQuery && !query[operation.whenQuery[0]]?.includes(operation.whenQuery[1])) continue;
    const params = matchSegments(segments, parts);
    if (params) return { operation, params };
  }
  return null;
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if ("literal" in segment) {
      if (segment.literal !== parts[i]) return null;
    } else {
      params[segment.label] = decodeSegment(parts[i]);
    }
  }
  return params;
}

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw badRequest(`The path segment '${part}' is not valid URL encoding.`);
  }
}
