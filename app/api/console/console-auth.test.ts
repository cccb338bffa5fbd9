/** Every console page and console API route needs a session; sign-in sets an httpOnly SameSite cookie. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPortico, type PorticoInstance } from "@/scripts/testing/portico-harness";

describe("console sessions (real server)", () => {
  let portico: PorticoInstance;
  beforeAll(async () => {
    portico = await startPortico();
  }, 600_000);
  afterAll(() => portico?.stop());

  const signIn = (password: string) =>
    fetch(`${portico.consoleUrl}/api/console/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: portico.adminEmail, password }),
    });

  it("refuses console API routes without a session", async () => {
    for (const path of ["/api/console/apis", "/api/console/access-keys"]) {
      const response = await fetch(`${portico.consoleUrl}${path}`);
      expect(response.status, path).toBe(401);
    }
  });

  it("redirects console pages to the sign-in page without a session", async () => {
    const response = await fetch(`${portico.consoleUrl}/apis`, { redirect: "manual" });
    expect([302, 303, 307, 308]).toContain(response.status);
    expect(response.headers.get("location")).toMatch(/\/login/);
  });

  it("refuses a wrong password with one message, slowly", async () => {
    const started = Date.now();
    const response = await signIn("not-the-password");
    expect(response.status).toBe(401);
    expect(JSON.stringify(await response.json())).toContain("Wrong e-mail or password.");
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it("signs in with an httpOnly SameSite cookie that opens the console API, and signs out", async () => {
    const response = await signIn(portico.adminPassword);
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/portico_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    const session = cookie.split(";")[0];
    expect((await fetch(`${portico.consoleUrl}/api/console/apis`, { headers: { cookie: session } })).status).toBe(200);
    await fetch(`${portico.consoleUrl}/api/console/session`, { method: "DELETE", headers: { cookie: session } });
    expect((await fetch(`${portico.consoleUrl}/api/console/apis`, { headers: { cookie: session } })).status).toBe(401);
  });
});
