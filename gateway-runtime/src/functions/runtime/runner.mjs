// @ts-check
/**
 * The Lambda Node.js runtime loop inside one function process (Runtime.js, CallbackContext.js and index.mjs of
 * aws-lambda-nodejs-runtime-interface-client): load the handler named by _HANDLER from LAMBDA_TASK_ROOT, then
 * run one event at a time. The IPC channel stands in for the Runtime API; it is unref'd while a handler runs so
 * Node's 'beforeExit' marks an empty event loop, which is what callbackWaitsForEmptyEventLoop waits for.
 */
import { intoError, NODE_JS_EXIT_MESSAGE, NodeJsExit, toErrorDocument, toFormatted, UnhandledPromiseRejection } from "./errors.mjs";
import { logError, patchConsole, setCurrentRequestId } from "./lambda-console.mjs";
import { loadHandler } from "./load-handler.mjs";

/** Lambda's synchronous response limit as its error message states it. */
const MAX_RESPONSE_BYTES = 6_291_556;

/** @typedef {import("./errors.mjs").LambdaErrorDocument} LambdaErrorDocument */
/** @typedef {{ type: "invoke"; requestId: string; event: string; deadlineMs: number; invokedFunctionArn: string }} InvokeMessage */
/** @typedef {{ requestId: string; reported: boolean }} Invocation */

/** @type {Invocation | null} */
let current = null;
let initialized = false;
/** @type {() => void} */
let beforeExit = () => {};

/**
 * @param {object} message
 * @param {() => void} [then]
 */
function send(message, then) {
  if (!process.connected || !process.send) return then?.();
  process.send(message, undefined, {}, () => then?.());
}

const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

/**
 * @param {Invocation} invocation
 * @param {{ ok: true; payload: string } | { ok: false; error: LambdaErrorDocument }} outcome
 * @param {number} [exitCode] the runtime ends after reporting (uncaught exception: 129, unhandled rejection: 128)
 */
function report(invocation, outcome, exitCode) {
  if (invocation.reported) return exitCode === undefined ? undefined : process.exit(exitCode);
  invocation.reported = true;
  const exiting = exitCode !== undefined;
  send({ type: "result", requestId: invocation.requestId, ...outcome, maxRssBytes: maxRssBytes(), exiting }, () => {
    if (exiting) process.exit(exitCode);
  });
  if (current === invocation) {
    current = null;
    beforeExit = () => {};
    // Wait for the next event: the channel holds the process open again.
    process.channel?.ref();
  }
}

/**
 * RAPIDClient.postInvocationResponse: JSON.stringify, "Unable to stringify response body" when it throws.
 * @param {Invocation} invocation
 * @param {unknown} result
 */
function postResponse(invocation, result) {
  let payload;
  try {
    payload = JSON.stringify(result === undefined ? null : result) ?? "null";
  } catch {
    throw new Error("Unable to stringify response body");
  }
  if (Buffer.byteLength(payload) > MAX_RESPONSE_BYTES) {
    const errorMessage = `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`;
    return report(invocation, { ok: false, error: { errorType: "Function.ResponseSizeTooLarge", errorMessage, trace: [] } });
  }
  report(invocation, { ok: true, payload });
}

/**
 * @param {Invocation} invocation
 * @param {unknown} error
 */
function postError(invocation, error) {
  logError("Invoke Error", toFormatted(intoError(error)));
  report(invocation, { ok: false, error: toErrorDocument(error) });
}

/**
 * CallbackContext.build: callback, context.succeed/fail/done, callbackWaitsForEmptyEventLoop; only the first call
 * of any of them counts.
 * @param {Invocation} invocation
 */
