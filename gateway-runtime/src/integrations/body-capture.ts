/**
 * Data trace for streamed bodies (HTTP_PROXY): the first 1 KB of a body that passes through untouched, for the
 * execution log, which AWS also cuts at 1 KB. Used only when the method has dataTraceEnabled.
 */
import { Transform, type Readable } from "node:stream";
import { MAX_LOGGED_BODY_BYTES } from "../telemetry/execution-log-format";

/** Collects up to 1 KB of the chunks it is shown; `text()` is that head, cut where the limit fell. */
export class BodyHead {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private total = 0;

  add(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.size >= MAX_LOGGED_BODY_BYTES) return;
    const part = chunk.length + this.size > MAX_LOGGED_BODY_BYTES ? chunk.subarray(0, MAX_LOGGED_BODY_BYTES - this.size) : chunk;
    this.chunks.push(Buffer.from(part));
    this.size += part.length;
  }

  /** The head, one byte over when more followed, so the log's truncation marker shows. */
  bytes(): Buffer {
    const head = Buffer.concat(this.chunks, this.size);
    return this.total > this.size ? Buffer.concat([head, Buffer.alloc(1)]) : head;
  }
}

/** `source` piped through a pass-through that shows every chunk to `head`; `onEnd` runs once it has all passed. */
export function capturing(source: Readable, head: BodyHead, onEnd: () => void): Readable {
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      head.add(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      onEnd();
      callback();
    },
  });
  source.on("error", (error) => tap.destroy(error));
  return source.pipe(tap);
}
