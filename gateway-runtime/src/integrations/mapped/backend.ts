/**
 * What a non-proxy integration (AWS's MOCK, HTTP, AWS service, AWS Lambda) hands its back end after the request
 * template and parameter mappings ran, and what comes back to be selected and mapped by integration responses.
 */
import type { Awaitable, Outcome } from "../../pipeline/stage";
import type { Exchange } from "../../pipeline/exchange";

export interface BackendRequest {
  /** Transformed payload (rendered template or passed-through body). */
  body: Uint8Array;
  /** `integration.request.header.*` results plus requestOverride headers. */
  header: Record<string, string>;
  querystring: Record<string, string[]>;
  path: Record<string, string>;
  /** The client's Content-Type, for backends that forward it. */
  contentType: string | undefined;
  /** Epoch ms by which the back end must have answered (the integration timeout). */
  deadlineMs: number;
}

export type BackendAnswer =
  | {
      kind: "answer";
      /** What selectionPattern is matched against: the status code, or a Lambda errorMessage ("" on success). */
      selector: string;
      headers: Record<string, string[]>;
      body: Uint8Array;
      contentType?: string;
    }
  | { kind: "error"; outcome: Outcome };

export interface Backend {
  call(ex: Exchange, request: BackendRequest): Awaitable<BackendAnswer>;
}

