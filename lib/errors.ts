/**
 * The one error class of the control plane. Codes are AWS API Gateway's error type names, so the management
 * API can send them as they are (x-amzn-ErrorType) and the console can show the message as it is.
 */
export const ERROR_STATUS = {
  BadRequestException: 400,
  UnauthorizedException: 401,
  AccessDeniedException: 403,
  NotFoundException: 404,
  ConflictException: 409,
  LimitExceededException: 429,
  TooManyRequestsException: 429,
  ServiceUnavailableException: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class PorticoError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = code;
    this.code = code;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (message: string) => new PorticoError("NotFoundException", message);
export const conflict = (message: string) => new PorticoError("ConflictException", message);
export const badRequest = (message: string) => new PorticoError("BadRequestException", message);

export function isPorticoError(error: unknown): error is PorticoError {
  return error instanceof PorticoError;
}
