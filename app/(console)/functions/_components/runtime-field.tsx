import { Field, Select } from "@/components/ui/field";
import { SUPPORTED_RUNTIMES } from "@/lib/domain/functions/rules";

export interface RuntimeFieldProps {
  id: string;
  defaultValue: string;
  error?: string;
}

/** The Runtime picker of a function form (FormData name "runtime"), offering the runtimes the host can run. */
export function RuntimeField({ id, defaultValue, error }: RuntimeFieldProps) {
  return (
    <Field label="Runtime" htmlFor={id} error={error}>
      <Select id={id} name="runtime" defaultValue={defaultValue}>
        {SUPPORTED_RUNTIMES.map((runtime) => (
          <option key={runtime} value={runtime}>
            {runtime}
          </option>
        ))}
      </Select>
    </Field>
  );
}
