import { Badge } from "@/components/ui/card";
import { formatMs } from "@/components/ui/format";
import type { TestInvokeJson } from "@/lib/query/functions";

/** The answer as JSON when it is JSON (most handlers return objects), otherwise the text as it came. */
function prettyPayload(payload: string): string {
  if (!payload) return "(empty)";
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

export function TestResult({ result }: { result: TestInvokeJson }) {
  const failed = result.status === "Failed";
  return (
    <div className="flex flex-col gap-4" data-testid="test-result">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-xs">
        <dt className="text-zinc-500">Status</dt>
        <dd className="flex items-center gap-2">
          <Badge tone={failed ? "red" : "green"}>{result.status}</Badge>
          {result.error && <span className="font-mono text-red-700">{result.error.errorType}</span>}
        </dd>
        <dt className="text-zinc-500">Duration</dt>
        <dd>{formatMs(result.durationMs)}</dd>
        <dt className="text-zinc-500">Executed version</dt>
        <dd className="font-mono">{result.executedVersion}</dd>
        <dt className="text-zinc-500">Request ID</dt>
        <dd className="font-mono">{result.requestId}</dd>
      </dl>
      {result.error && <p className="text-red-800">{result.error.errorMessage}</p>}
      <section>
        <h3 className="mb-1 text-xs font-medium text-zinc-700">{failed ? "Error payload" : "Response payload"}</h3>
        <pre className="max-h-72 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs whitespace-pre-wrap break-all">
          {prettyPayload(result.payload)}
        </pre>
      </section>
      <section>
        <h3 className="mb-1 text-xs font-medium text-zinc-700">Log output</h3>
        <pre className="max-h-80 overflow-auto rounded-md bg-zinc-900 p-3 font-mono text-xs whitespace-pre-wrap break-all text-zinc-100" data-testid="test-logs">
          {result.logs || "(no log output)"}
        </pre>
      </section>
    </div>
  );
}
