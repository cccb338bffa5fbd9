"use client";

import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { consoleDeploySchema, UpdateStageInput } from "@/lib/schemas/stage.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { DeployedMethodJson, DeploymentDiffJson, DeploymentJson, PageJson, StageHistoryJson, StageJson } from "./types";
import { consoleApi } from "./urls";

/** The console's deploy body: with `canary` and a stage name, the new deployment becomes that stage's canary. */
export type ConsoleDeployInput = z.input<typeof consoleDeploySchema>;

/** Every stage mutation answers with the stage: show it at once, then refresh what hangs off it. */
export function stageSaved(queryClient: QueryClient, apiId: string, stageName: string, stage: StageJson | undefined) {
  const keys = queryKeys.apis.detail(apiId).stages;
  if (stage) queryClient.setQueryData(keys.detail(stageName).summary(), stage);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.detail(stageName).all }),
    queryClient.invalidateQueries({ queryKey: keys.list() }),
  ]);
}

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

/** What moving a stage from deployment `from` to `to` changes; idle until both are chosen. */
export function useDeploymentDiff(apiId: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).deployments.diff(from ?? "", to ?? ""),
    queryFn: ({ signal }) => fetchJson<DeploymentDiffJson>(consoleApi.deploymentDiff(apiId, from ?? "", to ?? ""), { signal }),
    enabled: Boolean(from && to),
    // Deployments never change: a diff once read stays right.
    staleTime: Infinity,
  });
}

/** The resource paths and methods a deployment serves (what per-method settings can name). */
export function useDeployedMethods(apiId: string, deploymentId: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).deployments.methods(deploymentId),
    queryFn: ({ signal }) => fetchJson<{ items: DeployedMethodJson[] }>(consoleApi.deploymentMethods(apiId, deploymentId), { signal }),
    select: (data) => data.items,
    staleTime: Infinity,
  });
}

export function useCreateDeployment(apiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConsoleDeployInput) =>
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
    onSuccess: (stage) => stageSaved(queryClient, apiId, stageName, stage),
  });
}
