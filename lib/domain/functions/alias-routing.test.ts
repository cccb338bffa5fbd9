import { describe, expect, it } from "vitest";
import { checkRouting, chooseAliasVersion } from "./alias-routing";

describe("chooseAliasVersion", () => {
  it("sends draws below the weight to the additional version and the rest to the main one", () => {
    const alias = { functionVersion: "1", additionalVersionWeights: { "2": 0.1 } };
    expect(chooseAliasVersion(alias, 0)).toBe("2");
    expect(chooseAliasVersion(alias, 0.0999)).toBe("2");
    expect(chooseAliasVersion(alias, 0.1)).toBe("1");
    expect(chooseAliasVersion(alias, 0.99)).toBe("1");
    expect(chooseAliasVersion({ functionVersion: "$LATEST", additionalVersionWeights: {} }, 0)).toBe("$LATEST");
  });

  it("splits about as weighted over many draws", () => {
    const alias = { functionVersion: "1", additionalVersionWeights: { "2": 0.25 } };
    let second = 0;
    for (let i = 0; i < 1000; i++) if (chooseAliasVersion(alias, i / 1000) === "2") second++;
    expect(second).toBe(250);
  });
});

describe("checkRouting", () => {
  it("accepts one published additional version weighted 0..1", () => {
    expect(checkRouting({ functionVersion: "1", additionalVersionWeights: { "2": 0.5 } })).toBeNull();
    expect(checkRouting({ functionVersion: "1", additionalVersionWeights: { "2": 0 } })).toBeNull();
    expect(checkRouting({ functionVersion: "$LATEST", additionalVersionWeights: {} })).toBeNull();
  });

  it("refuses two additional versions, a weight outside 0..1, the main version, $LATEST and non-versions", () => {
    expect(checkRouting({ functionVersion: "1", additionalVersionWeights: { "2": 0.1, "3": 0.1 } })?.message).toBe(
      "Number of items in AdditionalVersionWeights cannot be greater than 1",
    );
    expect(checkRouting({ functionVersion: "1", additionalVersionWeights: { "2": 1.5 } })?.type).toBe("ValidationException");
    expect(checkRouting({ functionVersion: "1", additionalVersionWeights: { "2": -0.1 } })?.type).toBe("ValidationException");
    expect(checkRouting({ functionVersion: "2", additionalVersionWeights: { "2": 0.1 } })?.message).toBe(
      "Invalid function version 2. Function version 2 is already included in routing configuration.",
    );
    expect(checkRouting({ functionVersion: "$LATEST", additionalVersionWeights: { "2": 0.1 } })?.message).toBe(
      "$LATEST is not supported for an alias pointing to more than 1 version",
    );
    expect(checkRouting({ functionVersion: "1", additionalVersionWeights: { $LATEST: 0.1 } })?.type).toBe("ValidationException");
  });
});
