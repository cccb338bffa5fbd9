/** Lambda version and alias operations: PublishVersion, ListVersionsByFunction, Create/Get/Update/Delete/ListAliases. */
import { z } from "zod";
import { createAlias } from "@/lib/services/functions/create-alias";
import { deleteAlias } from "@/lib/services/functions/delete-alias";
import { getAliasOrThrow } from "@/lib/services/functions/get-alias";
import { listAliases } from "@/lib/services/functions/list-aliases";
import { listVersionsByFunction } from "@/lib/services/functions/list-versions-by-function";
import { publishVersion } from "@/lib/services/functions/publish-version";
import { updateAlias } from "@/lib/services/functions/update-alias";
import { toAliasConfiguration, toFunctionConfiguration } from "../shapes";
import { queryMaxItems, queryText, readJsonBody, type LambdaOperationHandler } from "../wire-input";

const publishBody = z
  .object({ CodeSha256: z.string().optional(), Description: z.string().optional(), RevisionId: z.string().optional() })
  .loose();

const routingConfig = z.object({ AdditionalVersionWeights: z.record(z.string(), z.number()).optional() }).loose();

const createAliasBody = z
  .object({ Name: z.string(), FunctionVersion: z.string().optional(), Description: z.string().optional(), RoutingConfig: routingConfig.optional() })
  .loose();

const updateAliasBody = z
  .object({
    FunctionVersion: z.string().optional(),
    Description: z.string().optional(),
    RoutingConfig: routingConfig.optional(),
    RevisionId: z.string().optional(),
  })
  .loose();

const publishVersionHandler: LambdaOperationHandler = async ({ params, body }) => {
  const input = readJsonBody(publishBody, body);
  const view = await publishVersion(params.FunctionName, { codeSha256: input.CodeSha256, description: input.Description, revisionId: input.RevisionId });
  return { status: 201, json: toFunctionConfiguration(view, { arnQualifier: view.version }) };
};

const listVersionsHandler: LambdaOperationHandler = async ({ params, query }) => {
  const page = await listVersionsByFunction(params.FunctionName, { marker: queryText(query, "Marker"), maxItems: queryMaxItems(query) });
  return {
    status: 200,
    json: {
      Versions: page.items.map((view) => toFunctionConfiguration(view, { list: true, arnQualifier: view.version })),
      ...(page.nextMarker ? { NextMarker: page.nextMarker } : {}),
    },
  };
};

const createAliasHandler: LambdaOperationHandler = async ({ params, body }) => {
  const input = readJsonBody(createAliasBody, body);
  const alias = await createAlias(params.FunctionName, input.Name, {
    functionVersion: input.FunctionVersion,
    description: input.Description,
    additionalVersionWeights: input.RoutingConfig?.AdditionalVersionWeights,
  });
  return { status: 201, json: toAliasConfiguration(alias) };
};

const getAliasHandler: LambdaOperationHandler = async ({ params }) => ({
  status: 200,
  json: toAliasConfiguration(await getAliasOrThrow(params.FunctionName, params.Name)),
});

const updateAliasHandler: LambdaOperationHandler = async ({ params, body }) => {
  const input = readJsonBody(updateAliasBody, body);
  const alias = await updateAlias(params.FunctionName, params.Name, {
    functionVersion: input.FunctionVersion,
    description: input.Description,
    // RoutingConfig {} (or without weights) stops the split; no RoutingConfig keeps it.
    additionalVersionWeights: input.RoutingConfig ? (input.RoutingConfig.AdditionalVersionWeights ?? {}) : undefined,
    revisionId: input.RevisionId,
  });
  return { status: 200, json: toAliasConfiguration(alias) };
};

const deleteAliasHandler: LambdaOperationHandler = async ({ params }) => {
  await deleteAlias(params.FunctionName, params.Name);
  return { status: 204 };
};

const listAliasesHandler: LambdaOperationHandler = async ({ params, query }) => {
  const page = await listAliases(params.FunctionName, {
    functionVersion: queryText(query, "FunctionVersion"),
    marker: queryText(query, "Marker"),
    maxItems: queryMaxItems(query),
  });
  return {
    status: 200,
    json: { Aliases: page.items.map(toAliasConfiguration), ...(page.nextMarker ? { NextMarker: page.nextMarker } : {}) },
  };
};

export const VERSION_ALIAS_HANDLERS: Record<string, LambdaOperationHandler> = {
  PublishVersion: publishVersionHandler,
  ListVersionsByFunction: listVersionsHandler,
  CreateAlias: createAliasHandler,
  GetAlias: getAliasHandler,
  UpdateAlias: updateAliasHandler,
  DeleteAlias: deleteAliasHandler,
  ListAliases: listAliasesHandler,
};
