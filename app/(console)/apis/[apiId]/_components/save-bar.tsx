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

export interface SaveBarProps {
  mutation: MutationState;
  label: string;
  /** Unsaved edits: shown as such, with a way back to what is stored. */
  dirty?: boolean;
  onDiscard?: () => void;
  /** Problems found before saving, listed next to the button so nobody misses one below the fold. */
  problemCount?: number;
}

/** The submit row of a form: button, unsaved/saved note, server error. */
export function SaveBar({ mutation, label, dirty = false, onDiscard, problemCount = 0 }: SaveBarProps) {
  return (
    <div className="flex flex-col gap-2 border-t border-zinc-100 pt-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={mutation.isPending}>
          {label}
        </Button>
        {dirty && onDiscard && (
          <Button variant="ghost" onClick={onDiscard} disabled={mutation.isPending}>
            Discard changes
          </Button>
        )}
        {problemCount > 0 ? (
          <span role="alert" className="text-xs text-red-700">
            {problemCount === 1 ? "1 field needs attention." : `${problemCount} fields need attention.`}
          </span>
        ) : dirty ? (
          <span className="text-xs font-medium text-amber-700" data-testid="unsaved-changes">
            Unsaved changes
          </span>
        ) : (
          mutation.isSuccess && (
            <span role="status" className="text-xs text-emerald-700">
              Saved. Deploy the API to make the change live on a stage.
            </span>
          )
        )}
      </div>
      <InlineError message={mutation.isError ? errorMessage(mutation.error) : null} />
    </div>
  );
}
