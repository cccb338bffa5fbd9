/**
 * What a Lambda operation handler receives, and readers for it. Bodies are checked with zod at this boundary;
 * a body Lambda could not read answers InvalidRequestContentException as Lambda's does.
 */
import type { z } from "zod";
import { describeZodError } from "@/lib/schemas/common";
import { constraint, validationMessage } from "@/lib/domain/functions/rules";
import { LambdaError, validationError } from "@/lib/services/functions/lambda-error";

export interface LambdaOperationRequest {
  /** URL-decoded path labels: { FunctionName, Name, ... }. */
  params: Record<string, string>;
  query: Record<string, string[]>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: Uint8Array;
  requestId: string;
  /** Access key id of the verified caller. */
  caller: string;
  /** A URL the caller can download a package from for ten minutes (GetFunction's Code.Location). */
  codeLocation(codeSha256: string): Promise<string>;
}

/** A JSON answer (`json` undefined: empty body), or a raw one (Invoke's payload). */
export interface LambdaAnswer {
  status: number;
  json?: unknown;
  raw?: Uint8Array | string;
  headers?: Record<string, string>;
}

export type LambdaOperationHandler = (request: LambdaOperationRequest) => Promise<LambdaAnswer>;

const cannotParse = (detail: string) => new LambdaError("InvalidRequestContentException", `Could not parse request body into json: ${detail}`);

export function readJsonBody<S extends z.ZodType>(schema: S, bytes: Uint8Array): z.output<S> {
  const text = new TextDecoder().decode(bytes).trim();
  let value: unknown = {};
  if (text) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw cannotParse(error instanceof Error ? error.message : "invalid JSON");
    }
  }
  const result = schema.safeParse(value);
  if (!result.success) throw cannotParse(describeZodError(result.error));
  return result.data;
}

export function queryText(query: Record<string, string[]>, name: string): string | undefined {
  return query[name]?.[0] || undefined;
}

export function queryMaxItems(query: Record<string, string[]>): number | undefined {
  const raw = queryText(query, "MaxItems");
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) throw validationError(validationMessage([constraint(raw, "maxItems", "Member must be a whole number")]));
  return Number(raw);
}

/** Settings Lambda has that would change how a function runs; Portico refuses them rather than ignore them. */
export function refuseUnsupported(body: Record<string, unknown>, fields: string[]): void {
  const present = fields.filter((field) => {
    const value = body[field];
    if (value === undefined || value === null || value === "") return false;
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === "object") return Object.values(value).some((inner) => inner !== undefined && inner !== null && !(Array.isArray(inner) && !inner.length));
    return true;
  });
  if (present.length) {
    throw new LambdaError("InvalidParameterValueException", `${present.join(", ")} ${present.length > 1 ? "are" : "is"} not supported by Portico.`);
  }
}
