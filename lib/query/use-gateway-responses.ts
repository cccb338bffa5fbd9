"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PutGatewayResponseInput } from "@/lib/schemas/gateway-response.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { GatewayResponseJson, PageJson } from "./types";
import { consoleApi } from "./urls";

export function useGatewayResponses(apiId: string) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).gatewayResponses.list(),
    queryFn: ({ signal }) => fetchJson<PageJson<GatewayResponseJson>>(consoleApi.gatewayResponses(apiId), { signal }),
    select: (page) => page.items,
  });
}

function useInvalidateGatewayResponses(apiId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).gatewayResponses.all });
}

export function usePutGatewayResponse(apiId: string) {
  const invalidate = useInvalidateGatewayResponses(apiId);
  return useMutation({
    mutationFn: ({ responseType, ...input }: PutGatewayResponseInput & { responseType: string }) =>
      fetchJson<GatewayResponseJson>(consoleApi.gatewayResponse(apiId, responseType), { method: "PUT", body: input }),
    onSuccess: invalidate,
  });
}

/** Back to AWS's default for the type. */
export function useResetGatewayResponse(apiId: string) {
  const invalidate = useInvalidateGatewayResponses(apiId);
  return useMutation({
    mutationFn: (responseType: string) => fetchJson<void>(consoleApi.gatewayResponse(apiId, responseType), { method: "DELETE" }),
    onSuccess: invalidate,
  });
}
