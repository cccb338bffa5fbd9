import type { ReactNode } from "react";
import { Field, Input } from "./field";

export interface StatusCodeFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  placeholder?: string;
}

/** A narrow HTTP status code input, as method responses and gateway responses ask for one. */
export function StatusCodeField({ id, label, value, onChange, error, hint, placeholder }: StatusCodeFieldProps) {
  return (
    <Field label={label} htmlFor={id} error={error} hint={hint}>
      <div className="w-28">
        <Input id={id} value={value} onChange={(event) => onChange(event.target.value)} className="font-mono" placeholder={placeholder} aria-invalid={!!error} />
      </div>
    </Field>
  );
}
