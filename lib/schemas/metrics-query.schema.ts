import { z } from "zod";

/**
 * The metrics dashboards' query parameters (GET /api/console/metrics and /api/console/metrics/overview): a named
 * range ending now, or an explicit from and to. Every value arrives as a string; empty ones count as absent.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The ranges the dashboards offer, as CloudWatch's console names them. */
export const METRIC_RANGES = {
  "15m": 15 * MINUTE_MS,
  "1h": HOUR_MS,
  "3h": 3 * HOUR_MS,
  "12h": 12 * HOUR_MS,
  "1d": DAY_MS,
  "3d": 3 * DAY_MS,
  "7d": 7 * DAY_MS,
  "30d": 30 * DAY_MS,
} as const;
export type MetricRange = keyof typeof METRIC_RANGES;
export const METRIC_RANGE_NAMES = Object.keys(METRIC_RANGES) as MetricRange[];
export const DEFAULT_METRIC_RANGE: MetricRange = "1h";

/** Hours are kept 455 days (15 months), so a longer range could only show zeros at its start. */
export const MAX_METRICS_SPAN_MS = 455 * DAY_MS;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const instant = z.iso.datetime({ offset: true, message: "use an ISO-8601 time such as 2026-01-31T12:00:00Z." }).transform((value) => new Date(value));

// describeZodError puts the field name in front ("range: ..."), so messages continue from there.
const windowShape = {
  range: optional(z.enum(METRIC_RANGE_NAMES as [MetricRange, ...MetricRange[]], { message: `use one of ${METRIC_RANGE_NAMES.join(", ")}.` })),
  from: optional(instant),
  to: optional(instant),
};

type WindowInput = { range?: MetricRange; from?: Date; to?: Date };

function checkWindow(input: WindowInput, ctx: z.RefinementCtx): void {
  const { range, from, to } = input;
  // zod still runs this after a field failed; that field's own message says enough.
  if ([from, to].some((value) => value !== undefined && !(value instanceof Date))) return;
  if (range && (from || to)) {
    ctx.addIssue({ code: "custom", path: ["range"], message: "give either a range or from and to, not both." });
  } else if ((from === undefined) !== (to === undefined)) {
    ctx.addIssue({ code: "custom", path: [from ? "to" : "from"], message: "give both from and to, or neither (for a range ending now)." });
  } else if (from && to && from.getTime() > to.getTime()) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "must not be later than to." });
  } else if (from && to && to.getTime() - from.getTime() > MAX_METRICS_SPAN_MS) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "must be at most 455 days (15 months) before to: older hours are not kept." });
  }
}

/** GET /api/console/metrics: one API's metrics, narrowed to a stage, method, canary side or key if asked. */
export const metricsQuerySchema = z
  .object({
    apiId: z.preprocess(blankToUndefined, z.string({ message: "name the API (apiId=...)." }).max(64, "at most 64 characters.")),
    stage: optional(z.string().max(128, "at most 128 characters.")),
    resourcePath: optional(z.string().max(2048, "at most 2048 characters.").startsWith("/", "starts with / (e.g. /pets/{id}).")),
    httpMethod: optional(
      z
        .string()
        .transform((value) => value.trim().toUpperCase())
        .pipe(z.string().regex(/^[A-Z]{1,16}$/, "use a method name such as GET, POST or ANY.")),
    ),
    canary: optional(z.enum(["true", "false"], { message: "use true or false." }).transform((value) => value === "true")),
    apiKeyId: optional(z.string().trim().max(64, "at most 64 characters.")),
    ...windowShape,
  })
  .superRefine(checkWindow);
export type MetricsQueryInput = z.output<typeof metricsQuerySchema>;

/** GET /api/console/metrics/overview: every API over a range. */
export const metricsOverviewQuerySchema = z.object(windowShape).superRefine(checkWindow);
export type MetricsOverviewQueryInput = z.output<typeof metricsOverviewQuerySchema>;
