import "server-only";

const encoder = new TextEncoder();

export interface SseWriter {
  event(name: string, data: unknown, id?: string | number): void;
  comment(text: string): void;
}

/**
 * A text/event-stream Response. `run` writes events until it returns or the client goes away (`signal`);
 * writes after the client left are dropped instead of throwing.
 */
export function sseResponse(signal: AbortSignal, run: (writer: SseWriter, signal: AbortSignal) => Promise<void>): Response {
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        try {
          controller.close();
        } catch {
          // already closed by the runtime after a disconnect
        }
      };
      signal.addEventListener("abort", close, { once: true });
      const write = (chunk: string) => {
        if (open) controller.enqueue(encoder.encode(chunk));
      };
      const writer: SseWriter = {
        event: (name, data, id) => write(`${id === undefined ? "" : `id: ${id}\n`}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`),
        comment: (text) => write(`: ${text}\n\n`),
      };
      try {
        await run(writer, signal);
      } catch (error) {
        if (!signal.aborted) writer.event("error", { message: error instanceof Error ? error.message : "Log stream failed." });
      } finally {
        close();
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      // Tells reverse proxies such as nginx not to buffer the stream.
      "x-accel-buffering": "no",
    },
  });
}

/** Resolves after `ms`, or early when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
