import "server-only";
import type { z } from "zod";
import { parseInput } from "@/lib/services/parse-input";
import { readJson } from "./read-json";

/** Reads the JSON body and parses it with the shared zod schema; bad input is a 400 with a readable message. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseInput(schema, await readJson(request));
}
