import type { RestApiView } from "../../domain/views";
import { db } from "../../db";
import { newAwsId } from "../../ids";
import { createRestApiSchema, type CreateRestApiInput } from "../../schemas/rest-api.schema";
import { toRestApiView } from "../mappers";
import { newShortAwsId } from "../models/create-model";
import { DEFAULT_MODELS } from "../models/default-models";
import { parseInput } from "../parse-input";

/** CreateRestApi: the API, its root resource "/" and AWS's two default models (Empty, Error). */
export async function createRestApi(input: CreateRestApiInput): Promise<RestApiView> {
  const data = parseInput(createRestApiSchema, input);
  const id = newAwsId();
  const rootId = newAwsId();
  const row = await db().$transaction(async (tx) => {
    const api = await tx.restApi.create({
      data: {
        id,
        name: data.name,
        description: data.description,
        version: data.version ?? null,
        apiKeySource: data.apiKeySource,
        endpointTypes: data.endpointTypes,
        binaryMediaTypes: data.binaryMediaTypes,
        disableExecuteApiEndpoint: data.disableExecuteApiEndpoint,
        tags: data.tags,
      },
    });
    await tx.resource.create({ data: { id: rootId, restApiId: id, parentId: null, pathPart: "", path: "/" } });
    for (const model of DEFAULT_MODELS) await tx.model.create({ data: { id: newShortAwsId(), restApiId: id, ...model } });
    return api;
  });
  return toRestApiView(row, rootId);
}
