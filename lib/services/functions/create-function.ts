import { randomUUID } from "node:crypto";
import type { FunctionVersionView } from "../../domain/functions/views";
import { checkEnvironment, checkSettings, MEMORY_MB, TIMEOUT_SECONDS } from "../../domain/functions/rules";
import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { checkZipFile, codeSha256Of } from "./function-code";
import { readNewFunctionName } from "./function-ref";
import { latestView, versionView, WITHOUT_CODE } from "./function-rows";
import { fromViolation, invalidParameter, LambdaError, validationError } from "./lambda-error";
import { isUniqueViolation } from "./prisma-errors";
import { checkArchitectures } from "./settings-input";
import { storedSettingsJson } from "./stored-settings";
import { publishFromLatest } from "./version-writes";

export interface CreateFunctionInput {
  functionName: string;
  role?: string;
  runtime?: string;
  handler?: string;
  zipFile?: Uint8Array;
  description?: string;
  timeout?: number;
  memorySize?: number;
  environment?: Record<string, string>;
  architectures?: string[];
  packageType?: string;
  /** Also publish version 1 (the answer is then that version's configuration). */
  publish?: boolean;
}

/** CreateFunction: a Zip-packaged Node.js function; with Publish, version 1 in the same transaction. */
export async function createFunction(input: CreateFunctionInput): Promise<FunctionVersionView> {
  const name = readNewFunctionName(input.functionName);
  const { role, runtime, handler, zipFile } = input;
  if (role === undefined) {
    throw validationError("1 validation error detected: Value null at 'role' failed to satisfy constraint: Member must not be null");
  }
  if (input.packageType !== undefined && input.packageType !== "Zip") {
    throw invalidParameter("Portico runs Zip packages only: PackageType must be Zip.");
  }
  if (runtime === undefined || handler === undefined) {
    throw invalidParameter("Runtime and Handler are mandatory parameters for functions created with deployment packages.");
  }
  const violation = checkSettings(input) ?? checkEnvironment(input.environment ?? {});
  if (violation) throw fromViolation(violation);
  const architectures = checkArchitectures(input.architectures) ?? ["x86_64"];
  if (!zipFile) throw invalidParameter("Portico accepts function code as Code.ZipFile only.");
  checkZipFile(zipFile);

  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.lambdaFunction.create({
        data: {
          name,
          description: input.description ?? "",
          runtime,
          handler,
          code: new Uint8Array(zipFile),
          codeSha256: codeSha256Of(zipFile),
          codeSize: zipFile.byteLength,
          environment: storedSettingsJson({ variables: input.environment ?? {}, role, architectures }),
          timeoutSec: input.timeout ?? TIMEOUT_SECONDS.default,
          memoryMb: input.memorySize ?? MEMORY_MB.default,
          revisionId: randomUUID(),
        },
        omit: WITHOUT_CODE,
      });
      await bumpConfigVersion(tx);
      if (!input.publish) return latestView(row);
      return versionView((await publishFromLatest(tx, name)).row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new LambdaError("ResourceConflictException", `Function already exist: ${name}`);
    throw error;
  }
}
