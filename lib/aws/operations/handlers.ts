/** The operations Portico implements, by AWS operation name; every other AWS operation answers "not supported yet". */
import { apiKeyOperations } from "./api-key-operations";
import { gatewayResponseOperations } from "./gateway-response-operations";
import { integrationOperations } from "./integration-operations";
import { methodOperations } from "./method-operations";
import { modelOperations } from "./model-operations";
import { requestValidatorOperations } from "./request-validator-operations";
import { resourceOperations } from "./resource-operations";
import { restApiOperations } from "./rest-api-operations";
import { stageOperations } from "./stage-operations";
import type { OperationHandler } from "./wire-input";

export const OPERATION_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  ...restApiOperations,
  ...resourceOperations,
  ...methodOperations,
  ...integrationOperations,
  ...stageOperations,
  ...modelOperations,
  ...requestValidatorOperations,
  ...gatewayResponseOperations,
  ...apiKeyOperations,
};
