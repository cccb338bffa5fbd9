"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Select } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { CACHE_CLUSTER_SIZES, type CacheClusterSize } from "@/lib/domain/stage-settings";
import { errorMessage } from "@/lib/query/fetch-json";
import type { StageJson } from "@/lib/query/types";
import { useFlushStageCache, useUpdateStageCache } from "@/lib/query/use-stage-settings";

/** The stage's response cache cluster (AWS's sizes), its status, and "Flush entire cache". */
export function CachePanel({ apiId, stage }: { apiId: string; stage: StageJson }) {
  const update = useUpdateStageCache(apiId, stage.stageName);
  const flush = useFlushStageCache(apiId, stage.stageName);
  const { cacheClusterEnabled, cacheClusterSize } = stage.settings;
  const [enabled, setEnabled] = useState(cacheClusterEnabled);
  const [size, setSize] = useState<CacheClusterSize>(cacheClusterSize ?? "0.5");
  const [confirmFlush, setConfirmFlush] = useState(false);
  const changed = enabled !== cacheClusterEnabled || (enabled && size !== (cacheClusterSize ?? "0.5"));
  const resizing = cacheClusterEnabled && enabled && size !== cacheClusterSize;

  function closeFlush() {
    setConfirmFlush(false);
  }

  return (
    <Card
      title="Cache"
      description="Caches integration responses per method for the TTL in the method settings; only methods with caching on use it."
      actions={<Badge tone={stage.cacheClusterStatus === "AVAILABLE" ? "green" : "neutral"}>{stage.cacheClusterStatus}</Badge>}
    >
      <div className="flex flex-col gap-4">
        <label htmlFor="cache-enabled" className="flex items-center gap-2 text-xs font-medium text-zinc-700">
          <input id="cache-enabled" type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} className="accent-accent-600" />
          Enable cache cluster
        </label>
        <Field label="Cache size (GB)" htmlFor="cache-size" hint={resizing ? "Resizing starts with an empty cache, as on AWS." : "Bounds the memory each gateway process gives this stage."}>
          <Select id="cache-size" value={size} disabled={!enabled} onChange={(event) => setSize(event.target.value as CacheClusterSize)}>
            {CACHE_CLUSTER_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </Select>
        </Field>
        <InlineError message={update.isError ? errorMessage(update.error) : null} />
        <div className="flex items-center justify-end gap-2">
          {flush.isSuccess && <span role="status" className="mr-auto text-xs text-emerald-700">Cache flushed.</span>}
          {update.isSuccess && !changed && !flush.isSuccess && <span role="status" className="mr-auto text-xs text-emerald-700">Saved.</span>}
          <Button variant="secondary" disabled={!cacheClusterEnabled} onClick={() => { flush.reset(); setConfirmFlush(true); }}>
            Flush cache
          </Button>
          <Button
            disabled={!changed}
            pending={update.isPending}
            onClick={() => { flush.reset(); update.mutate({ cacheClusterEnabled: enabled, ...(enabled ? { cacheClusterSize: size } : {}) }); }}
          >
            Save cache settings
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={confirmFlush}
        title="Flush stage cache"
        confirmLabel="Flush"
        pending={flush.isPending}
        error={flush.isError ? errorMessage(flush.error) : null}
        onCancel={closeFlush}
        onConfirm={() => flush.mutate(undefined, { onSuccess: closeFlush })}
      >
        <p>
          Every cached response of stage <strong>{stage.stageName}</strong> is dropped; the next calls go to the integrations until the cache fills again.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
