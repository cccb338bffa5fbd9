/**
 * The Stage contract (Kong's phases, APISIX's plugins): each compiled method keeps only the stages that apply,
 * `[authorize?, throttle?, validate?, transformRequest?] -> integrate -> [transformResponse?] -> log`.
 * A request stage returns undefined (go on) or an outcome (stop); a response stage may rewrite a buffered
 * response but cannot stop the request. Sync stays sync: a stage returns a Promise only when it must wait.
 */
import type { GatewayResponseType } from "../../../lib/domain/gateway-responses";
import type { RequestStepName } from "../../../lib/domain/runtime-contract";
import type { Exchange } from "./exchange";

export type Awaitable<T> = T | Promise<T>;

/** A whole response held in memory; headers are a flat [name, value, ...] list as node:http accepts them. */
export interface BufferedResponse {
  status: number;
  headers: readonly string[];
  body: Buffer;
}

export type Outcome =
  | { kind: "response"; response: BufferedResponse }
  /** An answer the gateway makes itself (AWS's gateway responses); `status` overrides the table's default. */
  | { kind: "gateway-error"; type: GatewayResponseType; status?: number; message?: string }
  /** The integration already wrote the response (streamed proxies); nothing is left to transform. */
  | { kind: "streamed" };

export interface RequestStage {
  readonly name: string;
  /** The timeline step runPipeline records for this stage; absent: the stage marks its own steps (access) or none. */
  readonly step?: RequestStepName;
  onRequest(ex: Exchange): Awaitable<Outcome | undefined>;
}

export interface ResponseStage {
  readonly name: string;
  onResponse(ex: Exchange, response: BufferedResponse): Awaitable<BufferedResponse>;
}

/** The integrate stage: MOCK, HTTP_PROXY today; HTTP, AWS and AWS_PROXY (Lambda) implement the same shape. */
export interface Integration {
  readonly type: string;
  /** True when the integration marks its own timeline steps (transforms around the call); else runPipeline does. */
  readonly marksTimeline?: boolean;
  invoke(ex: Exchange): Awaitable<Outcome>;
}

export function isPromise<T>(value: Awaitable<T>): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === "function";
}
