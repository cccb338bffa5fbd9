import type { ResourceJson } from "@/lib/query/types";

export interface TreeNode {
  resource: ResourceJson;
  depth: number;
}

/** Flattens the resource list into tree order (parents before children, siblings by path part). */
export function flattenTree(resources: ResourceJson[]): TreeNode[] {
  const children = new Map<string | undefined, ResourceJson[]>();
  for (const resource of resources) {
    const siblings = children.get(resource.parentId) ?? [];
    siblings.push(resource);
    children.set(resource.parentId, siblings);
  }
  const out: TreeNode[] = [];
  const visit = (parentId: string | undefined, depth: number) => {
    const list = [...(children.get(parentId) ?? [])].sort((a, b) => (a.pathPart ?? "").localeCompare(b.pathPart ?? ""));
    for (const resource of list) {
      out.push({ resource, depth });
      visit(resource.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}

export function methodNames(resource: ResourceJson): string[] {
  return Object.keys(resource.resourceMethods ?? {}).sort();
}
