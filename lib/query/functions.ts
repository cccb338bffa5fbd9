"use client";

/** The Functions pages' data: console API URLs, the JSON they answer, and the query/mutation hooks. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FunctionAliasView, FunctionVersionView } from "@/lib/domain/functions/views";
import type {
  CreateAliasFormInput,
  CreateFunctionFormInput,
  PublishVersionFormInput,
  SaveFunctionSourceInput,
  TestInvokeInput,
  UpdateAliasFormInput,
  UpdateFunctionConfigurationFormInput,
} from "@/lib/schemas/function.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { Jsonified } from "./types";

const enc = encodeURIComponent;

export const functionsApi = {
  list: () => "/api/console/functions",
  detail: (name: string) => `/api/console/functions/${enc(name)}`,
  code: (name: string) => `${functionsApi.detail(name)}/code`,
  versions: (name: string) => `${functionsApi.detail(name)}/versions`,
  aliases: (name: string) => `${functionsApi.detail(name)}/aliases`,
  alias: (name: string, alias: string) => `${functionsApi.aliases(name)}/${enc(alias)}`,
  invocations: (name: string) => `${functionsApi.detail(name)}/invocations`,
  invoke: (name: string) => `${functionsApi.detail(name)}/invoke`,
};

export type FunctionJson = Jsonified<FunctionVersionView>;
export type FunctionSummaryJson = FunctionJson & { versionsCount: number };
export type FunctionAliasJson = FunctionAliasView;

export interface FunctionInvocationJson {
  id: string;
  qualifier: string;
  requestId: string;
  /** Success | Unhandled | Timeout */
  status: string;
  durationMs: number;
  errorType: string | null;
  logTail: string;
  /** api | console | gateway */
  source: string;
  createdAt: string;
}

export interface FunctionSourceJson {
  functionName: string;
  handler: string;
  path: string;
  source: string | null;
  exists: boolean;
  reason?: string;
  codeSha256: string;
  files: { path: string; size: number }[];
}

export interface TestInvokeJson {
  status: "Succeeded" | "Failed";
  requestId: string;
  executedVersion: string;
  durationMs: number;
  payload: string;
  error: { errorType: string; errorMessage: string; trace: string[]; kind: string } | null;
  logs: string;
}

const keys = queryKeys.functions;

export function useFunctions() {
  return useQuery({
    queryKey: keys.list(),
    queryFn: ({ signal }) => fetchJson<{ items: FunctionSummaryJson[] }>(functionsApi.list(), { signal }),
    select: (data) => data.items,
  });
}

export function useFunction(name: string) {
  return useQuery({
    queryKey: keys.detail(name).summary(),
    queryFn: ({ signal }) => fetchJson<FunctionJson>(functionsApi.detail(name), { signal }),
  });
}

export function useFunctionSource(name: string) {
  return useQuery({
    queryKey: keys.detail(name).code(),
    queryFn: ({ signal }) => fetchJson<FunctionSourceJson>(functionsApi.code(name), { signal }),
    // The editor holds the user's draft; a background refetch must not move the base code under it.
    refetchOnWindowFocus: false,
  });
}

export function useFunctionVersions(name: string) {
  return useQuery({
    queryKey: keys.detail(name).versions.list(),
    queryFn: ({ signal }) => fetchJson<{ items: FunctionJson[] }>(functionsApi.versions(name), { signal }),
    select: (data) => data.items,
  });
}

export function useFunctionAliases(name: string) {
  return useQuery({
    queryKey: keys.detail(name).aliases.list(),
    queryFn: ({ signal }) => fetchJson<{ items: FunctionAliasJson[] }>(functionsApi.aliases(name), { signal }),
    select: (data) => data.items,
  });
}

/** Gateway and API calls are recorded too, so the list refreshes while the page is open. */
export function useFunctionInvocations(name: string) {
  return useQuery({
    queryKey: keys.detail(name).invocations.list(),
    queryFn: ({ signal }) => fetchJson<{ items: FunctionInvocationJson[] }>(functionsApi.invocations(name), { signal }),
    select: (data) => data.items,
    refetchInterval: 10_000,
  });
}

