/**
 * The Java values an API Gateway mapping template works on, modelled without handing the template any
 * JavaScript object it could walk: maps are JS `Map`s (no prototype lookups), lists are arrays, integers are
 * numbers and Java doubles are `JDouble` (so 1.0 still prints "1.0"). Objects such as `$input` are
 * `HostObject`s that answer only the names they list.
 */
import type { Node } from "./ir";

export type VtlValue = null | string | number | boolean | JDouble | VtlMap | VtlList | HostObject | DefineBlock;
export type VtlMap = Map<string, VtlValue>;
export type VtlList = VtlValue[];

/** A java.lang.Double. Plain JS numbers stand for Integer/Long and are always integral. */
export class JDouble {
  constructor(readonly value: number) {}
}

/** Returned by method tables when Java has no such method for these arguments: Velocity then yields null. */
export const NO_METHOD: unique symbol = Symbol("no such method");
export type MethodResult = VtlValue | typeof NO_METHOD;

/** An object the template may call into; every property and method it answers is spelled out by its class. */
export interface HostObject {
  readonly hostKind: string;
  getProperty(name: string): VtlValue;
  callMethod(name: string, args: VtlValue[]): MethodResult;
}

/** `#define($name) ... #end`: rendering the reference renders the block where it is used. */
export class DefineBlock {
  constructor(readonly body: readonly Node[]) {}
}

// Lists json-smart built (JSONArray) print as JSON; lists Velocity built (ArrayList) print as "[a, b]".
const jsonLists = new WeakSet<VtlList>();

export function markJsonList(list: VtlList): VtlList {
  jsonLists.add(list);
  return list;
}

export function isJsonList(list: VtlList): boolean {
  return jsonLists.has(list);
}

export function isHost(v: VtlValue): v is HostObject {
  return typeof v === "object" && v !== null && !(v instanceof Map) && !Array.isArray(v) && !(v instanceof JDouble) && !(v instanceof DefineBlock);
}

export function isNumber(v: VtlValue): v is number | JDouble {
  return typeof v === "number" || v instanceof JDouble;
}

export function numberValue(v: number | JDouble): number {
  return typeof v === "number" ? v : v.value;
}

/** An integer-typed result; a non-integral or unsafe result becomes a double, as Velocity widens. */
export function intOrDouble(n: number): number | JDouble {
  return Number.isSafeInteger(n) ? (Object.is(n, -0) ? 0 : n) : new JDouble(n);
}

/** Velocity 1.7 `#if`: null is false, Boolean is itself, any other object (even "" or 0) is true. */
export function isTruthy(v: VtlValue): boolean {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  return true;
}

/** Java's equals(): same type and value; maps and lists compare element by element. */
export function javaEquals(a: VtlValue, b: VtlValue, depth = 0): boolean {
  if (depth > 64) return a === b;
  if (a === null || b === null) return a === b;
  if (typeof a === "number") return typeof b === "number" && a === b;
  if (a instanceof JDouble) return b instanceof JDouble && (a.value === b.value || (Number.isNaN(a.value) && Number.isNaN(b.value)));
  if (typeof a === "string" || typeof a === "boolean") return a === b;
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !javaEquals(v, b.get(k) ?? null, depth + 1)) return false;
    }
    return true;
  }
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => javaEquals(item, b[i], depth + 1));
  }
  return a === b;
}

/** The Java class family Velocity compares with isAssignableFrom (all maps alike, all lists alike). */
export function valueClass(v: VtlValue): string {
  if (v === null) return "null";
  if (typeof v === "number") return "Integer";
  if (v instanceof JDouble) return "Double";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  if (v instanceof Map) return "Map";
  if (Array.isArray(v)) return "List";
  if (v instanceof DefineBlock) return "Block";
  return v.hostKind;
}

/** A Java int argument, or null when Java would find no method taking this value. */
export function intArg(v: VtlValue | undefined): number | null {
  return typeof v === "number" ? v : null;
}

/** A java.util.Map.Entry from entrySet(). */
export class MapEntry implements HostObject {
  readonly hostKind = "Map.Entry";

  constructor(
    private readonly map: VtlMap,
    readonly key: string,
    private value: VtlValue,
  ) {}

  getProperty(name: string): VtlValue {
    if (name === "key") return this.key;
    if (name === "value") return this.value;
    return null;
  }

  callMethod(name: string, args: VtlValue[]): MethodResult {
    if (name === "getKey" && args.length === 0) return this.key;
    if (name === "getValue" && args.length === 0) return this.value;
    if (name === "setValue" && args.length === 1) {
      const old = this.value;
      this.value = args[0];
      this.map.set(this.key, args[0]);
      return old;
    }
    return NO_METHOD;
  }
}
