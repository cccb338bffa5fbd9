"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateAccessKeyInput } from "@/lib/schemas/auth.schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import type { AccessKeyJson, CreatedAccessKeyJson } from "./types";
import { consoleApi } from "./urls";

export function useAccessKeys() {
  return useQuery({
    queryKey: queryKeys.accessKeys.list(),
    queryFn: ({ signal }) => fetchJson<{ items: AccessKeyJson[] }>(consoleApi.accessKeys(), { signal }),
    select: (data) => data.items,
  });
}

export function useCreateAccessKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAccessKeyInput) =>
      fetchJson<CreatedAccessKeyJson>(consoleApi.accessKeys(), { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessKeys.all }),
  });
}

export function useDeleteAccessKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accessKeyId: string) => fetchJson<void>(consoleApi.accessKey(accessKeyId), { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessKeys.all }),
  });
}
