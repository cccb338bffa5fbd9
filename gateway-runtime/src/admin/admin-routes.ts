/**
 * The admin port's routes: /healthz and /readyz for probes, /metrics for Prometheus (open, like the probes: it
 * holds counts and latencies, no secrets), and POST /internal/functions/invoke, through which
 * the control plane runs a function (Lambda API Invoke, the console's Test) on this runtime's function host.
 * Specs arrive whole (code files base64) so an Invoke right after UpdateFunctionCode runs the new code.
 */
import type { FunctionHost } from "../functions/function-host";
import type { FunctionSpec } from "../functions/types";
import type { AdminRoute } from "./admin-server";
import { runTestInvoke, type TestInvokeDeps, type TestInvokeInput } from "./test-invoke";
import type { MethodPlugin } from "../pipeline/method-plugins";
import type { Scrape } from "../telemetry/prometheus";

interface InvokeBody {
  spec: Omit<FunctionSpec, "files"> & { files: Record<string, string> };
  event: unknown;
  requestId?: string;
}

function parseInvoke(body: Buffer): InvokeBody | null {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as InvokeBody;
    if (typeof parsed !== "object" || parsed === null || typeof parsed.spec !== "object" || typeof parsed.spec.files !== "object") return null;
    return parsed;
  } catch {
    return null;
  }
}

export interface AdminRoutesDeps {
  host: FunctionHost | null;
  ready: () => boolean;
  testInvoke: TestInvokeDeps;
  plugins?: readonly MethodPlugin[];
  /** The runtime's Prometheus exposition (GatewayServer.metrics); without it /metrics is not served. */
  metrics?: () => Promise<Scrape>;
}

export function adminRoutes(deps: AdminRoutesDeps): AdminRoute[] {
  const plugins = deps.plugins ?? [];
  const metrics = deps.metrics;
  return [
    {
      method: "GET",
      path: "/healthz",
      open: true,
      // A degraded plugin (say, Redis unreachable, limits local) keeps serving: 200, with the reason listed.
      handle: () => {
        const checks = plugins.flatMap((plugin) => (plugin.health ? [plugin.health()] : []));
        const degraded = checks.filter((check) => !check.ok);
        return { status: 200, json: { status: degraded.length > 0 ? "degraded" : "ok", checks } };
      },
    },
    ...plugins.flatMap((plugin) => plugin.adminRoutes?.() ?? []),
    {
      method: "GET",
      path: "/readyz",
      open: true,
      handle: () => (deps.ready() ? { status: 200, json: { status: "ready" } } : { status: 503, json: { status: "no config yet" } }),
    },
    ...(metrics
      ? [
          {
            method: "GET" as const,
            path: "/metrics",
            open: true,
            handle: async () => {
              const scrape = await metrics();
              return { status: 200, text: scrape.text, contentType: scrape.contentType };
            },
          },
        ]
      : []),
    {
      method: "POST",
      path: "/internal/test-invoke",
      async handle(body) {
        let input: TestInvokeInput;
        try {
          input = JSON.parse(body.toString("utf8")) as TestInvokeInput;
        } catch {
          return { status: 400, json: { message: "Expected a JSON test invoke request." } };
        }
        if (!input?.snapshot?.restApiId || typeof input.pathWithQueryString !== "string" || typeof input.httpMethod !== "string") {
          return { status: 400, json: { message: "Expected {snapshot, httpMethod, pathWithQueryString}." } };
        }
        return { status: 200, json: await runTestInvoke(input, deps.testInvoke) };
      },
    },
    {
      method: "POST",
      path: "/internal/functions/invoke",
      async handle(body) {
        if (!deps.host) return { status: 503, json: { message: "This runtime has no function host." } };
        const parsed = parseInvoke(body);
        if (!parsed) return { status: 400, json: { message: "Expected {spec, event, requestId}." } };
        const files: Record<string, Uint8Array> = {};
        for (const [name, content] of Object.entries(parsed.spec.files)) files[name] = Buffer.from(content, "base64");
        try {
          const result = await deps.host.invoke({ ...parsed.spec, files }, parsed.event, { requestId: parsed.requestId });
          return { status: 200, json: result };
        } catch (error) {
          const e = error as Error & { statusCode?: number };
          return { status: e.statusCode ?? 400, json: { message: e.message, type: e.name } };
        }
      },
    },
  ];
}
