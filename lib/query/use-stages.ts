"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateDeploymentInput, UpdateStageInput } from "@/lib/schemas/stage.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { DeploymentJson, PageJson, StageHistoryJson, StageJson, StageMetricsJson } from "./types";
import { consoleApi } from "./urls";

export function useStages(apiId: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).stages.list(),
    queryFn: ({ signal }) => fetchJson<{ items: StageJson[] }>(consoleApi.stages(apiId), { signal }),
    select: (data) => data.items,
  });
}

export function useStage(apiId: string, stageName: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).stages.detail(stageName).summary(),
    queryFn: ({ signal }) => fetchJson<StageJson>(consoleApi.stage(apiId, stageName), { signal }),
  });
}

export function useStageHistory(apiId: string, stageName: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).stages.detail(stageName).history(),
    queryFn: ({ signal }) => fetchJson<{ items: StageHistoryJson[] }>(consoleApi.stageHistory(apiId, stageName), { signal }),
    select: (data) => data.items,
  });
}

export function useDeployments(apiId: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).deployments.list(),
    queryFn: ({ signal }) => fetchJson<PageJson<DeploymentJson>>(consoleApi.deployments(apiId), { signal }),
    select: (page) => page.items,
  });
}

/** The last hour in one-minute buckets, refreshed every 10 s while the page is open. */
export function useStageMetrics(apiId: string, stageName: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).stages.detail(stageName).metrics(),
    queryFn: ({ signal }) => fetchJson<StageMetricsJson>(consoleApi.stageMetrics(apiId, stageName), { signal }),
    refetchInterval: 10_000,
  });
}

export function useCreateDeployment(apiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDeploymentInput) =>
      fetchJson<DeploymentJson>(consoleApi.deployments(apiId), { method: "POST", body: input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).deployments.all }),
        // A deployment with a stage name creates or moves that stage.
        queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).stages.all }),
      ]),
  });
}

export function useUpdateStage(apiId: string, stageName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateStageInput) =>
      fetchJson<StageJson>(consoleApi.stage(apiId, stageName), { method: "PATCH", body: input }),
    onSuccess: (stage) => {
      queryClient.setQueryData(queryKeys.apis.detail(apiId).stages.detail(stageName).summary(), stage);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).stages.detail(stageName).all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).stages.list() }),
      ]);
    },
  });
}
