"use client";

/** The Customers pages' data: API keys (AWS's ApiKey), their values on request, plan moves and daily usage. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ConsoleCreateApiKeyInput, UpdateApiKeyInput } from "@/lib/schemas/api-key.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type {
  ApiKeyDetailJson,
  ApiKeyJson,
  ApiKeyUsageDayJson,
  CreatedApiKeyJson,
  ImportedApiKeysJson,
} from "./types";
import { consoleApi } from "./urls";

const keys = queryKeys.apiKeys;

// Usage arrives through runtime telemetry a few seconds after the calls: the open page follows it.
const USAGE_REFRESH_MS = 5_000;

export function useApiKeys() {
  return useQuery({
    queryKey: keys.list(),
    queryFn: ({ signal }) => fetchJson<ApiKeyJson[]>(consoleApi.apiKeys(), { signal }),
    refetchInterval: USAGE_REFRESH_MS,
  });
}

export function useApiKey(keyId: string) {
  return useQuery({
    queryKey: keys.detail(keyId).summary(),
    queryFn: ({ signal }) => fetchJson<ApiKeyDetailJson>(consoleApi.apiKey(keyId), { signal }),
    refetchInterval: USAGE_REFRESH_MS,
  });
}

export function useApiKeyUsage(keyId: string, days: number) {
  return useQuery({
    queryKey: keys.detail(keyId).usage(days),
    queryFn: ({ signal }) => fetchJson<ApiKeyUsageDayJson[]>(consoleApi.apiKeyUsage(keyId, days), { signal }),
    refetchInterval: USAGE_REFRESH_MS,
  });
}

/** A mutation rather than a query: the value is fetched when asked for and never kept in the query cache. */
export function useRevealApiKeyValue(keyId: string) {
  return useMutation({
    mutationFn: () => fetchJson<{ value: string }>(consoleApi.apiKeyValue(keyId)),
  });
}

/** Keys and plans list each other (a plan's keys, a key's plan), so changes to either refresh both. */
function useInvalidateKeysAndPlans() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.usagePlans.all }),
    ]);
}

export function useCreateApiKey() {
  const invalidate = useInvalidateKeysAndPlans();
  return useMutation({
    mutationFn: (input: ConsoleCreateApiKeyInput) => fetchJson<CreatedApiKeyJson>(consoleApi.apiKeys(), { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useImportApiKeys() {
  const invalidate = useInvalidateKeysAndPlans();
  return useMutation({
    mutationFn: (input: { csv: string; failOnWarnings?: boolean }) =>
      fetchJson<ImportedApiKeysJson>(consoleApi.apiKeysImport(), { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateApiKey(keyId: string) {
  const invalidate = useInvalidateKeysAndPlans();
  return useMutation({
    mutationFn: (input: UpdateApiKeyInput) => fetchJson<ApiKeyJson>(consoleApi.apiKey(keyId), { method: "PATCH", body: input }),
    onSuccess: invalidate,
  });
}

export function useRotateApiKey(keyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<{ value: string }>(consoleApi.apiKeyRotate(keyId), { method: "POST" }),
    // The masked value changes; nothing about plans does.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useMoveApiKeyPlan(keyId: string) {
  const invalidate = useInvalidateKeysAndPlans();
  return useMutation({
    mutationFn: (usagePlanId: string | null) => fetchJson<unknown>(consoleApi.apiKeyPlan(keyId), { method: "PUT", body: { usagePlanId } }),
    onSuccess: invalidate,
  });
}

export function useDeleteApiKey() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateKeysAndPlans();
  return useMutation({
    mutationFn: (keyId: string) => fetchJson<void>(consoleApi.apiKey(keyId), { method: "DELETE" }),
    onSuccess: (_data, keyId) => {
      queryClient.removeQueries({ queryKey: keys.detail(keyId).all });
      return invalidate();
    },
  });
}
