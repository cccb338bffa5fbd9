"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateRequestValidatorInput, UpdateRequestValidatorInput } from "@/lib/schemas/request-validator.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { PageJson, RequestValidatorJson } from "./types";
import { consoleApi } from "./urls";

export function useRequestValidators(apiId: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).requestValidators.list(),
    queryFn: ({ signal }) => fetchJson<PageJson<RequestValidatorJson>>(consoleApi.requestValidators(apiId), { signal }),
    select: (page) => page.items,
  });
}

function useInvalidateValidators(apiId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).requestValidators.all });
}

export function useCreateRequestValidator(apiId: string) {
  const invalidate = useInvalidateValidators(apiId);
  return useMutation({
    mutationFn: (input: CreateRequestValidatorInput) =>
      fetchJson<RequestValidatorJson>(consoleApi.requestValidators(apiId), { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateRequestValidator(apiId: string) {
  const invalidate = useInvalidateValidators(apiId);
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateRequestValidatorInput & { id: string }) =>
      fetchJson<RequestValidatorJson>(consoleApi.requestValidator(apiId, id), { method: "PATCH", body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteRequestValidator(apiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<void>(consoleApi.requestValidator(apiId, id), { method: "DELETE" }),
    // Methods that named the validator stop naming it, so the resource tree changes too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).requestValidators.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).resources.all }),
      ]),
  });
}
