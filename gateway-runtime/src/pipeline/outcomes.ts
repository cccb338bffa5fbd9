/** The gateway-made answers integrations and stages share, built once (AWS's gateway response types). */
import type { Outcome } from "./stage";

export const STREAMED: Outcome = { kind: "streamed" };
export const CONFIG_ERROR: Outcome = { kind: "gateway-error", type: "API_CONFIGURATION_ERROR" };
export const TIMED_OUT: Outcome = { kind: "gateway-error", type: "INTEGRATION_TIMEOUT" };
// AWS answers an unreachable backend (and a failed Lambda proxy) with 502, not INTEGRATION_FAILURE's default 504.
export const BAD_GATEWAY: Outcome = { kind: "gateway-error", type: "INTEGRATION_FAILURE", status: 502 };
export const TOO_LARGE: Outcome = { kind: "gateway-error", type: "REQUEST_TOO_LARGE" };
export const UNSUPPORTED_MEDIA_TYPE: Outcome = { kind: "gateway-error", type: "UNSUPPORTED_MEDIA_TYPE" };
