/**
 * Where a long template may be cut into separately parsed pieces. velocityjs builds its statement list with
 * `[].concat(list, item)` for every statement, so parsing takes time quadratic in the template's length
 * (160 KB: ~4 s). Cutting at line ends that sit outside any block, parenthesis, comment or raw section keeps
 * it linear. The scan here is only a heuristic: every piece is parsed and checked on its own, and if any
 * piece is not a balanced template the caller parses the whole text instead.
 */

const OPENERS = /^#(?:if|foreach|macro|define|noescape)\s*\(|^#@[A-Za-z]/;
const END = /^#end(?![A-Za-z0-9_])/;

export interface SourceShape {
  /** Offsets (just past a "\n") where a piece may end; pieces are at least `minPiece` characters long. */
  cuts: number[];
  /** Deepest nesting of blocks and of parentheses seen (approximate: text parentheses count too). */
  maxBlocks: number;
  maxParens: number;
}

export function scanSource(source: string, minPiece: number): SourceShape {
  const cuts: number[] = [];
  let blocks = 0;
  let parens = 0;
  let maxBlocks = 0;
  let maxParens = 0;
  let quote = "";
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === "\\") {
      i++;
      continue;
    }
    if (parens > 0) {
      if (c === '"' || c === "'") quote = c;
      else if (c === "(") maxParens = Math.max(maxParens, ++parens);
      else if (c === ")") parens--;
      continue;
    }
    if (c === "(") {
      // Only parentheses opened by a directive or a reference matter, but text ones only cost pieces.
      maxParens = Math.max(maxParens, ++parens);
      continue;
    }
    if (c === "#") {
      const rest = source.slice(i, i + 24);
      if (rest.startsWith("##")) {
        const eol = source.indexOf("\n", i);
        if (eol === -1) break;
        i = eol - 1;
      } else if (rest.startsWith("#*") || rest.startsWith("#[[")) {
        const close = source.indexOf(rest.startsWith("#*") ? "*#" : "]]#", i + 2);
        if (close === -1) break;
        i = close + 1;
      } else if (OPENERS.test(rest)) {
        maxBlocks = Math.max(maxBlocks, ++blocks);
      } else if (END.test(rest)) {
        blocks = Math.max(0, blocks - 1);
      }
      continue;
    }
    if (c === "\n" && blocks === 0 && i + 1 - last >= minPiece && i + 1 < source.length) {
      cuts.push(i + 1);
      last = i + 1;
    }
  }
  return { cuts, maxBlocks, maxParens };
}
