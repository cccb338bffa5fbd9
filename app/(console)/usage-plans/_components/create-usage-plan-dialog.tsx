"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import { useCreateUsagePlan } from "@/lib/query/use-usage-plans";
import { usagePlanPath } from "./usage-plans-table";
import { usagePlanDraft, usagePlanInput, type DraftProblems } from "./usage-plan-draft";
import { UsagePlanFields } from "./usage-plan-fields";

/** Create a plan with all its settings; the plan's page opens next, to attach keys. */
export function CreateUsagePlanDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const create = useCreateUsagePlan();
  const [draft, setDraft] = useState(() => usagePlanDraft());
  const [problems, setProblems] = useState<DraftProblems>({});
  const problemCount = Object.keys(problems).length;

  function close() {
    setDraft(usagePlanDraft());
    setProblems({});
    create.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = usagePlanInput(draft);
    if (!result.ok) return setProblems(result.problems);
    setProblems({});
    create.mutate(result.input, { onSuccess: (plan) => router.push(usagePlanPath(plan.id)) });
  }

  const formError = create.isError ? errorMessage(create.error) : problemCount > 0 ? `Fix ${problemCount === 1 ? "the problem" : `the ${problemCount} problems`} above first.` : null;

  return (
    <Dialog open={open} onClose={close} title="Create usage plan">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <UsagePlanFields idPrefix="create-plan" draft={draft} setDraft={setDraft} problems={problems} />
        <FormActions error={formError} onCancel={close} submitLabel="Create plan" pending={create.isPending} />
      </form>
    </Dialog>
  );
}
