/**
 * How a function process starts: Lambda's execution environment variables (reserved ones set by the platform,
 * never the host's own environment) and Node's permission model confining file access to the function's code,
 * the runner and a private temp directory.
 */
import type { Logger } from "../ports/logger";
import type { FunctionSpec } from "./types";

export interface LaunchPaths {
  /** The function's code (LAMBDA_TASK_ROOT), read-only. */
  taskRoot: string;
  /** The runner's own files (LAMBDA_RUNTIME_DIR), read-only. */
  runtimeDir: string;
  /** This process's scratch space (Lambda's /tmp), exported as TMPDIR. */
  tmpDir: string;
}

const NODE_MAJOR = process.versions.node.split(".")[0];

// Variables Node or the dynamic loader act on before the permission model is in force (preloaded libraries,
// OpenSSL engines, files written or read at start-up), plus the IPC channel fork() sets up.
const UNSAFE_NAME = /^(LD_|DYLD_)/;
const UNSAFE_NAMES = new Set([
  "NODE_V8_COVERAGE",
  "NODE_REDIRECT_WARNINGS",
  "NODE_EXTRA_CA_CERTS",
  "NODE_ICU_DATA",
  "NODE_REPL_HISTORY",
  "NODE_COMPILE_CACHE",
  "NODE_CHANNEL_FD",
  "NODE_CHANNEL_SERIALIZATION_MODE",
  "NODE_UNIQUE_ID",
  "OPENSSL_CONF",
  "OPENSSL_ENGINES",
  "OPENSSL_MODULES",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
]);

// NODE_OPTIONS flags a function may set (Lambda users set --enable-source-maps); anything that could widen
// permissions (--allow-fs-read=*) or load code (--require, --import) is dropped.
const SAFE_NODE_OPTION = /^--(enable-source-maps|no-deprecation|no-warnings|trace-warnings|trace-deprecation|trace-uncaught|stack-trace-limit=\d+)$/;

/** Node 20 names it --experimental-permission; later releases --permission. */
const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has("--permission") ? "--permission" : "--experimental-permission";

export function childExecArgv(spec: FunctionSpec, paths: LaunchPaths): string[] {
  return [
    PERMISSION_FLAG,
    `--allow-fs-read=${paths.taskRoot}/`,
    `--allow-fs-read=${paths.runtimeDir}/`,
    `--allow-fs-read=${paths.tmpDir}/`,
    `--allow-fs-write=${paths.tmpDir}/`,
    "--disable-warning=ExperimentalWarning",
    `--max-old-space-size=${heapLimitMb(spec.memoryMb)}`,
  ];
}

/** V8's heap gets 90% of the function's memory; the RSS watchdog enforces the rest (buffers, code, stacks). */
export function heapLimitMb(memoryMb: number): number {
  return Math.max(16, Math.floor(memoryMb * 0.9));
}

export function childEnvironment(
  spec: FunctionSpec,
  paths: LaunchPaths,
  logStreamName: string,
  logger: Logger,
): Record<string, string> {
  const env: Record<string, string> = { LANG: "en_US.UTF-8", PATH: "/usr/local/bin:/usr/bin/:/bin:/opt/bin" };
  const dropped: string[] = [];
  for (const [name, value] of Object.entries(spec.environment)) {
    if (UNSAFE_NAME.test(name) || UNSAFE_NAMES.has(name)) dropped.push(name);
    else if (name === "NODE_OPTIONS") {
      const options = value.split(/\s+/).filter(Boolean);
      const safe = options.filter((option) => SAFE_NODE_OPTION.test(option));
      if (safe.length < options.length) dropped.push(`NODE_OPTIONS(${options.filter((o) => !safe.includes(o)).join(" ")})`);
      if (safe.length > 0) env.NODE_OPTIONS = safe.join(" ");
    } else env[name] = value;
  }
  if (dropped.length > 0) {
    logger.warn("function environment variables ignored for isolation", { functionName: spec.functionName, dropped });
  }
  // Lambda's reserved variables: set by the platform, a function's own value never wins.
  return Object.assign(env, {
    _HANDLER: spec.handler,
    AWS_REGION: spec.region,
    AWS_DEFAULT_REGION: spec.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_nodejs${NODE_MAJOR}.x`,
    AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: spec.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${spec.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    LAMBDA_TASK_ROOT: paths.taskRoot,
    LAMBDA_RUNTIME_DIR: paths.runtimeDir,
    TZ: ":UTC",
    TMPDIR: paths.tmpDir,
  });
}
