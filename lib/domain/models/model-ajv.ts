/** The JSON Schema draft 4 engine behind AWS API Gateway models: Ajv configured to judge as AWS's validator does. */
import Ajv from "ajv-draft-04";
import { FORMAT_CHECKS } from "./formats";

export type { ErrorObject, ValidateFunction } from "ajv-draft-04";

export function createModelAjv(): Ajv {
  const ajv = new Ajv({
    // AWS reports every violation, not only the first.
    allErrors: true,
    // Keeps the offending value and keyword value on each error: fge's messages quote both.
    verbose: true,
    // Unknown keywords are refused earlier (checkModelSchema), unknown formats are ignored like fge does.
    strict: false,
    logger: false,
    // fge evaluates `pattern` with an ECMA 262 engine in non-unicode mode.
    unicodeRegExp: false,
  });
  for (const [name, check] of Object.entries(FORMAT_CHECKS)) ajv.addFormat(name, { type: "string", validate: check.test });
  return ajv;
}

let metaValidator: Ajv | null = null;

/** One shared instance for meta-schema checks; it never holds user schemas, so sharing it is safe. */
export function metaSchemaAjv(): Ajv {
  metaValidator ??= createModelAjv();
  return metaValidator;
}
