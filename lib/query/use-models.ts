"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateModelInput, UpdateModelInput } from "@/lib/schemas/model.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { ModelJson, PageJson } from "./types";
import { consoleApi } from "./urls";

export function useModels(apiId: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).models.list(),
    queryFn: ({ signal }) => fetchJson<PageJson<ModelJson>>(consoleApi.models(apiId), { signal }),
    select: (page) => page.items,
  });
}

function useInvalidateModels(apiId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).models.all });
}

export function useCreateModel(apiId: string) {
  const invalidate = useInvalidateModels(apiId);
  return useMutation({
    mutationFn: (input: CreateModelInput) => fetchJson<ModelJson>(consoleApi.models(apiId), { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateModel(apiId: string) {
  const invalidate = useInvalidateModels(apiId);
  return useMutation({
    mutationFn: ({ name, ...input }: UpdateModelInput & { name: string }) =>
      fetchJson<ModelJson>(consoleApi.model(apiId, name), { method: "PATCH", body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteModel(apiId: string) {
  const invalidate = useInvalidateModels(apiId);
  return useMutation({
    mutationFn: (name: string) => fetchJson<void>(consoleApi.model(apiId, name), { method: "DELETE" }),
    onSuccess: invalidate,
  });
}
