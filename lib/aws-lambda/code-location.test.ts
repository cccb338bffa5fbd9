import { describe, expect, it } from "vitest";
import { readReceivedRequest } from "@/lib/aws/received-request";
import { CODE_URL_EXPIRES_SECONDS, presignCodeUrl, verifyCodeUrl } from "./code-location";

const KEY = { accessKeyId: "AKIACODELOCATION0001", secretAccessKey: "code-location-secret" };
const lookup = async (id: string) => (id === KEY.accessKeyId ? KEY.secretAccessKey : null);
const NOW = new Date("2026-11-21T19:00:00Z");
// Base64 with "+", "/" and "=", so the URL form is exercised.
const SHA = "a+b/c=";

async function check(url: string, at: Date, host?: string) {
  const parsed = new URL(url);
  const request = new Request(url, { headers: { host: host ?? parsed.host } });
  return verifyCodeUrl(await readReceivedRequest(request), lookup, at);
}

describe("presigned code locations", () => {
  it("verifies its own URL and names the code in URL-safe base64", async () => {
    const url = await presignCodeUrl("http://localhost:3000", SHA, KEY, NOW);
    expect(url).toMatch(/^http:\/\/localhost:3000\/2015-03-31\/function-code\/a-b_c\?X-Amz-Algorithm=AWS4-HMAC-SHA256&/);
    expect(url).toContain(`X-Amz-Expires=${CODE_URL_EXPIRES_SECONDS}`);
    await expect(check(url, new Date(NOW.getTime() + 599_000))).resolves.toBe("a-b_c");
  });

  it("refuses it after ten minutes, on another host, or with another code path", async () => {
    const url = await presignCodeUrl("http://localhost:3000", SHA, KEY, NOW);
    await expect(check(url, new Date(NOW.getTime() + 601_000))).rejects.toMatchObject({ type: "AccessDeniedException", message: "Request has expired" });
    await expect(check(url, NOW, "evil.example:3000")).rejects.toMatchObject({ type: "AccessDeniedException" });
    await expect(check(url.replace("a-b_c", "other"), NOW)).rejects.toMatchObject({ type: "AccessDeniedException" });
  });
});
