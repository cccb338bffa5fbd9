/** java.util.List / Map, Number and Boolean methods that mapping templates call; nothing else exists. */
import { VtlRuntimeError } from "./errors";
import { javaToString } from "./text";
import {
  JDouble,
  MapEntry,
  NO_METHOD,
  intArg,
  javaEquals,
  type MethodResult,
  type VtlList,
  type VtlMap,
  type VtlValue,
} from "./values";

/** Puts into a map; the override maps of `$context` hook in here to enforce AWS's set-once rule. */
export type MapPut = (map: VtlMap, key: string, value: VtlValue) => VtlValue;

function indexError(i: number, size: number): VtlRuntimeError {
  return new VtlRuntimeError(`java.lang.IndexOutOfBoundsException: Index: ${i}, Size: ${size}`);
}

/** Maps hold String keys (JSON and Velocity map literals); Java would look up any other key and miss. */
function keyOf(v: VtlValue): string | null {
  return typeof v === "string" ? v : null;
}

export function callListMethod(list: VtlList, name: string, args: VtlValue[]): MethodResult {
  const n = args.length;
  switch (name) {
    case "size":
      return n === 0 ? list.length : NO_METHOD;
    case "isEmpty":
      return n === 0 ? list.length === 0 : NO_METHOD;
    case "toString":
      return n === 0 ? javaToString(list) : NO_METHOD;
    case "equals":
      return n === 1 ? javaEquals(list, args[0]) : NO_METHOD;
    case "contains":
      return n === 1 ? list.some((item) => javaEquals(item, args[0])) : NO_METHOD;
    case "indexOf":
      return n === 1 ? list.findIndex((item) => javaEquals(item, args[0])) : NO_METHOD;
    case "lastIndexOf":
      return n === 1 ? list.findLastIndex((item) => javaEquals(item, args[0])) : NO_METHOD;
    case "get": {
      const i = n === 1 ? intArg(args[0]) : null;
      if (i === null) return NO_METHOD;
      if (i < 0 || i >= list.length) throw indexError(i, list.length);
      return list[i];
    }
    case "add": {
      if (n === 1) {
        list.push(args[0]);
        return true;
      }
      const i = n === 2 ? intArg(args[0]) : null;
      if (i === null) return NO_METHOD;
      if (i < 0 || i > list.length) throw indexError(i, list.length);
      list.splice(i, 0, args[1]);
      return null;
    }
    case "addAll": {
      const other = args[0];
      if (n !== 1 || !Array.isArray(other)) return NO_METHOD;
      list.push(...other);
      return other.length > 0;
    }
    case "set": {
      const i = n === 2 ? intArg(args[0]) : null;
      if (i === null) return NO_METHOD;
      if (i < 0 || i >= list.length) throw indexError(i, list.length);
      const old = list[i];
      list[i] = args[1];
      return old;
    }
    case "remove": {
      if (n !== 1) return NO_METHOD;
      const i = intArg(args[0]);
      if (i !== null) {
        // Velocity picks remove(int) for an Integer argument, as Java's overload resolution does.
        if (i < 0 || i >= list.length) throw indexError(i, list.length);
        return list.splice(i, 1)[0];
      }
      const at = list.findIndex((item) => javaEquals(item, args[0]));
      if (at >= 0) list.splice(at, 1);
      return at >= 0;
    }
    case "clear":
      if (n !== 0) return NO_METHOD;
      list.length = 0;
      return null;
    case "subList": {
      const from = intArg(args[0]);
      const to = n === 2 ? intArg(args[1]) : null;
      if (from === null || to === null) return NO_METHOD;
      if (from < 0 || to > list.length || from > to) throw indexError(from < 0 ? from : to, list.length);
      return list.slice(from, to);
    }
    default:
      return NO_METHOD;
  }
}

export function callMapMethod(map: VtlMap, name: string, args: VtlValue[], put: MapPut): MethodResult {
  const n = args.length;
  switch (name) {
    case "size":
      return n === 0 ? map.size : NO_METHOD;
    case "isEmpty":
      return n === 0 ? map.size === 0 : NO_METHOD;
    case "toString":
      return n === 0 ? javaToString(map) : NO_METHOD;
    case "equals":
      return n === 1 ? javaEquals(map, args[0]) : NO_METHOD;
    case "get":
    case "containsKey": {
      if (n !== 1) return NO_METHOD;
      const key = keyOf(args[0]);
      if (name === "containsKey") return key !== null && map.has(key);
      return key === null ? null : (map.get(key) ?? null);
    }
    case "getOrDefault": {
      if (n !== 2) return NO_METHOD;
      const key = keyOf(args[0]);
      return key !== null && map.has(key) ? (map.get(key) ?? null) : args[1];
    }
    case "containsValue":
      return n === 1 ? [...map.values()].some((v) => javaEquals(v, args[0])) : NO_METHOD;
    case "keySet":
      return n === 0 ? [...map.keys()] : NO_METHOD;
    case "values":
      return n === 0 ? [...map.values()] : NO_METHOD;
    case "entrySet":
      return n === 0 ? [...map].map(([k, v]) => new MapEntry(map, k, v)) : NO_METHOD;
    case "put": {
      if (n !== 2) return NO_METHOD;
      const key = args[0] === null ? "null" : javaToString(args[0]);
      return put(map, key, args[1]);
    }
    case "putAll": {
      const other = args[0];
      if (n !== 1 || !(other instanceof Map)) return NO_METHOD;
      for (const [k, v] of other) put(map, k, v);
      return null;
    }
    case "remove": {
      if (n !== 1) return NO_METHOD;
      const key = keyOf(args[0]);
      if (key === null || !map.has(key)) return null;
      const old = map.get(key) ?? null;
      map.delete(key);
      return old;
    }
    default:
      return NO_METHOD;
  }
}

export function callNumberMethod(v: number | JDouble, name: string, args: VtlValue[]): MethodResult {
  const x = typeof v === "number" ? v : v.value;
  if (args.length === 1 && name === "equals") return javaEquals(v, args[0]);
  if (args.length === 1 && name === "compareTo") {
    const o = args[0];
    if (typeof o !== typeof v && !(o instanceof JDouble && v instanceof JDouble)) return NO_METHOD;
    const y = typeof o === "number" ? o : o instanceof JDouble ? o.value : 0;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (args.length !== 0) return NO_METHOD;
  switch (name) {
    case "toString":
      return javaToString(v);
    case "intValue":
    case "longValue":
    case "shortValue":
    case "byteValue":
      // Java narrows NaN to 0 and saturates infinities; truncation toward zero otherwise.
      return Number.isNaN(x) ? 0 : Number.isFinite(x) ? Math.trunc(x) : x > 0 ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
    case "doubleValue":
      return new JDouble(x);
    case "floatValue":
      return new JDouble(Math.fround(x));
    case "isNaN":
      return v instanceof JDouble ? Number.isNaN(x) : NO_METHOD;
    case "isInfinite":
      return v instanceof JDouble ? !Number.isFinite(x) && !Number.isNaN(x) : NO_METHOD;
    default:
      return NO_METHOD;
  }
}

export function callBooleanMethod(b: boolean, name: string, args: VtlValue[]): MethodResult {
  if (name === "equals" && args.length === 1) return args[0] === b;
  if (args.length !== 0) return NO_METHOD;
  if (name === "booleanValue") return b;
  if (name === "toString") return b ? "true" : "false";
  return NO_METHOD;
}
