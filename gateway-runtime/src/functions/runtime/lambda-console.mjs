// @ts-check
/**
 * Lambda's log patch (LogPatch.js, text format): console.* writes `<ISO time>\t<requestId>\t<LEVEL>\t<message>`.
 * Lines go to the host over the IPC channel rather than stdout so they are ordered with the invocation
 * result; raw process.stdout/stderr writes take the same path, unprefixed, as Lambda keeps them.
 */
import util from "node:util";

/** @type {string | undefined} */
let currentRequestId;

/** Lambda logs `undefined` as the request id for lines written during init. */
export function setCurrentRequestId(/** @type {string | undefined} */ requestId) {
  currentRequestId = requestId;
}

/** @param {string} text */
export function sendLog(text) {
  if (process.connected && process.send) process.send({ type: "log", text });
}

/**
 * @param {string} level
 * @param {unknown[]} params
 */
function writeLine(level, params) {
  const message = util.format(...params);
  sendLog(`${new Date().toISOString()}\t${currentRequestId}\t${level}\t${message}\n`);
}

/**
 * @param {string} level
 * @returns {(...params: unknown[]) => void}
 */
const at = (level) => (...params) => writeLine(level, params);

export function patchConsole() {
  console.trace = at("TRACE");
  console.debug = at("DEBUG");
  console.info = at("INFO");
  console.log = console.info;
  console.warn = at("WARN");
  console.error = at("ERROR");
  /** @type {Console & { fatal?: (...params: unknown[]) => void }} */ (console).fatal = at("FATAL");
  for (const stream of [process.stdout, process.stderr]) {
    /** @type {(chunk: unknown, encoding?: unknown, callback?: unknown) => boolean} */
    const write = (chunk, encoding, callback) => {
      const text = typeof chunk === "string" ? chunk : Buffer.from(/** @type {Uint8Array} */ (chunk)).toString();
      sendLog(text);
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") queueMicrotask(() => done());
      return true;
    };
    stream.write = /** @type {typeof stream.write} */ (write);
  }
}

/**
 * LogPatch's structuredConsole.logError (text): `console.error(label, toFormatted(error))`.
 * @param {string} label
 * @param {string} formattedError
 */
export function logError(label, formattedError) {
  console.error(label, formattedError);
}
