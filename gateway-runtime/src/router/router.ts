/**
 * AWS's resource matching for one stage. Param-free resources sit in a static map (one lookup); the rest in a
 * trie tried in AWS's order at every level: literal part, then {param}, then {proxy+}, backtracking when a
 * branch dead-ends. A resource counts only when it has methods: AWS creates parents implicitly, and a
 * parent without methods does not shadow a {param} or {proxy+} sibling that could serve the request.
 * The method is chosen after the resource (explicit beats ANY); a resource with the path but not the method
 * answers 403, as AWS does, rather than falling through to a greedy sibling.
 */
import type { CompiledResource } from "../snapshot/compiled";
import { decodePathValue } from "../pipeline/exchange";

interface TrieNode {
  literals: Map<string, TrieNode>;
  param: TrieNode | null;
  greedy: CompiledResource | null;
  resource: CompiledResource | null;
}

const newNode = (): TrieNode => ({ literals: new Map(), param: null, greedy: null, resource: null });

export class Router {
  private readonly statics = new Map<string, CompiledResource>();
  private readonly root = newNode();

  constructor(resources: readonly CompiledResource[]) {
    for (const resource of resources) {
      if (resource.methods.size === 0 && !resource.any) continue;
      if (resource.paramNames.length === 0) this.statics.set(resource.path, resource);
      this.insert(resource);
    }
  }

  /**
   * Finds the resource for a raw (percent-encoded) path below the stage; pushes raw param values into `values`.
   * A trailing slash is ignored (/pets/ is /pets), as on AWS.
   */
  match(rawPath: string, values: string[]): CompiledResource | null {
    let path = rawPath;
    if (path.length > 1 && path.charCodeAt(path.length - 1) === 47 /* / */) path = path.slice(0, -1);
    if (path === "") path = "/";
    // Encoded literals ("/p%65ts") must be decoded before comparing, which the static map cannot do.
    if (!path.includes("%")) {
      const hit = this.statics.get(path);
      if (hit) return hit;
    }
    const segments = path === "/" ? [] : path.slice(1).split("/");
    return matchNode(this.root, segments, 0, values);
  }

  private insert(resource: CompiledResource): void {
    let node = this.root;
    const parts = resource.path === "/" ? [] : resource.path.slice(1).split("/");
    for (const part of parts) {
      if (part.startsWith("{") && part.endsWith("+}")) {
        node.greedy = resource;
        return;
      }
      if (part.startsWith("{")) {
        node.param ??= newNode();
        node = node.param;
        continue;
      }
      let next = node.literals.get(part);
      if (!next) node.literals.set(part, (next = newNode()));
      node = next;
    }
    node.resource = resource;
  }
}

function matchNode(node: TrieNode, segments: string[], index: number, values: string[]): CompiledResource | null {
  if (index === segments.length) return node.resource;
  const segment = segments[index];
  const literal = node.literals.get(decodePathValue(segment));
  if (literal) {
    const found = matchNode(literal, segments, index + 1, values);
    if (found) return found;
  }
  if (node.param && segment !== "") {
    values.push(segment);
    const found = matchNode(node.param, segments, index + 1, values);
    if (found) return found;
    values.pop();
  }
  if (node.greedy) {
    // {proxy+} takes the rest, at least one segment (so a root with only {proxy+} does not answer "/").
    values.push(index === segments.length - 1 ? segment : segments.slice(index).join("/"));
    return node.greedy;
  }
  return null;
}
