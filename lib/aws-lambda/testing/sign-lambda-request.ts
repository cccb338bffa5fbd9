/** Test helper: a fetch Request signed with SigV4 the way @aws-sdk/client-lambda signs (service "lambda" by default). */
import { signedRequest, type SigningKey } from "../../aws/testing/sign-request";

export function signedLambdaRequest(key: SigningKey, method: string, url: string, body?: string, service = "lambda"): Promise<Request> {
  return signedRequest(key, method, url, body, new Date(), service);
}
