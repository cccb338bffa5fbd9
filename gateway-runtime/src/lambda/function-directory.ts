/**
 * The Lambda-compatible functions a config offers, by name, version and alias: resolves the function ARN of an
 * integration URI (`arn:aws:lambda:{region}:{account}:function:{name}[:{qualifier}]`) to the version to run,
 * choosing between an alias's two versions by its routing weights, as Lambda does per invocation.
 */
import type { RuntimeFunction, RuntimeFunctions } from "../../../lib/domain/runtime-contract";
import { parseFunctionName } from "../../../lib/domain/functions/arn";
import { chooseAliasVersion } from "../../../lib/domain/functions/alias-routing";

export type FunctionResolution =
  | { ok: true; fn: RuntimeFunction; invokedFunctionArn: string }
  | { ok: false; reason: string };

export class FunctionDirectory {
  private readonly versions = new Map<string, Map<string, RuntimeFunction>>();
  private readonly aliases = new Map<string, Map<string, RuntimeFunctions["aliases"][number]>>();

  constructor(functions: RuntimeFunctions | undefined) {
    for (const fn of functions?.functions ?? []) {
      let byVersion = this.versions.get(fn.name);
      if (!byVersion) this.versions.set(fn.name, (byVersion = new Map()));
      byVersion.set(fn.version, fn);
    }
    for (const alias of functions?.aliases ?? []) {
      let byName = this.aliases.get(alias.functionName);
      if (!byName) this.aliases.set(alias.functionName, (byName = new Map()));
      byName.set(alias.name, alias);
    }
  }

  /** `random` in [0, 1) picks an alias's weighted version (Math.random per invocation in production). */
  resolve(functionArn: string, random: number): FunctionResolution {
    const locator = parseFunctionName(functionArn);
    if (!locator) return { ok: false, reason: `Invalid function ARN: ${functionArn}` };
    const byVersion = this.versions.get(locator.name);
    if (!byVersion) return { ok: false, reason: `Function not found: ${functionArn}` };
    const qualifier = locator.qualifier ?? "$LATEST";
    let version = qualifier;
    if (!byVersion.has(qualifier)) {
      const alias = this.aliases.get(locator.name)?.get(qualifier);
      if (!alias) return { ok: false, reason: `Function not found: ${functionArn}` };
      version = chooseAliasVersion(alias, random);
    }
    const fn = byVersion.get(version);
    if (!fn) return { ok: false, reason: `Function version ${version} not found: ${functionArn}` };
    return { ok: true, fn, invokedFunctionArn: functionArn };
  }
}
