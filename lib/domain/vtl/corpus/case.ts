/** One corpus case: a template, what the request looks like, and the output AWS documents for it. */
export interface CorpusCase {
  name: string;
  /** Where the expected result comes from (AWS guide page, or the Java/Velocity reference AWS runs on). */
  source: string;
  template: string;
  body?: string;
  path?: Record<string, string>;
  querystring?: Record<string, string>;
  header?: Record<string, string>;
  context?: Record<string, unknown>;
  stageVariables?: Record<string, string>;
  /** Exact output, or `json` when the guide shows the result as JSON (compared after JSON.parse). */
  expect: { output: string } | { json: unknown } | { error: "runtime" | "limit"; message?: RegExp; line?: number; httpStatus?: number };
  requestOverride?: { header?: Record<string, string>; querystring?: Record<string, string>; path?: Record<string, string> };
  responseOverride?: { status?: number; header?: Record<string, string> };
}

export const GUIDE = "https://docs.aws.amazon.com/apigateway/latest/developerguide/";
export const VELOCITY_17 = "https://velocity.apache.org/engine/1.7/user-guide.html";
export const JAVA_STRING = "https://docs.oracle.com/javase/8/docs/api/java/lang/String.html";
