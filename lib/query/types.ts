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
  StageView,
} from "@/lib/domain/views";

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

export interface PageJson<T> {
  items: T[];
  position?: string;
}

export type AccessKeyJson = Jsonified<AccessKeyView>;
export type { DeploymentDiff as DeploymentDiffJson } from "@/lib/domain/deployment-diff";

export interface DeployedMethodJson {
  resourcePath: string;
  httpMethod: string;
}

/** GET .../canary/promotion: what promoting the stage's canary would change. */
export interface CanaryPromotionJson {
  stageName: string;
  fromDeploymentId: string;
  toDeploymentId: string;
  variablesBefore: Record<string, string>;
  variablesAfter: Record<string, string>;
  percentTraffic: number;
}

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

/** AWS's ThrottleSettings and QuotaSettings as the console's key and plan routes send them. */
export interface ThrottleJson {
  rateLimit: number;
  burstLimit: number;
}

export type QuotaPeriodJson = "DAY" | "WEEK" | "MONTH";

export interface QuotaJson {
  limit: number;
  period: QuotaPeriodJson;
  offset?: number;
}

/** One API key as the Customers list shows it: never the value, only a masked form, plus its plan's quota use. */
export interface ApiKeyJson {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  customerId: string;
  createdDate: string;
  lastUpdatedDate: string;
  maskedValue: string;
  usagePlan: { id: string; name: string } | null;
  todayUsed: number;
  quotaLimit: number | null;
  quotaPeriod: QuotaPeriodJson | null;
  periodUsed: number;
}

export interface ApiKeyDetailJson extends ApiKeyJson {
  usagePlanIds: string[];
  tags: Record<string, string>;
}

/** CreateApiKey's answer: the only one besides GET .../value that carries the value. */
export interface CreatedApiKeyJson extends ApiKeyJson {
  value: string;
}

export interface ApiKeyUsageDayJson {
  /** "YYYY-MM-DD", UTC. */
  day: string;
  used: number;
}

export interface ImportedApiKeysJson {
  ids: string[];
  warnings: string[];
}

export interface UsagePlanStageJson {
  apiId: string;
  apiName: string;
  stage: string;
  /** Per-method limits per key, keyed "/{resource path}/{METHOD}" ("/pets/GET"). */
  throttle?: Record<string, ThrottleJson>;
}

export interface UsagePlanJson {
  id: string;
  name: string;
  description: string;
  throttle?: ThrottleJson;
  quota?: QuotaJson;
  apiStages: UsagePlanStageJson[];
  keys: { id: string; name: string; customerId: string; enabled: boolean }[];
  createdDate: string;
}

/** CreateUsagePlan and UpdateUsagePlan bodies: null clears a throttle or quota. */
export interface UsagePlanInputJson {
  name: string;
  description?: string;
  throttle?: ThrottleJson | null;
  quota?: QuotaJson | null;
  apiStages?: { apiId: string; stage: string; throttle?: Record<string, ThrottleJson> }[];
}
