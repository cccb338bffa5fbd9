import { planEnableCors, type CorsIntegrationResponsePlan, type CorsMethodResponsePlan } from "../../domain/cors/plan-enable-cors";
import { GATEWAY_RESPONSES } from "../../domain/gateway-responses";
import type { IntegrationType } from "../../domain/snapshot";
import { db, type Db } from "../../db";
import { newRowId } from "../../ids";
import { DEFAULT_GATEWAY_RESPONSE_TEMPLATES } from "../gateway-responses/default-gateway-response";
import { asBooleanMap, asStringMap } from "../json";
import { findResourceRowOrThrow } from "../lookups";
import { methodInclude } from "../mappers";
import { parseInput } from "../parse-input";
import { enableCorsSchema, type EnableCorsInput, type EnableCorsResult } from "../../schemas/cors.schema";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * The console's Enable CORS on a resource: applies lib/domain/cors's plan in one transaction. Creates the
 * OPTIONS MOCK method (or completes an existing one), merges Access-Control-Allow-Origin into the 200
 * responses of the other methods and, when asked, the CORS headers into DEFAULT_4XX/DEFAULT_5XX. Like every
 * console edit it changes the working copy only; stages serve it after the next deployment.
 */
export async function enableCors(restApiId: string, resourceId: string, input: EnableCorsInput): Promise<EnableCorsResult> {
  const data = parseInput(enableCorsSchema, input);
  const resource = await findResourceRowOrThrow(restApiId, resourceId);
  return db().$transaction(async (tx) => {
    const methods = await tx.method.findMany({ where: { resourceId: resource.id }, include: methodInclude });
    const plan = planEnableCors({
      resourcePath: resource.path,
      methods: methods.map((m) => ({ httpMethod: m.httpMethod, integrationType: m.integration?.type as IntegrationType | undefined })),
      allowOrigin: data.allowOrigin,
      allowHeaders: data.allowHeaders,
      allowMethods: data.allowMethods,
      exposeHeaders: data.exposeHeaders,
      maxAge: data.maxAge,
      allowCredentials: data.allowCredentials,
      gatewayResponses: data.gatewayResponses,
    });
    const result: EnableCorsResult = {
      resourcePath: resource.path,
      allowMethods: plan.allowMethods,
      optionsCreated: plan.options.create,
      updatedMethods: [],
      skippedMethods: [],
      gatewayResponses: plan.gatewayResponses.map((g) => g.responseType),
    };

    const options = plan.options;
    let optionsMethod = methods.find((m) => m.httpMethod === "OPTIONS");
    if (!optionsMethod) {
      await tx.method.create({
        data: {
          id: newRowId(),
          resourceId: resource.id,
          httpMethod: "OPTIONS",
          authorizationType: options.method.authorizationType,
          apiKeyRequired: options.method.apiKeyRequired,
          requestParameters: {},
          requestModels: {},
        },
      });
      optionsMethod = await tx.method.findUniqueOrThrow({
        where: { resourceId_httpMethod: { resourceId: resource.id, httpMethod: "OPTIONS" } },
        include: methodInclude,
      });
    }
    if (!optionsMethod.integration) {
      await tx.integration.create({
        data: { id: newRowId(), methodId: optionsMethod.id, ...options.integration, connectionType: "INTERNET", requestParameters: {}, cacheKeyParameters: [] },
      });
    }
    const optionsOutcome = await applyToMethod(tx, optionsMethod.id, options.methodResponse, options.integrationResponse, !!optionsMethod.integration && isProxy(optionsMethod.integration.type));
    if (optionsOutcome) result.skippedMethods.push({ httpMethod: "OPTIONS", reason: optionsOutcome });
    else result.updatedMethods.push("OPTIONS");

    for (const step of plan.methods) {
      const method = methods.find((m) => m.httpMethod === step.httpMethod);
      if (!method) continue;
      const skipped = !method.integration
        ? "no integration yet: set one up, then enable CORS again"
        : await applyToMethod(tx, method.id, step.methodResponse, step.integrationResponse, step.proxy);
      if (skipped) result.skippedMethods.push({ httpMethod: step.httpMethod, reason: skipped });
      else result.updatedMethods.push(step.httpMethod);
    }

    for (const gateway of plan.gatewayResponses) await mergeGatewayResponse(tx, restApiId, gateway.responseType, gateway.responseParameters);
    return result;
  });
}

function isProxy(type: string): boolean {
  return type === "AWS_PROXY" || type === "HTTP_PROXY";
}

/** Merges the headers into the method's 200 responses; returns why the integration response was left alone, if it was. */
async function applyToMethod(
  tx: Tx,
  methodId: string,
  methodResponse: CorsMethodResponsePlan,
  integrationResponse: CorsIntegrationResponsePlan,
  proxy: boolean,
): Promise<string | null> {
  const existing = await tx.methodResponse.findUnique({ where: { methodId_statusCode: { methodId, statusCode: "200" } } });
  if (existing) {
    await tx.methodResponse.update({
      where: { id: existing.id },
      data: { responseParameters: { ...asBooleanMap(existing.responseParameters), ...methodResponse.responseParameters } },
    });
  } else {
    const { responseParameters, responseModels } = methodResponse;
    await tx.methodResponse.create({ data: { id: newRowId(), methodId, statusCode: "200", responseParameters, responseModels } });
  }
  // A proxy integration passes the backend's headers through; integration responses are never consulted.
  if (proxy) return "proxy integration: the backend must send Access-Control-Allow-Origin itself";
  const integration = await tx.integration.findUnique({ where: { methodId }, include: { integrationResponses: true } });
  if (!integration) return "no integration yet: set one up, then enable CORS again";
  const ok = integration.integrationResponses.find((r) => r.statusCode === "200");
  if (ok) {
    await tx.integrationResponse.update({
      where: { id: ok.id },
      data: { responseParameters: { ...asStringMap(ok.responseParameters), ...integrationResponse.responseParameters } },
    });
    return null;
  }
  // A new 200 without a selection pattern would become a second default next to the existing responses.
  if (integration.integrationResponses.length > 0) return "no 200 integration response: add the header mapping to the responses you use";
  await tx.integrationResponse.create({
    data: { id: newRowId(), integrationId: integration.id, statusCode: "200", responseParameters: integrationResponse.responseParameters, responseTemplates: {} },
  });
  return null;
}

/** Adds the headers to a gateway response, starting from AWS's default for the type when nobody customised it. */
async function mergeGatewayResponse(tx: Tx, restApiId: string, responseType: "DEFAULT_4XX" | "DEFAULT_5XX", parameters: Record<string, string>): Promise<void> {
  const key = { restApiId_responseType: { restApiId, responseType } };
  const row = await tx.gatewayResponse.findUnique({ where: key });
  const status = GATEWAY_RESPONSES[responseType].status;
  await tx.gatewayResponse.upsert({
    where: key,
    create: {
      restApiId,
      responseType,
      statusCode: status === null ? null : String(status),
      responseParameters: parameters,
      responseTemplates: { ...DEFAULT_GATEWAY_RESPONSE_TEMPLATES },
    },
    update: { responseParameters: { ...asStringMap(row?.responseParameters), ...parameters } },
  });
}
