"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import type { RestApiJson } from "@/lib/query/types";
import { useStages } from "@/lib/query/use-stages";
import { ApiNav, type ApiSection } from "./api-nav";
import { DeployDialog } from "./deploy-dialog";

export function ApiHeader({ api, current }: { api: RestApiJson; current: ApiSection }) {
  const stages = useStages(api.id);
  const [deploying, setDeploying] = useState(false);

  return (
    <div>
      <Link href="/apis" className="text-xs text-zinc-500 hover:text-zinc-800">
        ← APIs
      </Link>
      <PageHeader
        className="mt-1 mb-3"
        title={api.name}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-mono text-xs">{api.id}</span>
            {api.description && <span>{api.description}</span>}
          </span>
        }
        actions={<Button onClick={() => setDeploying(true)}>Deploy API</Button>}
      />
      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
        <span>Stages:</span>
        {stages.isPending && <span>loading…</span>}
        {stages.isError && <span className="text-red-700">could not load stages</span>}
        {stages.data?.length === 0 && <span>none yet, deploy the API to create one</span>}
        {stages.data?.map((stage) => (
          <Link
            key={stage.stageName}
            href={`/apis/${api.id}/stages/${encodeURIComponent(stage.stageName)}`}
            className="rounded-full border border-zinc-300 bg-white px-2.5 py-0.5 font-medium text-zinc-700 hover:border-accent-500 hover:text-accent-700"
          >
            {stage.stageName}
          </Link>
        ))}
      </div>
      <div className="mt-4">
        <ApiNav apiId={api.id} current={current} />
      </div>
      <DeployDialog apiId={api.id} open={deploying} onClose={() => setDeploying(false)} />
    </div>
  );
}
