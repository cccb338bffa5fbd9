import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { codeSha256Of } from "./function-code";
import {
  decodeSource,
  handlerFileCandidates,
  handlerLocation,
  isSafePackagePath,
  pickHandlerFile,
  replacePackageFile,
  starterSource,
  starterZip,
} from "./zip-source";

const texts = (zip: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]));

describe("handler files", () => {
  it("splits a handler at the first dot of its last path part, as the Node.js runtime does", () => {
    expect(handlerLocation("index.handler")).toEqual({ modulePath: "index", exportPath: ["handler"] });
    expect(handlerLocation("src/app.routes.main")).toEqual({ modulePath: "src/app", exportPath: ["routes", "main"] });
    expect(handlerFileCandidates("src/app.main")).toEqual(["src/app", "src/app.js", "src/app.mjs", "src/app.cjs"]);
  });

  it("picks .js before .mjs before .cjs, and proposes a new .mjs when the package has none", () => {
    expect(pickHandlerFile(["index.cjs", "index.mjs", "index.js"], "index.handler")).toEqual({ path: "index.js", exists: true });
    expect(pickHandlerFile(["index.cjs", "index.mjs"], "index.handler")).toEqual({ path: "index.mjs", exists: true });
    expect(pickHandlerFile(["lib/util.js"], "src/app.handler")).toEqual({ path: "src/app.mjs", exists: false });
  });

  it("refuses paths that would leave the package or name a folder", () => {
    expect(["index.mjs", "src/app.js"].map(isSafePackagePath)).toEqual([true, true]);
    expect(["", "/etc/passwd", "../x.js", "a/../../x.js", "a//b.js", "a\\b.js", "src/", "./a.js"].map(isSafePackagePath)).toEqual(
      Array(8).fill(false),
    );
  });

  it("reads UTF-8 text and refuses binary files", () => {
    expect(decodeSource(strToU8("const é = 1;"))).toBe("const é = 1;");
    expect(decodeSource(new Uint8Array([0xff, 0xfe, 0x00, 0xc3]))).toBeNull();
  });
});

describe("replacePackageFile", () => {
  const original = zipSync({ "index.mjs": strToU8("old"), "lib/util.mjs": strToU8("util"), "data.bin": new Uint8Array([0, 255, 7]) });

  it("replaces the edited file and keeps every other file byte for byte, in order", () => {
    const next = replacePackageFile(original, "index.mjs", "new");
    const files = unzipSync(next);
    expect(Object.keys(files)).toEqual(["index.mjs", "lib/util.mjs", "data.bin"]);
    expect(strFromU8(files["index.mjs"])).toBe("new");
    expect(strFromU8(files["lib/util.mjs"])).toBe("util");
    expect([...files["data.bin"]]).toEqual([0, 255, 7]);
  });

  it("adds a file the package did not have at the end", () => {
    expect(Object.keys(texts(replacePackageFile(original, "src/app.mjs", "x")))).toEqual(["index.mjs", "lib/util.mjs", "data.bin", "src/app.mjs"]);
  });

  it("gives the same CodeSha256 for the same files, so publishing an unchanged save is a no-op", () => {
    const first = replacePackageFile(original, "index.mjs", "same");
    const second = replacePackageFile(replacePackageFile(original, "index.mjs", "other"), "index.mjs", "same");
    expect(codeSha256Of(second)).toBe(codeSha256Of(first));
  });

  it("refuses a package that is not a zip with Lambda's message", () => {
    expect(() => replacePackageFile(strToU8("not a zip"), "index.mjs", "x")).toThrow(/Could not unzip uploaded file/);
  });
});

describe("starter code", () => {
  it("exports the handler's name from a .mjs module beside the handler path", () => {
    expect(texts(starterZip("index.handler"))).toEqual({
      "index.mjs": 'export const handler = async (event, context) => ({\n  statusCode: 200,\n  body: JSON.stringify({ hello: "world" }),\n});\n',
    });
    expect(starterSource("src/app.main").path).toBe("src/app.mjs");
    expect(starterSource("src/app.main").text).toMatch(/^export const main = async \(event, context\)/);
  });

  it("nests objects for a dotted export path and quotes export names that are not identifiers", () => {
    expect(starterSource("app.routes.get").text).toMatch(/^export const routes = \{ get: async \(event, context\) => /);
    expect(starterSource("app.my-handler").text).toMatch(/export \{ exported as "my-handler" \};\n$/);
  });
});
