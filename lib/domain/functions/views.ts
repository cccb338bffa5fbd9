/** Read models of Lambda-compatible functions, as services hand them to the wire layer and the console. */

/** One runnable configuration: $LATEST or a published (immutable) version. */
export interface FunctionVersionView {
  functionName: string;
  /** "$LATEST" or "1", "2", ... */
  version: string;
  runtime: string;
  role: string;
  handler: string;
  codeSize: number;
  /** Base64 SHA-256 of the zip, as Lambda writes it. */
  codeSha256: string;
  description: string;
  timeoutSec: number;
  memoryMb: number;
  lastModified: Date;
  environment: Record<string, string>;
  architectures: string[];
  revisionId: string;
}

export interface FunctionAliasView {
  functionName: string;
  name: string;
  functionVersion: string;
  description: string;
  additionalVersionWeights: Record<string, number>;
  revisionId: string;
}
