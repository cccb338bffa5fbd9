import { z } from "zod";

export const stringMap = z.record(z.string(), z.string());
export const booleanMap = z.record(z.string(), z.boolean());

/**
 * Options for a refine or custom issue whose message is AWS's exact text: describeZodError sends it without
 * the field name in front, so SDK callers see what AWS would have said, while forms still get the field path.
 */
export const verbatim = (message: string) => ({ message, params: { verbatim: true } });

/** Turns a zod failure into one sentence for people, naming the field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const isVerbatim = issue.code === "custom" && issue.params?.verbatim === true;
      return issue.path.length && !isVerbatim ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

/**
 * One change to a map field (AWS patch paths like /requestTemplates/application~1json): set the key to a
 * value, or remove it when value is absent. `mustExist` is AWS's "replace" where the key has to be there.
 */
export interface MapEdit<T> {
  key: string;
  value?: T;
  mustExist?: boolean;
}

export function mapEditsSchema<T extends z.ZodType>(value: T) {
  return z.array(z.object({ key: z.string().min(1), value: value.optional(), mustExist: z.boolean().optional() })).default([]);
}

/**
 * Applies edits in order (a later edit of the same key wins). Maps, not objects, so a key may be called
 * "__proto__". Returns the first key a mustExist edit did not find, so the caller can answer as AWS does.
 */
export function applyMapEdits<T>(
  current: Record<string, T>,
  edits: readonly MapEdit<T>[],
): { result: Record<string, T>; missingKey?: string } {
  const map = new Map(Object.entries(current));
  for (const edit of edits) {
    if (edit.mustExist && !map.has(edit.key)) return { result: current, missingKey: edit.key };
    if (edit.value === undefined) map.delete(edit.key);
    else map.set(edit.key, edit.value);
  }
  return { result: Object.fromEntries(map) };
}

/** Adds or removes values of a list field (AWS: /binaryMediaTypes/image~1png, /cacheKeyParameters/x). */
export interface ListEdit {
  op: "add" | "remove";
  value: string;
}

export const listEditsSchema = z.array(z.object({ op: z.enum(["add", "remove"]), value: z.string().min(1) })).default([]);

/** Added values go last and appear once; removing a value that is not there changes nothing. */
export function applyListEdits(current: readonly string[], edits: readonly ListEdit[]): string[] {
  let list = [...current];
  for (const edit of edits) {
    list = list.filter((item) => item !== edit.value);
    if (edit.op === "add") list.push(edit.value);
  }
  return list;
}
