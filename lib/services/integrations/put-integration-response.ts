import type { IntegrationResponseView } from "../../domain/views";
import { db } from "../../db";
import { badRequest } from "../../errors";
import { newRowId } from "../../ids";
import { putIntegrationResponseSchema, type PutIntegrationResponseInput } from "../../schemas/integration.schema";
import { statusCodeSchema } from "../../schemas/method.schema";
import { findIntegrationRowOrThrow } from "../lookups";
import { toIntegrationResponseView } from "../mappers";
import { parseInput } from "../parse-input";

/** PutIntegrationResponse: creates or replaces the integration response for a status code. */
export async function putIntegrationResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
  input: PutIntegrationResponseInput,
): Promise<IntegrationResponseView> {
  const code = parseInput(statusCodeSchema, statusCode);
  const data = parseInput(putIntegrationResponseSchema, input);
  const { integration } = await findIntegrationRowOrThrow(restApiId, resourceId, httpMethod);
  assertSelectionPattern(data.selectionPattern);
  const fields = {
    selectionPattern: data.selectionPattern ?? null,
    responseParameters: data.responseParameters,
    responseTemplates: data.responseTemplates,
    contentHandling: data.contentHandling ?? null,
  };
  const row = await db().integrationResponse.upsert({
    where: { integrationId_statusCode: { integrationId: integration.id, statusCode: code } },
    create: { id: newRowId(), integrationId: integration.id, statusCode: code, ...fields },
    update: fields,
  });
  return toIntegrationResponseView(row);
}

/** A selection pattern is a regular expression matched against the backend status or error message: it must compile. */
export function assertSelectionPattern(pattern: string | null | undefined): void {
  if (!pattern) return;
  try {
    new RegExp(pattern);
  } catch {
    throw badRequest(`Invalid selection pattern: ${pattern}`);
  }
}
