/**
 * AWS's integration passthroughBehavior: which requestTemplates entry renders the backend body for a
 * non-proxy integration, or whether the body passes through untouched, or whether the request is refused with
 * 415 (gateway response UNSUPPORTED_MEDIA_TYPE, `{"message": "Unsupported Media Type"}`).
 */
import type { PassthroughBehavior } from "../snapshot";
import { mediaTypeEssence } from "./media-types";

export type RequestTemplateChoice =
  /** `contentType` is the requestTemplates key that matched, as configured. */
  | { kind: "template"; contentType: string; template: string }
  | { kind: "passthrough" }
  | { kind: "unsupported" };

/** AWS treats a request without Content-Type as JSON when it picks a template. */
export const DEFAULT_REQUEST_CONTENT_TYPE = "application/json";

const PASSTHROUGH: RequestTemplateChoice = { kind: "passthrough" };
const UNSUPPORTED: RequestTemplateChoice = { kind: "unsupported" };

/**
 * The template for a request's Content-Type. Parameters (charset) and case do not take part in the match, so
 * `application/json; charset=UTF-8` uses the `application/json` template. With no match:
 * WHEN_NO_MATCH passes the body through; WHEN_NO_TEMPLATES passes it through only when no template at all is
 * defined, else 415; NEVER always answers 415, even with no templates defined.
 * A matched but empty template passes the body through, as LocalStack renders it (AWS documents nothing).
 */
export function selectRequestTemplate(
  requestTemplates: Readonly<Record<string, string>>,
  contentType: string | undefined,
  passthroughBehavior: PassthroughBehavior,
): RequestTemplateChoice {
  const wanted = mediaTypeEssence(contentType) || DEFAULT_REQUEST_CONTENT_TYPE;
  let defined = false;
  for (const key in requestTemplates) {
    defined = true;
    if (mediaTypeEssence(key) !== wanted) continue;
    const template = requestTemplates[key];
    return template === "" ? PASSTHROUGH : { kind: "template", contentType: key, template };
  }
  if (passthroughBehavior === "WHEN_NO_MATCH") return PASSTHROUGH;
  if (passthroughBehavior === "WHEN_NO_TEMPLATES" && !defined) return PASSTHROUGH;
  return UNSUPPORTED;
}
