/**
 * AWS's MOCK back end: the rendered request template names the status (`{"statusCode": 200}`); that status
 * selects the integration response. No template (or an empty one) means 200, as on AWS.
 */
import type { Backend, BackendAnswer, BackendRequest } from "./backend";
import { CONFIG_ERROR } from "../../pipeline/outcomes";
import type { Exchange } from "../../pipeline/exchange";

const UTF8 = new TextDecoder();
const EMPTY = new Uint8Array(0);

export function mockStatus(rendered: string): number | null {
  if (rendered.trim() === "") return 200;
  try {
    const parsed = JSON.parse(rendered) as { statusCode?: unknown };
    const code = typeof parsed.statusCode === "string" ? Number(parsed.statusCode) : parsed.statusCode;
    return typeof code === "number" && Number.isInteger(code) && code >= 100 && code <= 599 ? code : null;
  } catch {
    return null;
  }
}

export class MockBackend implements Backend {
  call(ex: Exchange, request: BackendRequest): BackendAnswer {
    ex.exec?.body("Endpoint request body after transformations", request.body);
    const status = mockStatus(UTF8.decode(request.body));
    if (status === null) {
      ex.exec?.error("Execution failed due to configuration error: the MOCK request template did not produce a statusCode");
      return { kind: "error", outcome: CONFIG_ERROR };
    }
    ex.integrationStatus = status;
    return { kind: "answer", selector: String(status), headers: {}, body: EMPTY };
  }
}
