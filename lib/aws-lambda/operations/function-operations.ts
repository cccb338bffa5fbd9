/** Lambda function operations: CreateFunction, GetFunction(Configuration), ListFunctions, updates, DeleteFunction. */
import { z } from "zod";
import { createFunction } from "@/lib/services/functions/create-function";
import { deleteFunction } from "@/lib/services/functions/delete-function";
import { getFunctionOrThrow } from "@/lib/services/functions/get-function";
import { listFunctions } from "@/lib/services/functions/list-functions";
import { updateFunctionCode } from "@/lib/services/functions/update-function-code";
import { updateFunctionConfiguration } from "@/lib/services/functions/update-function-configuration";
import { toFunctionConfiguration } from "../shapes";
import { queryMaxItems, queryText, readJsonBody, refuseUnsupported, type LambdaOperationHandler } from "../wire-input";

const environment = z.object({ Variables: z.record(z.string(), z.string()).optional() }).loose();
// Settings that change how a function runs, which Portico does not have; refused rather than ignored.
const UNSUPPORTED_SETTINGS = ["Layers", "VpcConfig", "DeadLetterConfig", "KMSKeyArn", "FileSystemConfigs", "ImageConfig", "CodeSigningConfigArn"];

const createBody = z
  .object({
    FunctionName: z.string(),
    Role: z.string().optional(),
    Runtime: z.string().optional(),
    Handler: z.string().optional(),
    Code: z.object({ ZipFile: z.string().optional() }).loose().optional(),
    Description: z.string().optional(),
    Timeout: z.number().int().optional(),
    MemorySize: z.number().int().optional(),
    Publish: z.boolean().optional(),
    PackageType: z.string().optional(),
    Environment: environment.optional(),
    Architectures: z.array(z.string()).optional(),
  })
  .loose();

const codeBody = z
  .object({
    ZipFile: z.string().optional(),
    Publish: z.boolean().optional(),
    RevisionId: z.string().optional(),
    Architectures: z.array(z.string()).optional(),
    DryRun: z.boolean().optional(),
  })
  .loose();

const configurationBody = z
  .object({
    Role: z.string().optional(),
    Runtime: z.string().optional(),
    Handler: z.string().optional(),
    Description: z.string().optional(),
    Timeout: z.number().int().optional(),
    MemorySize: z.number().int().optional(),
    Environment: environment.optional(),
    RevisionId: z.string().optional(),
  })
  .loose();

const zipBytes = (base64: string | undefined) => (base64 === undefined ? undefined : new Uint8Array(Buffer.from(base64, "base64")));

const createFunctionHandler: LambdaOperationHandler = async ({ body }) => {
  const input = readJsonBody(createBody, body);
  refuseUnsupported(input, UNSUPPORTED_SETTINGS);
  const { ZipFile, ...otherCode } = input.Code ?? {};
  refuseUnsupported({ "Code.S3Bucket": otherCode.S3Bucket, "Code.S3Key": otherCode.S3Key, "Code.ImageUri": otherCode.ImageUri }, ["Code.S3Bucket", "Code.S3Key", "Code.ImageUri"]);
  const view = await createFunction({
    functionName: input.FunctionName,
    role: input.Role,
    runtime: input.Runtime,
    handler: input.Handler,
    zipFile: zipBytes(ZipFile),
    description: input.Description,
    timeout: input.Timeout,
    memorySize: input.MemorySize,
    environment: input.Environment?.Variables,
    architectures: input.Architectures,
    packageType: input.PackageType,
    publish: input.Publish,
  });
  return { status: 201, json: toFunctionConfiguration(view, { updateStatus: false }) };
};

const getFunctionHandler: LambdaOperationHandler = async ({ params, query, codeLocation }) => {
  const found = await getFunctionOrThrow(params.FunctionName, queryText(query, "Qualifier"));
  return {
    status: 200,
    json: {
      Configuration: toFunctionConfiguration(found.view, { arnQualifier: found.qualifier }),
      Code: { RepositoryType: "S3", Location: await codeLocation(found.view.codeSha256) },
    },
  };
};

const getFunctionConfigurationHandler: LambdaOperationHandler = async ({ params, query }) => {
  const found = await getFunctionOrThrow(params.FunctionName, queryText(query, "Qualifier"));
  return { status: 200, json: toFunctionConfiguration(found.view, { arnQualifier: found.qualifier }) };
};

const listFunctionsHandler: LambdaOperationHandler = async ({ query }) => {
  const functionVersion = queryText(query, "FunctionVersion");
  const page = await listFunctions({ functionVersion, marker: queryText(query, "Marker"), maxItems: queryMaxItems(query) });
  return {
    status: 200,
    json: {
      Functions: page.items.map((view) => toFunctionConfiguration(view, { list: true, arnQualifier: functionVersion === "ALL" ? view.version : undefined })),
      ...(page.nextMarker ? { NextMarker: page.nextMarker } : {}),
    },
  };
};

const updateFunctionCodeHandler: LambdaOperationHandler = async ({ params, body }) => {
  const input = readJsonBody(codeBody, body);
  refuseUnsupported(input, ["S3Bucket", "S3Key", "S3ObjectVersion", "ImageUri", "DryRun"]);
  const view = await updateFunctionCode(params.FunctionName, {
    zipFile: zipBytes(input.ZipFile),
    publish: input.Publish,
    revisionId: input.RevisionId,
    architectures: input.Architectures,
  });
  return { status: 200, json: toFunctionConfiguration(view, { arnQualifier: input.Publish ? view.version : undefined }) };
};

const updateFunctionConfigurationHandler: LambdaOperationHandler = async ({ params, body }) => {
  const input = readJsonBody(configurationBody, body);
  refuseUnsupported(input, UNSUPPORTED_SETTINGS);
  const view = await updateFunctionConfiguration(params.FunctionName, {
    role: input.Role,
    runtime: input.Runtime,
    handler: input.Handler,
    description: input.Description,
    timeout: input.Timeout,
    memorySize: input.MemorySize,
    // Environment present without Variables clears them, as in Lambda.
    environment: input.Environment ? (input.Environment.Variables ?? {}) : undefined,
    revisionId: input.RevisionId,
  });
  return { status: 200, json: toFunctionConfiguration(view) };
};

const deleteFunctionHandler: LambdaOperationHandler = async ({ params, query }) => {
  await deleteFunction(params.FunctionName, queryText(query, "Qualifier"));
  return { status: 204 };
};

export const FUNCTION_HANDLERS: Record<string, LambdaOperationHandler> = {
  CreateFunction: createFunctionHandler,
  GetFunction: getFunctionHandler,
  GetFunctionConfiguration: getFunctionConfigurationHandler,
  ListFunctions: listFunctionsHandler,
  UpdateFunctionCode: updateFunctionCodeHandler,
  UpdateFunctionConfiguration: updateFunctionConfigurationHandler,
  DeleteFunction: deleteFunctionHandler,
};
