import { GATEWAY_RESPONSE_TYPES } from "../../domain/gateway-responses";
import type { GatewayResponseView, Page } from "../../domain/views";
import { db } from "../../db";
import { findRestApiRowOrThrow } from "../lookups";
import { toGatewayResponseView } from "../mappers";
import { readPage, toPage, type PageRequest } from "../paging";
import { defaultGatewayResponseView } from "./default-gateway-response";

// AWS lists the types alphabetically (BAD_REQUEST_BODY before BAD_REQUEST_PARAMETERS).
const SORTED_TYPES = [...GATEWAY_RESPONSE_TYPES].sort();

/** GetGatewayResponses: every type, customised or (defaultResponse: true) AWS's default, as AWS lists them. */
export async function listGatewayResponses(restApiId: string, opts?: PageRequest): Promise<Page<GatewayResponseView>> {
  await findRestApiRowOrThrow(restApiId);
  const { skip, take } = readPage(opts);
  const rows = await db().gatewayResponse.findMany({ where: { restApiId } });
  const all = SORTED_TYPES.map((type) => {
    const row = rows.find((r) => r.responseType === type);
    return row ? toGatewayResponseView(row) : defaultGatewayResponseView(type);
  });
  return toPage(all.slice(skip, skip + take + 1), skip, take);
}
