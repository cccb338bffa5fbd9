import { z } from "zod";
import { pathPartKind } from "../domain/paths";

export const pathPartSchema = z
  .string()
  .trim()
  .min(1, "Give the resource a path part.")
  .max(255)
  .refine((part) => pathPartKind(part) !== null, {
    message: "Use letters, digits and ._- , or a whole {name} or {name+} part.",
  });

export const createResourceSchema = z.object({
  parentId: z.string().min(1, "Choose a parent resource."),
  pathPart: pathPartSchema,
});
export type CreateResourceInput = z.input<typeof createResourceSchema>;
