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
        resources: {
          all: [...root, "resources"] as const,
          list: () => [...root, "resources", "list"] as const,
        },
        deployments: {
          all: [...root, "deployments"] as const,
          list: () => [...root, "deployments", "list"] as const,
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
              metrics: () => [...stage, "metrics"] as const,
            };
          },
        },
      };
    },
  },
  accessKeys: {
    all: ["access-keys"] as const,
    list: () => ["access-keys", "list"] as const,
  },
} as const;
