/** Small checks shared by CreateFunction and the update operations. */
import { constraint, validationMessage } from "../../domain/functions/rules";
import { validationError } from "./lambda-error";

const ARCHITECTURES = ["x86_64", "arm64"];

/** Lambda takes exactly one architecture; undefined when the request names none. */
export function checkArchitectures(architectures: string[] | undefined): string[] | undefined {
  if (architectures === undefined) return undefined;
  const shown = `[${architectures.join(", ")}]`;
  if (architectures.length !== 1) {
    throw validationError(validationMessage([constraint(shown, "architectures", "Member must have length less than or equal to 1")]));
  }
  if (!ARCHITECTURES.includes(architectures[0])) {
    throw validationError(
      validationMessage([
        constraint(shown, "architectures", "Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64], Member must not be null]"),
      ]),
    );
  }
  return architectures;
}
