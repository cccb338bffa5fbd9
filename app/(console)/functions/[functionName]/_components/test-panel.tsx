"use client";

import { useState } from "react";
import { CodeEditor } from "@/components/editors/code-editor";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { ApiError, errorMessage } from "@/lib/query/fetch-json";
import { useFunctionAliases, useFunctionVersions, useTestInvoke } from "@/lib/query/functions";
import { testInvokeSchema } from "@/lib/schemas/function.schema";
import { TestResult } from "./test-result";
import { DEFAULT_TEST_EVENT, useStoredEvent } from "./use-stored-event";

const RUNTIME_UNAVAILABLE = new Set(["ServiceException", "ServiceUnavailableException"]);

/** The invoke service throws ServiceException when this console process has no function host wired in. */
function invokeErrorMessage(error: unknown): string {
  if (error instanceof ApiError && (RUNTIME_UNAVAILABLE.has(error.code) || error.status === 503)) {
    return `Function runtime unavailable: ${error.message}`;
  }
  return errorMessage(error);
}

export function TestPanel({ functionName, unsavedCode }: { functionName: string; unsavedCode: boolean }) {
  const [event, setEvent] = useStoredEvent(functionName);
  const [qualifier, setQualifier] = useState("$LATEST");
  const [eventError, setEventError] = useState<string | null>(null);
  const versions = useFunctionVersions(functionName);
  const aliases = useFunctionAliases(functionName);
  const invoke = useTestInvoke(functionName);

  function run() {
    const parsed = testInvokeSchema.safeParse({ event, qualifier });
    if (!parsed.success) {
      setEventError(parsed.error.issues[0]?.message ?? "Check the event.");
      return;
    }
    setEventError(null);
    invoke.mutate(parsed.data);
  }

  function format() {
    try {
      setEvent(`${JSON.stringify(JSON.parse(event), null, 2)}\n`);
      setEventError(null);
    } catch {
      setEventError("The test event must be valid JSON.");
    }
  }

  const published = versions.data?.filter((v) => v.version !== "$LATEST") ?? [];

  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <Card
        title="Test event"
        description="Sent to the handler as its event. Kept in this browser for this function."
        actions={
          <>
            <Button variant="ghost" size="sm" onClick={() => setEvent(DEFAULT_TEST_EVENT)}>
              Reset
            </Button>
            <Button variant="secondary" size="sm" onClick={format}>
              Format
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-3">
          <CodeEditor id="test-event" value={event} onChange={setEvent} language="json" height={300} ariaLabel="Test event JSON" />
          <InlineError message={eventError} />
          <div className="flex flex-wrap items-end gap-3">
            <Field label="Invoke" htmlFor="test-qualifier" className="w-56">
              <Select id="test-qualifier" value={qualifier} onChange={(e) => setQualifier(e.target.value)}>
                <option value="$LATEST">$LATEST</option>
                {published.length > 0 && (
                  <optgroup label="Versions">
                    {published.map((v) => (
                      <option key={v.version} value={v.version}>
                        Version {v.version}
                      </option>
                    ))}
                  </optgroup>
                )}
                {(aliases.data?.length ?? 0) > 0 && (
                  <optgroup label="Aliases">
                    {aliases.data?.map((a) => (
                      <option key={a.name} value={a.name}>
                        {a.name}
                      </option>
                    ))}
                  </optgroup>
                )}
              </Select>
            </Field>
            <Button onClick={run} pending={invoke.isPending}>
              Test
            </Button>
          </div>
          {unsavedCode && qualifier === "$LATEST" && (
            <p className="text-xs text-amber-800">The code editor has unsaved changes; Test runs the saved $LATEST.</p>
          )}
        </div>
      </Card>
      <Card title="Result" description="The function's answer, its status and its log output (START / END / REPORT and console lines).">
        {invoke.isPending ? (
          <p role="status" className="text-zinc-500">Invoking…</p>
        ) : invoke.isError ? (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
            {invokeErrorMessage(invoke.error)}
          </div>
        ) : invoke.data ? (
          <TestResult result={invoke.data} />
        ) : (
          <p className="text-zinc-500">Choose an event and press Test to run the function.</p>
        )}
      </Card>
    </div>
  );
}
