/**
 * Runs one compiled method: request stages, the integration, response stages; then the answer is written.
 * Stages with a timeline step and the integration are timed here (one performance.now() on each side); the
 * method's execution log, when its loggingLevel asks for one, starts here too.
 */
import type { CompiledMethod } from "../snapshot/compiled";
import type { RequestStepName } from "../../../lib/domain/runtime-contract";
import { ExecutionLog } from "../telemetry/execution-log";
import { startExecution } from "../telemetry/execution-log-lines";
import { integrationDetail, markStep } from "../telemetry/timeline";
import type { Exchange } from "./exchange";
import { sendOutcome, sendResponse } from "./respond";
import { isPromise, type BufferedResponse, type Integration, type Outcome } from "./stage";

/** Returns a Promise only when some stage had to wait; a MOCK answer completes synchronously. */
export function runPipeline(ex: Exchange, method: CompiledMethod): void | Promise<void> {
  if (method.logLevel !== "OFF") {
    const log = (ex.exec = new ExecutionLog(method.logLevel, method.dataTrace));
    if (log.info) log.add(`Extended Request Id: ${ex.extendedRequestId}`);
  }
  return runFrom(ex, method, 0);
}

function runFrom(ex: Exchange, method: CompiledMethod, start: number): void | Promise<void> {
  const stages = method.requestStages;
  for (let i = start; i < stages.length; i++) {
    if (ex.exec !== null && i >= method.logStartIndex) startExecution(ex);
    const step = stages[i].step;
    const startedAt = step === undefined ? 0 : performance.now();
    const result = stages[i].onRequest(ex);
    if (isPromise(result)) {
      return result.then((outcome) => {
        if (step !== undefined) markStage(ex, step, startedAt, outcome);
        return outcome ? sendOutcome(ex, outcome) : runFrom(ex, method, i + 1);
      });
    }
    if (step !== undefined) markStage(ex, step, startedAt, result);
    if (result) return sendOutcome(ex, result);
  }
  if (ex.exec !== null) startExecution(ex);
  const integration = method.integration;
  const startedAt = performance.now();
  const outcome = integration.invoke(ex);
  if (isPromise(outcome)) {
    return outcome.then((settled) => {
      markIntegration(ex, integration, startedAt, settled);
      return finish(ex, method, settled);
    });
  }
  markIntegration(ex, integration, startedAt, outcome);
  return finish(ex, method, outcome);
}

function markStage(ex: Exchange, step: RequestStepName, startedAt: number, outcome: Outcome | undefined): void {
  if (step === "cache" && ex.cacheStatus !== null) {
    markStep(ex, step, startedAt, ex.cacheStatus);
    return;
  }
  const detail = outcome?.kind === "gateway-error" ? (outcome.message ?? outcome.type) : undefined;
  markStep(ex, step, startedAt, outcome ? "stopped" : "ok", detail);
}

function markIntegration(ex: Exchange, integration: Integration, startedAt: number, outcome: Outcome): void {
  if (integration.marksTimeline) return;
  // A MOCK answers with the status its template selected: that is its integration status.
  if (ex.integrationStatus === null && outcome.kind === "response") ex.integrationStatus = outcome.response.status;
  markStep(ex, "integration", startedAt, outcome.kind === "gateway-error" ? "error" : "ok", integrationDetail(ex, integration.type));
}

function finish(ex: Exchange, method: CompiledMethod, outcome: Outcome): void | Promise<void> {
  if (outcome.kind !== "response" || method.responseStages.length === 0) return sendOutcome(ex, outcome);
  return transform(ex, method, outcome.response, 0);
}

function transform(ex: Exchange, method: CompiledMethod, response: BufferedResponse, start: number): void | Promise<void> {
  const stages = method.responseStages;
  let current = response;
  for (let i = start; i < stages.length; i++) {
    const next = stages[i].onResponse(ex, current);
    if (isPromise(next)) return next.then((settled) => transform(ex, method, settled, i + 1));
    current = next;
  }
  sendResponse(ex, current);
}
