/**
 * Media-type matching as AWS API Gateway applies it: mapping-template keys against Content-Type and Accept,
 * and the RestApi's binaryMediaTypes against a payload's type.
 */

/** "Application/JSON; charset=UTF-8" -> "application/json"; "" for a missing or blank value. */
export function mediaTypeEssence(value: string | undefined): string {
  if (value === undefined) return "";
  const semicolon = value.indexOf(";");
  return (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
}

/**
 * The first media type of an Accept header, without parameters. AWS honours only the first one
 * ("api-gateway-payload-encodings-workflow": `image/webp,image/*,*\/*;q=0.8` counts as image/webp).
 */
export function firstAcceptMediaType(accept: string | undefined): string | undefined {
  if (accept === undefined) return undefined;
  const comma = accept.indexOf(",");
  const first = mediaTypeEssence(comma === -1 ? accept : accept.slice(0, comma));
  return first === "" ? undefined : first;
}

/**
 * Whether a payload's media type is in binaryMediaTypes. The list side may hold wildcards (`*\/*`, `image/*`);
 * the header side is taken literally, so `Accept: image/*` does not match a listed `image/png` (as on AWS:
 * only a concrete first Accept type, or a wildcard entry in the list, makes a response binary).
 */
export function isBinaryMediaType(mediaType: string | undefined, binaryMediaTypes: readonly string[]): boolean {
  if (binaryMediaTypes.length === 0) return false;
  const essence = mediaTypeEssence(mediaType);
  const slash = essence.indexOf("/");
  if (slash <= 0 || slash === essence.length - 1) return false;
  const type = essence.slice(0, slash);
  const subtype = essence.slice(slash + 1);
  for (const entry of binaryMediaTypes) {
    const pattern = mediaTypeEssence(entry);
    const cut = pattern.indexOf("/");
    if (cut <= 0) continue;
    const patternType = pattern.slice(0, cut);
    const patternSubtype = pattern.slice(cut + 1);
    if ((patternType === "*" || patternType === type) && (patternSubtype === "*" || patternSubtype === subtype)) return true;
  }
  return false;
}
