"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateRestApiInput } from "@/lib/schemas/rest-api.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { PageJson, RestApiJson } from "./types";
import { consoleApi } from "./urls";

export function useApis() {
  return useQuery({
    queryKey: queryKeys.apis.list(),
    queryFn: ({ signal }) => fetchJson<PageJson<RestApiJson>>(consoleApi.apis(), { signal }),
  });
}

export function useApi(apiId: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).summary(),
    queryFn: ({ signal }) => fetchJson<RestApiJson>(consoleApi.api(apiId), { signal }),
  });
}

export function useCreateApi() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRestApiInput) => fetchJson<RestApiJson>(consoleApi.apis(), { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apis.list() }),
  });
}

export function useDeleteApi() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (apiId: string) => fetchJson<void>(consoleApi.api(apiId), { method: "DELETE" }),
    onSuccess: (_data, apiId) => {
      queryClient.removeQueries({ queryKey: queryKeys.apis.detail(apiId).all });
      return queryClient.invalidateQueries({ queryKey: queryKeys.apis.list() });
    },
  });
}
