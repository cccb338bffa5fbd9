"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { consoleApi } from "@/lib/query/urls";

export function SignOutButton() {
  const [pending, setPending] = useState(false);

  async function signOut() {
    setPending(true);
    await fetch(consoleApi.session(), { method: "DELETE" }).catch(() => undefined);
    // A full navigation drops every cached query of the old session.
    window.location.assign("/login");
  }

  return (
    <Button variant="secondary" size="sm" onClick={signOut} pending={pending}>
      Sign out
    </Button>
  );
}
