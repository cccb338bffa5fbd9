/**
 * What the console's JSON API sends: the read models of lib/domain/views.ts with every Date as an ISO string
 * (JSON.stringify calls Date#toJSON), so the browser never pretends to hold Date objects.
 */
import type {
  AccessKeyView,
  DeploymentView,
  GatewayResponseView,
  MethodView,
  ModelView,
  RequestValidatorView,
  ResourceView,
  RestApiView,
  StageHistoryEntry,
  StageMetricsView,
  StageView,
} from "@/lib/domain/views";
import type { RequestLogRecord } from "@/lib/domain/runtime-contract";

export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

export type RestApiJson = Jsonified<RestApiView>;
export type ResourceJson = Jsonified<ResourceView>;
export type MethodJson = Jsonified<MethodView>;
export type DeploymentJson = Jsonified<DeploymentView>;
export type ModelJson = ModelView;
export type RequestValidatorJson = RequestValidatorView;
export type GatewayResponseJson = GatewayResponseView;
export type StageJson = Jsonified<StageView>;
export type StageHistoryJson = Jsonified<StageHistoryEntry>;
export type RequestLogJson = RequestLogRecord & { id: number };

export interface PageJson<T> {
  items: T[];
  position?: string;
}

export type StageMetricsJson = Jsonified<StageMetricsView>;
export type AccessKeyJson = Jsonified<AccessKeyView>;

export interface CreatedAccessKeyJson {
  accessKeyId: string;
  secretAccessKey: string;
  description: string;
  createdDate: string;
}

export interface UserJson {
  id: string;
  email: string;
  role: string;
}
