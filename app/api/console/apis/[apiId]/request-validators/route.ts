// GET /api/console/apis/[apiId]/request-validators (list) and POST (create)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { createRequestValidatorSchema } from "@/lib/schemas/request-validator.schema";
import { createRequestValidator } from "@/lib/services/request-validators/create-request-validator";
import { listRequestValidators } from "@/lib/services/request-validators/list-request-validators";

type Params = { apiId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => listRequestValidators(params.apiId, { limit: 500 }));

export const POST = consoleRoute<Params>(async (request, { params }) =>
  createRequestValidator(params.apiId, await parseBody(request, createRequestValidatorSchema)),
);
