"use client";

import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";

interface MutationState {
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: unknown;
}

/** The submit row of an integration form: button, saved note, server error. */
export function SaveBar({ mutation, label }: { mutation: MutationState; label: string }) {
  return (
    <div className="flex flex-col gap-2 border-t border-zinc-100 pt-4">
      <div className="flex items-center gap-3">
        <Button type="submit" pending={mutation.isPending}>
          {label}
        </Button>
        {mutation.isSuccess && (
          <span role="status" className="text-xs text-emerald-700">
            Saved. Deploy the API to make the change live on a stage.
          </span>
        )}
      </div>
      <InlineError message={mutation.isError ? errorMessage(mutation.error) : null} />
    </div>
  );
}
