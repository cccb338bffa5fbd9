/**
 * Why a JSON text does not parse, in one short sentence with the line when the engine tells the offset. V8 echoes
 * the whole text in its message ("…, "{ … }" is not valid JSON"), which is dropped here.
 */
export function jsonProblem(text: string): string | null {
  if (!text.trim()) return null; // the schema's own rule answers in AWS's words
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const position = /at position (\d+)/.exec(message);
    const line = position ? ` (line ${text.slice(0, Number(position[1])).split("\n").length})` : "";
    const reason = message.replace(/,\s*"[\s\S]*" is not valid JSON$/, "").replace(/ in JSON at position \d+.*$/s, "").replace(/ at position \d+.*$/s, "");
    return `Not valid JSON${line}: ${reason || "check brackets, quotes and commas"}.`;
  }
}
