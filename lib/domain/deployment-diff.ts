/**
 * What changed between two deployments of an API, the way a reviewer reads it: per resource path and method,
 * then models, request validators, gateway responses and API-wide settings. Ids, createdAt and deploymentId are
 * noise (every deployment has new ones) and never show. Long texts (mapping templates, model schemas) carry both
 * sides whole so the console can draw a side-by-side line diff. Pure.
 */
import {
  gatewayResponseLeaves,
  methodLeaves,
  modelLeaves,
  validatorLeaves,
  type DiffLeaf,
} from "./deployment-diff-entries";
import { HTTP_METHODS, type DeploymentSnapshot, type SnapshotMethod } from "./snapshot";

export type DiffKind = "added" | "removed" | "changed";

/** A short value; null on the side where it does not exist. */
export interface ValueChange {
  path: string[];
  before: string | null;
  after: string | null;
}

/** A template or schema; null on the side where it does not exist. */
export interface TextChange {
  path: string[];
  before: string | null;
  after: string | null;
}

export interface DiffItem {
  /** Unique within the diff, stable between renders. */
  key: string;
  kind: DiffKind;
  /** "GET /pets", "/pets", "Pet", "THROTTLED". */
  label: string;
  values: ValueChange[];
  texts: TextChange[];
}

export type DiffGroupId = "resources" | "models" | "requestValidators" | "gatewayResponses" | "api";

export interface DiffGroup {
  id: DiffGroupId;
  title: string;
  items: DiffItem[];
}

export interface DeploymentDiff {
  fromDeploymentId: string;
  toDeploymentId: string;
  summary: Record<DiffKind, number>;
  /** Only groups with at least one item, in reading order. */
  groups: DiffGroup[];
}

const SEP = "\u0000";

/** Leaf by leaf; the order is the newer side's, with what only the older side had after it. */
function compareLeaves(before: readonly DiffLeaf[], after: readonly DiffLeaf[]): Pick<DiffItem, "values" | "texts"> {
  const old = new Map(before.map((leaf) => [leaf.path.join(SEP), leaf]));
  const now = new Map(after.map((leaf) => [leaf.path.join(SEP), leaf]));
  const values: ValueChange[] = [];
  const texts: TextChange[] = [];
  for (const key of new Set([...now.keys(), ...old.keys()])) {
    const a = old.get(key);
    const b = now.get(key);
    const leaf = b ?? a;
    if (!leaf || (a && b && a.value === b.value && a.text === b.text)) continue;
    const change = { path: leaf.path, before: a?.value ?? null, after: b?.value ?? null };
    if (leaf.text) texts.push(change);
    else values.push(change);
  }
  return { values, texts };
}

/** One item per key present on either side that differs; `leaves` flattens one side's entry. */
function compareKeyed<T>(
  keyPrefix: string,
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  leaves: (entry: T, side: "before" | "after") => DiffLeaf[],
  label: (name: string) => string = (name) => name,
): DiffItem[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.flatMap((name) => {
    const a = before.get(name);
    const b = after.get(name);
    const kind: DiffKind = a === undefined ? "added" : b === undefined ? "removed" : "changed";
    const changes = compareLeaves(a === undefined ? [] : leaves(a, "before"), b === undefined ? [] : leaves(b, "after"));
    if (kind === "changed" && changes.values.length === 0 && changes.texts.length === 0) return [];
    return [{ key: `${keyPrefix}:${name}`, kind, label: label(name), ...changes }];
  });
}

const methodOrder = (m: string) => {
  const index = (HTTP_METHODS as readonly string[]).indexOf(m);
  return index === -1 ? HTTP_METHODS.length : index;
};

function resourceItems(from: DeploymentSnapshot, to: DeploymentSnapshot): DiffItem[] {
  const paths = (s: DeploymentSnapshot) => new Map(s.resources.map((r) => [r.path, r]));
  const methods = (s: DeploymentSnapshot, path: string) => new Map(Object.entries(paths(s).get(path)?.methods ?? {}));
  const validatorNames = (s: DeploymentSnapshot) => new Map((s.requestValidators ?? []).map((v) => [v.id, v.name]));
  const names = { before: validatorNames(from), after: validatorNames(to) };
  const before = paths(from);
  const after = paths(to);
  const items: DiffItem[] = [];
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    if (!before.has(path) || !after.has(path)) {
      items.push({ key: `resource:${path}`, kind: before.has(path) ? "removed" : "added", label: path, values: [], texts: [] });
    }
    const methodItems = compareKeyed<SnapshotMethod>(
      `method:${path}`,
      methods(from, path),
      methods(to, path),
      (method, side) => methodLeaves(method, names[side]),
      (httpMethod) => `${httpMethod} ${path}`,
    );
    methodItems.sort((a, b) => methodOrder(a.label.split(" ")[0]) - methodOrder(b.label.split(" ")[0]));
    items.push(...methodItems);
  }
  return items;
}

function apiItems(from: DeploymentSnapshot, to: DeploymentSnapshot): DiffItem[] {
  const leaves = (s: DeploymentSnapshot): DiffLeaf[] => [
    { path: ["Name"], value: s.apiName, text: false },
    // Snapshots written before apiKeySource existed read HEADER, AWS's default.
    { path: ["API key source"], value: s.apiKeySource ?? "HEADER", text: false },
    ...[...(s.binaryMediaTypes ?? [])].sort().map((type) => ({ path: ["Binary media types", type], value: "binary", text: false })),
  ];
  const changes = compareLeaves(leaves(from), leaves(to));
  if (changes.values.length === 0) return [];
  return [{ key: "api", kind: "changed", label: "API settings", ...changes }];
}

/** The changes that repointing a stage from `from` to `to` makes. */
export function diffDeploymentSnapshots(from: DeploymentSnapshot, to: DeploymentSnapshot): DeploymentDiff {
  const byName = <T>(list: readonly T[] | undefined, name: (entry: T) => string) => new Map((list ?? []).map((entry) => [name(entry), entry]));
  const all: DiffGroup[] = [
    { id: "resources", title: "Resources and methods", items: resourceItems(from, to) },
    { id: "models", title: "Models", items: compareKeyed("model", byName(from.models, (m) => m.name), byName(to.models, (m) => m.name), modelLeaves) },
    {
      id: "requestValidators",
      title: "Request validators",
      items: compareKeyed("validator", byName(from.requestValidators, (v) => v.name), byName(to.requestValidators, (v) => v.name), validatorLeaves),
    },
    {
      id: "gatewayResponses",
      title: "Gateway responses",
      items: compareKeyed("gateway-response", byName(from.gatewayResponses, (g) => g.responseType), byName(to.gatewayResponses, (g) => g.responseType), gatewayResponseLeaves),
    },
    { id: "api", title: "API settings", items: apiItems(from, to) },
  ];
  const groups = all.filter((group) => group.items.length > 0);
  const summary: Record<DiffKind, number> = { added: 0, removed: 0, changed: 0 };
  for (const item of groups.flatMap((g) => g.items)) summary[item.kind] += 1;
  return { fromDeploymentId: from.deploymentId, toDeploymentId: to.deploymentId, summary, groups };
}
