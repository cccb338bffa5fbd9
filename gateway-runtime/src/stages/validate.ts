/**
 * AWS's request validator stage: required parameters and the body model, checked before any integration.
 * Answers BAD_REQUEST_PARAMETERS ("Missing required request parameters: [a, b]") or BAD_REQUEST_BODY
 * ("Invalid request body"), with $context.error.validationErrorString for customised gateway responses.
 */
import type { MethodRequestValidator } from "../../../lib/domain/models/request-validation";
import type { Exchange } from "../pipeline/exchange";
import { readRequestBody } from "../pipeline/read-body";
import type { Outcome, RequestStage } from "../pipeline/stage";
import { TOO_LARGE } from "../pipeline/outcomes";


export class ValidateStage implements RequestStage {
  readonly name = "validate";
  readonly step = "validate";

  constructor(
    private readonly validate: MethodRequestValidator,
    private readonly needsBody: boolean,
    private readonly maxBodyBytes: number,
  ) {}

  onRequest(ex: Exchange): Outcome | undefined | Promise<Outcome | undefined> {
    if (!this.needsBody) return this.check(ex, null);
    const read = readRequestBody(ex, this.maxBodyBytes);
    if ("then" in read) return read.then((body) => (body.ok ? this.check(ex, body.body.toString("utf8")) : TOO_LARGE));
    return read.ok ? this.check(ex, read.body.toString("utf8")) : TOO_LARGE;
  }

  private check(ex: Exchange, body: string | null): Outcome | undefined {
    const result = this.validate({ ...ex.methodRequestValues(), body, contentType: ex.req.headers["content-type"] ?? null });
    if (result.ok) return undefined;
    ex.validationErrorString = result.validationErrorString;
    ex.exec?.error(`Request validation failed: ${result.validationErrorString || result.message}`);
    return { kind: "gateway-error", type: result.type, message: result.message };
  }
}
