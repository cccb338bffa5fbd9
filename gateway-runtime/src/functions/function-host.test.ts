import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestTooLargeError } from "./platform-errors";
import { functionSpec, payloadOf, startHost } from "./test-functions";
import type { InvokeResult } from "./types";

let env: ReturnType<typeof startHost>;
beforeAll(() => {
  env = startHost({ maxProcesses: 8 });
});
afterAll(() => env.close());

const invoke = (files: Record<string, string>, event: unknown = {}, overrides: Parameters<typeof functionSpec>[2] = {}) =>
  env.host.invoke(functionSpec(`fn-${Object.values(files).join("").length}-${Math.random()}`, files, overrides), event);

function failure(result: InvokeResult) {
  if (result.ok) throw new Error(`expected a failure, got ${result.payload}`);
  return result;
}

describe("handler forms", () => {
  it("runs an async ES module handler from index.mjs", async () => {
    const result = await invoke({ "index.mjs": "export const handler = async (event) => ({ echo: event.value * 2 });" }, { value: 21 });
    expect(payloadOf(result)).toEqual({ echo: 42 });
  });

  it("loads index.js as an ES module when package.json says type module", async () => {
    const result = await invoke({
      "package.json": '{"type":"module"}',
      "index.js": "import { answer } from './lib/answer.js';\nexport const handler = async () => answer;",
      "lib/answer.js": "export const answer = 'esm';",
    });
    expect(payloadOf(result)).toBe("esm");
  });

  it("runs a CommonJS exports.handler with its own require()s", async () => {
    const result = await invoke({
      "index.js": "const dep = require('dep');\nexports.handler = async () => dep.name + ':' + typeof module;",
      "node_modules/dep/index.js": "module.exports = { name: 'dep' };",
    });
    expect(payloadOf(result)).toBe("dep:object");
  });

  it("resolves a handler in a nested directory and a nested export path", async () => {
    const result = await invoke({ "src/app.cjs": "module.exports.routes = { main: async () => 'nested' };" }, {}, { handler: "src/app.routes.main" });
    expect(payloadOf(result)).toBe("nested");
  });

  it("answers the callback form's callback(null, result)", async () => {
    const result = await invoke({ "index.js": "exports.handler = (event, context, callback) => { setTimeout(() => callback(null, { got: event }), 10); };" }, [1]);
    expect(payloadOf(result)).toEqual({ got: [1] });
  });

  it("waits for the event loop to empty after callback() unless callbackWaitsForEmptyEventLoop is false", async () => {
    const code = (wait: boolean) =>
      `exports.handler = (event, context, callback) => { context.callbackWaitsForEmptyEventLoop = ${wait}; setTimeout(() => {}, 400); callback(null, 'done'); };`;
    const waiting = await invoke({ "index.js": code(true) });
    const notWaiting = await invoke({ "index.js": code(false) });
    expect(payloadOf(waiting)).toBe("done");
    expect(waiting.durationMs).toBeGreaterThanOrEqual(380);
    expect(payloadOf(notWaiting)).toBe("done");
    expect(notWaiting.durationMs).toBeLessThan(300);
  });

  it("answers null for a synchronous handler that never calls back, and for an undefined result", async () => {
    expect(payloadOf(await invoke({ "index.js": "exports.handler = () => 42;" }))).toBeNull();
    const result = await invoke({ "index.mjs": "export const handler = async () => undefined;" });
    expect(result.ok && result.payload).toBe("null");
  });
});

