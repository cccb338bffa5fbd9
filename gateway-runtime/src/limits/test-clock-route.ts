/**
 * POST /internal/test/clock on the admin port, registered only when the runtime runs with PORTICO_TEST_CLOCK=1
 * (main.ts refuses that in production): {"advanceMs": n} or {"nowMs": n} moves this runtime's limits clock, so tests
 * cross a quota period's edge without waiting a day.
 */
import { z } from "zod";
import type { AdminRoute } from "../admin/admin-server";
import type { AdjustableClock } from "./limits-clock";

const clockMove = z.union([
  z.object({ advanceMs: z.number().int() }).strict(),
  z.object({ nowMs: z.number().int().nonnegative() }).strict(),
]);

export function testClockRoute(clock: AdjustableClock): AdminRoute {
  return {
    method: "POST",
    path: "/internal/test/clock",
    handle(body) {
      let json: unknown;
      try {
        json = JSON.parse(body.toString("utf8"));
      } catch {
        return { status: 400, json: { message: 'Expected JSON: {"advanceMs": n} or {"nowMs": n}.' } };
      }
      const parsed = clockMove.safeParse(json);
      if (!parsed.success) return { status: 400, json: { message: 'Expected {"advanceMs": n} or {"nowMs": n}, integers.' } };
      const nowMs = "advanceMs" in parsed.data ? clock.advance(parsed.data.advanceMs) : clock.set(parsed.data.nowMs);
      return { status: 200, json: { nowMs, now: new Date(nowMs).toISOString() } };
    },
  };
}
