"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PutMethodSettingInput, UpdateStageCacheInput } from "@/lib/schemas/stage.schema";
import { fetchJson } from "./fetch-json";
import type { StageJson } from "./types";
import { consoleApi } from "./urls";
import { stageSaved } from "./use-stages";

/** Sets (or, with `setting: null`, removes) the stage-wide "*\/*" entry or one method's override. */
export function usePutMethodSetting(apiId: string, stageName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PutMethodSettingInput) =>
      fetchJson<StageJson>(consoleApi.stageMethodSettings(apiId, stageName), { method: "PUT", body: input }),
    onSuccess: (stage) => stageSaved(queryClient, apiId, stageName, stage),
  });
}

/** Turns the stage's cache cluster on or off, or resizes it (a resize starts empty, as on AWS). */
export function useUpdateStageCache(apiId: string, stageName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateStageCacheInput) => fetchJson<StageJson>(consoleApi.stageCache(apiId, stageName), { method: "PUT", body: input }),
    onSuccess: (stage) => stageSaved(queryClient, apiId, stageName, stage),
  });
}

/** AWS's FlushStageCache: every cached response of the stage is gone with the runtimes' next config. */
export function useFlushStageCache(apiId: string, stageName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<undefined>(consoleApi.stageCache(apiId, stageName), { method: "DELETE" }),
    onSuccess: () => stageSaved(queryClient, apiId, stageName, undefined),
  });
}
