"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateResourceInput } from "@/lib/schemas/resource.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { MethodJson, PageJson, ResourceJson } from "./types";
import { consoleApi } from "./urls";

/** The whole resource tree of an API, methods embedded (AWS's embed=methods). */
export function useResources(apiId: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).resources.list(),
    queryFn: ({ signal }) => fetchJson<PageJson<ResourceJson>>(consoleApi.resources(apiId), { signal }),
    select: (page) => page.items,
  });
}

/** Every change below an API's resources (resources, methods, integrations) refreshes this one list. */
function useInvalidateResources(apiId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).resources.all });
}

export function useCreateResource(apiId: string) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: (input: CreateResourceInput) =>
      fetchJson<ResourceJson>(consoleApi.resources(apiId), { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteResource(apiId: string) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: (resourceId: string) => fetchJson<void>(consoleApi.resource(apiId, resourceId), { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useCreateMethod(apiId: string) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: ({ resourceId, httpMethod }: { resourceId: string; httpMethod: string }) =>
      fetchJson<MethodJson>(consoleApi.method(apiId, resourceId, httpMethod), {
        method: "PUT",
        body: { authorizationType: "NONE" },
      }),
    onSuccess: invalidate,
  });
}

export function useDeleteMethod(apiId: string) {
  const invalidate = useInvalidateResources(apiId);
  return useMutation({
    mutationFn: ({ resourceId, httpMethod }: { resourceId: string; httpMethod: string }) =>
      fetchJson<void>(consoleApi.method(apiId, resourceId, httpMethod), { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export { useInvalidateResources };
