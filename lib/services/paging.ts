/** AWS-style paging: `position` is an opaque cursor (here: the offset, base64url), `limit` 1..500 (AWS's max). */
import { badRequest } from "../errors";

export interface PageRequest { position?: string; limit?: number }

export function readPage(opts: PageRequest | undefined): { skip: number; take: number } {
  const take = opts?.limit ?? 25;
  if (!Number.isInteger(take) || take < 1 || take > 500) throw badRequest("limit must be between 1 and 500.");
  if (!opts?.position) return { skip: 0, take };
  const skip = Number(Buffer.from(opts.position, "base64url").toString("utf8"));
  if (!Number.isInteger(skip) || skip < 0) throw badRequest("Invalid position.");
  return { skip, take };
}

/** Services fetch take + 1 rows; the extra row only tells that another page exists. */
export function toPage<T>(rows: T[], skip: number, take: number): { items: T[]; position?: string } {
  if (rows.length <= take) return { items: rows };
  return { items: rows.slice(0, take), position: Buffer.from(String(skip + take), "utf8").toString("base64url") };
}
