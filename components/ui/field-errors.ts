/** The shape of a zod issue this needs; kept structural so forms need not import zod's types. */
export interface FieldIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** The first message per top-level field, for `<Field error>`: a form shows one problem a field at a time. */
export function fieldErrors<K extends string>(issues: readonly FieldIssue[]): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === "string") errors[field as K] ??= issue.message;
  }
  return errors;
}
