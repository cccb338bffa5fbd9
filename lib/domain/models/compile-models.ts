/**
 * AWS API Gateway models of one REST API, compiled once per deployment snapshot into validators. Models refer
 * to each other by canonical URL (`https://apigateway.amazonaws.com/restapis/{id}/models/{Name}`), so all of an
 * API's models share one Ajv instance where each is registered under that URL.
 */
import { checkModelSchema } from "./check-model-schema";
import { fgeMessages } from "./error-messages";
import { createModelAjv, type ValidateFunction } from "./model-ajv";
import { modelRefUrl } from "./model-refs";
import type { SchemaObject } from "./schema-walk";

export interface ModelDefinition {
  name: string;
  contentType?: string;
  /** The model's JSON Schema text as stored; blank means "no schema" (any JSON passes). */
  schema: string | null | undefined;
}

export interface ModelValidator {
  readonly name: string;
  readonly contentType: string;
  /** fge-style messages for every violation; empty when the value satisfies the model. */
  validate(value: unknown): readonly string[];
}

export interface ModelError {
  modelName: string;
  reason: string;
}

export interface CompiledModels {
  readonly validators: ReadonlyMap<string, ModelValidator>;
  /** Models that could not be compiled, each with why; methods using them fail body validation. */
  readonly errors: readonly ModelError[];
}

/** The two models AWS creates with every REST API; methods may name them even when the caller omits them. */
export const BUILT_IN_MODELS: readonly ModelDefinition[] = [
  {
    name: "Empty",
    contentType: "application/json",
    schema: '{"$schema":"http://json-schema.org/draft-04/schema#","title":"Empty Schema","type":"object"}',
  },
  {
    name: "Error",
    contentType: "application/json",
    schema:
      '{"$schema":"http://json-schema.org/draft-04/schema#","title":"Error Schema","type":"object","properties":{"message":{"type":"string"}}}',
  },
];

const NO_ERRORS: readonly string[] = Object.freeze([]);

export function compileModels(restApiId: string, models: readonly ModelDefinition[]): CompiledModels {
  const given = new Set(models.map((m) => m.name));
  const all = [...models, ...BUILT_IN_MODELS.filter((m) => !given.has(m.name))];
  const names = all.map((m) => m.name);
  const ajv = createModelAjv();
  const errors: ModelError[] = [];
  const accepted: ModelDefinition[] = [];

  for (const model of all) {
    const check = checkModelSchema(model.schema, { restApiId, modelNames: names });
    if (!check.ok) {
      errors.push({ modelName: model.name, reason: check.reason });
      continue;
    }
    try {
      ajv.addSchema(asRegistered(check.schema, modelRefUrl(restApiId, model.name)));
      accepted.push(model);
    } catch (e) {
      errors.push({ modelName: model.name, reason: errorText(e) });
    }
  }

  const broken = new Set(errors.map((e) => e.modelName));
  const validators = new Map<string, ModelValidator>();
  for (const model of accepted) {
    let fn: ValidateFunction | undefined;
    try {
      fn = ajv.getSchema(modelRefUrl(restApiId, model.name));
    } catch (e) {
      errors.push({ modelName: model.name, reason: compileFailure(e, restApiId, broken) });
      continue;
    }
    if (!fn) continue;
    validators.set(model.name, validatorFor(model, fn));
  }
  return { validators, errors };
}

/** The schema Ajv keeps: identified by its canonical URL, so `$ref`s from other models and local pointers resolve. */
function asRegistered(schema: SchemaObject, url: string): SchemaObject {
  // The draft 4 meta-schema is implied; Ajv would otherwise look the URI up as a schema of its own.
  const { $schema: _ignored, ...rest } = schema;
  return { ...rest, id: url };
}

function validatorFor(model: ModelDefinition, fn: ValidateFunction): ModelValidator {
  return {
    name: model.name,
    contentType: model.contentType ?? "application/json",
    validate: (value) => (fn(value) ? NO_ERRORS : fgeMessages(fn.errors ?? [])),
  };
}

function compileFailure(e: unknown, restApiId: string, broken: ReadonlySet<string>): string {
  const missing = /can't resolve reference (\S+)/.exec(errorText(e))?.[1];
  const prefix = modelRefUrl(restApiId, "");
  if (missing?.startsWith(prefix)) {
    const name = missing.slice(prefix.length).split("#")[0];
    if (broken.has(name)) return `references model ${name}, which is invalid`;
  }
  return errorText(e);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
