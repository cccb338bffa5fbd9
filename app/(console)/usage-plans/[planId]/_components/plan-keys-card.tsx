"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { Field, Select } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { UsagePlanJson } from "@/lib/query/types";
import { useApiKeys } from "@/lib/query/use-api-keys";
import { useAddUsagePlanKey, useRemoveUsagePlanKey } from "@/lib/query/use-usage-plans";

type PlanKey = UsagePlanJson["keys"][number];

/** AWS's usage plan keys: the API keys the plan's limits apply to. */
export function PlanKeysCard({ plan }: { plan: UsagePlanJson }) {
  const remove = useRemoveUsagePlanKey(plan.id);
  const [removing, setRemoving] = useState<PlanKey | null>(null);

  function close() {
    remove.reset();
    setRemoving(null);
  }

  return (
    <Card title="API keys" description="Keys on this plan may call its API stages, within its limits." bodyClassName="p-0">
      {plan.keys.length === 0 ? (
        <p className="px-4 py-3 text-zinc-500">No keys on this plan yet.</p>
      ) : (
        <DataTable variant="card" columns={["Key name", "Customer", "Status", ""]} data-testid="plan-keys-table">
          {plan.keys.map((key) => (
            <tr key={key.id}>
              <td className="px-4 py-2.5">
                <Link href={`/customers/${encodeURIComponent(key.id)}`} className="font-medium text-accent-700 hover:underline">
                  {key.name}
                </Link>
              </td>
              <td className="px-4 py-2.5 text-zinc-600">{key.customerId || "—"}</td>
              <td className="px-4 py-2.5">{key.enabled ? <Badge tone="green">Enabled</Badge> : <Badge>Disabled</Badge>}</td>
              <td className="px-4 py-2.5 text-right">
                <Button variant="ghost" size="sm" onClick={() => setRemoving(key)} aria-label={`Remove key ${key.name} from the plan`}>
                  Remove
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <AddKeyForm plan={plan} />
      <ConfirmDialog
        open={removing !== null}
        title="Remove key from plan"
        confirmLabel="Remove key"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onCancel={close}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: close })}
      >
        <p>
          Remove <strong>{removing?.name}</strong> from {plan.name}? Its calls to this plan&apos;s API stages get 403 Forbidden unless another plan covers them.
        </p>
      </ConfirmDialog>
    </Card>
  );
}

function AddKeyForm({ plan }: { plan: UsagePlanJson }) {
  const keys = useApiKeys();
  const add = useAddUsagePlanKey(plan.id);
  const [keyId, setKeyId] = useState("");
  const attached = new Set(plan.keys.map((key) => key.id));
  const candidates = (keys.data ?? []).filter((key) => !attached.has(key.id));

  return (
    <div className="flex flex-col gap-2 border-t border-zinc-200 px-4 py-3">
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <Field label="Add an API key" htmlFor="plan-add-key" hint={keys.isSuccess && candidates.length === 0 ? "Every key is on this plan already." : undefined}>
            <Select id="plan-add-key" value={keyId} onChange={(event) => setKeyId(event.target.value)} disabled={!keys.isSuccess}>
              <option value="">{keys.isPending ? "Loading keys…" : "Choose a key"}</option>
              {candidates.map((key) => (
                <option key={key.id} value={key.id}>
                  {key.name}
                  {key.customerId ? ` (${key.customerId})` : ""}
                  {key.usagePlan ? ` — on ${key.usagePlan.name}` : ""}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button variant="secondary" disabled={!keyId} pending={add.isPending} onClick={() => add.mutate(keyId, { onSuccess: () => setKeyId("") })}>
          Add key
        </Button>
      </div>
      <InlineError message={keys.isError ? `Keys could not be loaded: ${keys.error.message}` : add.isError ? errorMessage(add.error) : null} />
    </div>
  );
}
