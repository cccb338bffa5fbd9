import { describe, expect, it } from "vitest";
import { sideBySideRows, type DiffCell, type DiffRow } from "./side-by-side-rows";

const text = (cell: DiffCell | null) => (cell ? cell.segments.map((s) => s.text).join("") : null);
const picture = (rows: DiffRow[]) =>
  rows.map((row) => (row.type === "fold" ? `… ${row.count}` : `${row.left?.kind ?? "-"}:${text(row.left)} | ${row.right?.kind ?? "-"}:${text(row.right)}`));

describe("sideBySideRows", () => {
  it("puts a replaced line beside its replacement and marks only the words that differ", () => {
    const rows = sideBySideRows('{\n  "v": 1\n}', '{\n  "v": 2\n}');
    expect(picture(rows)).toEqual(["same:{ | same:{", 'removed:  "v": 1 | added:  "v": 2', "same:} | same:}"]);
    const changed = rows[1];
    if (changed.type !== "line") throw new Error("expected a line");
    expect(changed.left?.segments.filter((s) => s.changed).map((s) => s.text)).toEqual(["1"]);
    expect(changed.right?.segments.filter((s) => s.changed).map((s) => s.text)).toEqual(["2"]);
    expect([changed.left?.line, changed.right?.line]).toEqual([2, 2]);
  });

  it("leaves the other side empty when lines are only added or only removed, and numbers each side on its own", () => {
    const rows = sideBySideRows("a\nb\n", "a\nx\ny\nb\n");
    expect(picture(rows)).toEqual(["same:a | same:a", "-:null | added:x", "-:null | added:y", "same:b | same:b"]);
    const last = rows[3];
    expect(last.type === "line" && [last.left?.line, last.right?.line]).toEqual([2, 4]);
  });

  it("treats a missing side as empty: a new template is all added", () => {
    expect(picture(sideBySideRows(null, "one\ntwo"))).toEqual(["-:null | added:one", "-:null | added:two"]);
    expect(picture(sideBySideRows("gone", null))).toEqual(["removed:gone | -:null"]);
  });

  it("folds long unchanged stretches, keeping three lines of context next to each change", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const after = [...before];
    after[10] = "changed";
    const rows = sideBySideRows(before.join("\n"), after.join("\n"));
    expect(picture(rows)).toEqual([
      "… 7",
      "same:line 8 | same:line 8",
      "same:line 9 | same:line 9",
      "same:line 10 | same:line 10",
      "removed:line 11 | added:changed",
      "same:line 12 | same:line 12",
      "same:line 13 | same:line 13",
      "same:line 14 | same:line 14",
      "… 6",
    ]);
  });
});
