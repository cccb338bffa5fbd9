/** Reads the FunctionName (+ Qualifier) of a request the way Lambda does: a name, a partial ARN or a full ARN. */
import { FUNCTION_NAME_PATTERN_TEXT, functionArn, parseFunctionName } from "../../domain/functions/arn";
import { constraint, FUNCTION_NAME_MAX, isQualifierText, validationMessage } from "../../domain/functions/rules";
import { env } from "../../env";
import { invalidParameter, LambdaError, validationError } from "./lambda-error";

export interface FunctionRef {
  name: string;
  /** From the Qualifier parameter or the name's own ":qualifier"; undefined means unqualified. */
  qualifier?: string;
}

// Lambda's length limits: a full ARN may be 140 characters (170 where the name may carry a qualifier).
const MAX_ARN_LENGTH = 170;

export function readFunctionRef(functionName: string, qualifier?: string): FunctionRef {
  const errors: string[] = [];
  if (functionName.length > MAX_ARN_LENGTH) {
    errors.push(constraint(functionName, "functionName", `Member must have length less than or equal to ${MAX_ARN_LENGTH}`));
  }
  const parsed = parseFunctionName(functionName);
  if (!parsed) errors.push(constraint(functionName, "functionName", `Member must satisfy regular expression pattern: ${FUNCTION_NAME_PATTERN_TEXT}`));
  if (qualifier !== undefined && !isQualifierText(qualifier)) {
    errors.push(constraint(qualifier, "qualifier", "Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)"));
  }
  if (errors.length || !parsed) throw validationError(validationMessage(errors));
  if (parsed.name.length > FUNCTION_NAME_MAX) {
    throw validationError(validationMessage([constraint(parsed.name, "functionName", `Member must have length less than or equal to ${FUNCTION_NAME_MAX}`)]));
  }
  if (parsed.region && parsed.region !== env.region) {
    throw new LambdaError("ResourceNotFoundException", `Functions from '${parsed.region}' are not reachable in this region ('${env.region}')`);
  }
  if (parsed.account && parsed.account !== env.accountId) {
    // Portico is one account: a function of another account cannot exist here.
    const arn = functionArn({ region: env.region, accountId: parsed.account }, parsed.name, qualifier ?? parsed.qualifier);
    throw new LambdaError("ResourceNotFoundException", `Function not found: ${arn}`);
  }
  if (qualifier && parsed.qualifier && qualifier !== parsed.qualifier) {
    throw invalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
  }
  const effective = qualifier || parsed.qualifier;
  return { name: parsed.name, ...(effective ? { qualifier: effective } : {}) };
}

/** CreateFunction takes a name or an unqualified ARN; a plain name that breaks the rules is a parameter error. */
export function readNewFunctionName(functionName: string): string {
  const parsed = parseFunctionName(functionName);
  if (!parsed || parsed.qualifier || parsed.name.length > FUNCTION_NAME_MAX) {
    const rule =
      parsed && !parsed.qualifier
        ? `Member must have length less than or equal to ${FUNCTION_NAME_MAX}`
        : `Member must satisfy regular expression pattern: ${FUNCTION_NAME_PATTERN_TEXT}`;
    const message = validationMessage([constraint(functionName, "functionName", rule)]);
    // Lambda answers InvalidParameterValue for a bad plain name and ValidationException for a bad ARN.
    throw functionName.includes(":") ? validationError(message) : invalidParameter(message);
  }
  return readFunctionRef(functionName).name;
}