function callbackContext(invocation) {
  let waitForEmptyEventLoop = true;
  let completeInvoked = false;
  /** @param {unknown} result */
  const complete = (result) => {
    if (completeInvoked) {
      console.error("Invocation has already been reported as done. Cannot call complete more than once per invocation.");
      return;
    }
    completeInvoked = true;
    postResponse(invocation, result);
  };
  /** @type {(err?: unknown, result?: unknown) => void} */
  const callback = (err, result) => {
    beforeExit = () => {};
    if (err !== undefined && err !== null) postError(invocation, err);
    else if (!waitForEmptyEventLoop) complete(result);
    else beforeExit = () => setImmediate(() => complete(result));
  };
  /** @type {(err?: unknown, result?: unknown) => void} */
  const done = (err, result) => {
    beforeExit = () => {};
    if (err !== undefined && err !== null) postError(invocation, err);
    else complete(result);
  };
  let finished = false;
  /** @type {<A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void} */
  const once = (fn) => (...args) => {
    if (finished) return;
    fn(...args);
    finished = true;
  };
  const context = {
    get callbackWaitsForEmptyEventLoop() {
      return waitForEmptyEventLoop;
    },
    set callbackWaitsForEmptyEventLoop(value) {
      waitForEmptyEventLoop = value;
    },
    succeed: once((/** @type {unknown} */ result) => done(null, result)),
    fail: once((/** @type {unknown} */ err) => (err === undefined || err === null ? done("handled") : done(err, null))),
    done: once(done),
  };
  const markCompleted = () => {
    completeInvoked = true;
  };
  return { callback: once(callback), context, markCompleted };
}

/**
 * @param {Function} handler
 * @param {InvokeMessage} message
 */
function invoke(handler, message) {
  const invocation = { requestId: message.requestId, reported: false };
  current = invocation;
  setCurrentRequestId(message.requestId);
  const { callback, context, markCompleted } = callbackContext(invocation);
  const isAsync = handler.constructor?.name === "AsyncFunction";
  // Runtime._setDefaultExitListener: the loop emptied before any answer.
  beforeExit = () => {
    markCompleted();
    if (isAsync) postError(invocation, new NodeJsExit(NODE_JS_EXIT_MESSAGE));
    else report(invocation, { ok: true, payload: "null" });
  };
  const env = process.env;
  const fullContext = Object.assign(context, {
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
    functionName: env.AWS_LAMBDA_FUNCTION_NAME,
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
    clientContext: undefined,
    identity: undefined,
    invokedFunctionArn: message.invokedFunctionArn,
    awsRequestId: message.requestId,
    getRemainingTimeInMillis: () => message.deadlineMs - Date.now(),
  });
  process.channel?.unref();
  try {
    const result = handler(JSON.parse(message.event), fullContext, callback);
    if (result && typeof result.then === "function") {
      result.then(context.succeed, context.fail).catch(context.fail);
    }
  } catch (err) {
    callback(err);
  }
}

/**
 * index.mjs: an uncaught exception or unhandled rejection fails the current invocation (or init) and ends
 * the runtime.
 * @param {unknown} error
 * @param {number} exitCode
 */
function fatal(error, exitCode) {
  if (!initialized) return send({ type: "init-error", error: toErrorDocument(error) }, () => process.exit(exitCode));
  if (current) return report(current, { ok: false, error: toErrorDocument(error) }, exitCode);
  process.exit(exitCode);
}

process.on("uncaughtException", (error) => {
  logError("Uncaught Exception", toFormatted(error));
  fatal(error, 129);
});
process.on("unhandledRejection", (reason, promise) => {
  const error = Object.assign(new UnhandledPromiseRejection(/** @type {string} */ (reason)), { reason, promise });
  logError("Unhandled Promise Rejection", toFormatted(error));
  fatal(error, 128);
});
process.on("beforeExit", () => beforeExit());
// The host went away: nothing can receive results any more.
process.on("disconnect", () => process.exit(0));

patchConsole();
setCurrentRequestId(undefined);
/** @type {Function | undefined} */
let handler;
process.on("message", (/** @type {InvokeMessage} */ message) => {
  if (message?.type === "invoke" && handler && !current) invoke(handler, message);
});
try {
  handler = await loadHandler(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), process.env._HANDLER ?? "");
  initialized = true;
  send({ type: "ready" });
} catch (error) {
  logError("Uncaught Exception", toFormatted(error));
  send({ type: "init-error", error: toErrorDocument(error) }, () => process.exit(129));
}
