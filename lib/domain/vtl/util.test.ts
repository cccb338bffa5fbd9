import { describe, expect, it } from "vitest";
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from "./util";

describe("$util functions", () => {
  it("escapeJavaScript writes characters outside the BMP as two \\u escapes (UTF-16), as Java does", () => {
    expect(escapeJavaScript("😀")).toBe("\\uD83D\\uDE00");
    // commons-lang escapes below U+0020 and above U+007F; DEL itself passes through.
    expect(escapeJavaScript("tab\tcr\rff\fbs\b\u001f\u007f")).toBe("tab\\tcr\\rff\\fbs\\b\\u001F\u007f");
  });

  it("urlEncode round-trips through urlDecode", () => {
    const s = "a b+c&d=é/€?😀";
    expect(urlDecode(urlEncode(s))).toBe(s);
    expect(urlEncode("+")).toBe("%2B");
  });

  it("urlDecode rejects illegal hex escapes like Java's URLDecoder", () => {
    expect(() => urlDecode("%zz")).toThrow(/Illegal hex characters/);
    expect(() => urlDecode("a%4")).toThrow(/Incomplete trailing escape/);
    expect(urlDecode("%41%42c")).toBe("ABc");
  });

  it("base64 covers all padding lengths and UTF-8", () => {
    expect(["", "f", "fo", "foo", "foob", "fooba", "foobar"].map(base64Encode)).toEqual(["", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"]);
    expect(base64Encode("日本")).toBe("5pel5pys");
  });

  it("base64Decode tolerates line breaks and the URL-safe alphabet", () => {
    expect(base64Decode("Zm9v\r\nYmFy")).toBe("foobar");
    expect(base64Decode("-_8")).toBe(base64Decode("+/8"));
    expect(base64Decode("Zm9vYg")).toBe("foob");
  });
});
