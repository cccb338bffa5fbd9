import { describe, expect, it } from "vitest";
import { AWS_GUIDE_CASES } from "./corpus/aws-guide.cases";
import { AWS_INTEGRATION_CASES } from "./corpus/aws-integrations.cases";
import type { CorpusCase } from "./corpus/case";
import { INPUT_CASES } from "./corpus/input.cases";
import { JAVA_CASES } from "./corpus/java.cases";
import { UTIL_CASES } from "./corpus/util.cases";
import { VELOCITY_CASES } from "./corpus/velocity.cases";
import { compileTemplate, renderTemplate } from "./index";

const SUITES: Record<string, CorpusCase[]> = {
  "AWS guide examples": AWS_GUIDE_CASES,
  "AWS integration tutorials and overrides": AWS_INTEGRATION_CASES,
  $input: INPUT_CASES,
  $util: UTIL_CASES,
  "Velocity 1.7 language": VELOCITY_CASES,
  "Java methods": JAVA_CASES,
};

function run(c: CorpusCase) {
  const compiled = compileTemplate(c.template);
  if (!compiled.ok) throw new Error(`does not compile: ${compiled.error.message}`);
  return renderTemplate(
    compiled.template,
    {
      input: { body: c.body ?? "", path: c.path ?? {}, querystring: c.querystring ?? {}, header: c.header ?? {} },
      context: c.context ?? {},
      stageVariables: c.stageVariables ?? {},
    },
    { now: () => performance.now() },
  );
}

for (const [suite, cases] of Object.entries(SUITES)) {
  describe(`corpus: ${suite}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const result = run(c);
        const want = c.expect;
        if ("error" in want) {
          expect(result.ok, "should fail").toBe(false);
          if (result.ok) return;
          expect(result.error.kind).toBe(want.error);
          if (want.message) expect(result.error.message).toMatch(want.message);
          if (want.line !== undefined) expect(result.error.line).toBe(want.line);
          if (want.httpStatus !== undefined) expect(result.error.httpStatus).toBe(want.httpStatus);
          return;
        }
        if (!result.ok) throw new Error(`${result.error.kind} error: ${result.error.message} (line ${result.error.line})`);
        if ("output" in want) expect(result.output).toBe(want.output);
        else expect(JSON.parse(result.output)).toEqual(want.json);
        if (c.requestOverride) expect(result.requestOverride).toEqual({ header: {}, querystring: {}, path: {}, ...c.requestOverride });
        if (c.responseOverride) expect(result.responseOverride).toEqual({ header: {}, ...c.responseOverride });
      });
    }
  });
}

describe("corpus", () => {
  const all = Object.values(SUITES).flat();

  it("holds at least 60 cases, each citing where its expected output comes from", () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const c of all) expect(c.source, c.name).toMatch(/^https:\/\//);
  });

  it("has no two cases with the same name", () => {
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
  });
});
