"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { consoleApi } from "@/lib/query/urls";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const router = useRouter();
  const queryClient = useQueryClient();

  async function signOut() {
    setPending(true);
    await fetch(consoleApi.session(), { method: "DELETE" }).catch(() => undefined);
    // Nothing of the old session may stay on screen or in the cache.
    queryClient.clear();
    router.replace("/login");
    router.refresh();
  }

  return (
    <Button variant="secondary" size="sm" onClick={signOut} pending={pending}>
      Sign out
    </Button>
  );
}
