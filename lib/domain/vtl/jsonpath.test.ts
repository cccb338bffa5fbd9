import { describe, expect, it } from "vitest";
import { parseJson } from "./json";
import { NOT_FOUND, readPath } from "./jsonpath";
import { toJsonText } from "./text";
import type { VtlValue } from "./values";

const STORE = parseJson(
  JSON.stringify({
    store: {
      book: [
        { category: "reference", author: "Nigel Rees", title: "Sayings of the Century", price: 8.95 },
        { category: "fiction", author: "Evelyn Waugh", title: "Sword of Honour", price: 12.99 },
        { category: "fiction", author: "Herman Melville", title: "Moby Dick", isbn: "0-553-21311-3", price: 8.99 },
        { category: "fiction", author: "J. R. R. Tolkien", title: "The Lord of the Rings", isbn: "0-395-19395-8", price: 22.99 },
      ],
      bicycle: { color: "red", price: 19.95 },
      "odd key": { "a.b": 1 },
    },
    expensive: 10,
  }),
);

function json(path: string): string {
  const v = readPath(STORE, path);
  return v === NOT_FOUND ? "NOT_FOUND" : toJsonText(v as VtlValue);
}

// Expected results follow the examples in the Jayway JsonPath README (https://github.com/json-path/JsonPath).
describe("JSONPath as Jayway evaluates it", () => {
  it("a definite path yields one value; a missing one yields NOT_FOUND", () => {
    expect(json("$.store.bicycle.color")).toBe('"red"');
    expect(json("$.store.book[0].title")).toBe('"Sayings of the Century"');
    expect(json("$['store']['odd key']['a.b']")).toBe("1");
    expect(json("$.store.nothing")).toBe("NOT_FOUND");
    expect(json("$.store.book[9]")).toBe("NOT_FOUND");
  });

  it("reads 'store.bicycle' as '$.store.bicycle'", () => {
    expect(json("store.bicycle.color")).toBe('"red"');
  });

  it("wildcards, deep scans, unions and slices yield lists", () => {
    expect(json("$.store.book[*].author")).toBe('["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"]');
    expect(json("$..price")).toBe("[8.95,12.99,8.99,22.99,19.95]");
    expect(json("$.store.book[0,1].price")).toBe("[8.95,12.99]");
    expect(json("$.store.book[:2].price")).toBe("[8.95,12.99]");
    expect(json("$.store.book[-2:].price")).toBe("[8.99,22.99]");
    expect(json("$.store.book[-1].title")).toBe('"The Lord of the Rings"');
    expect(json("$.store.bicycle['color','price']")).toBe('["red",19.95]');
  });

  it("filters compare, check existence, combine with && and ||, and match regexes", () => {
    expect(json("$.store.book[?(@.isbn)].title")).toBe('["Moby Dick","The Lord of the Rings"]');
    expect(json("$.store.book[?(@.price < 10)].price")).toBe("[8.95,8.99]");
    expect(json("$.store.book[?(@.price < $.expensive)].price")).toBe("[8.95,8.99]");
    expect(json("$.store.book[?(@.category == 'fiction' && @.price > 20)].title")).toBe('["The Lord of the Rings"]');
    expect(json("$.store.book[?(@.price > 20 || @.category == 'reference')].price")).toBe("[8.95,22.99]");
    expect(json("$.store.book[?(@.author =~ /.*rees/i)].price")).toBe("[8.95]");
    expect(json("$.store.book[?(@.category in ['reference'])].price")).toBe("[8.95]");
    expect(json("$.store.book[?(!(@.price > 9))].price")).toBe("[8.95,8.99]");
  });

  it("length() counts the result", () => {
    expect(json("$.store.book.length()")).toBe("4");
    expect(json("$..book[?(@.isbn)].length()")).toBe("2");
  });

  it("rejects paths it cannot parse with Jayway's InvalidPathException", () => {
    expect(() => readPath(STORE, "$.store[")).toThrow(/InvalidPathException/);
    expect(() => readPath(STORE, "$.a[?(@.b ==)]")).toThrow(/InvalidPathException/);
  });
});
