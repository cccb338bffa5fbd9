import type { DeploymentView, Page } from "../../domain/views";
import { db } from "../../db";
import { findRestApiRowOrThrow } from "../lookups";
import { toDeploymentView } from "../mappers";
import { readPage, toPage, type PageRequest } from "../paging";

/** GetDeployments, newest first. The snapshot documents stay in the database. */
export async function listDeployments(restApiId: string, opts?: PageRequest): Promise<Page<DeploymentView>> {
  await findRestApiRowOrThrow(restApiId);
  const { skip, take } = readPage({ limit: opts?.limit ?? 100, position: opts?.position });
  const rows = await db().deployment.findMany({
    where: { restApiId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip,
    take: take + 1,
    select: { id: true, description: true, createdAt: true, createdBy: true },
  });
  const page = toPage(rows, skip, take);
  return { ...page, items: page.items.map(toDeploymentView) };
}
