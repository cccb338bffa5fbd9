import { describe, expect, it } from "vitest";
import { LogTail, logStreamName, reportLine, tailBytes, timeoutMessage } from "./invocation-logs";

describe("log tail", () => {
  it("cuts to the byte limit on a character boundary", () => {
    expect(tailBytes("ééé", 3)).toBe("é");
    expect(tailBytes("abc", 3)).toBe("abc");
  });

  it("keeps only the newest bytes of many appends", () => {
    const tail = new LogTail(10);
    for (let i = 0; i < 100; i++) tail.append(`${i};`);
    expect(tail.text()).toBe("96;97;98;99;".slice(-10));
  });
});

describe("Lambda log lines", () => {
  it("formats REPORT with billed duration rounded up, init duration and status", () => {
    const line = reportLine({
      requestId: "r1",
      durationMs: 12.341,
      memoryMb: 128,
      maxMemoryUsedMb: 60,
      initDurationMs: 150.5,
      status: { status: "error", errorType: "Runtime.ExitError" },
    });
    expect(line).toBe(
      "REPORT RequestId: r1\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\tInit Duration: 150.50 ms\tStatus: error\tError Type: Runtime.ExitError\t\n",
    );
  });

  it("words the timeout as Lambda does", () => {
    expect(timeoutMessage(new Date("2024-05-06T07:08:09.010Z"), "r2", 3000)).toBe("2024-05-06T07:08:09.010Z r2 Task timed out after 3.00 seconds");
  });

  it("names log streams date/[version]id", () => {
    expect(logStreamName(new Date("2024-05-06T00:00:00Z"), "$LATEST", "ab".repeat(16))).toBe(`2024/05/06/[$LATEST]${"ab".repeat(16)}`);
  });
});