describe("context and environment", () => {
  it("passes Lambda's context fields and a decreasing getRemainingTimeInMillis()", async () => {
    const spec = functionSpec("context-fn", {
      "index.mjs": `export const handler = async (event, context) => {
        const first = context.getRemainingTimeInMillis();
        await new Promise((r) => setTimeout(r, 120));
        const { getRemainingTimeInMillis, succeed, fail, done, ...fields } = context;
        return { ...fields, waits: context.callbackWaitsForEmptyEventLoop, first, second: context.getRemainingTimeInMillis() };
      };`,
    }, { version: "7", memoryMb: 256, timeoutMs: 5000, invokedFunctionArn: "arn:aws:lambda:eu-west-1:000000000000:function:context-fn:live" });
    const result = await env.host.invoke(spec, {}, { requestId: "5f1e2d3c-0000-4000-8000-000000000001" });
    const context = payloadOf(result) as Record<string, unknown>;
    expect(context).toMatchObject({
      awsRequestId: "5f1e2d3c-0000-4000-8000-000000000001",
      functionName: "context-fn",
      functionVersion: "7",
      invokedFunctionArn: "arn:aws:lambda:eu-west-1:000000000000:function:context-fn:live",
      memoryLimitInMB: "256",
      logGroupName: "/aws/lambda/context-fn",
      waits: true,
    });
    expect(context.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[7\][0-9a-f]{32}$/);
    const first = context.first as number;
    const second = context.second as number;
    expect(first).toBeLessThanOrEqual(5000);
    expect(first).toBeGreaterThan(4500);
    expect(first - second).toBeGreaterThanOrEqual(100);
  });

  it("sets the function's variables and Lambda's reserved ones, which the function cannot override", async () => {
    const result = await invoke(
      { "index.js": "exports.handler = async () => ({ ...process.env });" },
      {},
      { environment: { GREETING: "hello", AWS_LAMBDA_FUNCTION_NAME: "spoofed", TZ: "Europe/Paris" }, region: "eu-central-1" },
    );
    const vars = payloadOf(result) as Record<string, string>;
    expect(vars).toMatchObject({
      GREETING: "hello",
      AWS_REGION: "eu-central-1",
      AWS_DEFAULT_REGION: "eu-central-1",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "128",
      AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
      AWS_EXECUTION_ENV: expect.stringMatching(/^AWS_Lambda_nodejs\d+\.x$/),
      TZ: ":UTC",
      _HANDLER: "index.handler",
    });
    expect(vars.AWS_LAMBDA_FUNCTION_NAME).toMatch(/^fn-/);
    expect(vars.LAMBDA_TASK_ROOT).toContain(env.workDir);
  });
});

