export interface RequiredCheckboxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Why it cannot be changed, when disabled. */
  title?: string;
}

/** The "required" cell of a parameter or header row; its label is the checkbox's accessible name. */
export function RequiredCheckbox({ checked, onChange, disabled, title }: RequiredCheckboxProps) {
  return (
    <label className="flex items-center gap-1.5 text-xs text-zinc-600" title={title}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} className="accent-accent-600" />
      required
    </label>
  );
}
