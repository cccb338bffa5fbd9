"use client";

import { useCallback, useState } from "react";

/** The Lambda console's "hello-world" test event template. */
export const DEFAULT_TEST_EVENT = `{\n  "key1": "value1",\n  "key2": "value2",\n  "key3": "value3"\n}\n`;

const storageKey = (functionName: string) => `portico:function-test-event:${functionName}`;

function read(functionName: string): string {
  try {
    return window.localStorage.getItem(storageKey(functionName)) ?? DEFAULT_TEST_EVENT;
  } catch {
    return DEFAULT_TEST_EVENT; // storage disabled (private mode, policy): the default event still works
  }
}

/**
 * The Test tab's event, kept per function in this browser's localStorage so it survives reloads. Only used
 * in components that render after the function has loaded on the client, so reading storage on the first
 * render cannot differ from a server render.
 */
export function useStoredEvent(functionName: string): [string, (event: string) => void] {
  const [event, setEventState] = useState(() => read(functionName));
  const setEvent = useCallback(
    (next: string) => {
      setEventState(next);
      try {
        window.localStorage.setItem(storageKey(functionName), next);
      } catch {
        // Not persisted; the event still works for this visit.
      }
    },
    [functionName],
  );
  return [event, setEvent];
}
