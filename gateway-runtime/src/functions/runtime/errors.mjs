// @ts-check
/**
 * Lambda's Node.js runtime error shapes (aws-lambda-nodejs-runtime-interface-client, Errors.js): Runtime.*
 * error classes and the {errorType, errorMessage, trace} document posted for a failed invocation.
 * Plain JavaScript: this runs inside the function's process, which cannot read node_modules or TypeScript.
 */
import util from "node:util";

/** @typedef {{ errorType: string; errorMessage: string; trace: string[] }} LambdaErrorDocument */

/** @param {string} name */
function runtimeError(name) {
  const type = class extends Error {};
  // Lambda names them on the prototype, so `error.name` (the errorType) reads "Runtime.X".
  Object.defineProperty(type.prototype, "name", { value: `Runtime.${name}`, writable: true, configurable: true });
  return type;
}

export const ImportModuleError = runtimeError("ImportModuleError");
export const HandlerNotFound = runtimeError("HandlerNotFound");
export const MalformedHandlerName = runtimeError("MalformedHandlerName");
export const UserCodeSyntaxError = runtimeError("UserCodeSyntaxError");
export const NodeJsExit = runtimeError("NodeJsExit");
export const UnhandledPromiseRejection = runtimeError("UnhandledPromiseRejection");

export const NODE_JS_EXIT_MESSAGE =
  "The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes";

/**
 * Errors.js `_isError`: duck typing, so errors from another realm (vm contexts) still count.
 * @param {unknown} value
 * @returns {value is Error}
 */
function looksLikeError(value) {
  if (typeof value !== "object" || value === null) return false;
  const { name, message, stack } = /** @type {{ name?: unknown; message?: unknown; stack?: unknown }} */ (value);
  return Boolean(name && message && stack) && typeof name === "string" && typeof message === "string" && typeof stack === "string";
}

/**
 * Errors.js `toRapidResponse`: what the Invoke API returns for a failed invocation. A thrown non-Error
 * becomes `{ errorType: typeof value, errorMessage: String(value), trace: [] }`, as on Lambda.
 * @param {unknown} error
 * @returns {LambdaErrorDocument}
 */
export function toErrorDocument(error) {
  try {
    if (util.types.isNativeError(error) || looksLikeError(error)) {
      const stack = /** @type {string} */ (error.stack);
      return { errorType: error.name, errorMessage: error.message, trace: stack.split("\n") };
    }
    return { errorType: typeof error, errorMessage: String(/** @type {{ toString(): string }} */ (error).toString()), trace: [] };
  } catch {
    return {
      errorType: "handled",
      errorMessage:
        "callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack",
      trace: [],
    };
  }
}

/**
 * Errors.js `intoError`: the value logged on an "Invoke Error" line.
 * @param {unknown} value
 * @returns {Error}
 */
export function intoError(value) {
  return value instanceof Error ? value : new Error(/** @type {string} */ (value));
}

/**
 * Errors.js `toFormatted`: a tab, then the error as JSON with its name, message and stack lines.
 * @param {unknown} error
 * @returns {string}
 */
export function toFormatted(error) {
  try {
    return "\t" + JSON.stringify(error, (_key, value) => withEnumerableProperties(value));
  } catch {
    return "\t" + JSON.stringify(toErrorDocument(error));
  }
}

/** @param {unknown} value */
function withEnumerableProperties(value) {
  if (!(value instanceof Error)) return value;
  /** @type {Record<string, unknown>} */
  const out = { errorType: value.name, errorMessage: value.message, code: /** @type {{ code?: unknown }} */ (value).code, ...value };
  if (typeof value.stack === "string") out.stack = value.stack.split("\n");
  return out;
}
