"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import type { FunctionJson } from "@/lib/query/functions";
import { formatMemory, formatTimeout } from "../../_components/function-format";
import { DeleteFunctionDialog } from "./delete-function-dialog";
import { PublishDialog } from "./publish-dialog";

export function FunctionHeader({ fn }: { fn: FunctionJson }) {
  const [publishing, setPublishing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <div>
      <nav aria-label="Breadcrumb" className="flex gap-1.5 text-xs text-zinc-500">
        <Link href="/functions" className="hover:text-zinc-800">Functions</Link>
        <span>/</span>
        <span>{fn.functionName}</span>
      </nav>
      <PageHeader
        className="mt-1"
        title={fn.functionName}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Badge tone="accent">{fn.runtime}</Badge>
            <span className="text-xs">{formatMemory(fn.memoryMb)}</span>
            <span className="text-xs">timeout {formatTimeout(fn.timeoutSec)}</span>
            <span className="font-mono text-xs">{fn.handler}</span>
            <span className="text-xs">modified {formatDateTime(fn.lastModified)}</span>
            {fn.description && <span>{fn.description}</span>}
          </span>
        }
        actions={
          <>
            <Button variant="secondary" onClick={() => setDeleting(true)}>
              Delete
            </Button>
            <Button onClick={() => setPublishing(true)}>Publish version</Button>
          </>
        }
      />
      <PublishDialog fn={fn} open={publishing} onClose={() => setPublishing(false)} />
      <DeleteFunctionDialog functionName={fn.functionName} open={deleting} onClose={() => setDeleting(false)} />
    </div>
  );
}
