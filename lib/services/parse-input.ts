import type { z } from "zod";
import { badRequest } from "../errors";
import { describeZodError } from "../schemas/common";

/** Parses service input with the shared zod schema; failures become BadRequestException with a readable message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest(describeZodError(result.error));
  return result.data;
}
