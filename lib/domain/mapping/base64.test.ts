import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "./base64";

const text = (value: string) => new TextEncoder().encode(value);

describe("base64", () => {
  it("encodes with padding like the standard alphabet", () => {
    expect(encodeBase64(text(""))).toBe("");
    expect(encodeBase64(text("f"))).toBe("Zg==");
    expect(encodeBase64(text("fo"))).toBe("Zm8=");
    expect(encodeBase64(text("foo"))).toBe("Zm9v");
    expect(encodeBase64(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("+/+/");
  });

  it("round-trips every byte value", () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(decodeBase64(encodeBase64(all))).toEqual(all);
    expect(encodeBase64(all)).toBe(btoa(String.fromCharCode(...all)));
  });

  it("decodes with or without padding and across line breaks", () => {
    expect(decodeBase64("Zm8=")).toEqual(text("fo"));
    expect(decodeBase64("Zm8")).toEqual(text("fo"));
    expect(decodeBase64("Zm9v\r\nYmFy")).toEqual(text("foobar"));
  });

  it("refuses text that is not base64", () => {
    expect(decodeBase64("Zm9v!")).toBeNull();
    expect(decodeBase64("Zm9v-_")).toBeNull();
    expect(decodeBase64("Z")).toBeNull();
    expect(decodeBase64("Zg==Zg==")).toBeNull();
    expect(decodeBase64("Zg=")).toBeNull();
    expect(decodeBase64("=")).toBeNull();
  });
});
