"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CanarySettingsInput } from "@/lib/schemas/stage.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { CanaryPromotionJson, StageJson } from "./types";
import { consoleApi } from "./urls";
import { stageSaved } from "./use-stages";

/** Creates the stage's canary or changes it (percent, overrides, stage cache use, deployment). */
export function usePutCanary(apiId: string, stageName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CanarySettingsInput) => fetchJson<StageJson>(consoleApi.stageCanary(apiId, stageName), { method: "PUT", body: input }),
    onSuccess: (stage) => stageSaved(queryClient, apiId, stageName, stage),
  });
}

export function useDeleteCanary(apiId: string, stageName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<StageJson | undefined>(consoleApi.stageCanary(apiId, stageName), { method: "DELETE" }),
    onSuccess: (stage) => stageSaved(queryClient, apiId, stageName, stage),
  });
}

/** What promoting would do (deployment and variables before and after); read while the preview is open. */
export function useCanaryPromotion(apiId: string, stageName: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).stages.detail(stageName).canaryPromotion(),
    queryFn: ({ signal }) => fetchJson<CanaryPromotionJson>(consoleApi.stageCanaryPromotion(apiId, stageName), { signal }),
    enabled,
  });
}

/** Promotes the canary: its deployment and variable overrides become the stage's (AWS's promotion patches). */
export function usePromoteCanary(apiId: string, stageName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<StageJson>(consoleApi.stageCanaryPromotion(apiId, stageName), { method: "POST" }),
    onSuccess: (stage) => stageSaved(queryClient, apiId, stageName, stage),
  });
}
