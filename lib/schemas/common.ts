import { z } from "zod";

export const stringMap = z.record(z.string(), z.string());
export const booleanMap = z.record(z.string(), z.boolean());

/** Turns a zod failure into one sentence for people, naming the field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
