import type { ReactNode } from "react";
import { Button } from "./button";
import { InlineError } from "./states";

export interface FormActionsProps {
  /** The form's or the server's error, shown above the buttons. */
  error: string | null;
  onCancel: () => void;
  submitLabel: ReactNode;
  pending: boolean;
  disabled?: boolean;
}

/** The end of a dialog form: its error, then Cancel and the submit button on the right. */
export function FormActions({ error, onCancel, submitLabel, pending, disabled }: FormActionsProps) {
  return (
    <>
      <InlineError message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" pending={pending} disabled={disabled}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
