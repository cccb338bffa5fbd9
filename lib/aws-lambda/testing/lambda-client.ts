/** Test helper: an @aws-sdk/client-lambda client for a Portico endpoint, one attempt (a retry would hide the first answer). */
import { Lambda } from "@aws-sdk/client-lambda";

export interface LambdaEndpoint {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function lambdaClient({ endpoint, accessKeyId, secretAccessKey }: LambdaEndpoint): Lambda {
  return new Lambda({ endpoint, region: "us-east-1", credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });
}

/** The SDK error a call rejects with (its name comes from x-amzn-ErrorType), or a failure when it resolves. */
export async function sdkError(call: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error(`expected the call to fail, it answered ${String(error)}`);
  const status = (error as Error & { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return { name: error.name, message: error.message, status };
}
