/** `$input`: the payload and parameters a mapping template reads (AWS's $input variable reference). */
import { parsePayload } from "./json";
import { NOT_FOUND, readPath } from "./jsonpath";
import { toJsonText } from "./text";
import { NO_METHOD, type HostObject, type MethodResult, type VtlMap, type VtlValue } from "./values";

export interface VtlInput {
  /** Raw body text; "" when the request has none. */
  body: string;
  /** Decoded path parameters. */
  path: Record<string, string>;
  querystring: Record<string, string>;
  /** Header names as the client sent them. */
  header: Record<string, string>;
}

function toMap(record: Record<string, string>): VtlMap {
  const map: VtlMap = new Map();
  for (const key of Object.keys(record)) map.set(key, String(record[key]));
  return map;
}

export class InputObject implements HostObject {
  readonly hostKind = "$input";
  private readonly params: VtlMap;
  private document: { value: VtlValue } | null = null;

  constructor(private readonly input: VtlInput) {
    // AWS's documented output of $input.params() lists path, header, querystring in this order.
    this.params = new Map<string, VtlValue>([
      ["path", toMap(input.path)],
      ["header", toMap(input.header)],
      ["querystring", toMap(input.querystring)],
    ]);
  }

  /** AWS hands templates "{}" for an empty body (LocalStack PR 12413, checked against AWS). */
  private body(): string {
    return this.input.body === "" ? "{}" : this.input.body;
  }

  /** The payload parsed once per render: templates call $input.path in loops, AWS caps bodies at 10 MB. */
  private parsed(): VtlValue {
    this.document ??= { value: parsePayload(this.input.body) };
    return this.document.value;
  }

  getProperty(name: string): VtlValue {
    return name === "body" ? this.body() : null;
  }

  callMethod(name: string, args: VtlValue[]): MethodResult {
    const arg = args[0];
    switch (name) {
      case "getBody":
        return args.length === 0 ? this.body() : NO_METHOD;
      case "params":
        if (args.length === 0) return this.params;
        return args.length === 1 && typeof arg === "string" ? this.param(arg) : NO_METHOD;
      case "path":
      case "json": {
        if (args.length !== 1 || typeof arg !== "string") return args.length === 1 && arg === null ? null : NO_METHOD;
        const value = readPath(this.parsed(), arg);
        // A path that matches nothing gives "": AWS's Kinesis tutorial tests `$input.path('$.ShardCount') == ''`
        // to detect an absent field, which only holds for an empty string (null == '' is false in Velocity).
        if (value === NOT_FOUND) return "";
        return name === "path" ? value : toJsonText(value);
      }
      default:
        return NO_METHOD;
    }
  }

  /**
   * `$input.params(x)`: path, then query string, then header (AWS: "searched in that order"); "" when absent.
   * Header names match case-insensitively, as HTTP header names do. Reads the same maps $input.params()
   * returns, so a template's put() into them shows here too.
   */
  private param(name: string): VtlValue {
    for (const kind of ["path", "querystring", "header"]) {
      const map = this.params.get(kind);
      if (map instanceof Map && map.has(name)) return map.get(name) ?? null;
    }
    const header = this.params.get("header");
    if (!(header instanceof Map)) return "";
    const lower = name.toLowerCase();
    for (const [key, value] of header) if (key.toLowerCase() === lower) return value;
    return "";
  }
}
