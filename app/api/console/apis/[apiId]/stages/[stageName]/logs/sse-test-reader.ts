/** Test helper: reads a text/event-stream Response as it arrives and lets a test wait for events. */

export interface SseEvent {
  event: string;
  id?: string;
  data: unknown;
}

export function readEvents(response: Response) {
  const events: SseEvent[] = [];
  let done = false;
  let wake: () => void = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));

  void (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        buffer += decoder.decode(value, { stream: true });
        let split: number;
        while ((split = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          const fields = new Map(block.split("\n").filter((l) => !l.startsWith(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
          if (fields.has("event")) events.push({ event: fields.get("event")!, id: fields.get("id"), data: JSON.parse(fields.get("data") ?? "null") });
        }
        wake();
      }
    } finally {
      done = true;
      wake();
    }
  })();

  async function until(test: (all: SseEvent[]) => boolean, timeoutMs: number): Promise<SseEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (!test(events)) {
      if (done) throw new Error(`stream ended; events so far: ${JSON.stringify(events)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms; events so far: ${JSON.stringify(events)}`);
      await Promise.race([changed(), new Promise((resolve) => setTimeout(resolve, left))]);
    }
    return [...events];
  }

  return {
    until,
    /** The first `count` events. */
    next: async (count: number, timeoutMs: number) => (await until((all) => all.length >= count, timeoutMs)).slice(0, count),
    /** True once the server closed the stream. */
    async closed(timeoutMs: number): Promise<boolean> {
      const deadline = Date.now() + timeoutMs;
      while (!done && Date.now() < deadline) await Promise.race([changed(), new Promise((resolve) => setTimeout(resolve, deadline - Date.now()))]);
      return done;
    },
  };
}
