import { describe, expect, it } from "vitest";
import { newRow } from "@/components/ui/rows";
import { integrationResponseDraft, integrationResponseInput, methodResponseDraft, methodResponseInput } from "./response-drafts";

const defaultResponse = { statusCode: "200", responseParameters: {}, responseTemplates: {} };

describe("integration response drafts", () => {
  it("maps headers to method.response.header.X and keeps templates by content type", () => {
    const draft = integrationResponseDraft(undefined, "400");
    draft.selectionPattern = "4\\d{2}";
    draft.headers.push(newRow({ header: "X-Source", source: "integration.response.header.X-Upstream" }));
    draft.templates[0].value.template = '{"error": $input.json("$.message")}';
    expect(integrationResponseInput(draft, [defaultResponse])).toEqual({
      ok: true,
      statusCode: "400",
      input: {
        selectionPattern: "4\\d{2}",
        responseParameters: { "method.response.header.X-Source": "integration.response.header.X-Upstream" },
        responseTemplates: { "application/json": '{"error": $input.json("$.message")}' },
      },
    });
  });

  it("refuses a second default, a taken status and a broken pattern", () => {
    const draft = integrationResponseDraft(undefined, "200");
    const result = integrationResponseInput(draft, [defaultResponse]);
    expect(result.ok ? {} : result.problems).toMatchObject({
      statusCode: "There is an integration response for 200 already.",
      selectionPattern: "The 200 response is the default already: give this one a selection pattern.",
    });
    draft.statusCode = "500";
    draft.selectionPattern = "([";
    expect(integrationResponseInput(draft, [])).toMatchObject({ ok: false, problems: { selectionPattern: "Not a valid regular expression." } });
  });
});

describe("method response drafts", () => {
  it("declares headers and models, and reads them back", () => {
    const draft = methodResponseDraft(undefined);
    draft.statusCode = "201";
    draft.headers.push(newRow({ header: "Location", required: false }));
    draft.models.push(newRow({ contentType: "application/json", modelName: "Empty" }));
    const result = methodResponseInput(draft, [{ ...defaultResponse, responseModels: {} }]);
    expect(result).toEqual({
      ok: true,
      statusCode: "201",
      input: { responseParameters: { "method.response.header.Location": false }, responseModels: { "application/json": "Empty" } },
    });
    const back = methodResponseDraft({ statusCode: "201", responseParameters: { "method.response.header.Location": false }, responseModels: {} });
    expect(back.headers.map((r) => r.value)).toEqual([{ header: "Location", required: false }]);
  });
});
