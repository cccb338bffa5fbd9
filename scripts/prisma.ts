/**
 * Runs the Prisma CLI offline for the configured database.
 *   tsx scripts/prisma.ts generate          -> both clients (SQLite and PostgreSQL)
 *   tsx scripts/prisma.ts <any prisma args> -> for DATABASE_URL's provider
 * The PostgreSQL schema is derived from prisma/schema.prisma so the models are written once.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export function writePostgresSchema(): string {
  const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../generated/prisma-sqlite"', 'output       = "../../generated/prisma-pg"')
    .replace('url      = "file:../data/portico.db"', 'url      = "postgresql://localhost/portico"');
  const header = "// GENERATED from prisma/schema.prisma by scripts/prisma.ts: edit that file, not this one.\n";
  const target = path.join(root, "prisma/postgresql/schema.prisma");
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, header + derived);
  return target;
}

/** Any existing file: stops the CLI from downloading native engines it does not use here. */
export const offlinePrismaEnv = {
  PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
  PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

export function runPrisma(args: string[], env: NodeJS.ProcessEnv = process.env, stdio: "inherit" | "pipe" = "inherit"): number {
  const cli = path.join(root, "node_modules/prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio,
    env: { ...env, ...offlinePrismaEnv },
  });
  if (result.status !== 0 && stdio === "pipe") process.stderr.write(result.stdout ?? "", () => process.stderr.write(result.stderr ?? ""));
  return result.status ?? 1;
}

function main(argv: string[]): number {
  const pgSchema = writePostgresSchema();
  if (argv[0] === "generate") {
    return runPrisma(["generate", "--schema", "prisma/schema.prisma"]) || runPrisma(["generate", "--schema", pgSchema]);
  }
  return runPrisma(argv);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exit(main(process.argv.slice(2)));
}
