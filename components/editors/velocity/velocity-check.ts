import { compileTemplate } from "@/lib/domain/vtl";
import { scanBlocks } from "./velocity-blocks";

/** First syntax problem of a mapping template (the gateway runtime's parser), for checking a form before it saves. */
export function velocityProblem(source: string): string | null {
  const unmatched = scanBlocks(source).unmatched[0];
  if (unmatched) {
    if (unmatched.name === "end") return "An #end has no #if or #foreach to close.";
    if (unmatched.name === "else" || unmatched.name === "elseif") return `An #${unmatched.name} is not inside an #if.`;
    return `An #${unmatched.name} is never closed with #end.`;
  }
  const compiled = compileTemplate(source);
  if (compiled.ok) return null;
  return `Template syntax: ${compiled.error.message}${compiled.error.line ? ` (line ${compiled.error.line})` : ""}`;
}
