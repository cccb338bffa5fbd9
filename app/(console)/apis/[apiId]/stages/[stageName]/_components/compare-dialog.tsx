"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Select } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format";
import type { DeploymentJson } from "@/lib/query/types";
import { DeploymentDiffSection } from "./deployment-diff-section";

export interface ComparePair {
  from: string;
  to: string;
}

export interface CompareDialogProps {
  apiId: string;
  deployments: DeploymentJson[];
  /** Null keeps the dialog closed. */
  pair: ComparePair | null;
  onChange: (pair: ComparePair) => void;
  onClose: () => void;
}

function DeploymentSelect({ id, label, value, deployments, onChange }: { id: string; label: string; value: string; deployments: DeploymentJson[]; onChange: (id: string) => void }) {
  return (
    <Field label={label} htmlFor={id} className="flex-1">
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {deployments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.id} · {formatDateTime(d.createdDate)}{d.description ? ` · ${d.description}` : ""}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Any two deployments of the API side by side; nothing is changed. */
export function CompareDialog({ apiId, deployments, pair, onChange, onClose }: CompareDialogProps) {
  return (
    <Dialog
      open={pair !== null}
      onClose={onClose}
      wide
      title="Compare deployments"
      description="What changes when a stage moves from the first deployment to the second."
      footer={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      {pair && (
        <div className="flex flex-col gap-4">
          <div className="flex flex-wrap items-end gap-3">
            <DeploymentSelect id="compare-from" label="Compare from" value={pair.from} deployments={deployments} onChange={(from) => onChange({ ...pair, from })} />
            <Button variant="ghost" size="sm" aria-label="Swap the two deployments" onClick={() => onChange({ from: pair.to, to: pair.from })}>
              ⇄
            </Button>
            <DeploymentSelect id="compare-to" label="Compare to" value={pair.to} deployments={deployments} onChange={(to) => onChange({ ...pair, to })} />
          </div>
          <DeploymentDiffSection apiId={apiId} from={pair.from} to={pair.to} fromLabel="from" toLabel="to" />
        </div>
      )}
    </Dialog>
  );
}
