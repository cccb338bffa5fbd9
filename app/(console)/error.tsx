"use client";

import { Button } from "@/components/ui/button";

// Last-resort boundary for console pages: a render error shows this instead of a blank screen.
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto mt-16 flex max-w-md flex-col items-center gap-3 text-center">
      <h1 className="text-base font-semibold">This page failed to load</h1>
      <p className="text-zinc-500">
        {error.digest ? `Something went wrong on our side (reference ${error.digest}).` : error.message || "Something went wrong."}
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
