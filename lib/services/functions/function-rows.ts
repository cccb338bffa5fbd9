/** Shared lookups and row -> view mapping for functions, versions and aliases. Code bytes are never loaded here. */
import type { FunctionAliasView, FunctionVersionView } from "../../domain/functions/views";
import { isAliasName, isVersionNumber } from "../../domain/functions/rules";
import { db, type Db } from "../../db";
import { functionNotFound } from "./lambda-error";
import { readStoredSettings } from "./stored-settings";

export type FunctionsTx = Pick<Db, "lambdaFunction" | "functionVersion" | "functionAlias" | "runtimeConfigVersion">;
type Reader = Pick<Db, "lambdaFunction" | "functionVersion" | "functionAlias">;

/** Prisma `omit` that keeps the zip out of every metadata read. */
export const WITHOUT_CODE = { code: true } as const;

interface ConfigRow {
  description: string; runtime: string; handler: string; codeSha256: string; codeSize: number; environment: unknown;
  timeoutSec: number; memoryMb: number; revisionId: string;
}
export interface LatestRow extends ConfigRow { name: string; updatedAt: Date }
export interface VersionRow extends ConfigRow { functionName: string; version: number; createdAt: Date }
export interface AliasRow {
  functionName: string; name: string; functionVersion: string; description: string; routingWeights: unknown; revisionId: string;
}

function configOf(row: ConfigRow) {
  const settings = readStoredSettings(row.environment);
  return {
    runtime: row.runtime,
    role: settings.role,
    handler: row.handler,
    codeSize: row.codeSize,
    codeSha256: row.codeSha256,
    description: row.description,
    timeoutSec: row.timeoutSec,
    memoryMb: row.memoryMb,
    environment: settings.variables,
    architectures: settings.architectures,
    revisionId: row.revisionId,
  };
}

export function latestView(row: LatestRow): FunctionVersionView {
  return { functionName: row.name, version: "$LATEST", lastModified: row.updatedAt, ...configOf(row) };
}

export function versionView(row: VersionRow): FunctionVersionView {
  return { functionName: row.functionName, version: String(row.version), lastModified: row.createdAt, ...configOf(row) };
}

export function aliasView(row: AliasRow): FunctionAliasView {
  const weights: Record<string, number> = {};
  if (row.routingWeights && typeof row.routingWeights === "object" && !Array.isArray(row.routingWeights)) {
    for (const [version, weight] of Object.entries(row.routingWeights)) if (typeof weight === "number") weights[version] = weight;
  }
  return {
    functionName: row.functionName,
    name: row.name,
    functionVersion: row.functionVersion,
    description: row.description,
    additionalVersionWeights: weights,
    revisionId: row.revisionId,
  };
}

export async function findLatestRowOrThrow(name: string, client: Reader = db()) {
  const row = await client.lambdaFunction.findUnique({ where: { name }, omit: WITHOUT_CODE });
  if (!row) throw functionNotFound(name);
  return row;
}

/** $LATEST or a published version by number; "Function not found: <qualified ARN>" otherwise. */
export async function findVersionViewOrThrow(name: string, qualifier: string, client: Reader = db()): Promise<FunctionVersionView> {
  if (qualifier === "$LATEST") {
    const row = await client.lambdaFunction.findUnique({ where: { name }, omit: WITHOUT_CODE });
    if (row) return latestView(row);
  } else if (isVersionNumber(qualifier)) {
    const row = await client.functionVersion.findUnique({
      where: { functionName_version: { functionName: name, version: Number(qualifier) } },
      omit: WITHOUT_CODE,
    });
    if (row) return versionView(row);
  }
  throw functionNotFound(name, qualifier);
}

export interface ResolvedQualifier {
  view: FunctionVersionView;
  /** Set when the qualifier named an alias. */
  alias?: FunctionAliasView;
}

/** Any qualifier (none, $LATEST, a version, an alias) -> the configuration it names, as GetFunction reads it. */
export async function resolveQualifierOrThrow(name: string, qualifier: string | undefined, client: Reader = db()): Promise<ResolvedQualifier> {
  if (!qualifier) return { view: latestView(await findLatestRowOrThrow(name, client)) };
  if (qualifier !== "$LATEST" && !isVersionNumber(qualifier) && isAliasName(qualifier)) {
    const row = await client.functionAlias.findUnique({ where: { functionName_name: { functionName: name, name: qualifier } } });
    if (!row) throw functionNotFound(name, qualifier);
    const alias = aliasView(row);
    return { view: await findVersionViewOrThrow(name, alias.functionVersion, client), alias };
  }
  return { view: await findVersionViewOrThrow(name, qualifier, client) };
}
