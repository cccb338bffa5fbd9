/**
 * AWS Lambda's rules for function settings, with the error type and text Lambda answers when one is broken.
 * Model constraints (lengths, ranges, patterns) fail as ValidationException "N validation error(s) detected";
 * service rules fail as InvalidParameterValueException.
 */

export type RuleViolation = { type: "ValidationException" | "InvalidParameterValueException"; message: string };

/** Node.js runtimes Portico runs; Lambda's other runtimes are refused at create and update. */
export const SUPPORTED_RUNTIMES = ["nodejs18.x", "nodejs20.x", "nodejs22.x"] as const;
export const DEFAULT_RUNTIME = "nodejs20.x";
export const DEFAULT_HANDLER = "index.handler";

export const TIMEOUT_SECONDS = { min: 1, max: 900, default: 3 } as const;
export const MEMORY_MB = { min: 128, max: 10240, default: 128 } as const;
/** Lambda measures the variables as compact JSON: {"KEY":"value",...}. */
export const ENVIRONMENT_MAX_BYTES = 4096;
export const DESCRIPTION_MAX = 256;
export const HANDLER_MAX = 128;
export const FUNCTION_NAME_MAX = 64;
export const ALIAS_NAME_MAX = 128;

/** Variables the Lambda runtime sets itself; Lambda refuses them in Environment.Variables. */
export const RESERVED_ENVIRONMENT_KEYS = [
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR",
] as const;

const ENVIRONMENT_KEY = /^[a-zA-Z]([a-zA-Z0-9_])+$/;
const VERSION = /^[0-9]+$/;
const ALIAS = /^(?!^[0-9]+$)[a-zA-Z0-9_-]+$/;
const QUALIFIER = /^[a-zA-Z0-9$_-]+$/;
const HANDLER = /^[^\s]+$/;

export const isVersionNumber = (qualifier: string) => VERSION.test(qualifier);
export const isAliasName = (qualifier: string) => ALIAS.test(qualifier) && qualifier.length <= ALIAS_NAME_MAX;
export const isQualifierText = (qualifier: string) => QUALIFIER.test(qualifier) && qualifier.length <= 128;

/** "1 validation error detected: a" / "2 validation errors detected: a; b", as Lambda joins them. */
export function validationMessage(errors: string[]): string {
  return `${errors.length} validation error${errors.length > 1 ? "s" : ""} detected: ${errors.join("; ")}`;
}

export function constraint(value: string | number, field: string, rule: string): string {
  return `Value '${value}' at '${field}' failed to satisfy constraint: ${rule}`;
}

export interface SettingsInput {
  runtime?: string;
  handler?: string;
  description?: string;
  timeout?: number;
  memorySize?: number;
}

/** Model constraints on the plain settings of CreateFunction / UpdateFunctionConfiguration. */
export function checkSettings(input: SettingsInput): RuleViolation | null {
  const errors: string[] = [];
  if (input.timeout !== undefined) {
    if (input.timeout < TIMEOUT_SECONDS.min) errors.push(constraint(input.timeout, "timeout", `Member must have value greater than or equal to ${TIMEOUT_SECONDS.min}`));
    if (input.timeout > TIMEOUT_SECONDS.max) errors.push(constraint(input.timeout, "timeout", `Member must have value less than or equal to ${TIMEOUT_SECONDS.max}`));
  }
  if (input.memorySize !== undefined) {
    if (input.memorySize < MEMORY_MB.min) errors.push(constraint(input.memorySize, "memorySize", `Member must have value greater than or equal to ${MEMORY_MB.min}`));
    if (input.memorySize > MEMORY_MB.max) errors.push(constraint(input.memorySize, "memorySize", `Member must have value less than or equal to ${MEMORY_MB.max}`));
  }
  if (input.handler !== undefined) {
    if (input.handler.length > HANDLER_MAX) errors.push(constraint(input.handler, "handler", `Member must have length less than or equal to ${HANDLER_MAX}`));
    if (!HANDLER.test(input.handler)) errors.push(constraint(input.handler, "handler", "Member must satisfy regular expression pattern: [^\\s]+"));
  }
  if (input.description !== undefined && input.description.length > DESCRIPTION_MAX) {
    errors.push(constraint(input.description, "description", `Member must have length less than or equal to ${DESCRIPTION_MAX}`));
  }
  if (errors.length) return { type: "ValidationException", message: validationMessage(errors) };
  if (input.runtime !== undefined && !(SUPPORTED_RUNTIMES as readonly string[]).includes(input.runtime)) {
    return {
      type: "InvalidParameterValueException",
      message: `Value ${input.runtime} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [${SUPPORTED_RUNTIMES.join(", ")}] or be a valid ARN`,
    };
  }
  return null;
}

/** Environment.Variables: key pattern, reserved keys, then the 4 KB limit, in Lambda's order and words. */
export function checkEnvironment(variables: Record<string, string>): RuleViolation | null {
  const badKeys = Object.keys(variables).filter((key) => !ENVIRONMENT_KEY.test(key));
  if (badKeys.length) {
    return {
      type: "ValidationException",
      message: validationMessage(
        badKeys.map((key) => constraint(key, "environment.variables", "Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]")),
      ),
    };
  }
  const reserved = Object.keys(variables).filter((key) => (RESERVED_ENVIRONMENT_KEYS as readonly string[]).includes(key));
  if (reserved.length) {
    return {
      type: "InvalidParameterValueException",
      message: `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(", ")}`,
    };
  }
  const measured = JSON.stringify(variables);
  if (new TextEncoder().encode(measured).byteLength > ENVIRONMENT_MAX_BYTES) {
    return {
      type: "InvalidParameterValueException",
      message: `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${measured}`,
    };
  }
  return null;
}
