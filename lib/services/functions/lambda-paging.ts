/**
 * Lambda's list paging: MaxItems 1..10000 (Lambda still returns at most 50 per page) and an opaque Marker
 * (here: the offset of the next item, base64url) that the caller hands back as it got it.
 */
import { constraint, validationMessage } from "../../domain/functions/rules";
import { invalidParameter, validationError } from "./lambda-error";

export interface LambdaPageRequest {
  marker?: string;
  maxItems?: number;
}

const PAGE_CAP = 50;

export function lambdaPage<T>(items: T[], request: LambdaPageRequest = {}): { items: T[]; nextMarker?: string } {
  const { maxItems } = request;
  if (maxItems !== undefined && (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > 10_000)) {
    const rule = maxItems < 1 ? "Member must have value greater than or equal to 1" : "Member must have value less than or equal to 10000";
    throw validationError(validationMessage([constraint(maxItems, "maxItems", rule)]));
  }
  const take = Math.min(maxItems ?? PAGE_CAP, PAGE_CAP);
  let skip = 0;
  if (request.marker) {
    skip = Number(Buffer.from(request.marker, "base64url").toString("utf8"));
    if (!Number.isInteger(skip) || skip < 0) throw invalidParameter(`Invalid marker: ${request.marker}`);
  }
  const page = items.slice(skip, skip + take);
  if (skip + take >= items.length) return { items: page };
  return { items: page, nextMarker: Buffer.from(String(skip + take), "utf8").toString("base64url") };
}