describe("errors", () => {
  it("reports a thrown Error with its name, message and stack lines as trace", async () => {
    const result = failure(await invoke({ "index.mjs": "export const handler = async () => { null.x; };" }));
    expect(result.kind).toBe("function-error");
    expect(result.error.errorType).toBe("TypeError");
    expect(result.error.errorMessage).toBe("Cannot read properties of null (reading 'x')");
    expect(result.error.trace[0]).toBe("TypeError: Cannot read properties of null (reading 'x')");
    expect(result.error.trace.some((line) => line.includes("index.mjs"))).toBe(true);
    expect(result.logs).toMatch(/\tERROR\tInvoke Error \t\{"errorType":"TypeError","errorMessage":"Cannot read properties/);
  });

  it("uses error.name as errorType, as Lambda does for custom error classes", async () => {
    const result = failure(await invoke({
      "index.js": "class NotFound extends Error { constructor(m) { super(m); this.name = 'NotFound'; } }\nexports.handler = async () => { throw new NotFound('no such item'); };",
    }));
    expect(result.error).toMatchObject({ errorType: "NotFound", errorMessage: "no such item" });
  });

  it("reports a thrown string the way Lambda does: typeof as errorType, empty trace", async () => {
    const result = failure(await invoke({ "index.mjs": "export const handler = async () => { throw 'plain text'; };" }));
    expect(result.error).toEqual({ errorType: "string", errorMessage: "plain text", trace: [] });
  });

  it("reports callback(error) as a function error", async () => {
    const result = failure(await invoke({ "index.js": "exports.handler = (e, c, callback) => callback(new RangeError('too far'));" }));
    expect(result.error).toMatchObject({ errorType: "RangeError", errorMessage: "too far" });
  });

  it("reports an unhandled rejection as Runtime.UnhandledPromiseRejection and replaces the process", async () => {
    const spec = functionSpec("unhandled", {
      "index.js": "exports.handler = async (e) => { if (e.reject) Promise.reject(new Error('lost')); await new Promise((r) => setTimeout(r, 50)); return process.pid; };",
    });
    const pid = payloadOf(await env.host.invoke(spec, {}));
    const result = failure(await env.host.invoke(spec, { reject: true }));
    expect(result.error).toMatchObject({ errorType: "Runtime.UnhandledPromiseRejection", errorMessage: "Error: lost" });
    expect(payloadOf(await env.host.invoke(spec, {}))).not.toBe(pid);
  });

  it("fails an async handler whose promise never settles once the event loop is empty (Runtime.NodeJsExit)", async () => {
    const result = failure(await invoke({ "index.mjs": "export const handler = async () => { await new Promise(() => {}); };" }));
    expect(result.error.errorType).toBe("Runtime.NodeJsExit");
    expect(result.error.errorMessage).toContain("Promise that was never settled");
  });

  it("answers Function.ResponseSizeTooLarge for a result over 6 MB", async () => {
    const result = failure(await invoke({ "index.mjs": "export const handler = async () => 'x'.repeat(6_300_000);" }));
    expect(result.kind).toBe("function-error");
    expect(result.error).toEqual({
      errorType: "Function.ResponseSizeTooLarge",
      errorMessage: "Response payload size exceeded maximum allowed payload size (6291556 bytes).",
      trace: [],
    });
  });

  it("refuses an event over 6 MB before running anything", async () => {
    await expect(invoke({ "index.mjs": "export const handler = async () => 1;" }, "x".repeat(6_291_500))).rejects.toThrow(RequestTooLargeError);
  });
});

describe("init errors", () => {
  it("reports a missing module as Runtime.ImportModuleError", async () => {
    const result = failure(await invoke({ "other.js": "exports.handler = () => 1;" }));
    expect(result.kind).toBe("init-error");
    expect(result.error.errorType).toBe("Runtime.ImportModuleError");
    expect(result.error.errorMessage).toMatch(/^Error: Cannot find module 'index'\nRequire stack:/);
    expect(result.logs).toMatch(/\tundefined\tERROR\tUncaught Exception \t\{"errorType":"Runtime.ImportModuleError"/);
  });

  it("reports a syntax error as Runtime.UserCodeSyntaxError", async () => {
    const result = failure(await invoke({ "index.js": "exports.handler = async () => { return ); };" }));
    expect(result.kind).toBe("init-error");
    expect(result.error.errorType).toBe("Runtime.UserCodeSyntaxError");
    expect(result.error.errorMessage).toMatch(/^SyntaxError: Unexpected token/);
    expect(result.error.trace[0]).toMatch(/^Runtime.UserCodeSyntaxError: SyntaxError/);
  });

  it("reports a missing or non-function export as Runtime.HandlerNotFound", async () => {
    const missing = failure(await invoke({ "index.js": "exports.other = () => 1;" }));
    expect(missing.error).toMatchObject({ errorType: "Runtime.HandlerNotFound", errorMessage: "index.handler is undefined or not exported" });
    const notFunction = failure(await invoke({ "index.js": "exports.handler = 42;" }));
    expect(notFunction.error).toMatchObject({ errorType: "Runtime.HandlerNotFound", errorMessage: "index.handler is not a function" });
  });

  it("reports a handler string without a dot as Runtime.MalformedHandlerName", async () => {
    const result = failure(await invoke({ "index.js": "exports.handler = () => 1;" }, {}, { handler: "index" }));
    expect(result.error).toMatchObject({ errorType: "Runtime.MalformedHandlerName", errorMessage: "Bad handler" });
  });

  it("reports an error thrown while the module initialises with its own type", async () => {
    const result = failure(await invoke({ "index.mjs": "throw new Error('no config');\nexport const handler = async () => 1;" }));
    expect(result.kind).toBe("init-error");
    expect(result.error).toMatchObject({ errorType: "Error", errorMessage: "no config" });
  });
});

describe("logs", () => {
  it("captures console output in Lambda's format between START and END, with REPORT and Init Duration on a cold start", async () => {
    const spec = functionSpec("logger", {
      "index.js": "console.log('init line');\nexports.handler = async () => { console.log('a %s', 'b', { c: 1 }); console.warn('careful'); console.error('bad'); process.stdout.write('raw\\n'); return 1; };",
    });
    const cold = await env.host.invoke(spec, {}, { requestId: "req-1" });
    const warm = await env.host.invoke(spec, {}, { requestId: "req-2" });
    const lines = cold.logs.split("\n");
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\tundefined\tINFO\tinit line$/);
    expect(lines[1]).toBe("START RequestId: req-1 Version: $LATEST");
    expect(lines[2]).toMatch(/^\S+Z\treq-1\tINFO\ta b \{ c: 1 \}$/);
    expect(lines[3]).toMatch(/^\S+Z\treq-1\tWARN\tcareful$/);
    expect(lines[4]).toMatch(/^\S+Z\treq-1\tERROR\tbad$/);
    expect(lines[5]).toBe("raw");
    expect(lines[6]).toBe("END RequestId: req-1");
    expect(lines[7]).toMatch(
      /^REPORT RequestId: req-1\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: \d+\.\d\d ms\t$/,
    );
    expect(warm.logs).not.toContain("init line");
    expect(warm.logs).not.toContain("Init Duration");
  });

  it("returns only the last 4 KB of a long log, ending with REPORT", async () => {
    const result = await invoke({ "index.mjs": "export const handler = async () => { for (let i = 0; i < 500; i++) console.log('line ' + i + ' é'); return 1; };" });
    expect(Buffer.byteLength(result.logs)).toBeLessThanOrEqual(4096);
    expect(Buffer.byteLength(result.logs)).toBeGreaterThan(4000);
    expect(result.logs).toContain("line 499 é");
    expect(result.logs).not.toContain("\tline 0 é");
    expect(result.logs).toMatch(/REPORT RequestId: [^\n]+\n$/);
  });
});
