"use client";

/** The Usage plans pages' data: plans (AWS's UsagePlan) with their API stages and the keys attached to them. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { UsagePlanInputJson, UsagePlanJson } from "./types";
import { consoleApi } from "./urls";

const keys = queryKeys.usagePlans;

export function useUsagePlans() {
  return useQuery({
    queryKey: keys.list(),
    queryFn: ({ signal }) => fetchJson<UsagePlanJson[]>(consoleApi.usagePlans(), { signal }),
  });
}

export function useUsagePlan(planId: string) {
  return useQuery({
    queryKey: keys.detail(planId),
    queryFn: ({ signal }) => fetchJson<UsagePlanJson>(consoleApi.usagePlan(planId), { signal }),
  });
}

/** A key's plan shows on the Customers pages (name, quota), so plan changes refresh keys too. */
function useInvalidatePlansAndKeys() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
    ]);
}

export function useCreateUsagePlan() {
  const invalidate = useInvalidatePlansAndKeys();
  return useMutation({
    mutationFn: (input: UsagePlanInputJson) => fetchJson<UsagePlanJson>(consoleApi.usagePlans(), { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateUsagePlan(planId: string) {
  const invalidate = useInvalidatePlansAndKeys();
  return useMutation({
    mutationFn: (input: UsagePlanInputJson) => fetchJson<UsagePlanJson>(consoleApi.usagePlan(planId), { method: "PATCH", body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteUsagePlan() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePlansAndKeys();
  return useMutation({
    mutationFn: (planId: string) => fetchJson<void>(consoleApi.usagePlan(planId), { method: "DELETE" }),
    onSuccess: (_data, planId) => {
      queryClient.removeQueries({ queryKey: keys.detail(planId) });
      return invalidate();
    },
  });
}

export function useAddUsagePlanKey(planId: string) {
  const invalidate = useInvalidatePlansAndKeys();
  return useMutation({
    mutationFn: (keyId: string) => fetchJson<unknown>(consoleApi.usagePlanKeys(planId), { method: "POST", body: { keyId } }),
    onSuccess: invalidate,
  });
}

export function useRemoveUsagePlanKey(planId: string) {
  const invalidate = useInvalidatePlansAndKeys();
  return useMutation({
    mutationFn: (keyId: string) => fetchJson<void>(consoleApi.usagePlanKey(planId, keyId), { method: "DELETE" }),
    onSuccess: invalidate,
  });
}