export function useCreateFunction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFunctionFormInput) => fetchJson<FunctionJson>(functionsApi.list(), { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.list() }),
  });
}

export function useDeleteFunction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => fetchJson<void>(functionsApi.detail(name), { method: "DELETE" }),
    onSuccess: (_data, name) => {
      queryClient.removeQueries({ queryKey: keys.detail(name).all });
      return queryClient.invalidateQueries({ queryKey: keys.list() });
    },
  });
}

/** $LATEST changed: its summary (set from the answer), its row in the versions list and the functions list. */
function useLatestChanged(name: string) {
  const queryClient = useQueryClient();
  return (latest: FunctionJson) => {
    queryClient.setQueryData(keys.detail(name).summary(), latest);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.detail(name).versions.all }),
      queryClient.invalidateQueries({ queryKey: keys.list() }),
    ]);
  };
}

export function useUpdateFunctionConfiguration(name: string) {
  const queryClient = useQueryClient();
  const latestChanged = useLatestChanged(name);
  return useMutation({
    mutationFn: (input: UpdateFunctionConfigurationFormInput) =>
      fetchJson<FunctionJson>(functionsApi.detail(name), { method: "PATCH", body: input }),
    onSuccess: (latest, input) => {
      // Another handler may live in another file of the package: the editor opens that one.
      if (input.handler !== undefined) void queryClient.invalidateQueries({ queryKey: keys.detail(name).code() });
      return latestChanged(latest);
    },
  });
}

export function useSaveFunctionSource(name: string) {
  const queryClient = useQueryClient();
  const latestChanged = useLatestChanged(name);
  return useMutation({
    mutationFn: (input: SaveFunctionSourceInput) => fetchJson<FunctionJson>(functionsApi.code(name), { method: "PUT", body: input }),
    onSuccess: (latest, input) => {
      // The saved text becomes the editor's base at once (no flash of the old code while the refetch runs).
      queryClient.setQueryData<FunctionSourceJson>(keys.detail(name).code(), (old) =>
        old ? { ...old, path: input.path, source: input.source, exists: true, codeSha256: latest.codeSha256 } : old,
      );
      void queryClient.invalidateQueries({ queryKey: keys.detail(name).code() });
      return latestChanged(latest);
    },
  });
}

export function usePublishVersion(name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishVersionFormInput) => fetchJson<FunctionJson>(functionsApi.versions(name), { method: "POST", body: input }),
    // Publishing gives $LATEST a new RevisionId and the function one more version.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.detail(name).versions.all }),
        queryClient.invalidateQueries({ queryKey: keys.detail(name).summary() }),
        queryClient.invalidateQueries({ queryKey: keys.list() }),
      ]),
  });
}

function useInvalidateAliases(name: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.detail(name).aliases.all });
}

export function useCreateAlias(name: string) {
  const invalidate = useInvalidateAliases(name);
  return useMutation({
    mutationFn: (input: CreateAliasFormInput) => fetchJson<FunctionAliasJson>(functionsApi.aliases(name), { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateAlias(name: string) {
  const invalidate = useInvalidateAliases(name);
  return useMutation({
    mutationFn: ({ alias, input }: { alias: string; input: UpdateAliasFormInput }) =>
      fetchJson<FunctionAliasJson>(functionsApi.alias(name, alias), { method: "PATCH", body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteAlias(name: string) {
  const invalidate = useInvalidateAliases(name);
  return useMutation({
    mutationFn: (alias: string) => fetchJson<void>(functionsApi.alias(name, alias), { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useTestInvoke(name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TestInvokeInput) => fetchJson<TestInvokeJson>(functionsApi.invoke(name), { method: "POST", body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.detail(name).invocations.all }),
  });
}
