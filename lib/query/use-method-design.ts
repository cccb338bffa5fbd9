"use client";

import { useMutation } from "@tanstack/react-query";
import type { PutIntegrationInput, PutIntegrationResponseInput } from "@/lib/schemas/integration.schema";
import type { PutMethodResponseInput, UpdateMethodInput } from "@/lib/schemas/method.schema";
import { fetchJson } from "./fetch-json";
import type { MethodJson } from "./types";
import { consoleApi } from "./urls";
import { useInvalidateResources } from "./use-resources";

/**
 * The method page's saves, one per box of AWS's method execution flow. Each may take several management
 * calls, as AWS's console does; all refresh the resource tree (methods are embedded in it) when they settle,
 * also after a failure half-way, so the page shows what was really stored.
 */
export interface MethodRef {
  apiId: string;
  resourceId: string;
  httpMethod: string;
}

export function useUpdateMethodRequest({ apiId, resourceId, httpMethod }: MethodRef) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: (input: UpdateMethodInput) => fetchJson<MethodJson>(consoleApi.method(apiId, resourceId, httpMethod), { method: "PATCH", body: input }),
    onSettled: invalidate,
  });
}

/** A quick answer for a MOCK integration: the status the request template selects and its body. */
export interface MockResponse {
  statusCode: string;
  body: string;
  /** Status codes of the integration responses there now; a single other one is replaced. */
  existing: string[];
  methodResponses: string[];
}

export function useSaveIntegrationRequest({ apiId, resourceId, httpMethod }: MethodRef) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: async ({ integration, mock }: { integration: PutIntegrationInput; mock?: MockResponse }) => {
      await fetchJson(consoleApi.integration(apiId, resourceId, httpMethod), { method: "PUT", body: integration });
      if (!mock) return;
      // Only a lone response is swapped: with several, the integration response box is where they are edited.
      if (mock.existing.length === 1 && mock.existing[0] !== mock.statusCode) {
        await fetchJson(consoleApi.integrationResponse(apiId, resourceId, httpMethod, mock.existing[0]), { method: "DELETE" });
      }
      if (!mock.methodResponses.includes(mock.statusCode)) {
        await fetchJson(consoleApi.methodResponse(apiId, resourceId, httpMethod, mock.statusCode), { method: "PUT", body: {} });
      }
      await fetchJson(consoleApi.integrationResponse(apiId, resourceId, httpMethod, mock.statusCode), {
        method: "PUT",
        body: { responseTemplates: { "application/json": mock.body } },
      });
    },
    onSettled: invalidate,
  });
}

export interface SaveIntegrationResponse {
  /** The status code it had before, when editing; a changed code moves the response. */
  previousStatus?: string;
  statusCode: string;
  body: PutIntegrationResponseInput;
  /** Also declare the status as a method response, which AWS requires before it returns it. */
  createMethodResponse: boolean;
}

export function useSaveIntegrationResponse({ apiId, resourceId, httpMethod }: MethodRef) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: async ({ previousStatus, statusCode, body, createMethodResponse }: SaveIntegrationResponse) => {
      if (createMethodResponse) {
        await fetchJson(consoleApi.methodResponse(apiId, resourceId, httpMethod, statusCode), { method: "PUT", body: {} });
      }
      await fetchJson(consoleApi.integrationResponse(apiId, resourceId, httpMethod, statusCode), { method: "PUT", body });
      if (previousStatus && previousStatus !== statusCode) {
        await fetchJson(consoleApi.integrationResponse(apiId, resourceId, httpMethod, previousStatus), { method: "DELETE" });
      }
    },
    onSettled: invalidate,
  });
}

export function useDeleteIntegrationResponse({ apiId, resourceId, httpMethod }: MethodRef) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: (statusCode: string) => fetchJson<void>(consoleApi.integrationResponse(apiId, resourceId, httpMethod, statusCode), { method: "DELETE" }),
    onSettled: invalidate,
  });
}

export interface SaveMethodResponse {
  previousStatus?: string;
  statusCode: string;
  body: PutMethodResponseInput;
}

export function useSaveMethodResponse({ apiId, resourceId, httpMethod }: MethodRef) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: async ({ previousStatus, statusCode, body }: SaveMethodResponse) => {
      await fetchJson(consoleApi.methodResponse(apiId, resourceId, httpMethod, statusCode), { method: "PUT", body });
      if (previousStatus && previousStatus !== statusCode) {
        await fetchJson(consoleApi.methodResponse(apiId, resourceId, httpMethod, previousStatus), { method: "DELETE" });
      }
    },
    onSettled: invalidate,
  });
}

export function useDeleteMethodResponse({ apiId, resourceId, httpMethod }: MethodRef) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: (statusCode: string) => fetchJson<void>(consoleApi.methodResponse(apiId, resourceId, httpMethod, statusCode), { method: "DELETE" }),
    onSettled: invalidate,
  });
}
