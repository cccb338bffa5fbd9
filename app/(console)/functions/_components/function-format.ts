/** Display helpers shared by the Functions list and function pages. */

export const functionPath = (functionName: string) => `/functions/${encodeURIComponent(functionName)}`;

export const formatMemory = (mb: number) => `${mb.toLocaleString()} MB`;

export function formatTimeout(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A routing weight (0..1, as Lambda stores it) as a percentage without float noise: 0.07 -> "7". */
export const weightToPercent = (weight: number) => String(Math.round(weight * 10_000) / 100);
