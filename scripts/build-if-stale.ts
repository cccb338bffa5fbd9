/** `npm run build:if-stale`: builds the console only when its sources changed since the last build. */
import { ensureBuildShared } from "./lib/build";

ensureBuildShared().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
