/** AWS's $context.requestId (a UUID) and $context.extendedRequestId (16 base64 characters, e.g. "MgbD4EZjoAMFXxA="). */
import { randomFillSync, randomUUID } from "node:crypto";

// Refilled in blocks so an id costs a slice, not a syscall.
const POOL_SIZE = 11 * 512;
const pool = Buffer.allocUnsafe(POOL_SIZE);
let offset = POOL_SIZE;

/** 11 random bytes in base64: 15 characters plus one "=", the shape of AWS's extended request id. */
export function newExtendedRequestId(): string {
  if (offset + 11 > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString("base64", offset, offset + 11);
  offset += 11;
  return id;
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * AWS lets a client supply its own request id; only a UUID is honoured (others are replaced, as AWS does).
 * We read it from `x-amzn-requestid`, the header AWS itself answers with.
 */
export function requestIdFor(clientValue: string | undefined): string {
  if (clientValue !== undefined && clientValue.length === 36 && UUID.test(clientValue)) return clientValue;
  return randomUUID();
}
