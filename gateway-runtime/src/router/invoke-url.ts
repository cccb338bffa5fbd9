/**
 * AWS's two invoke URL forms, resolved to API, stage and the path below the stage:
 *   /restapis/{restApiId}/{stage}/_user_request_/{path}   (LocalStack's path style)
 *   Host: {restApiId}.execute-api.<anything>  +  /{stage}/{path}
 * String scanning only: this runs for every request.
 */
export interface InvokeTarget {
  restApiId: string;
  stageName: string;
  /** Raw path below the stage, starting with "/". */
  path: string;
}

const EXECUTE_API = ".execute-api.";
const RESTAPIS = "/restapis/";
const USER_REQUEST = "_user_request_";

/** Splits req.url at "?"; the query keeps its raw form. */
export function splitUrl(url: string): { pathname: string; query: string } {
  const q = url.indexOf("?");
  return q < 0 ? { pathname: url, query: "" } : { pathname: url.slice(0, q), query: url.slice(q + 1) };
}

export function resolveInvokeTarget(pathname: string, host: string | undefined): InvokeTarget | null {
  if (host !== undefined) {
    const dot = host.indexOf(EXECUTE_API);
    if (dot > 0) return fromStagePath(host.slice(0, dot).toLowerCase(), pathname, 0);
  }
  if (!pathname.startsWith(RESTAPIS)) return null;
  const idEnd = pathname.indexOf("/", RESTAPIS.length);
  if (idEnd < 0) return null;
  const restApiId = pathname.slice(RESTAPIS.length, idEnd);
  const stageEnd = pathname.indexOf("/", idEnd + 1);
  if (stageEnd < 0) return null;
  const stageName = pathname.slice(idEnd + 1, stageEnd);
  const marker = stageEnd + 1;
  if (!pathname.startsWith(USER_REQUEST, marker)) return null;
  const rest = marker + USER_REQUEST.length;
  if (rest === pathname.length) return valid(restApiId, stageName, "/");
  if (pathname.charCodeAt(rest) !== 47 /* / */) return null;
  return valid(restApiId, stageName, pathname.slice(rest));
}

function fromStagePath(restApiId: string, pathname: string, start: number): InvokeTarget | null {
  if (pathname.charCodeAt(start) !== 47) return null;
  const stageEnd = pathname.indexOf("/", start + 1);
  if (stageEnd < 0) return valid(restApiId, pathname.slice(start + 1), "/");
  return valid(restApiId, pathname.slice(start + 1, stageEnd), pathname.slice(stageEnd));
}

function valid(restApiId: string, stageName: string, path: string): InvokeTarget | null {
  return restApiId === "" || stageName === "" ? null : { restApiId, stageName, path };
}
