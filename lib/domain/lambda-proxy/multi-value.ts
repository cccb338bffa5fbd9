/**
 * AWS's paired maps for repeated names (payload format 1.0): the single-value map holds the last value
 * (AWS-validated: `?price=10&price=20&price=30` gives "30"), the multi-value map holds all of them in order.
 * Both are null when there is nothing, never `{}`.
 */

export interface PairedMaps {
  single: Record<string, string> | null;
  multi: Record<string, string[]> | null;
}

export function pairedMaps(pairs: Iterable<readonly [string, string]>): PairedMaps {
  let single: Record<string, string> | null = null;
  let multi: Record<string, string[]> | null = null;
  for (const [name, value] of pairs) {
    // Null-prototype maps: a client-chosen name such as "__proto__" stays an ordinary key.
    single ??= Object.create(null) as Record<string, string>;
    multi ??= Object.create(null) as Record<string, string[]>;
    single[name] = value;
    (multi[name] ??= []).push(value);
  }
  return { single, multi };
}
