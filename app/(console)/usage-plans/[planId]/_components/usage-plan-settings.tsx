"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { draftKey } from "@/components/ui/rows";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { UsagePlanJson } from "@/lib/query/types";
import { useUpdateUsagePlan } from "@/lib/query/use-usage-plans";
import { usagePlanDraft, usagePlanInput, type DraftProblems } from "../../_components/usage-plan-draft";
import { UsagePlanFields } from "../../_components/usage-plan-fields";

export function UsagePlanSettings({ plan }: { plan: UsagePlanJson }) {
  // Held here, not in the form: the form remounts after a save, and "Saved." has to outlive it.
  const update = useUpdateUsagePlan(plan.id);
  const stored = { name: plan.name, description: plan.description, throttle: plan.throttle, quota: plan.quota, apiStages: plan.apiStages };
  // Remounted when what is stored changes (after a save), so the form starts from the server's copy.
  return <SettingsForm key={draftKey(stored)} plan={plan} update={update} />;
}

function SettingsForm({ plan, update }: { plan: UsagePlanJson; update: ReturnType<typeof useUpdateUsagePlan> }) {
  const [initial] = useState(() => usagePlanDraft(plan));
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<DraftProblems>({});
  const dirty = draftKey(draft) !== draftKey(initial);
  const problemCount = Object.keys(problems).length;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = usagePlanInput(draft);
    if (!result.ok) return setProblems(result.problems);
    setProblems({});
    update.mutate(result.input);
  }

  function discard() {
    setDraft(initial);
    setProblems({});
    update.reset();
  }

  return (
    <Card title="Settings" description="Throttling and quota apply to each key on the plan separately.">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <UsagePlanFields idPrefix="plan" draft={draft} setDraft={setDraft} problems={problems} />
        <InlineError message={problemCount > 0 ? `Fix ${problemCount === 1 ? "the problem" : `the ${problemCount} problems`} above first.` : null} />
        <InlineError message={update.isError ? errorMessage(update.error) : null} />
        <div className="flex items-center gap-2">
          <Button type="submit" pending={update.isPending} disabled={!dirty}>
            Save plan
          </Button>
          <Button variant="ghost" onClick={discard} disabled={!dirty}>
            Discard changes
          </Button>
          {update.isSuccess && !dirty && (
            <span role="status" className="text-xs text-emerald-700">
              Saved.
            </span>
          )}
        </div>
      </form>
    </Card>
  );
}
