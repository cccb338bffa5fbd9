/** AWS's `${stageVariables.name}` in integration URIs and function ARNs; unknown names become "". */
const STAGE_VARIABLE = /\$\{stageVariables\.([A-Za-z0-9_]+)\}/g;

export function substituteStageVariables(text: string, variables: Readonly<Record<string, string>>): string {
  return text.includes("${") ? text.replace(STAGE_VARIABLE, (_, name: string) => variables[name] ?? "") : text;
}
