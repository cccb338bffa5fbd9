"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { ALL_METHODS_KEY, DEFAULT_METHOD_SETTING, parseMethodSettingKey } from "@/lib/domain/stage-settings";
import { errorMessage } from "@/lib/query/fetch-json";
import type { StageJson } from "@/lib/query/types";
import { usePutMethodSetting } from "@/lib/query/use-stage-settings";
import { MethodOverrideDialog, type OverrideTarget } from "./method-override-dialog";
import { describeSetting } from "./method-setting-draft";
import { MethodSettingForm } from "./method-setting-form";

function methodLabel(key: string): string {
  const parsed = parseMethodSettingKey(key);
  return parsed ? `${parsed.httpMethod} ${parsed.resourcePath}` : key;
}

/** The stage's method settings: the stage-wide defaults ("*\/*") as a form, then per-method overrides in a table. */
export function MethodSettingsPanel({ apiId, stage }: { apiId: string; stage: StageJson }) {
  const saveDefaults = usePutMethodSetting(apiId, stage.stageName);
  const remove = usePutMethodSetting(apiId, stage.stageName);
  const [editing, setEditing] = useState<OverrideTarget | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const settings = stage.settings.methodSettings;
  const defaults = settings[ALL_METHODS_KEY];
  const overrides = Object.keys(settings).filter((key) => key !== ALL_METHODS_KEY).sort();

  function closeRemove() {
    remove.reset();
    setRemoving(null);
  }

  return (
    <Card title="Method settings" description="Throttling, caching, logs and metrics for every method of the stage, and per method.">
      <section aria-labelledby="method-defaults-heading" className="flex flex-col gap-3">
        <div>
          <h3 id="method-defaults-heading" className="text-sm font-medium">Defaults for all methods (*/*)</h3>
          <p className="text-xs text-zinc-500">
            {defaults ? "Applies to every method without its own override." : "Not set: no stage throttle or cache applies. Saving creates the */* entry."}
          </p>
        </div>
        <MethodSettingForm
          key={JSON.stringify(defaults ?? null)}
          idPrefix="defaults"
          initial={defaults ?? DEFAULT_METHOD_SETTING}
          submitLabel="Save defaults"
          pending={saveDefaults.isPending}
          saved={saveDefaults.isSuccess}
          error={saveDefaults.isError ? errorMessage(saveDefaults.error) : null}
          onSave={(setting) => saveDefaults.mutate({ key: ALL_METHODS_KEY, setting })}
          actions={defaults && <Button variant="ghost" onClick={() => setRemoving(ALL_METHODS_KEY)}>Clear defaults</Button>}
        />
      </section>
      <section aria-labelledby="method-overrides-heading" className="mt-6 flex flex-col gap-3 border-t border-zinc-200 pt-4">
        <div className="flex items-center justify-between gap-4">
          <h3 id="method-overrides-heading" className="text-sm font-medium">Method overrides</h3>
          <Button variant="secondary" size="sm" onClick={() => setEditing({ initial: defaults ?? DEFAULT_METHOD_SETTING })}>
            Add method override
          </Button>
        </div>
        {overrides.length === 0 ? (
          <p className="text-xs text-zinc-500">No method has its own settings.</p>
        ) : (
          <DataTable variant="inline" columns={["Method", "Settings", ""]} data-testid="method-overrides">
            {overrides.map((key) => (
              <tr key={key}>
                <td className="py-2 pr-3 font-mono text-xs">{methodLabel(key)}</td>
                <td className="py-2 pr-3 text-xs text-zinc-600">{describeSetting(settings[key])}</td>
                <td className="py-2 text-right whitespace-nowrap">
                  <Button variant="ghost" size="sm" aria-label={`Edit override for ${methodLabel(key)}`} onClick={() => setEditing({ key, label: methodLabel(key), initial: settings[key] })}>
                    Edit
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`Remove override for ${methodLabel(key)}`} onClick={() => setRemoving(key)}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <MethodOverrideDialog apiId={apiId} stage={stage} target={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={removing !== null}
        title={removing === ALL_METHODS_KEY ? "Clear default method settings" : "Remove method override"}
        confirmLabel={removing === ALL_METHODS_KEY ? "Clear" : "Remove"}
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onCancel={closeRemove}
        onConfirm={() => removing && remove.mutate({ key: removing, setting: null }, { onSuccess: closeRemove })}
      >
        <p>
          {removing === ALL_METHODS_KEY
            ? "Methods without their own override will have no stage throttle and no cache."
            : `${removing ? methodLabel(removing) : ""} will follow the */* defaults again.`}
        </p>
      </ConfirmDialog>
    </Card>
  );
}
