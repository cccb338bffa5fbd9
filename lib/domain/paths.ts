/** Resource path rules as AWS API Gateway applies them to pathPart and path. */

export type PathPartKind = "literal" | "param" | "greedy";

// AWS allows letters, digits and ._-:~ and a few others in literal path parts; braces only around a whole part.
const LITERAL = /^[A-Za-z0-9._\-:~@$&'()*+,;=!]+$/;
const PARAM = /^\{([A-Za-z0-9._\-]+)\}$/;
const GREEDY = /^\{([A-Za-z0-9._\-]+)\+\}$/;

export function pathPartKind(pathPart: string): PathPartKind | null {
  if (GREEDY.test(pathPart)) return "greedy";
  if (PARAM.test(pathPart)) return "param";
  if (LITERAL.test(pathPart)) return "literal";
  return null;
}

/** The parameter name of "{id}" or "{proxy+}"; null for a literal part. */
export function pathPartParamName(pathPart: string): string | null {
  return GREEDY.exec(pathPart)?.[1] ?? PARAM.exec(pathPart)?.[1] ?? null;
}

export function joinPath(parentPath: string, pathPart: string): string {
  return parentPath === "/" ? `/${pathPart}` : `${parentPath}/${pathPart}`;
}

/** Why a new child pathPart is not allowed under a parent, in AWS's words where AWS has some; null when fine. */
export function pathPartProblem(pathPart: string, parentPath: string, siblingParts: readonly string[]): string | null {
  const kind = pathPartKind(pathPart);
  if (!kind) {
    return "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.";
  }
  if (parentPath.split("/").some((part) => pathPartKind(part) === "greedy")) {
    return `Cannot create a child of a resource with a greedy path variable: ${parentPath}`;
  }
  if (siblingParts.includes(pathPart)) {
    return `Another resource with the same parent already has this name: ${pathPart}`;
  }
  if (kind !== "literal") {
    const other = siblingParts.find((part) => pathPartKind(part) !== "literal");
    if (other) return `A sibling (${other}) of this resource already has a variable path part -- only one is allowed`;
  }
  return null;
}
