import type { MapEdit } from "@/lib/schemas/common";

export { draftKey, newRow, rows, type Row } from "@/components/ui/rows";

/** The edits (AWS patch operations, as the update services take them) that turn `before` into `after`. */
export function mapEdits<T>(before: Record<string, T>, after: Record<string, T>): MapEdit<T>[] {
  const edits: MapEdit<T>[] = [];
  for (const key of Object.keys(before)) if (!(key in after)) edits.push({ key });
  for (const [key, value] of Object.entries(after)) if (before[key] !== value) edits.push({ key, value });
  return edits;
}
