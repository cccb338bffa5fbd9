import { changeStage } from "./change-stage";

/**
 * FlushStageCache: a new cache generation. Every cache key carries the generation, so every runtime process
 * stops hitting the old entries with the next config (they age out of memory or expire in Redis).
 */
export async function flushStageCache(restApiId: string, stageName: string, actor?: string): Promise<void> {
  await changeStage(
    restApiId,
    stageName,
    (state) => ({ ...state, settings: { ...state.settings, cacheGeneration: state.settings.cacheGeneration + 1 } }),
    actor,
  );
}
