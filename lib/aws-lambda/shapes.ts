/** AWS Lambda's FunctionConfiguration and AliasConfiguration shapes, from Portico's views. */
import { functionArn } from "@/lib/domain/functions/arn";
import { formatLambdaDate } from "@/lib/domain/functions/lambda-date";
import type { FunctionAliasView, FunctionVersionView } from "@/lib/domain/functions/views";
import { here } from "@/lib/services/functions/lambda-error";

export interface ConfigurationOptions {
  /** The qualifier the answer's FunctionArn carries (none for an unqualified $LATEST answer). */
  arnQualifier?: string;
  /** List operations leave out State and LastUpdateStatus, as Lambda does. */
  list?: boolean;
  /** LastUpdateStatus belongs to $LATEST after an update; CreateFunction's answer has none. */
  updateStatus?: boolean;
}

export function toFunctionConfiguration(view: FunctionVersionView, options: ConfigurationOptions = {}): Record<string, unknown> {
  const showUpdate = !options.list && options.updateStatus !== false && view.version === "$LATEST";
  return {
    FunctionName: view.functionName,
    FunctionArn: functionArn(here(), view.functionName, options.arnQualifier),
    Runtime: view.runtime,
    Role: view.role,
    Handler: view.handler,
    CodeSize: view.codeSize,
    Description: view.description,
    Timeout: view.timeoutSec,
    MemorySize: view.memoryMb,
    LastModified: formatLambdaDate(view.lastModified),
    CodeSha256: view.codeSha256,
    Version: view.version,
    ...(Object.keys(view.environment).length ? { Environment: { Variables: view.environment } } : {}),
    TracingConfig: { Mode: "PassThrough" },
    RevisionId: view.revisionId,
    ...(options.list ? {} : { State: "Active" }),
    ...(showUpdate ? { LastUpdateStatus: "Successful" } : {}),
    PackageType: "Zip",
    Architectures: view.architectures,
    EphemeralStorage: { Size: 512 },
    SnapStart: { ApplyOn: "None", OptimizationStatus: "Off" },
    LoggingConfig: { LogFormat: "Text", LogGroup: `/aws/lambda/${view.functionName}` },
  };
}

export function toAliasConfiguration(view: FunctionAliasView): Record<string, unknown> {
  return {
    AliasArn: functionArn(here(), view.functionName, view.name),
    Name: view.name,
    FunctionVersion: view.functionVersion,
    Description: view.description,
    ...(Object.keys(view.additionalVersionWeights).length ? { RoutingConfig: { AdditionalVersionWeights: view.additionalVersionWeights } } : {}),
    RevisionId: view.revisionId,
  };
}
