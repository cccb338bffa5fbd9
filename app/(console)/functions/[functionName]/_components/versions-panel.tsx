"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/format";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { functionArn, type FunctionPlace } from "@/lib/domain/functions/arn";
import { useFunctionVersions, type FunctionJson } from "@/lib/query/functions";
import { AliasesCard } from "./aliases-card";
import { PublishDialog } from "./publish-dialog";

export function VersionsPanel({ fn, place }: { fn: FunctionJson; place: FunctionPlace }) {
  const versions = useFunctionVersions(fn.functionName);
  const [publishing, setPublishing] = useState(false);

  return (
    <div className="flex flex-col gap-6">
      <Card
        title="Versions"
        description="$LATEST is the editable code; published versions never change."
        actions={<Button size="sm" onClick={() => setPublishing(true)}>Publish version</Button>}
        bodyClassName="p-0"
      >
        {versions.isPending ? (
          <LoadingState label="Loading versions…" />
        ) : versions.isError ? (
          <div className="p-4">
            <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
          </div>
        ) : (
          <div className="overflow-x-auto">
            <DataTable
              variant="card"
              columns={["Version", "Description", "Settings", "CodeSha256", "Last modified", { label: "ARN", className: "text-right" }]}
              data-testid="versions-table"
            >
              {versions.data.map((version) => (
                <tr key={version.version}>
                  <td className="px-4 py-2.5">
                    <Badge tone={version.version === "$LATEST" ? "accent" : "neutral"}>{version.version}</Badge>
                  </td>
                  <td className="max-w-xs truncate px-4 py-2.5 text-zinc-600" title={version.description}>{version.description || "—"}</td>
                  <td className="px-4 py-2.5 text-xs whitespace-nowrap text-zinc-600">
                    {version.memoryMb} MB · {version.timeoutSec} s · <span className="font-mono">{version.handler}</span>
                  </td>
                  <td className="px-4 py-2.5 font-mono text-xs text-zinc-500" title={version.codeSha256}>{version.codeSha256.slice(0, 12)}…</td>
                  <td className="px-4 py-2.5 whitespace-nowrap text-zinc-600">{formatDateTime(version.lastModified)}</td>
                  <td className="px-4 py-2.5 text-right">
                    <CopyButton value={functionArn(place, fn.functionName, version.version)} label="Copy ARN" />
                  </td>
                </tr>
              ))}
            </DataTable>
            {versions.data.length === 1 && (
              <p className="border-t border-zinc-100 px-4 py-3 text-zinc-500">No published versions yet. Publish one to pin the current code for an alias.</p>
            )}
          </div>
        )}
      </Card>
      <AliasesCard functionName={fn.functionName} place={place} versions={versions.data ?? []} />
      <PublishDialog fn={fn} open={publishing} onClose={() => setPublishing(false)} />
    </div>
  );
}
