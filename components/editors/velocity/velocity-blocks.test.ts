import { describe, expect, it } from "vitest";
import { blockAt, scanBlocks } from "./velocity-blocks";

describe("scanBlocks", () => {
  it("pairs nested #if/#foreach with their #end, #else belonging to the #if", () => {
    const source = '#if($a)\n#foreach($x in $l)$x#end\n#else\nno\n#{end}';
    const scan = scanBlocks(source);
    expect(scan.unmatched).toEqual([]);
    expect(scan.blocks.map((b) => b.parts.map((p) => source.slice(p.start, p.end)))).toEqual([
      ["#if", "#else", "#{end}"],
      ["#foreach", "#end"],
    ]);
    expect(blockAt(scan, source.indexOf("#{end}") + 2)?.parts[0].name).toBe("if");
  });

  it("reports an #end without opener and an #if never closed, ignoring comments and escapes", () => {
    const source = "## #if in a comment\n#* #foreach *# \\#if #end\n#if($x)";
    const scan = scanBlocks(source);
    expect(scan.blocks).toEqual([]);
    expect(scan.unmatched.map((t) => t.name)).toEqual(["end", "if"]);
  });

  it("does not take #ifx or #endif for directives", () => {
    expect(scanBlocks("#ifx #endif").unmatched).toEqual([]);
  });
});

describe("velocityProblem", () => {
  it("names an unclosed block and passes a valid template", async () => {
    const { velocityProblem } = await import("./velocity-check");
    expect(velocityProblem('#if($input.params("a"))x')).toBe("An #if is never closed with #end.");
    expect(velocityProblem('{"id": "$input.params(\'id\')"}')).toBeNull();
  });
});
