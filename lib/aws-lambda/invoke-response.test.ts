import { describe, expect, it } from "vitest";
import type { InvokeResult } from "@/lib/services/functions/function-invoker";
import { readLogTail, renderInvokeResult } from "./invoke-response";

const base = { logs: "START RequestId: r1\nhello\nEND RequestId: r1\n", durationMs: 12, requestId: "r1" };

describe("renderInvokeResult", () => {
  it("answers 200 with the payload as returned and the executed version", () => {
    const answer = renderInvokeResult({ ok: true, payload: '{"a":1}', ...base }, "3", false);
    expect(answer).toEqual({ status: 200, raw: '{"a":1}', headers: { "content-type": "application/json", "X-Amz-Executed-Version": "3" } });
  });

  it("marks a function error Unhandled with Lambda's error document, trace included", () => {
    const result: InvokeResult = { ok: false, kind: "function-error", error: { errorType: "TypeError", errorMessage: "x is not a function", trace: ["TypeError: x", "    at handler"] }, ...base };
    const answer = renderInvokeResult(result, "$LATEST", false);
    expect(answer.status).toBe(200);
    expect(answer.headers?.["X-Amz-Function-Error"]).toBe("Unhandled");
    expect(answer.raw).toBe('{"errorType":"TypeError","errorMessage":"x is not a function","trace":["TypeError: x","    at handler"]}');
  });

  it("leaves the trace out of a timeout's error document, as Lambda does", () => {
    const result: InvokeResult = { ok: false, kind: "timeout", error: { errorType: "Sandbox.Timedout", errorMessage: "Task timed out after 3.00 seconds", trace: [] }, ...base };
    expect(renderInvokeResult(result, "$LATEST", false).raw).toBe('{"errorType":"Sandbox.Timedout","errorMessage":"Task timed out after 3.00 seconds"}');
  });

  it("adds the base64 of the last 4 KB of the log for LogType Tail", () => {
    const logs = `${"a".repeat(5000)}${"b".repeat(4000)}`;
    const answer = renderInvokeResult({ ok: true, payload: "null", ...base, logs }, "$LATEST", true);
    const tail = Buffer.from(answer.headers?.["X-Amz-Log-Result"] ?? "", "base64").toString("utf8");
    expect(tail).toBe(`${"a".repeat(96)}${"b".repeat(4000)}`);
  });
});

describe("readLogTail", () => {
  it("accepts None and Tail and refuses anything else with Lambda's enum message", () => {
    expect([readLogTail(undefined), readLogTail("None"), readLogTail("Tail")]).toEqual([false, false, true]);
    expect(() => readLogTail("All")).toThrow("Value 'All' at 'logType' failed to satisfy constraint: Member must satisfy enum value set: [None, Tail]");
  });
});
