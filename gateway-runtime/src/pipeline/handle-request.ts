/**
 * The request path, AWS's order: invoke URL -> API and stage (or its canary) -> resource -> method -> pipeline; then the log
 * stage, always, exactly once. Nothing here parses config or compiles anything.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../ports/logger";
import { resolveInvokeTarget, splitUrl } from "../router/invoke-url";
import { findStage, type CompiledMethod } from "../snapshot/compiled";
import type { ActiveConfig } from "../snapshot/config-watcher";
import { logExchange } from "../stages/log";
import type { Telemetry } from "../telemetry/telemetry";
import { declaresTooLarge } from "../integrations/body-limit";
import { Exchange } from "./exchange";
import { sendGatewayError } from "./respond";
import { runPipeline } from "./run-pipeline";
import { markStep } from "../telemetry/timeline";

export interface RequestHandlerDeps {
  active: ActiveConfig;
  telemetry: Telemetry;
  logger: Logger;
  maxBodyBytes: number;
}

export function createRequestHandler(deps: RequestHandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const fail = (ex: Exchange, error: unknown) => {
    deps.logger.error("request failed unexpectedly", {
      requestId: ex.requestId,
      reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    sendGatewayError(ex, "DEFAULT_5XX");
  };
  const done = (ex: Exchange) => logExchange(ex, deps.telemetry);

  return function handleRequest(req, res) {
    const ex = new Exchange(req, res);
    let pending: void | Promise<void> = undefined;
    try {
      pending = route(ex, deps);
    } catch (error) {
      fail(ex, error);
    }
    if (pending) {
      pending.then(
        () => done(ex),
        (error: unknown) => {
          fail(ex, error);
          done(ex);
        },
      );
    } else {
      done(ex);
    }
  };
}

function route(ex: Exchange, deps: RequestHandlerDeps): void | Promise<void> {
  const method = resolve(ex, deps);
  markStep(ex, "route", ex.startedAt, method ? "ok" : "stopped", routeDetail(ex, method));
  if (!method) return sendGatewayError(ex, "MISSING_AUTHENTICATION_TOKEN");
  if (declaresTooLarge(ex.req, deps.maxBodyBytes)) return sendGatewayError(ex, "REQUEST_TOO_LARGE");
  return runPipeline(ex, method);
}

/** Invoke URL -> API and stage (or its canary) -> resource -> method; null when any of them is missing. */
function resolve(ex: Exchange, deps: RequestHandlerDeps): CompiledMethod | null {
  const { pathname, query } = splitUrl(ex.req.url ?? "/");
  ex.path = pathname;
  ex.query = query;
  const target = resolveInvokeTarget(pathname, ex.req.headers.host);
  if (!target) return null;
  ex.restApiId = target.restApiId;
  ex.stageName = target.stageName;
  ex.path = target.path;
  // Read once: a config swapped mid-request does not affect this one.
  let stage = findStage(deps.active.current, target.restApiId, target.stageName);
  if (!stage) return null;
  // AWS's canary release: percentTraffic% of requests (0 never, 100 always) run on the canary's deployment.
  const canary = stage.canary;
  if (canary !== null && Math.random() * 100 < canary.percentTraffic) {
    ex.isCanary = true;
    stage = canary.stage;
  }
  ex.stage = stage;
  const resource = stage.router.match(target.path, ex.paramValues);
  if (!resource) return null;
  ex.resource = resource;
  const method = resource.methods.get(ex.req.method ?? "") ?? resource.any;
  if (!method) return null;
  ex.method = method;
  return method;
}

/** "GET /pets/{id}" for a match; otherwise what was missing, in the words the console shows. */
function routeDetail(ex: Exchange, method: CompiledMethod | null): string {
  const verb = ex.req.method ?? "";
  if (method) return method.httpMethod === "ANY" ? `${verb} ${method.resourcePath} (ANY)` : `${verb} ${method.resourcePath}`;
  if (ex.resource) return `${verb} is not a method of ${ex.resource.path}`;
  if (ex.stage) return `no resource matches ${ex.path}`;
  if (ex.stageName) return `no deployed stage ${ex.stageName} for API ${ex.restApiId}`;
  return "not an invoke URL";
}
