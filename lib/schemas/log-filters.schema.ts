import { z } from "zod";
import { GATEWAY_RESPONSE_TYPES } from "../domain/gateway-responses";

/**
 * The request-log explorer's filters, as query parameters (GET .../stages/{stage}/logs and .../logs/stream).
 * Every value arrives as a string; empty ones count as absent so a form can send all its fields.
 */

const REQUEST_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;
export const MAX_LOG_PAGE = 200;
export const DEFAULT_LOG_PAGE = 50;

/** A status class (4 for "4xx") or one exact code. */
export type StatusFilter = { statusClass: number } | { status: number };

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const instant = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) : Date.parse(trimmed);
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: "custom", message: "use an ISO-8601 time (2026-01-31T12:00:00Z) or milliseconds since 1970" });
    return z.NEVER;
  }
  return new Date(ms);
});

const status = z.string().transform((value, ctx): StatusFilter => {
  const text = value.trim().toLowerCase();
  const cls = /^([1-5])xx$/.exec(text);
  if (cls) return { statusClass: Number(cls[1]) };
  if (/^[1-5]\d\d$/.test(text)) return { status: Number(text) };
  ctx.addIssue({ code: "custom", message: "use a class (2xx, 3xx, 4xx, 5xx) or a three-digit code such as 404" });
  return z.NEVER;
});

const wholeNumber = (message: string, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^\d{1,15}$/, message)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, message);

// describeZodError puts the field name in front ("limit: ..."), so messages continue from there.
const filterShape = {
  from: optional(instant),
  to: optional(instant),
  status: optional(status),
  method: optional(
    z
      .string()
      .transform((value) => value.trim().toUpperCase())
      .pipe(z.enum(REQUEST_METHODS, { message: `use one of ${REQUEST_METHODS.join(", ")}` })),
  ),
  resourcePath: optional(z.string().max(2048, "at most 2048 characters").startsWith("/", "starts with / (e.g. /pets/{id})")),
  path: optional(z.string().max(8192, "at most 8192 characters").startsWith("/", "starts with / (e.g. /prod/pets)")),
  requestId: optional(z.string().trim().max(128, "at most 128 characters")),
  apiKeyId: optional(z.string().trim().max(64, "at most 64 characters")),
  canary: optional(z.enum(["true", "false"], { message: "use true or false" }).transform((value) => value === "true")),
  errorType: optional(z.enum(GATEWAY_RESPONSE_TYPES, { message: "use a gateway response type such as MISSING_AUTHENTICATION_TOKEN" })),
};

const pageShape = {
  before: optional(wholeNumber("use a log id (a whole number above 0)")),
  limit: z.preprocess(blankToUndefined, wholeNumber(`use a whole number from 1 to ${MAX_LOG_PAGE}`, MAX_LOG_PAGE).default(DEFAULT_LOG_PAGE)),
};

const fromNotAfterTo = (f: { from?: Date; to?: Date }) => !f.from || !f.to || f.from.getTime() <= f.to.getTime();
const fromNotAfterToIssue = { message: "must not be later than to", path: ["from"] };

/** The live tail's parameters. */
export const logFiltersSchema = z.object(filterShape).refine(fromNotAfterTo, fromNotAfterToIssue);
export type LogFilters = z.output<typeof logFiltersSchema>;

/** The list route's parameters: filters plus the keyset page (`before` an id, newest first). */
export const logSearchSchema = z.object({ ...filterShape, ...pageShape }).refine(fromNotAfterTo, fromNotAfterToIssue);
export type LogSearch = z.output<typeof logSearchSchema>;

/** A log id in a URL path ("/logs/42"). */
export const logIdSchema = wholeNumber("use a log id (a whole number above 0)");
