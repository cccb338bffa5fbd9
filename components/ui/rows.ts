/** Rows of an editable table with a client-side id, so React keeps focus and state while rows come and go. */
export interface Row<T> {
  id: string;
  value: T;
}

let next = 0;

export function newRow<T>(value: T): Row<T> {
  return { id: `row-${++next}`, value };
}

export function rows<T>(values: T[]): Row<T>[] {
  return values.map(newRow);
}

/** A row's value changed in place: returns the new list (for setState). */
export function updateRow<T>(list: Row<T>[], id: string, patch: Partial<T>): Row<T>[] {
  return list.map((row) => (row.id === id ? { ...row, value: { ...row.value, ...patch } } : row));
}

/** Stable text of a draft, to tell whether it differs from what is stored (row ids left out). */
export function draftKey(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => (key === "id" && typeof inner === "string" && inner.startsWith("row-") ? undefined : inner));
}
