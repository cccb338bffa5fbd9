/**
 * Velocity 1.7's operators on Java values: integer arithmetic stays integral (10 / 3 is 3), a zero divisor
 * or a null operand yields null, `==` compares numbers by value and other mixed types by toString(), and
 * `+` with a String concatenates (a null side contributes its reference text, as ASTAddNode does).
 */
import type { BinaryOp } from "./ir";
import { javaToString } from "./text";
import { JDouble, intOrDouble, isNumber, javaEquals, numberValue, valueClass, type VtlValue } from "./values";

export function velocityEquals(l: VtlValue, r: VtlValue): boolean {
  if (isNumber(l) && isNumber(r)) return numberValue(l) === numberValue(r);
  if (l !== null && r !== null && valueClass(l) === valueClass(r)) return javaEquals(l, r);
  if (l === null || r === null) return l === r;
  return javaToString(l) === javaToString(r);
}

/** <, <=, >, >= : Velocity 1.7 compares Numbers only; anything else is false (and logged). */
export function compareOp(op: "<" | "<=" | ">" | ">=", l: VtlValue, r: VtlValue): boolean {
  if (!isNumber(l) || !isNumber(r)) return false;
  const a = numberValue(l);
  const b = numberValue(r);
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
  }
}

export function arithmetic(op: "+" | "-" | "*" | "/" | "%", l: VtlValue, r: VtlValue): VtlValue {
  if (!isNumber(l) || !isNumber(r)) return null;
  const a = numberValue(l);
  const b = numberValue(r);
  const floating = l instanceof JDouble || r instanceof JDouble;
  if ((op === "/" || op === "%") && b === 0) return null;
  let result: number;
  switch (op) {
    case "+":
      result = a + b;
      break;
    case "-":
      result = a - b;
      break;
    case "*":
      result = a * b;
      break;
    case "/":
      result = floating ? a / b : Math.trunc(a / b);
      break;
    case "%":
      result = a % b;
      break;
  }
  return floating ? new JDouble(result) : intOrDouble(result);
}

/** String concatenation of `+`; `nullText` is what Velocity writes for a null side (the reference as typed). */
export function concat(l: VtlValue, r: VtlValue, leftText: string, rightText: string): string {
  return (l === null ? leftText : javaToString(l)) + (r === null ? rightText : javaToString(r));
}

export function isArithmetic(op: BinaryOp): op is "+" | "-" | "*" | "/" | "%" {
  return op === "+" || op === "-" || op === "*" || op === "/" || op === "%";
}

export function isComparison(op: BinaryOp): op is "<" | "<=" | ">" | ">=" {
  return op === "<" || op === "<=" || op === ">" || op === ">=";
}
