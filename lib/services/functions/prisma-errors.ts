/** Prisma's unique-constraint failure (P2002): two writers raced for the same key. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
