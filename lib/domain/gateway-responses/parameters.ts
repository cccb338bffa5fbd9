/**
 * AWS API Gateway's gateway-response `responseParameters`: `gatewayresponse.header.<Name>` mapped from a
 * static `'value'`, `method.request.{header|querystring|path|multivalueheader|multivaluequerystring}.<name>`,
 * `context.<path>` or `stageVariables.<name>`. Parsed once per snapshot; a source without a value at request
 * time leaves the header out, as AWS does for unresolved mappings.
 */
import { contextValue, printable } from "./template";

export type HeaderSource =
  | { kind: "static"; value: string }
  | { kind: "header" | "querystring" | "path" | "multivalueheader" | "multivaluequerystring"; name: string }
  | { kind: "context"; path: readonly string[] }
  | { kind: "stageVariables"; name: string };

export interface HeaderMapping {
  header: string;
  source: HeaderSource;
}

type Values = string | readonly string[] | undefined;

export interface MappingInputs {
  /** Header names lowercased. */
  headers: Readonly<Record<string, Values>>;
  querystring: Readonly<Record<string, Values>>;
  path: Readonly<Record<string, string | undefined>>;
  context: Readonly<Record<string, unknown>>;
  stageVariables: Readonly<Record<string, string>>;
}

const TARGET = "gatewayresponse.header.";
const REQUEST = /^method\.request\.(header|querystring|path|multivalueheader|multivaluequerystring)\.(.+)$/;

/** Parses the mappings; `problems` names the ones AWS would refuse and Portico ignores. */
export function parseHeaderMappings(parameters: Readonly<Record<string, string>>): {
  mappings: HeaderMapping[];
  problems: string[];
} {
  const mappings: HeaderMapping[] = [];
  const problems: string[] = [];
  for (const [target, expression] of Object.entries(parameters)) {
    const header = target.startsWith(TARGET) ? target.slice(TARGET.length) : "";
    const source = parseSource(expression);
    if (header === "" || source === null) {
      problems.push(`Invalid mapping expression specified: ${target}: ${expression}`);
      continue;
    }
    mappings.push({ header, source });
  }
  return { mappings, problems };
}

function parseSource(expression: string): HeaderSource | null {
  if (expression.length >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
    return { kind: "static", value: expression.slice(1, -1) };
  }
  const request = REQUEST.exec(expression);
  if (request) return { kind: request[1] as "header", name: request[2] };
  if (expression.startsWith("context.") && expression.length > "context.".length) {
    return { kind: "context", path: expression.slice("context.".length).split(".") };
  }
  if (expression.startsWith("stageVariables.") && expression.length > "stageVariables.".length) {
    return { kind: "stageVariables", name: expression.slice("stageVariables.".length) };
  }
  return null;
}

/** The header's value for this request, or undefined to leave the header out. */
export function resolveSource(source: HeaderSource, inputs: MappingInputs): string | undefined {
  switch (source.kind) {
    case "static":
      return source.value;
    case "header":
      return single(inputs.headers[source.name.toLowerCase()]);
    case "multivalueheader":
      return joined(inputs.headers[source.name.toLowerCase()]);
    case "querystring":
      return single(inputs.querystring[source.name]);
    case "multivaluequerystring":
      return joined(inputs.querystring[source.name]);
    case "path":
      return inputs.path[source.name];
    case "context": {
      const value = contextValue(inputs.context, source.path);
      return value === undefined ? undefined : printable(value);
    }
    case "stageVariables":
      return inputs.stageVariables[source.name];
  }
}

/** A single-value source sees the last of repeated values, as AWS's single-value maps do. */
function single(value: Values): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return value[value.length - 1];
}

function joined(value: Values): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return value.length > 0 ? value.join(",") : undefined;
}
