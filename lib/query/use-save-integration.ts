"use client";

import { useMutation } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import type { MethodJson } from "./types";
import { consoleApi } from "./urls";
import { useInvalidateResources } from "./use-resources";

export type IntegrationDraft =
  | { type: "MOCK"; requestTemplate: string; statusCode: string; responseBody: string }
  | { type: "HTTP_PROXY"; httpMethod: string; uri: string; timeoutInMillis: number };

const JSON_TYPE = "application/json";

/**
 * Saves a method's integration the way AWS's console does: several management calls in a row.
 * MOCK = integration (request template) + integration response (body template) + a matching method response;
 * stale integration responses for other status codes are removed so the chosen status is the only default.
 */
export function useSaveIntegration(apiId: string, resourceId: string, method: MethodJson) {
  const invalidate = useInvalidateResources(apiId);
  const httpMethod = method.httpMethod;
  return useMutation({
    mutationFn: async (draft: IntegrationDraft) => {
      const integrationUrl = consoleApi.integration(apiId, resourceId, httpMethod);
      if (draft.type === "HTTP_PROXY") {
        const { type, httpMethod: backendMethod, uri, timeoutInMillis } = draft;
        await fetchJson(integrationUrl, { method: "PUT", body: { type, httpMethod: backendMethod, uri, timeoutInMillis } });
        return;
      }
      await fetchJson(integrationUrl, {
        method: "PUT",
        body: { type: "MOCK", requestTemplates: { [JSON_TYPE]: draft.requestTemplate } },
      });
      const stale = Object.keys(method.methodIntegration?.integrationResponses ?? {}).filter((code) => code !== draft.statusCode);
      for (const code of stale) {
        await fetchJson(consoleApi.integrationResponse(apiId, resourceId, httpMethod, code), { method: "DELETE" });
      }
      if (!method.methodResponses[draft.statusCode]) {
        await fetchJson(consoleApi.methodResponse(apiId, resourceId, httpMethod, draft.statusCode), {
          method: "PUT",
          body: {},
        });
      }
      await fetchJson(consoleApi.integrationResponse(apiId, resourceId, httpMethod, draft.statusCode), {
        method: "PUT",
        body: { responseTemplates: { [JSON_TYPE]: draft.responseBody } },
      });
    },
    onSettled: invalidate,
  });
}
