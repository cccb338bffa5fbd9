/**
 * AWS Lambda alias routing (RoutingConfig.AdditionalVersionWeights): an alias points at one version and may send
 * a weighted share of invocations to exactly one other published version.
 */
import { constraint, isVersionNumber, validationMessage, type RuleViolation } from "./rules";

export interface AliasTarget {
  functionVersion: string;
  /** { "<version>": weight 0..1 }, at most one entry; {} when the alias does not split traffic. */
  additionalVersionWeights: Record<string, number>;
}

/**
 * Which version serves one invocation. `random` is in [0, 1) and comes from the caller, so this stays pure:
 * the additional version takes the invocations whose draw falls below its weight.
 */
export function chooseAliasVersion(alias: AliasTarget, random: number): string {
  for (const [version, weight] of Object.entries(alias.additionalVersionWeights)) {
    if (random < weight) return version;
  }
  return alias.functionVersion;
}

/** Lambda's checks on a routing config, in its order (LocalStack's AWS-validated one); versions' existence is the caller's. */
export function checkRouting(target: AliasTarget): RuleViolation | null {
  const entries = Object.entries(target.additionalVersionWeights);
  if (entries.length > 1) {
    return { type: "InvalidParameterValueException", message: "Number of items in AdditionalVersionWeights cannot be greater than 1" };
  }
  for (const [version, weight] of entries) {
    if (!Number.isFinite(weight) || weight < 0 || weight > 1) {
      return {
        type: "ValidationException",
        message: validationMessage([
          constraint(
            `{${version}=${weight}}`,
            "routingConfig.additionalVersionWeights",
            "Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]",
          ),
        ]),
      };
    }
    if (version === target.functionVersion) {
      return {
        type: "InvalidParameterValueException",
        message: `Invalid function version ${version}. Function version ${version} is already included in routing configuration.`,
      };
    }
    if (target.functionVersion === "$LATEST") {
      return { type: "InvalidParameterValueException", message: "$LATEST is not supported for an alias pointing to more than 1 version" };
    }
    if (!isVersionNumber(version)) {
      return {
        type: "ValidationException",
        message: validationMessage([
          constraint(
            `{${version}=${weight}}`,
            "routingConfig.additionalVersionWeights",
            "Map keys must satisfy constraint: [Member must have length less than or equal to 1024, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: [0-9]+, Member must not be null]",
          ),
        ]),
      };
    }
  }
  return null;
}
