import { describe, expect, it } from "vitest";
import { matchLambdaOperation } from "./routing";

describe("matchLambdaOperation", () => {
  it("finds each operation by method and path, the SDK's paths included", () => {
    const cases: [string, string, string][] = [
      ["POST", "/2015-03-31/functions", "CreateFunction"],
      ["GET", "/2015-03-31/functions/", "ListFunctions"],
      ["GET", "/2015-03-31/functions/f", "GetFunction"],
      ["DELETE", "/2015-03-31/functions/f", "DeleteFunction"],
      ["GET", "/2015-03-31/functions/f/configuration", "GetFunctionConfiguration"],
      ["PUT", "/2015-03-31/functions/f/configuration", "UpdateFunctionConfiguration"],
      ["PUT", "/2015-03-31/functions/f/code", "UpdateFunctionCode"],
      ["POST", "/2015-03-31/functions/f/versions", "PublishVersion"],
      ["GET", "/2015-03-31/functions/f/versions", "ListVersionsByFunction"],
      ["POST", "/2015-03-31/functions/f/aliases", "CreateAlias"],
      ["GET", "/2015-03-31/functions/f/aliases", "ListAliases"],
      ["GET", "/2015-03-31/functions/f/aliases/live", "GetAlias"],
      ["PUT", "/2015-03-31/functions/f/aliases/live", "UpdateAlias"],
      ["DELETE", "/2015-03-31/functions/f/aliases/live", "DeleteAlias"],
      ["POST", "/2015-03-31/functions/f/invocations", "Invoke"],
    ];
    for (const [method, path, name] of cases) expect(matchLambdaOperation(method, path)?.operation.name, `${method} ${path}`).toBe(name);
  });

  it("decodes an ARN given as FunctionName and keeps the alias name apart", () => {
    const matched = matchLambdaOperation("GET", "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Af/aliases/live");
    expect(matched?.params).toEqual({ FunctionName: "arn:aws:lambda:us-east-1:000000000000:function:f", Name: "live" });
  });

  it("matches nothing for other methods or paths", () => {
    expect(matchLambdaOperation("PATCH", "/2015-03-31/functions/f")).toBeNull();
    expect(matchLambdaOperation("GET", "/2015-03-31/functions/f/other")).toBeNull();
    expect(matchLambdaOperation("GET", "/2015-03-31/functions/a%2Fb/extra/x")).toBeNull();
  });
});
