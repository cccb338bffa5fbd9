/** Runs once when the console server starts: first-start administrator and the bootstrap access key. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareControlPlane } = await import("./lib/services/startup/prepare-control-plane");
  await prepareControlPlane(process.env);
}
