// @ts-check
/**
 * Lambda's handler resolution (UserFunction.js in the Node.js runtime interface client): "dir/module.a.b" loads
 * module from LAMBDA_TASK_ROOT/dir, trying extensionless, .js (CommonJS unless a package.json says
 * "type": "module"), .mjs, then .cjs, then Node's own resolution; then walks a.b on its exports.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { HandlerNotFound, ImportModuleError, MalformedHandlerName, UserCodeSyntaxError } from "./errors.mjs";

const FUNCTION_EXPR = /^([^.]*)\.(.*)$/;
const require = createRequire(import.meta.url);

/**
 * @param {string} taskRoot
 * @param {string} fullHandler
 * @returns {Promise<Function>}
 */
export async function loadHandler(taskRoot, fullHandler) {
  if (fullHandler.includes("..")) {
    throw new MalformedHandlerName(
      `'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`,
    );
  }
  const handlerString = path.basename(fullHandler);
  const moduleRoot = fullHandler.substring(0, fullHandler.indexOf(handlerString));
  const match = handlerString.match(FUNCTION_EXPR);
  if (!match) throw new MalformedHandlerName("Bad handler");
  const [, moduleName, handlerPath] = match;

  const userApp = await loadUserApp(taskRoot, moduleRoot, moduleName);
  const handler = handlerPath
    .split(".")
    .reduce((nested, key) => (nested ? /** @type {Record<string, unknown>} */ (nested)[key] : undefined), /** @type {unknown} */ (userApp));
  if (!handler) throw new HandlerNotFound(`${fullHandler} is undefined or not exported`);
  if (typeof handler !== "function") throw new HandlerNotFound(`${fullHandler} is not a function`);
  return handler;
}

/**
 * @param {string} taskRoot
 * @param {string} moduleRoot
 * @param {string} moduleName
 */
async function loadUserApp(taskRoot, moduleRoot, moduleName) {
  try {
    return await tryRequire(taskRoot, moduleRoot, moduleName);
  } catch (error) {
    // Lambda passes the error itself; Error's constructor turns it into "SyntaxError: ..." the same way.
    if (error instanceof SyntaxError) throw new UserCodeSyntaxError(String(error));
    if (/** @type {{ code?: unknown }} */ (error)?.code === "MODULE_NOT_FOUND") throw new ImportModuleError(String(error));
    throw error;
  }
}

/**
 * @param {string} taskRoot
 * @param {string} moduleRoot
 * @param {string} moduleName
 */
async function tryRequire(taskRoot, moduleRoot, moduleName) {
  const lambdaStylePath = path.resolve(taskRoot, moduleRoot, moduleName);
  const extensionless = tryRequireFile(lambdaStylePath);
  if (extensionless) return extensionless;

  const typeModule = hasTypeModule(taskRoot, path.dirname(lambdaStylePath));
  if (!typeModule) {
    const loaded = tryRequireFile(lambdaStylePath + ".js");
    if (loaded) return loaded;
  }
  const loaded =
    (typeModule && (await tryImport(lambdaStylePath + ".js"))) ||
    (await tryImport(lambdaStylePath + ".mjs")) ||
    tryRequireFile(lambdaStylePath + ".cjs");
  if (loaded) return loaded;

  // Node's own resolution from the task root (node_modules packages), as Lambda falls back to.
  return require(require.resolve(moduleName, { paths: [taskRoot, path.resolve(taskRoot, moduleRoot)] }));
}

/** @param {string} file */
function tryRequireFile(file) {
  return exists(file) ? require(file) : undefined;
}

/** @param {string} file */
async function tryImport(file) {
  return exists(file) ? await import(pathToFileURL(file).href) : undefined;
}

/**
 * The nearest package.json decides whether .js is an ES module. Lambda walks to "/"; this stops at the task
 * root because the permission model forbids looking further (and Lambda's /var/task has no parent package).
 * @param {string} taskRoot
 * @param {string} folder
 * @returns {boolean}
 */
function hasTypeModule(taskRoot, folder) {
  if (folder.endsWith(`${path.sep}node_modules`)) return false;
  const packageJson = path.join(folder, "package.json");
  if (exists(packageJson)) {
    try {
      return JSON.parse(fs.readFileSync(packageJson, "utf8"))?.type === "module";
    } catch (error) {
      console.warn(`${packageJson} cannot be read, it will be ignored for ES module detection purposes.`, error);
      return false;
    }
  }
  if (folder === taskRoot || !folder.startsWith(taskRoot + path.sep)) return false;
  return hasTypeModule(taskRoot, path.dirname(folder));
}

/** existsSync throws ERR_ACCESS_DENIED outside the allowed paths; outside is "not there" to the function. */
function exists(/** @type {string} */ file) {
  try {
    return fs.existsSync(file);
  } catch {
    return false;
  }
}
