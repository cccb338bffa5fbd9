/**
 * The error class of the Lambda-compatible functions: AWS Lambda's error type names and statuses, so the
 * Lambda API sends them as they are (x-amzn-ErrorType) and the console can show the message as it is.
 */
import { env } from "../../env";
import { functionArn } from "../../domain/functions/arn";
import type { RuleViolation } from "../../domain/functions/rules";

export const LAMBDA_ERROR_STATUS = {
  InvalidParameterValueException: 400,
  InvalidRequestContentException: 400,
  ValidationException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ResourceConflictException: 409,
  PreconditionFailedException: 412,
  RequestTooLargeException: 413,
  RequestEntityTooLargeException: 413,
  TooManyRequestsException: 429,
  ServiceException: 500,
} as const;

export type LambdaErrorType = keyof typeof LAMBDA_ERROR_STATUS;

export class LambdaError extends Error {
  constructor(
    readonly type: LambdaErrorType,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
  get status(): number {
    return LAMBDA_ERROR_STATUS[this.type];
  }
}

export const isLambdaError = (error: unknown): error is LambdaError => error instanceof LambdaError;

export const here = () => ({ region: env.region, accountId: env.accountId });

export const fromViolation = (violation: RuleViolation) => new LambdaError(violation.type, violation.message);
export const invalidParameter = (message: string) => new LambdaError("InvalidParameterValueException", message);
export const validationError = (message: string) => new LambdaError("ValidationException", message);

export const functionNotFound = (name: string, qualifier?: string) =>
  new LambdaError("ResourceNotFoundException", `Function not found: ${functionArn(here(), name, qualifier)}`);
export const aliasNotFound = (name: string, alias: string) =>
  new LambdaError("ResourceNotFoundException", `Cannot find alias arn: ${functionArn(here(), name, alias)}`);

export const revisionMismatch = () =>
  new LambdaError(
    "PreconditionFailedException",
    "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id",
  );

/** Lambda's answer when another update to the same function won the race. */
export const updateInProgress = (name: string) =>
  new LambdaError(
    "ResourceConflictException",
    `The operation cannot be performed at this time. An update is in progress for resource: ${functionArn(here(), name)}`,
  );
