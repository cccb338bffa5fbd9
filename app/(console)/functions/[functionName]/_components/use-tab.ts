"use client";

import { useSearchParams } from "next/navigation";
import { useCallback } from "react";

export const FUNCTION_TABS = [
  { id: "code", label: "Code" },
  { id: "test", label: "Test" },
  { id: "configuration", label: "Configuration" },
  { id: "versions", label: "Versions & aliases" },
  { id: "invocations", label: "Invocations" },
] as const;

export type FunctionTab = (typeof FUNCTION_TABS)[number]["id"];

const isTab = (value: string | null): value is FunctionTab => FUNCTION_TABS.some((tab) => tab.id === value);

/** The open tab lives in ?tab= so a reload or a shared link opens the same one. */
export function useTab(): [FunctionTab, (tab: FunctionTab) => void] {
  const params = useSearchParams();
  const value = params.get("tab");
  const tab = isTab(value) ? value : "code";
  const setTab = useCallback((next: FunctionTab) => {
    // Next.js syncs useSearchParams with the native history API, without a server round trip.
    window.history.replaceState(null, "", `?tab=${next}`);
  }, []);
  return [tab, setTab];
}
