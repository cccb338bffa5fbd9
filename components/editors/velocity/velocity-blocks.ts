/**
 * Velocity's block directives (#if/#foreach/#macro/#define ... #end, with #elseif/#else inside an #if), found
 * in the text so the editor can fold them, highlight the partner of the directive under the cursor and flag
 * an #end without an opener or an opener without #end. Comments and #[[unparsed]]# sections are skipped.
 */
export interface DirectiveToken {
  name: "if" | "elseif" | "else" | "end" | "foreach" | "macro" | "define";
  /** Offsets of the directive text (`#if`, `#{end}`) in the source. */
  start: number;
  end: number;
}

export interface Block {
  /** The opener, any #elseif/#else, then #end. */
  parts: DirectiveToken[];
}

export interface BlockScan {
  blocks: Block[];
  /** Openers never closed and #end / #else without an opener. */
  unmatched: DirectiveToken[];
}

const OPENERS = new Set(["if", "foreach", "macro", "define"]);
const DIRECTIVE = /##[^\n]*|#\*[\s\S]*?(?:\*#|$)|#\[\[[\s\S]*?(?:\]\]#|$)|#\{?(if|elseif|else|end|foreach|macro|define)\}?(?![A-Za-z0-9_])/g;

export function scanBlocks(source: string): BlockScan {
  const blocks: Block[] = [];
  const unmatched: DirectiveToken[] = [];
  const stack: Block[] = [];
  for (const match of source.matchAll(DIRECTIVE)) {
    const name = match[1] as DirectiveToken["name"] | undefined;
    if (!name) continue; // a comment or an unparsed section
    // `\#if` is an escaped directive: text, not a block.
    if (match.index > 0 && source[match.index - 1] === "\\") continue;
    const token: DirectiveToken = { name, start: match.index, end: match.index + match[0].length };
    if (OPENERS.has(name)) {
      stack.push({ parts: [token] });
    } else if (name === "end") {
      const block = stack.pop();
      if (!block) unmatched.push(token);
      else {
        block.parts.push(token);
        blocks.push(block);
      }
    } else {
      const block = stack[stack.length - 1];
      if (block && block.parts[0].name === "if") block.parts.push(token);
      else unmatched.push(token);
    }
  }
  for (const block of stack) unmatched.push(block.parts[0]);
  return { blocks: blocks.sort((a, b) => a.parts[0].start - b.parts[0].start), unmatched };
}

/** The block one of whose directives covers `offset` (the innermost one). */
export function blockAt(scan: BlockScan, offset: number): Block | undefined {
  return scan.blocks.find((block) => block.parts.some((part) => offset >= part.start && offset <= part.end));
}
