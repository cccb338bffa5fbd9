import { Button } from "@/components/ui/button";

export interface RowActionsProps {
  /** Names the row in the buttons' accessible names: "Edit {label}", "Delete {label}". */
  label: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** The Edit and Delete buttons at the end of a response row. */
export function RowActions({ label, onEdit, onDelete }: RowActionsProps) {
  return (
    <>
      <Button size="sm" variant="ghost" onClick={onEdit} aria-label={`Edit ${label}`}>
        Edit
      </Button>
      <Button size="sm" variant="ghost" onClick={onDelete} aria-label={`Delete ${label}`}>
        Delete
      </Button>
    </>
  );
}
