/** Where a render writes: the output (counted in UTF-8 bytes), nested string captures, and the budgets. */
import { VtlLimitError } from "./errors";

export interface RenderLimits {
  maxOutputBytes: number;
  maxForeachIterations: number;
  timeBudgetMs: number;
  now?: () => number;
  maxSteps: number;
}

const NON_ASCII = /[^\x00-\x7f]/;

function utf8Length(s: string): number {
  if (!NON_ASCII.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class Output {
  // Strings, not arrays of parts: V8 concatenates into ropes, which beats push + join for many small pieces.
  private out = "";
  private outBytes = 0;
  /** Open captures, innermost last; their total length is capped like the output. */
  private readonly captures: string[] = [];
  private captureLength = 0;
  private steps = 0;
  private readonly deadline: number | null;

  constructor(readonly limits: RenderLimits) {
    this.deadline = limits.now ? limits.now() + limits.timeBudgetMs : null;
  }

  text(): string {
    return this.out;
  }

  /** One loop iteration or macro/#define expansion: counts against maxSteps and checks the clock. */
  tick(): void {
    this.steps++;
    if (this.steps > this.limits.maxSteps) throw new VtlLimitError(`Mapping template exceeded ${this.limits.maxSteps} loop iterations and macro calls`);
    if (this.deadline !== null && this.limits.now && (this.steps & 31) === 0 && this.limits.now() > this.deadline) {
      throw new VtlLimitError(`Mapping template exceeded its time budget of ${this.limits.timeBudgetMs} ms`);
    }
  }

  checkString(s: string): string {
    if (s.length > this.limits.maxOutputBytes) throw new VtlLimitError(`A string grew past the ${this.limits.maxOutputBytes}-byte output limit`);
    return s;
  }

  emit(s: string): void {
    if (s === "") return;
    const depth = this.captures.length;
    if (depth > 0) {
      this.captures[depth - 1] += s;
      this.captureLength += s.length;
      if (this.captureLength > this.limits.maxOutputBytes) throw new VtlLimitError(`A string grew past the ${this.limits.maxOutputBytes}-byte output limit`);
      return;
    }
    this.outBytes += utf8Length(s);
    if (this.outBytes > this.limits.maxOutputBytes) throw new VtlLimitError(`Mapping template output exceeds ${this.limits.maxOutputBytes} bytes`);
    this.out += s;
  }

  /** Renders into a string instead of the output (string interpolation, a #define used as a value). */
  capture(render: () => void): string {
    const saved = this.captureLength;
    this.captures.push("");
    let text = "";
    try {
      render();
    } finally {
      this.captureLength = saved;
      text = this.captures.pop() ?? "";
    }
    return text;
  }
}
