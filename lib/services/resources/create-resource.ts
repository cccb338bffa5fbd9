import type { ResourceView } from "../../domain/views";
import { db } from "../../db";
import { joinPath, pathPartProblem } from "../../domain/paths";
import { PorticoError, badRequest, conflict, notFound } from "../../errors";
import { newAwsId } from "../../ids";
import { createResourceSchema, type CreateResourceInput } from "../../schemas/resource.schema";
import { findRestApiRowOrThrow } from "../lookups";
import { toResourceView } from "../mappers";
import { parseInput } from "../parse-input";

// 300 matches AWS's resources-per-API quota.
const MAX_RESOURCES = 300;

/** CreateResource under a parent, with AWS's rules on path parts and siblings. */
export async function createResource(restApiId: string, input: CreateResourceInput): Promise<ResourceView> {
  const data = parseInput(createResourceSchema, input);
  await findRestApiRowOrThrow(restApiId);
  const parent = await db().resource.findFirst({ where: { id: data.parentId, restApiId } });
  if (!parent) throw notFound("Invalid Resource identifier specified");
  const siblings = await db().resource.findMany({ where: { parentId: parent.id }, select: { pathPart: true } });
  const problem = pathPartProblem(data.pathPart, parent.path, siblings.map((s) => s.pathPart));
  if (problem) throw problem.startsWith("Another resource") ? conflict(problem) : badRequest(problem);
  if ((await db().resource.count({ where: { restApiId } })) >= MAX_RESOURCES) {
    throw new PorticoError("LimitExceededException", `An API has at most ${MAX_RESOURCES} resources.`);
  }
  const row = await db().resource.create({
    data: { id: newAwsId(), restApiId, parentId: parent.id, pathPart: data.pathPart, path: joinPath(parent.path, data.pathPart) },
  });
  return toResourceView(row);
}
