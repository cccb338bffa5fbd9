"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { StageLogging, UpdateStageLoggingInput } from "@/lib/schemas/stage.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { consoleApi } from "./urls";
import { stageSaved } from "./use-stages";

// Kept beside its hooks rather than in keys.ts and urls.ts: under the stage's detail prefix, so every stage
// save (stageSaved) refreshes it too.
const loggingKey = (apiId: string, stageName: string) => [...queryKeys.apis.detail(apiId).stages.detail(stageName).all, "logging"] as const;
const loggingUrl = (apiId: string, stageName: string) => `${consoleApi.stage(apiId, stageName)}/logging`;

/** The stage's access log settings (null while off) and log retention. */
export function useStageLogging(apiId: string, stageName: string) {
  return useQuery({
    queryKey: loggingKey(apiId, stageName),
    queryFn: ({ signal }) => fetchJson<StageLogging>(loggingUrl(apiId, stageName), { signal }),
  });
}

/** Saves access logging and retention; the stage's own view is refreshed since its settings changed. */
export function useUpdateStageLogging(apiId: string, stageName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateStageLoggingInput) => fetchJson<StageLogging>(loggingUrl(apiId, stageName), { method: "PATCH", body: input }),
    onSuccess: (logging) => {
      queryClient.setQueryData(loggingKey(apiId, stageName), logging);
      return stageSaved(queryClient, apiId, stageName, undefined);
    },
  });
}
