/** API keys and usage plans (account-level, not under /restapis). PLACEHOLDER until the helper fills it. */
import type { OperationHandler } from "./wire-input";

export const apiKeyOperations: Record<string, OperationHandler> = {};
