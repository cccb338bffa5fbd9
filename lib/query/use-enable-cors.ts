"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { EnableCorsInput, EnableCorsResult } from "@/lib/schemas/cors.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { consoleApi } from "./urls";

export function useEnableCors(apiId: string, resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EnableCorsInput) => fetchJson<EnableCorsResult>(consoleApi.enableCors(apiId, resourceId), { method: "POST", body: input }),
    // Methods of the resource change, and DEFAULT_4XX/5XX when the dialog asked for them.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).resources.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.apis.detail(apiId).gatewayResponses.all }),
      ]),
  });
}
