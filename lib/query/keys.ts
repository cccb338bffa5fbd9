/**
 * TanStack Query keys mirror the console's URL tree (/apis/[apiId]/stages/[stageName]...), so a mutation can
 * invalidate exactly the prefix it changed: a new resource refreshes `detail(id).resources`, not every API.
 */
export const queryKeys = {
  apis: {
    all: ["apis"] as const,
    list: () => ["apis", "list"] as const,
    detail: (apiId: string) => {
      const root = ["apis", "detail", apiId] as const;
      return {
        all: root,
        summary: () => [...root, "summary"] as const,
        /** The dashboards' metrics; `search` is the request's query string (stage, filters, range). */
        metrics: (search: string) => [...root, "metrics", search] as const,
        resources: {
          all: [...root, "resources"] as const,
          list: () => [...root, "resources", "list"] as const,
        },
        models: {
          all: [...root, "models"] as const,
          list: () => [...root, "models", "list"] as const,
        },
        requestValidators: {
          all: [...root, "request-validators"] as const,
          list: () => [...root, "request-validators", "list"] as const,
        },
        gatewayResponses: {
          all: [...root, "gateway-responses"] as const,
          list: () => [...root, "gateway-responses", "list"] as const,
        },
        deployments: {
          all: [...root, "deployments"] as const,
          list: () => [...root, "deployments", "list"] as const,
          diff: (from: string, to: string) => [...root, "deployments", "diff", from, to] as const,
          methods: (deploymentId: string) => [...root, "deployments", "detail", deploymentId, "methods"] as const,
        },
        stages: {
          all: [...root, "stages"] as const,
          list: () => [...root, "stages", "list"] as const,
          detail: (stageName: string) => {
            const stage = [...root, "stages", "detail", stageName] as const;
            return {
              all: stage,
              summary: () => [...stage, "summary"] as const,
              history: () => [...stage, "history"] as const,
              canaryPromotion: () => [...stage, "canary", "promotion"] as const,
              logs: {
                all: [...stage, "logs"] as const,
                /** `query`: the explorer's filters as a search string (a relative range stays relative). */
                list: (query: string) => [...stage, "logs", "list", query] as const,
                detail: (logId: number) => [...stage, "logs", "detail", logId] as const,
              },
            };
          },
        },
      };
    },
  },
  overview: {
    all: ["overview"] as const,
    metrics: (range: string) => ["overview", "metrics", range] as const,
  },
  accessKeys: {
    all: ["access-keys"] as const,
    list: () => ["access-keys", "list"] as const,
  },
  apiKeys: {
    all: ["api-keys"] as const,
    list: () => ["api-keys", "list"] as const,
    detail: (keyId: string) => {
      const root = ["api-keys", "detail", keyId] as const;
      return {
        all: root,
        summary: () => [...root, "summary"] as const,
        usage: (days: number) => [...root, "usage", days] as const,
      };
    },
  },
  usagePlans: {
    all: ["usage-plans"] as const,
    list: () => ["usage-plans", "list"] as const,
    detail: (planId: string) => ["usage-plans", "detail", planId] as const,
  },
  functions: {
    all: ["functions"] as const,
    list: () => ["functions", "list"] as const,
    detail: (functionName: string) => {
      const root = ["functions", "detail", functionName] as const;
      return {
        all: root,
        summary: () => [...root, "summary"] as const,
        code: () => [...root, "code"] as const,
        versions: { all: [...root, "versions"] as const, list: () => [...root, "versions", "list"] as const },
        aliases: { all: [...root, "aliases"] as const, list: () => [...root, "aliases", "list"] as const },
        invocations: { all: [...root, "invocations"] as const, list: () => [...root, "invocations", "list"] as const },
      };
    },
  },
} as const;
