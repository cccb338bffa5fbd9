/**
 * What an operation handler receives, and small readers for it. Bodies are parsed with the same zod schemas
 * the services use (lib/schemas), so the wire layer gets typed inputs without a second set of rules.
 */
import type { z } from "zod";
import { badRequest } from "@/lib/errors";
import { describeZodError } from "@/lib/schemas/common";

export interface OperationRequest {
  /** URL-decoded path labels from the operation's template. */
  params: Record<string, string>;
  query: Record<string, string[]>;
  /** The JSON body as an object ({} when the body was empty). */
  body: Record<string, unknown>;
  /** The body bytes as sent, for operations whose body is not JSON (ImportApiKeys); absent otherwise. */
  rawBody?: Uint8Array;
  /** Access key id of the verified caller, recorded as the actor of deployments and stage moves. */
  caller: string;
}

/** A handler returns the JSON to send, or undefined for AWS's empty 202/204 answers. */
export type OperationHandler = (request: OperationRequest) => Promise<object | undefined>;

export function parseJsonBody(bytes: Uint8Array): Record<string, unknown> {
  const text = new TextDecoder().decode(bytes).trim();
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badRequest(`Could not parse request body into json: ${error instanceof Error ? error.message : "invalid JSON"}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw badRequest("The request body must be a JSON object.");
  return value as Record<string, unknown>; // checked just above: a non-null, non-array object
}

export function parseWire<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequest(describeZodError(result.error));
  return result.data;
}

export function queryString(query: Record<string, string[]>, name: string): string | undefined {
  return query[name]?.[0] || undefined;
}

export function queryInt(query: Record<string, string[]>, name: string): number | undefined {
  const raw = queryString(query, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw badRequest(`Invalid value for ${name}: '${raw}' is not a whole number.`);
  return Number(raw);
}

/** AWS's `embed` is a list (embed=methods may repeat or be comma-separated). */
export function queryEmbeds(query: Record<string, string[]>, what: string): boolean {
  return (query["embed"] ?? []).some((value) => value.split(",").includes(what));
}

/** Fields AWS accepts that Portico would otherwise ignore while the caller relies on them. */
export function rejectUnsupportedFields(body: Record<string, unknown>, fields: string[], operation: string): void {
  const present = fields.filter((field) => body[field] !== undefined && body[field] !== null);
  if (present.length) throw badRequest(`${operation}: ${present.join(", ")} ${present.length > 1 ? "are" : "is"} not supported by Portico yet.`);
}
