"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Select } from "@/components/ui/field";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { methodSettingKey, type MethodSetting } from "@/lib/domain/stage-settings";
import { errorMessage } from "@/lib/query/fetch-json";
import type { StageJson } from "@/lib/query/types";
import { usePutMethodSetting } from "@/lib/query/use-stage-settings";
import { useDeployedMethods } from "@/lib/query/use-stages";
import { MethodSettingForm } from "./method-setting-form";

export interface OverrideTarget {
  /** Set when editing an existing override; absent when adding one. */
  key?: string;
  label?: string;
  initial: MethodSetting;
}

export interface MethodOverrideDialogProps {
  apiId: string;
  stage: StageJson;
  target: OverrideTarget | null;
  onClose: () => void;
}

/** Adds or edits one method's own settings; a new override picks its method from the stage's deployment. */
export function MethodOverrideDialog({ apiId, stage, target, onClose }: MethodOverrideDialogProps) {
  const put = usePutMethodSetting(apiId, stage.stageName);
  const methods = useDeployedMethods(apiId, stage.deploymentId);
  const [picked, setPicked] = useState("");
  const taken = new Set(Object.keys(stage.settings.methodSettings));
  const choices = (methods.data ?? []).map((m) => ({ key: methodSettingKey(m.resourcePath, m.httpMethod), label: `${m.httpMethod} ${m.resourcePath}` })).filter((c) => !taken.has(c.key));
  const key = target?.key ?? (picked || choices[0]?.key);

  function close() {
    put.reset();
    setPicked("");
    onClose();
  }

  return (
    <Dialog open={target !== null} onClose={close} title={target?.key ? `Override for ${target.label}` : "Add method override"} description="This method's own settings replace the stage-wide */* entry for it.">
      {target && (
        <div className="flex flex-col gap-4">
          {!target.key &&
            (methods.isPending ? (
              <LoadingState label="Loading the deployment's methods…" />
            ) : methods.isError ? (
              <ErrorState error={methods.error} onRetry={() => methods.refetch()} />
            ) : choices.length === 0 ? (
              <p className="text-zinc-500">Every method of the deployment already has an override.</p>
            ) : (
              <Field label="Resource and method" htmlFor="override-method" hint="From the deployment this stage serves.">
                <Select id="override-method" value={key} onChange={(event) => setPicked(event.target.value)}>
                  {choices.map((c) => <option key={c.key} value={c.key}>{c.label}</option>)}
                </Select>
              </Field>
            ))}
          <MethodSettingForm
            idPrefix="override"
            initial={target.initial}
            submitLabel="Save override"
            pending={put.isPending}
            error={put.isError ? errorMessage(put.error) : null}
            onSave={(setting) => key && put.mutate({ key, setting }, { onSuccess: close })}
            actions={<Button variant="secondary" onClick={close}>Cancel</Button>}
          />
        </div>
      )}
    </Dialog>
  );
}
