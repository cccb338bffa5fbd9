import { describe, expect, it } from "vitest";
import { functionArn, parseFunctionName } from "./arn";
import { formatLambdaDate } from "./lambda-date";

const PLACE = { region: "eu-west-3", accountId: "123456789012" };

describe("function ARNs", () => {
  it("writes unqualified and qualified ARNs as Lambda does", () => {
    expect(functionArn(PLACE, "pets")).toBe("arn:aws:lambda:eu-west-3:123456789012:function:pets");
    expect(functionArn(PLACE, "pets", "$LATEST")).toBe("arn:aws:lambda:eu-west-3:123456789012:function:pets:$LATEST");
    expect(functionArn(PLACE, "pets", "live")).toBe("arn:aws:lambda:eu-west-3:123456789012:function:pets:live");
  });

  it("reads a name, a name with qualifier, a partial ARN and a full ARN", () => {
    expect(parseFunctionName("pets")).toEqual({ name: "pets" });
    expect(parseFunctionName("pets:7")).toEqual({ name: "pets", qualifier: "7" });
    expect(parseFunctionName("pets:$LATEST")).toEqual({ name: "pets", qualifier: "$LATEST" });
    expect(parseFunctionName("123456789012:function:pets")).toEqual({ name: "pets", account: "123456789012" });
    expect(parseFunctionName("arn:aws:lambda:eu-west-3:123456789012:function:my_fn-2:live")).toEqual({
      name: "my_fn-2",
      qualifier: "live",
      account: "123456789012",
      region: "eu-west-3",
    });
  });

  it("reads a region-like name with a qualifier as a name, not as a region", () => {
    expect(parseFunctionName("fn-abc-1:live")).toEqual({ name: "fn-abc-1", qualifier: "live" });
    expect(parseFunctionName("us-east-1")).toEqual({ name: "us-east-1" });
  });

  it("refuses what none of Lambda's forms allow", () => {
    for (const bad of ["", "pets/dogs", "pets:a:b", "arn:aws:s3:::bucket", "pe ts", "pets:$NOPE", "arn:aws:lambda:us-east-1:function:pets"]) {
      expect(parseFunctionName(bad)).toBeNull();
    }
  });
});

describe("formatLambdaDate", () => {
  it("keeps milliseconds and writes the UTC offset as +0000", () => {
    expect(formatLambdaDate(new Date("2026-11-21T19:00:00Z"))).toBe("2026-11-21T19:00:00.000+0000");
  });
});
