/** Joins class names, skipping the falsy ones (enough for our needs; no merging of conflicting utilities). */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
