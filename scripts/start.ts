/**
 * `npm start` (and `npm run dev` with --dev): migrates the database, builds the console if no current build
 * exists, then runs the console (PORT, default 3000) and the gateway runtime (GATEWAY_PORT, default 4000).
 * Ctrl-C or SIGTERM stops both; if either crashes, the crash is reported and the other is stopped.
 */
import { randomBytes } from "node:crypto";
import { databaseUrl, isPostgresUrl } from "../lib/db/database-url";
import { ensureBuild } from "./lib/build";
import { migrate } from "./lib/migrate";
import { startConsole, startGateway, stopChild, waitForHttp, type Child } from "./lib/processes";

async function main(): Promise<number> {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
  const adminPort = Number(process.env.GATEWAY_ADMIN_PORT ?? 9464);
  const url = databaseUrl(process.env);
  const env: Record<string, string | undefined> = {
    DATABASE_URL: url,
    // A fresh token per launch unless the operator pins one (needed when runtimes run on other hosts).
    PORTICO_INTERNAL_TOKEN: process.env.PORTICO_INTERNAL_TOKEN ?? randomBytes(32).toString("base64url"),
    PORTICO_CONTROL_PLANE_URL: process.env.PORTICO_CONTROL_PLANE_URL ?? `http://127.0.0.1:${port}`,
    GATEWAY_PORT: String(gatewayPort),
    GATEWAY_ADMIN_PORT: String(adminPort),
    // The console runs functions (Lambda API Invoke, Test) on the runtime's function host, through its admin port.
    PORTICO_RUNTIME_ADMIN_URL: process.env.PORTICO_RUNTIME_ADMIN_URL ?? `http://127.0.0.1:${adminPort}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  console.log(`Portico: database ${isPostgresUrl(url) ? "PostgreSQL" : url.replace(/^file:/, "SQLite ")}`);
  await migrate(url, { quiet: true });
  if (!dev) ensureBuild();

  const children: Child[] = [startConsole({ port, dev, env }), startGateway({ port: gatewayPort, env, watch: dev })];
  console.log(`Portico: console pid ${children[0].process.pid}, gateway pid ${children[1].process.pid}`);
  let stopping = false;
  const stopAll = async (reason: string, code: number): Promise<number> => {
    if (stopping) return code;
    stopping = true;
    console.log(`Portico: ${reason}; stopping...`);
    await Promise.all(children.map((child) => stopChild(child)));
    return code;
  };

  const done = new Promise<number>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stopAll(`${signal} received`, 0).then(resolve));
    for (const child of children) {
      void child.exited.then((code) => {
        if (!stopping) void stopAll(`the ${child.name} exited unexpectedly (code ${code})`, 1).then(resolve);
      });
    }
  });

  void waitForHttp(`http://127.0.0.1:${port}/login`, dev ? 120_000 : 60_000, children[0]).then(
    () =>
      console.log(
        [
          "",
          "  Portico is running",
          `    Console:         http://localhost:${port}`,
          `    Management API:  http://localhost:${port}   (aws apigateway ... --endpoint-url http://localhost:${port})`,
          `    Gateway:         http://localhost:${gatewayPort}/restapis/{restApiId}/{stage}/_user_request_/{path}`,
          `                     http://{restApiId}.execute-api.localhost:${gatewayPort}/{stage}/{path}`,
          "",
        ].join("\n"),
      ),
    () => undefined,
  );
  return done;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Portico could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
