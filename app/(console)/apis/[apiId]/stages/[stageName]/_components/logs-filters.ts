/**
 * The logs explorer's filters as they live in the page URL (so a view can be shared), and as the logs API wants
 * them. Pure: `now` is passed in, so a relative range ("last hour") is resolved when a request is made.
 */

import { isGatewayResponseType } from "@/lib/domain/gateway-responses";

export const TIME_RANGES = { "15m": 15 * 60_000, "1h": 3_600_000, "24h": 86_400_000, "7d": 7 * 86_400_000 } as const;
export type TimeRange = keyof typeof TIME_RANGES;
export const DEFAULT_RANGE: TimeRange = "24h";

export const RANGE_LABELS: Record<TimeRange, string> = {
  "15m": "Last 15 minutes",
  "1h": "Last hour",
  "24h": "Last 24 hours",
  "7d": "Last 7 days",
};

export const STATUS_CLASSES = ["2xx", "3xx", "4xx", "5xx"] as const;
export const LOG_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export interface LogFilters {
  /** A preset relative to now; ignored while `from` or `to` is set (a custom range). */
  since: TimeRange;
  /** ISO-8601 bounds of a custom range. */
  from?: string;
  to?: string;
  /** "2xx".."5xx" or one status code. */
  status?: string;
  method?: string;
  resourcePath?: string;
  /** A prefix of $context.path, stage included ("/prod/pets"). */
  path?: string;
  /** A request id, extended request id or trace id. */
  requestId?: string;
  apiKeyId?: string;
  canary?: "true" | "false";
  errorType?: string;
}

/** The optional text filters, in the order the URL and the API list them. */
const TEXT_KEYS = ["status", "method", "resourcePath", "path", "requestId", "apiKeyId", "canary", "errorType"] as const;
/** Every search param the explorer owns; the rest of the page's params are left alone. */
export const LOG_PARAM_KEYS = ["since", "from", "to", ...TEXT_KEYS, "log"] as const;

const STATUS_PATTERN = /^(?:[1-5]xx|[1-5]\d\d)$/;

function isRange(value: string | null): value is TimeRange {
  return value !== null && Object.hasOwn(TIME_RANGES, value);
}

function isoOrUndefined(value: string | null): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Reads the filters from the page's search params; anything malformed is dropped rather than sent on. */
export function parseLogFilters(params: URLSearchParams): LogFilters {
  const since = params.get("since");
  const filters: LogFilters = { since: isRange(since) ? since : DEFAULT_RANGE };
  const from = isoOrUndefined(params.get("from"));
  const to = isoOrUndefined(params.get("to"));
  if (from) filters.from = from;
  if (to) filters.to = to;
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === "status" && !STATUS_PATTERN.test(value.toLowerCase())) continue;
    if (key === "canary" && value !== "true" && value !== "false") continue;
    if (key === "errorType" && !isGatewayResponseType(value)) continue;
    if (key === "canary") filters.canary = value as "true" | "false";
    else if (key === "status") filters.status = value.toLowerCase();
    else if (key === "method") filters.method = value.toUpperCase();
    else filters[key] = value;
  }
  return filters;
}

export function isCustomRange(filters: LogFilters): boolean {
  return Boolean(filters.from || filters.to);
}

/** The explorer's part of the page URL: the default range is left out so the bare page URL stays short. */
export function logFiltersToParams(filters: LogFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (isCustomRange(filters)) {
    if (filters.from) params.set("from", filters.from);
    if (filters.to) params.set("to", filters.to);
  } else if (filters.since !== DEFAULT_RANGE) {
    params.set("since", filters.since);
  }
  for (const key of TEXT_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The page's search params with the explorer's replaced by `filters` (and `extra`, e.g. the open log). */
export function mergeLogParams(current: URLSearchParams, filters: LogFilters, extra: Record<string, string | null> = {}): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of LOG_PARAM_KEYS) if (key !== "log") next.delete(key);
  for (const [key, value] of logFiltersToParams(filters)) next.set(key, value);
  for (const [key, value] of Object.entries(extra)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The logs API's query (without the cursor): a preset becomes `from = now - range`, open-ended at the top. */
export function logsApiQuery(filters: LogFilters, now: number): URLSearchParams {
  const query = new URLSearchParams();
  if (isCustomRange(filters)) {
    if (filters.from) query.set("from", filters.from);
    if (filters.to) query.set("to", filters.to);
  } else {
    query.set("from", new Date(now - TIME_RANGES[filters.since]).toISOString());
  }
  for (const key of TEXT_KEYS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return query;
}

/**
 * The live tail's query: the same filters without the time range, since it follows what arrives from now on.
 * Null when the range ends in the past: nothing new can match it.
 */
export function logStreamQuery(filters: LogFilters): URLSearchParams | null {
  if (filters.to) return null;
  const query = new URLSearchParams();
  for (const key of TEXT_KEYS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return query;
}

/** True when any filter narrows the rows beyond the time range (the empty state then suggests clearing them). */
export function hasNarrowingFilters(filters: LogFilters): boolean {
  return TEXT_KEYS.some((key) => Boolean(filters[key]));
}

/** The filters with only the time range kept: the reader asked for "these requests", not "another period". */
export function withoutNarrowing({ since, from, to }: LogFilters): LogFilters {
  return { since, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** "2026-05-01T10:00:00.000Z" as a datetime-local input's value in the viewer's time zone ("2026-05-01T12:00"). */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A datetime-local input's value (viewer's time zone) as ISO-8601, or undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The range in words for the empty state: "the last hour", "since 1 May, 10:00", "1 May, 10:00 to 11:00". */
export function describeRange(filters: LogFilters, format: (iso: string) => string): string {
  if (!isCustomRange(filters)) return RANGE_LABELS[filters.since].toLowerCase().replace(/^last/, "the last");
  if (filters.from && filters.to) return `${format(filters.from)} to ${format(filters.to)}`;
  return filters.from ? `since ${format(filters.from)}` : `until ${format(filters.to ?? "")}`;
}
