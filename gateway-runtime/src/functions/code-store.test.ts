import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CodeStore, InvalidFunctionSpecError, packagePath } from "./code-store";

const root = mkdtempSync(path.join(tmpdir(), "portico-code-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bytes = (text: string) => new TextEncoder().encode(text);

describe("packagePath", () => {
  it.each([
    ["index.js", "index.js"],
    ["./src/app.js", "src/app.js"],
    ["src/../app.js", "app.js"],
    ["lib/", null],
  ])("keeps %s inside the package as %s", (name, expected) => {
    expect(packagePath(name)).toBe(expected);
  });

  it.each([["../x.js"], ["a/../../x.js"], ["/etc/passwd"], ["C:\\x.js"], [""], ["."], ["a\0b"]])("refuses %j", (name) => {
    expect(() => packagePath(name)).toThrow(InvalidFunctionSpecError);
  });
});

describe("CodeStore", () => {
  it("writes a key's files once, even for concurrent callers, and reuses what another store wrote", async () => {
    const store = new CodeStore(root);
    const [a, b] = await Promise.all([
      store.taskRoot("k1", { "index.js": bytes("first") }),
      store.taskRoot("k1", { "index.js": bytes("second") }),
    ]);
    expect(a).toBe(path.join(root, "k1"));
    expect(b).toBe(a);
    expect(readFileSync(path.join(a, "index.js"), "utf8")).toBe("first");
    const again = await new CodeStore(root).taskRoot("k1", { "index.js": bytes("third") });
    expect(readFileSync(path.join(again, "index.js"), "utf8")).toBe("first");
  });

  it("leaves no staging directory behind when a file name is refused", async () => {
    const store = new CodeStore(root);
    await expect(store.taskRoot("k2", { "ok.js": bytes(""), "../bad.js": bytes("") })).rejects.toThrow(InvalidFunctionSpecError);
    expect(readdirSync(root).filter((name) => name.startsWith(".staging"))).toEqual([]);
  });
});
