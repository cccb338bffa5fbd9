/** Runs one compiled method: request stages, the integration, response stages; then the answer is written. */
import type { CompiledMethod } from "../snapshot/compiled";
import type { Exchange } from "./exchange";
import { sendOutcome, sendResponse } from "./respond";
import { isPromise, type BufferedResponse, type Outcome } from "./stage";

/** Returns a Promise only when some stage had to wait; a MOCK answer completes synchronously. */
export function runPipeline(ex: Exchange, method: CompiledMethod): void | Promise<void> {
  return runFrom(ex, method, 0);
}

function runFrom(ex: Exchange, method: CompiledMethod, start: number): void | Promise<void> {
  const stages = method.requestStages;
  for (let i = start; i < stages.length; i++) {
    const result = stages[i].onRequest(ex);
    if (isPromise(result)) {
      return result.then((outcome) => (outcome ? sendOutcome(ex, outcome) : runFrom(ex, method, i + 1)));
    }
    if (result) return sendOutcome(ex, result);
  }
  const outcome = method.integration.invoke(ex);
  if (isPromise(outcome)) return outcome.then((settled) => finish(ex, method, settled));
  return finish(ex, method, outcome);
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
