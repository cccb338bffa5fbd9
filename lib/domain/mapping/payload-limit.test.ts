import { describe, expect, it } from "vitest";
import { exceedsPayloadLimit, PAYLOAD_LIMIT_BYTES } from "./payload-limit";

describe("payload limit", () => {
  it("allows exactly 10 MB and refuses one byte more", () => {
    expect(PAYLOAD_LIMIT_BYTES).toBe(10_485_760);
    expect(exceedsPayloadLimit(PAYLOAD_LIMIT_BYTES)).toBe(false);
    expect(exceedsPayloadLimit(PAYLOAD_LIMIT_BYTES + 1)).toBe(true);
    expect(exceedsPayloadLimit(new Uint8Array(11), 10)).toBe(true);
    expect(exceedsPayloadLimit(new Uint8Array(10), 10)).toBe(false);
  });
});
